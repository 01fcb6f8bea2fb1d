// Sources to Documents through the Fetcher, with conditional GET, content
// hashes and the seen-item set.

#include "ingest/crawler.h"

#include <chrono>
#include <cctype>
#include <set>
#include <unordered_map>

#include "ingest/feed_links.h"
#include "ingest/feed_parser.h"
#include "ingest/html_extractor.h"
#include "ingest/http_url.h"
#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

// Sitemap indexes may nest; deeper ones are ignored.
constexpr int kMaxListDepth = 3;

int64_t UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The media type ("text/html") and charset ("iso-8859-1") of a
// Content-Type header, both lower case; either may be empty.
std::pair<std::string, std::string> SplitContentType(std::string_view header) {
  const std::string lower = nlp::LowerAscii(header);
  std::string type = lower.substr(0, lower.find(';'));
  while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.pop_back();
  std::string charset;
  if (size_t at = lower.find("charset="); at != std::string::npos) {
    charset = lower.substr(at + 8);
    charset = charset.substr(0, charset.find_first_of("; "));
    if (charset.size() >= 2 && charset.front() == '"') charset = charset.substr(1, charset.size() - 2);
  }
  return {type, charset};
}

bool LooksLikeHtml(std::string_view body) {
  const std::string head = nlp::LowerAscii(body.substr(0, 512));
  return head.find("<!doctype html") != std::string::npos ||
         head.find("<html") != std::string::npos || head.find("<body") != std::string::npos;
}

// The links of a feed (with the full feed parser, which handles every feed
// dialect and charset) or of a sitemap.
absl::StatusOr<LinkList> ReadLinks(std::string_view body, const std::string& url) {
  if (!LooksLikeFeed(body)) return ExtractLinks(body, url);
  absl::StatusOr<Feed> feed = ParseFeed(body, url);
  if (!feed.ok()) return feed.status();
  LinkList list;
  std::set<std::string> seen;
  for (FeedItem& item : feed->items) {
    if (item.link.empty() || !ParseHttpUrl(item.link).ok()) continue;
    if (seen.insert(item.link).second) list.links.push_back(std::move(item.link));
  }
  return list;
}

enum class Role { kSource, kList, kItem };

constexpr size_t kNoList = static_cast<size_t>(-1);

struct Context {
  size_t source = 0;  // index into the sources
  Role role = Role::kSource;
  int depth = 0;
  size_t list = kNoList;  // for items: index of the feed that listed them
};

class CrawlRun {
 public:
  CrawlRun(const std::vector<Source>& sources, const FetchOptions& options, FetchState& state,
        const DocumentSink& sink, nlp::Reporter& reporter)
      : sources_(sources), fetcher_(options), state_(state), sink_(sink), reporter_(reporter) {}

  CrawlStats Run() {
    for (const Source& s : sources_) stats_.sources.push_back({s.name, s.url, "", 0, ""});
    for (size_t i = 0; i < sources_.size(); ++i) AddSource(i);
    fetcher_.Run([this](FetchResult&& r) { OnDone(std::move(r)); });
    ForgetListsWithRetries();
    stats_.requests = fetcher_.requests_sent();
    stats_.retries = fetcher_.retries();
    return stats_;
  }

 private:
  void AddSource(size_t i) {
    const Source& s = sources_[i];
    auto prior = state_.GetUrlState(s.url);
    if (!prior.ok()) {
      Failed(s.url, s.name, "fetch state: " + std::string(prior.status().message()));
      SetSourceOutcome(i, "failed", 0, "fetch state: " + std::string(prior.status().message()));
      return;
    }
    const int64_t now = UnixNow();
    if (*prior && s.min_interval_seconds > 0 &&
        now - (*prior)->fetched_at < s.min_interval_seconds) {
      ++stats_.sources_skipped;
      SetSourceOutcome(i, "skipped", 0, "");
      Record(s.url, s.name, "skipped",
             "fetched " + std::to_string(now - (*prior)->fetched_at) +
                 " s ago, min_interval is " + std::to_string(s.min_interval_seconds) + " s");
      return;
    }
    Add(s.url, Context{i, Role::kSource, 0}, *prior, false);
  }

  void Add(const std::string& url, Context ctx, const std::optional<UrlState>& prior,
           bool priority) {
    FetchRequest req;
    req.url = url;
    if (prior) {
      req.etag = prior->etag;
      req.last_modified = prior->last_modified;
    }
    req.priority = priority;
    req.tag = next_tag_++;
    contexts_.emplace(req.tag, ctx);
    fetcher_.Add(std::move(req));
  }

