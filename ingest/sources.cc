// sources.toml with toml++.

#include "ingest/sources.h"

#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/http_url.h"
#include "toml++/toml.h"

namespace whosaid::ingest {
namespace {

// Collects every problem of a file before giving up, with line numbers.
class Problems {
 public:
  explicit Problems(std::string_view name) : name_(name) {}
  // Appends only: GCC 12 warns -Wrestrict (a false positive) on an inlined
  // "literal" + std::string here.
  void Add(const toml::node* where, std::string_view what) {
    message_ += "\n  ";
    message_ += name_;
    if (where && where->source().begin) {
      message_ += ':';
      message_ += std::to_string(where->source().begin.line);
    }
    message_ += ": ";
    message_ += what;
  }
  bool empty() const { return message_.empty(); }
  absl::Status ToStatus() const {
    return absl::InvalidArgumentError("bad sources file:" + message_);
  }

 private:
  std::string name_;
  std::string message_;
};

// Reads an integer option; leaves `out` alone when the key is absent.
template <typename T>
void ReadInt(const toml::table& t, std::string_view key, T& out, Problems& problems) {
  const toml::node* n = t.get(key);
  if (!n) return;
  if (auto v = n->value<int64_t>(); v && *v >= 0) {
    out = static_cast<T>(*v);
  } else {
    problems.Add(n, std::string(key) + " must be a non-negative integer");
  }
}

void ReadFetch(const toml::table& t, SourcesConfig& config, Problems& problems) {
  FetchOptions& f = config.fetch;
  const std::string agent = t["user_agent"].value_or(std::string("whosaid/0.1"));
  const std::string contact = t["contact"].value_or(std::string());
  if (contact.empty()) {
    problems.Add(&t, "[fetch] needs contact = \"URL\" so that site owners can reach you");
  }
  f.user_agent = MakeUserAgent(agent, contact);
  ReadInt(t, "max_parallel", f.max_parallel, problems);
  ReadInt(t, "per_host_parallel", f.per_host_parallel, problems);
  ReadInt(t, "per_host_delay_ms", f.per_host_delay_ms, problems);
  ReadInt(t, "max_crawl_delay_ms", f.max_crawl_delay_ms, problems);
  ReadInt(t, "connect_timeout_ms", f.connect_timeout_ms, problems);
  ReadInt(t, "total_timeout_ms", f.total_timeout_ms, problems);
  ReadInt(t, "low_speed_bytes", f.low_speed_bytes, problems);
  ReadInt(t, "low_speed_seconds", f.low_speed_seconds, problems);
  ReadInt(t, "max_body_bytes", f.max_body_bytes, problems);
  ReadInt(t, "max_redirects", f.max_redirects, problems);
  ReadInt(t, "max_attempts", f.retry.max_attempts, problems);
  ReadInt(t, "initial_backoff_ms", f.retry.initial_backoff_ms, problems);
  ReadInt(t, "max_backoff_ms", f.retry.max_backoff_ms, problems);
  ReadInt(t, "max_retry_after_ms", f.retry.max_retry_after_ms, problems);
  if (const toml::node* n = t.get("obey_robots")) {
    if (auto v = n->value<bool>()) f.obey_robots = *v;
    else problems.Add(n, "obey_robots must be true or false");
  }
}

void ReadSource(const toml::table& t, SourcesConfig& config, std::set<std::string>& names,
                Problems& problems) {
  Source s;
  s.name = t["name"].value_or(std::string());
  if (s.name.empty()) {
    problems.Add(&t, "source without a name");
  } else if (!names.insert(s.name).second) {
    problems.Add(&t, "duplicate source name '" + s.name + "'");
  }
  const std::string kind = t["kind"].value_or(std::string("feed"));
  if (auto k = ParseSourceKind(kind); k && *k != SourceKind::kAuto) {
    s.kind = *k;
  } else {
    problems.Add(t.get("kind"), "unknown kind '" + kind + "' (feed, sitemap, page, account)");
  }
  s.url = t["url"].value_or(std::string());
  if (absl::StatusOr<HttpUrl> u = ParseHttpUrl(s.url); !u.ok()) {
    problems.Add(t.get("url") ? t.get("url") : &t,
                 "source '" + s.name + "': " + std::string(u.status().message()));
  }
  s.owner = t["owner"].value_or(std::string());
  s.language = t["language"].value_or(std::string());
  s.document_kind = s.kind == SourceKind::kAccount ? nlp::DocumentKind::kOfficial
                                                   : nlp::DocumentKind::kNews;
  if (const toml::node* k = t.get("document_kind")) {
    auto dk = nlp::ParseDocumentKind(k->value_or(std::string()));
    if (dk) s.document_kind = *dk;
    else problems.Add(k, "unknown document_kind");
  }
  if (const toml::node* n = t.get("min_interval")) {
    std::optional<int64_t> seconds;
    if (auto i = n->value<int64_t>(); i && *i >= 0) seconds = *i;
    else if (auto str = n->value<std::string>()) seconds = ParseInterval(*str);
    if (seconds) s.min_interval_seconds = *seconds;
    else problems.Add(n, "min_interval must look like 90, \"90s\", \"30m\", \"6h\" or \"1d\"");
  }
  ReadInt(t, "max_items", s.max_items, problems);
  config.sources.push_back(std::move(s));
}

}  // namespace

std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kFeed: return "feed";
    case SourceKind::kSitemap: return "sitemap";
    case SourceKind::kPage: return "page";
    case SourceKind::kAccount: return "account";
    case SourceKind::kAuto: return "auto";
  }
  return "feed";
}

