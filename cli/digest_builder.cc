#include "cli/digest_builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "cli/digest_charts.h"

namespace whosaid::cli {
namespace {

constexpr const char* kUnattributed = "(unattributed)";
constexpr const char* kLocalFiles = "(local files)";

std::vector<std::string> SplitTopics(const std::string& csv) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= csv.size()) {
    size_t end = csv.find(',', start);
    if (end == std::string::npos) end = csv.size();
    std::string t = csv.substr(start, end - start);
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (!t.empty()) out.push_back(std::move(t));
    start = end + 1;
  }
  return out;
}

store::Query PeriodQuery(const DigestOptions& o, bool filtered) {
  store::Query q;
  q.since = o.period.since;
  q.until = o.period.until;
  if (filtered) {
    q.topic = o.topic;
    q.actor = o.actor;
  }
  return q;
}

// What the quote and claim passes collect besides the per-actor lists.
struct Gathered {
  std::map<std::string, DigestActor> actors;  // by name; "" = unattributed
  std::set<std::string> document_ids;         // documents of shown items
  std::map<std::string, TopicCount> topics;
  std::map<std::string, std::set<std::string>> topic_documents;
  DayChartBuilder quote_chart;
  DayChartBuilder topic_chart;
};

void CountTopics(const std::vector<std::string>& topics,
                 const std::string& document_id, bool quote,
                 std::optional<int64_t> seconds, Gathered& g) {
  for (const std::string& t : topics) {
    TopicCount& count = g.topics[t];
    count.topic = t;
    ++(quote ? count.quotes : count.claims);
    g.topic_documents[t].insert(document_id);
    if (seconds) g.topic_chart.Add(t, *seconds);
  }
}

// The quotes or claims of the period (and topic or actor, when given),
// oldest first, from `fetch` (Store::Quotes or Store::Claims).
template <typename Row>
absl::StatusOr<std::vector<Row>> PeriodRows(
    store::Store& store, const DigestOptions& o,
    absl::StatusOr<std::vector<Row>> (store::Store::*fetch)(
        const store::Query&)) {
  store::Query query = PeriodQuery(o, true);
  query.sort = "oldest";
  return (store.*fetch)(query);
}

// Counts a quote (`quote`) or claim of `document_id` with `topics` published
// at `seconds`, and returns the actor `name` it goes to.
DigestActor& Gather(const std::string& name,
                    const std::vector<std::string>& topics,
                    const std::string& document_id, bool quote,
                    std::optional<int64_t> seconds, Gathered& g) {
  CountTopics(topics, document_id, quote, seconds, g);
  g.document_ids.insert(document_id);
  DigestActor& actor = g.actors[name];
  actor.name = name;
  return actor;
}

DigestQuote MakeQuote(const store::QuoteRow& r, int64_t since_seconds) {
  DigestQuote q;
  q.text = r.text;
  q.kind = r.kind;
  q.topics = SplitTopics(r.topics);
  q.outlets = std::max<int64_t>(1, r.outlets);
  const std::optional<int64_t> first = UtcSeconds(r.first_seen);
  q.repeated = first && *first < since_seconds;
  if (q.repeated) {
    // Credit the source that carried the words first, outside the period.
    q.source = r.first_source;
    q.url = r.first_url;
    q.published = r.first_seen;
  } else {
    q.source = r.source;
    q.url = r.url;
    q.published = r.published;
    q.title = r.title;
  }
  return q;
}

absl::Status AddQuotes(store::Store& store, const DigestOptions& o,
                       Gathered& g, Digest& d) {
  absl::StatusOr<std::vector<store::QuoteRow>> rows =
      PeriodRows(store, o, &store::Store::Quotes);
  if (!rows.ok()) return rows.status();
  for (const store::QuoteRow& r : *rows) {
    DigestQuote q = MakeQuote(r, o.period.since_seconds);
    const std::optional<int64_t> seconds = UtcSeconds(r.published);
    if (seconds) g.quote_chart.Add(r.speaker.empty() ? kUnattributed : r.speaker, *seconds);
    Gather(r.speaker, q.topics, r.document_id, true, seconds, g)
        .quotes.push_back(std::move(q));
  }
  d.quotes = static_cast<int64_t>(rows->size());
  return absl::OkStatus();
}

DigestClaim MakeClaim(const store::ClaimRow& r) {
  DigestClaim c;
  c.holder = r.holder;
  c.text = r.text;
  c.modality = r.modality;
  c.negated = r.negated;
  c.topics = SplitTopics(r.topics);
  for (const store::QuantityRow& q : r.quantities) {
    c.quantities.push_back({q.text, q.kind, q.value, q.unit});
  }
  c.source = r.source;
  c.url = r.url;
  c.published = r.published;
  return c;
}

absl::Status AddClaims(store::Store& store, const DigestOptions& o,
                       Gathered& g, Digest& d) {
  absl::StatusOr<std::vector<store::ClaimRow>> rows =
      PeriodRows(store, o, &store::Store::Claims);
  if (!rows.ok()) return rows.status();
  for (const store::ClaimRow& r : *rows) {
    DigestClaim c = MakeClaim(r);
    if (!c.quantities.empty()) d.quantified_claims.push_back(c);
    Gather(r.holder, c.topics, r.document_id, false, UtcSeconds(r.published), g)
        .claims.push_back(std::move(c));
  }
  d.claims = static_cast<int64_t>(rows->size());
  return absl::OkStatus();
}