  void OnDone(FetchResult&& r) {
    auto it = contexts_.find(r.request.tag);
    const Context ctx = it->second;
    contexts_.erase(it);
    const Source& s = sources_[ctx.source];
    if (ctx.role == Role::kItem) pending_items_.erase(r.request.url);
    FetchRecord rec = MakeRecord(r, s.name);
    switch (r.status) {
      case FetchStatus::kFailed:
      case FetchStatus::kBlocked: {
        const bool blocked = r.status == FetchStatus::kBlocked;
        ++(blocked ? stats_.blocked : stats_.failed);
        if (ctx.role == Role::kSource) SetSourceOutcome(ctx.source, "failed", r.http_status, r.reason);
        rec.outcome = FetchStatusName(r.status);
        Log(rec);
        reporter_.Report(r.request.url, 0, blocked ? "skipped: " + r.reason : r.reason);
        // A permanent failure is not worth fetching again every night.
        if (ctx.role == Role::kItem && (blocked || r.permanent)) MarkItem(r.request.url, s.name);
        if (ctx.role == Role::kItem && !blocked && !r.permanent) lists_to_retry_.insert(ctx.list);
        return;
      }
      case FetchStatus::kNotModified: {
        ++stats_.not_modified;
        if (ctx.role == Role::kSource) SetSourceOutcome(ctx.source, "not_modified", 304, "");
        rec.outcome = "not_modified";
        Log(rec);
        UpdateState(r, std::nullopt);
        return;
      }
      case FetchStatus::kOk:
        break;
    }
    const std::string hash = ContentHash(r.body);
    auto prior = state_.GetUrlState(r.request.url);
    if (prior.ok() && *prior && (*prior)->content_hash == hash) {
      ++stats_.unchanged;
      if (ctx.role == Role::kSource) SetSourceOutcome(ctx.source, "not_modified", r.http_status, "");
      rec.outcome = "unchanged";
      Log(rec);
      UpdateState(r, hash);
      return;
    }
    const auto [type, charset] = SplitContentType(r.content_type);
    const bool is_list = ctx.role == Role::kList ||
                         (ctx.role == Role::kSource && s.kind != SourceKind::kPage &&
                          (s.kind != SourceKind::kAuto || LooksLikeLinkList(r.body) ||
                           LooksLikeFeed(r.body)));
    absl::Status done = is_list ? ReadList(r, ctx) : ReadPage(r, ctx, type, charset);
    if (!done.ok()) {
      ++stats_.failed;
      rec.outcome = "failed";
      rec.reason = std::string(done.message());
      if (ctx.role == Role::kSource) SetSourceOutcome(ctx.source, "failed", r.http_status, rec.reason);
      Log(rec);
      reporter_.Report(r.request.url, 0, rec.reason);
      // Unreadable content stays unreadable until the server changes it.
      if (ctx.role == Role::kItem && done.code() == absl::StatusCode::kInvalidArgument) {
        MarkItem(r.request.url, s.name);
      } else if (ctx.role == Role::kItem) {
        lists_to_retry_.insert(ctx.list);
      }
      return;
    }
    rec.outcome = "ok";
    if (ctx.role == Role::kSource) SetSourceOutcome(ctx.source, "ok", r.http_status, "");
    Log(rec);
    UpdateState(r, hash);
    if (ctx.role == Role::kItem) MarkItem(r.request.url, s.name);
  }

  absl::Status ReadList(const FetchResult& r, const Context& ctx) {
    const Source& s = sources_[ctx.source];
    absl::StatusOr<LinkList> list = ReadLinks(r.body, r.final_url);
    if (!list.ok()) return list.status();
    ++stats_.lists;
    if (list->kind == LinkListKind::kSitemapIndex) {
      if (ctx.depth + 1 >= kMaxListDepth) return absl::OkStatus();
      for (const std::string& link : list->links) {
        auto prior = state_.GetUrlState(link);
        Add(link, Context{ctx.source, Role::kList, ctx.depth + 1},
            prior.ok() ? *prior : std::nullopt, false);
      }
      return absl::OkStatus();
    }
    const size_t list_index = lists_.size();
    lists_.push_back(r.request.url);
    int taken = 0;
    for (const std::string& link : list->links) {
      if (taken >= s.max_items) break;
      absl::StatusOr<bool> seen = state_.HasItem(link);
      if (!seen.ok()) return seen.status();
      if (*seen || pending_items_.count(link)) {
        ++stats_.seen_items;
        continue;
      }
      pending_items_.insert(link);
      ++taken;
      Add(link, Context{ctx.source, Role::kItem, ctx.depth + 1, list_index}, std::nullopt, true);
    }
    return absl::OkStatus();
  }