std::optional<SourceKind> ParseSourceKind(std::string_view name) {
  for (SourceKind k : {SourceKind::kFeed, SourceKind::kSitemap, SourceKind::kPage,
                       SourceKind::kAccount, SourceKind::kAuto}) {
    if (SourceKindName(k) == name) return k;
  }
  return std::nullopt;
}

std::optional<int64_t> ParseInterval(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int64_t unit = 1;
  switch (text.back()) {
    case 's': unit = 1; text.remove_suffix(1); break;
    case 'm': unit = 60; text.remove_suffix(1); break;
    case 'h': unit = 3600; text.remove_suffix(1); break;
    case 'd': unit = 86400; text.remove_suffix(1); break;
    default: break;
  }
  int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 0 ||
      n > (int64_t{1} << 40)) {
    return std::nullopt;
  }
  return n * unit;
}

std::string MakeUserAgent(std::string_view agent, std::string_view contact) {
  std::string out(agent);
  if (!contact.empty()) {
    out += " (+";
    out += contact;
    out += ")";
  }
  return out;
}

absl::StatusOr<SourcesConfig> ParseSources(std::string_view toml_text, std::string_view name) {
  // toml++ is built with exceptions here; none leaves this function.
  toml::table root;
  try {
    root = toml::parse(toml_text, name);
  } catch (const toml::parse_error& e) {
    return absl::InvalidArgumentError("bad sources file: " + std::string(name) + ":" +
                                      std::to_string(e.source().begin.line) + ": " +
                                      std::string(e.description()));
  }
  SourcesConfig config;
  Problems problems(name);
  if (const toml::table* fetch = root["fetch"].as_table()) {
    ReadFetch(*fetch, config, problems);
  } else {
    problems.Add(nullptr, "missing [fetch] table with user_agent and contact");
  }
  std::set<std::string> names;
  if (const toml::array* sources = root["source"].as_array()) {
    for (const toml::node& n : *sources) {
      if (const toml::table* t = n.as_table()) ReadSource(*t, config, names, problems);
    }
  }
  if (config.sources.empty()) problems.Add(nullptr, "no [[source]] entries");
  if (!problems.empty()) return problems.ToStatus();
  return config;
}

absl::StatusOr<SourcesConfig> LoadSources(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot read sources file " + path);
  std::stringstream text;
  text << in.rdbuf();
  return ParseSources(text.str(), path);
}

}  // namespace whosaid::ingest
