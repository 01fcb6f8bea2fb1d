// The digest model: the plain data one source digest shows, gathered from
// the store by digest_builder.h and written out by digest_markdown.h,
// digest_html.h and digest_json.h.
//
// Plain values with no behaviour. Every string that came from the web
// (titles, URLs, names, quotes, claims, topics, errors) is kept as it was
// stored, unescaped: each writer escapes it for its own target.
// Thread-compatible.

#ifndef WHOSAID_CLI_DIGEST_MODEL_H_
#define WHOSAID_CLI_DIGEST_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

namespace whosaid::cli {

// A document published in the period.
struct DigestDocument {
  std::string title;      // may be empty
  std::string url;        // as stored; writers link it only if http(s)
  std::string published;  // ISO 8601 as the source gave it; empty if unknown
  std::string kind;       // "news", "official", ...
};

// One source and its new documents, newest first.
struct DigestSource {
  std::string name;  // "(local files)" when the documents named no source
  std::vector<DigestDocument> documents;
};

struct DigestQuantity {
  std::string text;  // as written: "$200 billion"
  std::string kind;  // "money", "percent", "count"
  double value = 0;  // normalised
  std::string unit;
};

// A quote, deduplicated through the store's quote clusters: the same words
// from the same speaker count once, credited to the earliest source.
struct DigestQuote {
  std::string text;
  std::string kind;  // "direct", "partial", "indirect"
  std::vector<std::string> topics;
  std::string source;     // the earliest source that carried it
  std::string url;        // that source's document
  std::string published;  // when that source published it
  std::string title;
  int64_t outlets = 1;    // distinct sources carrying it
  // True when the quote was first reported before the period and only
  // carried again inside it.
  bool repeated = false;
};

struct DigestClaim {
  std::string holder;  // empty when unattributed
  std::string text;
  std::string modality;  // "asserted", "hedged", "planned", "denied"
  bool negated = false;
  std::vector<std::string> topics;
  std::vector<DigestQuantity> quantities;
  std::string source;
  std::string url;
  std::string published;
};

// Everything one actor said in the period.
struct DigestActor {
  std::string name;
  bool first_time = false;  // never quoted before the period
  std::vector<DigestQuote> quotes;  // earliest first
  std::vector<DigestClaim> claims;  // earliest first
};

struct TopicCount {
  std::string topic;
  int64_t quotes = 0;     // quote clusters carrying the topic
  int64_t claims = 0;
  int64_t documents = 0;  // distinct documents carrying either
};

// A series of bars over `days`, one row of counts per key. Keys are in
// display order (largest total first); counts[k][d] is key k on day d.
struct DayChart {
  std::vector<std::string> days;
  std::vector<std::string> keys;
  std::vector<std::vector<int64_t>> counts;
  int64_t others = 0;  // items not charted: other keys, or outside the days
};

// A configured source with a gap: a digest must never let a failed fetch
// pass for silence.
struct CoverageNote {
  std::string source;
  // "failed": fetched and failed; "not fetched": no fetch in the period;
  // "silent": fetched fine but published nothing new.
  std::string problem;
  int64_t attempts = 0;
  int64_t failures = 0;
  std::string last_error;  // may be empty
};

struct Digest {
  // The period, as ISO 8601 UTC bounds (inclusive), and the filters used.
  std::string since;
  std::string until;
  std::string topic;  // empty: all topics
  std::string actor;  // empty: all actors

  std::vector<DigestSource> sources;  // by name
  std::vector<DigestActor> actors;    // most quotes first, then by name

  // What moved.
  std::vector<std::string> new_actors;       // quoted for the first time
  std::vector<DigestClaim> quantified_claims;  // claims with quantities
  std::vector<TopicCount> top_topics;          // most covered first

  // Charts.
  DayChart quotes_per_actor;
  DayChart topics_per_day;

  // Coverage.
  int64_t configured_sources = 0;  // 0: no source configured, nothing known
  std::vector<CoverageNote> coverage;

  // Totals.
  int64_t documents = 0;
  int64_t quotes = 0;  // quote clusters
  int64_t claims = 0;
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_MODEL_H_