  absl::Status ReadPage(FetchResult& r, const Context& ctx, const std::string& type,
                        const std::string& charset) {
    const Source& s = sources_[ctx.source];
    const bool html_type = type == "text/html" || type == "application/xhtml+xml";
    const bool sniffable = type.empty() || type == "text/plain" ||
                           type == "application/octet-stream";
    if (!html_type && !(sniffable && LooksLikeHtml(r.body))) {
      return absl::InvalidArgumentError("unsupported content type '" + r.content_type + "'");
    }
    ++stats_.pages;
    absl::StatusOr<HtmlPage> page = ExtractHtmlPage(r.body, r.final_url, charset);
    if (!page.ok()) return page.status();
    r.body.clear();
    r.body.shrink_to_fit();
    if (page->replaced > 0) {
      reporter_.Report(r.request.url, 0,
                       std::to_string(page->replaced) + " invalid byte sequences in " +
                           page->charset + " replaced with U+FFFD");
    }
    nlp::Document* doc = &page->doc;
    doc->id = r.request.url;
    doc->url = r.final_url;
    doc->source = s.name;
    // The source's configured language stands in for a page that declares
    // none, and the text may still overrule it (see ChooseLanguage).
    if (page->declared_language.empty() && !s.language.empty()) {
      doc->language = ChooseLanguage(s.language, page->detected_language).tag;
    }
    doc->kind = s.document_kind;
    if (!s.owner.empty()) doc->account_owner = s.owner;
    absl::Status stored = sink_(std::move(*doc));
    if (!stored.ok()) {
      // A sink failure (the store) is not the page's fault: try it next run.
      return absl::Status(absl::StatusCode::kUnavailable, stored.message());
    }
    ++stats_.documents;
    return absl::OkStatus();
  }

  void SetSourceOutcome(size_t i, std::string status, long http_status, std::string error) {
    SourceOutcome& o = stats_.sources[i];
    o.status = std::move(status);
    o.http_status = http_status;
    o.error = std::move(error);
  }

  // A feed whose items failed for reasons that may pass (timeouts, 5xx, the
  // store) loses its validators and hash, so that the next run reads it
  // again and retries those items instead of getting a 304.
  void ForgetListsWithRetries() {
    for (size_t i : lists_to_retry_) {
      if (i >= lists_.size()) continue;
      if (absl::Status s = state_.PutUrlState(lists_[i], UrlState{}); !s.ok()) {
        reporter_.Report(lists_[i], 0, "fetch state: " + std::string(s.message()));
      }
    }
  }

  void UpdateState(const FetchResult& r, std::optional<std::string> hash) {
    auto prior = state_.GetUrlState(r.request.url);
    UrlState next = prior.ok() && *prior ? **prior : UrlState{};
    next.etag = r.etag;
    next.last_modified = r.last_modified;
    if (hash) next.content_hash = *hash;
    next.fetched_at = UnixNow();
    if (absl::Status s = state_.PutUrlState(r.request.url, next); !s.ok()) {
      reporter_.Report(r.request.url, 0, "fetch state: " + std::string(s.message()));
    }
  }

  void MarkItem(const std::string& url, const std::string& source) {
    if (absl::Status s = state_.AddItem(url, source); !s.ok()) {
      reporter_.Report(url, 0, "fetch state: " + std::string(s.message()));
    }
  }

  FetchRecord MakeRecord(const FetchResult& r, const std::string& source) {
    FetchRecord rec;
    rec.url = r.request.url;
    rec.final_url = r.final_url;
    rec.source = source;
    rec.http_status = r.http_status;
    rec.reason = r.reason;
    rec.attempts = r.attempts;
    rec.bytes = static_cast<int64_t>(r.body.size());
    rec.fetched_at = UnixNow();
    rec.seconds = r.seconds;
    return rec;
  }

  void Record(const std::string& url, const std::string& source, std::string outcome,
              std::string reason) {
    FetchRecord rec;
    rec.url = url;
    rec.source = source;
    rec.outcome = std::move(outcome);
    rec.reason = std::move(reason);
    rec.fetched_at = UnixNow();
    Log(rec);
  }

  void Log(const FetchRecord& rec) {
    if (absl::Status s = state_.RecordFetch(rec); !s.ok()) {
      reporter_.Report(rec.url, 0, "fetch log: " + std::string(s.message()));
    }
  }

  void Failed(const std::string& url, const std::string& source, std::string reason) {
    ++stats_.failed;
    reporter_.Report(url, 0, reason);
    Record(url, source, "failed", std::move(reason));
  }

  const std::vector<Source>& sources_;
  Fetcher fetcher_;
  FetchState& state_;
  const DocumentSink& sink_;
  nlp::Reporter& reporter_;
  std::unordered_map<uint64_t, Context> contexts_;
  std::vector<std::string> lists_;    // feeds and sitemaps read, by index
  std::set<size_t> lists_to_retry_;   // of those, ones with items to retry
  std::set<std::string> pending_items_;  // item links queued, not yet done
  uint64_t next_tag_ = 1;
  CrawlStats stats_;
};

}  // namespace

CrawlStats Crawl(const std::vector<Source>& sources, const FetchOptions& options,
                 FetchState& state, const DocumentSink& sink, nlp::Reporter& reporter) {
  return CrawlRun(sources, options, state, sink, reporter).Run();
}

Source SourceForUrl(const std::string& url) {
  Source s;
  s.kind = SourceKind::kAuto;
  s.url = url;
  return s;
}

}  // namespace whosaid::ingest