// Whether `name`, a known or discovered actor (not an anonymous descriptor),
// had no quote before the period.
absl::StatusOr<bool> QuotedFirstTime(store::Store& store, const std::string& name,
                                     int64_t since_seconds) {
  store::Query query;
  query.actor = name;
  absl::StatusOr<std::vector<store::ActorRow>> actors = store.Actors(query);
  if (!actors.ok()) return actors.status();
  if (actors->empty()) return false;
  query.sort = "oldest";
  query.limit = 1;
  absl::StatusOr<std::vector<store::QuoteRow>> first = store.Quotes(query);
  if (!first.ok()) return first.status();
  if (first->empty()) return false;
  const std::optional<int64_t> seen = UtcSeconds(first->front().first_seen);
  return seen && *seen >= since_seconds;
}

absl::Status AddActors(store::Store& store, const DigestOptions& o,
                       Gathered& g, Digest& d) {
  for (auto& [name, actor] : g.actors) {
    if (name.empty() || actor.quotes.empty()) continue;
    absl::StatusOr<bool> first = QuotedFirstTime(store, name, o.period.since_seconds);
    if (!first.ok()) return first.status();
    actor.first_time = *first;
    if (actor.first_time) d.new_actors.push_back(name);
  }
  for (auto& [name, actor] : g.actors) d.actors.push_back(std::move(actor));
  std::stable_sort(d.actors.begin(), d.actors.end(),
                   [](const DigestActor& a, const DigestActor& b) {
                     if (a.name.empty() != b.name.empty()) return b.name.empty();
                     if (a.quotes.size() != b.quotes.size()) {
                       return a.quotes.size() > b.quotes.size();
                     }
                     return a.claims.size() > b.claims.size();
                   });
  return absl::OkStatus();
}

absl::Status AddDocuments(store::Store& store, const DigestOptions& o,
                          const Gathered& g, Digest& d) {
  absl::StatusOr<std::vector<store::DocumentRow>> rows =
      store.Documents(PeriodQuery(o, false));
  if (!rows.ok()) return rows.status();
  const bool filtered = !o.topic.empty() || !o.actor.empty();
  std::map<std::string, std::vector<const store::DocumentRow*>> by_source;
  for (const store::DocumentRow& r : *rows) {
    if (filtered && !g.document_ids.count(r.document_id)) continue;
    by_source[r.source.empty() ? kLocalFiles : r.source].push_back(&r);
  }
  for (auto& [name, docs] : by_source) {
    std::stable_sort(docs.begin(), docs.end(), [](auto* a, auto* b) {
      return a->published_utc > b->published_utc;
    });
    DigestSource source{name, {}};
    for (const store::DocumentRow* r : docs) {
      source.documents.push_back({r->title, r->url, r->published, r->kind});
    }
    d.documents += static_cast<int64_t>(docs.size());
    d.sources.push_back(std::move(source));
  }
  return absl::OkStatus();
}

absl::Status AddCoverage(store::Store& store, const DigestOptions& o, Digest& d) {
  const store::Query query = PeriodQuery(o, false);
  absl::StatusOr<store::Coverage> coverage = store.CoverageFor(query);
  if (!coverage.ok()) return coverage.status();
  d.configured_sources = coverage->configured;
  std::set<std::string> gaps;
  for (const store::CoverageGap& gap : coverage->gaps) {
    gaps.insert(gap.source);
    d.coverage.push_back({gap.source, gap.problem, gap.attempts, gap.failures,
                          gap.last_error});
  }
  if (d.configured_sources == 0) return absl::OkStatus();
  absl::StatusOr<std::vector<store::SourceRow>> sources = store.Sources(query);
  if (!sources.ok()) return sources.status();
  for (const store::SourceRow& s : *sources) {
    if (s.configured && s.documents == 0 && !gaps.count(s.name)) {
      d.coverage.push_back({s.name, "silent", 0, 0, ""});
    }
  }
  return absl::OkStatus();
}

void AddTopicsAndCharts(const DigestOptions& o, Gathered& g, Digest& d) {
  for (auto& [topic, count] : g.topics) {
    count.documents = static_cast<int64_t>(g.topic_documents[topic].size());
    d.top_topics.push_back(count);
  }
  std::stable_sort(d.top_topics.begin(), d.top_topics.end(),
                   [](const TopicCount& a, const TopicCount& b) {
                     const int64_t x = a.quotes + a.claims, y = b.quotes + b.claims;
                     return x != y ? x > y : a.documents > b.documents;
                   });
  if (d.top_topics.size() > o.top_topics) d.top_topics.resize(o.top_topics);
  const DigestPeriod& p = o.period;
  d.quotes_per_actor = g.quote_chart.Build(p.since_seconds, p.until_seconds,
                                           o.chart_keys, o.max_chart_days);
  d.topics_per_day = g.topic_chart.Build(p.since_seconds, p.until_seconds,
                                         o.chart_keys, o.max_chart_days);
}

}  // namespace

absl::StatusOr<Digest> BuildDigest(store::Store& store,
                                   const DigestOptions& options) {
  Digest d;
  d.since = options.period.since;
  d.until = options.period.until;
  d.topic = options.topic;
  d.actor = options.actor;
  Gathered g;
  if (auto s = AddQuotes(store, options, g, d); !s.ok()) return s;
  if (auto s = AddClaims(store, options, g, d); !s.ok()) return s;
  if (auto s = AddActors(store, options, g, d); !s.ok()) return s;
  if (auto s = AddDocuments(store, options, g, d); !s.ok()) return s;
  if (auto s = AddCoverage(store, options, d); !s.ok()) return s;
  AddTopicsAndCharts(options, g, d);
  return d;
}

}  // namespace whosaid::cli
