// The event index: where documents and what nlp found in them are kept.
//
// Store is the narrow interface every command talks to; SQLite is the
// embedded engine (sqlite_store.cc) and another engine (PostgreSQL) can sit
// beside it by implementing the same class. Nothing here names SQL.
//
// A Store is used from one thread at a time. Several processes may open the
// same SQLite file: writers are serialised by the engine, readers never block.

#ifndef WHOSAID_STORE_STORE_H_
#define WHOSAID_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "nlp/analysis.h"
#include "nlp/document.h"

namespace whosaid::store {

// What Put did with a document.
enum class PutOutcome {
  kNew,        // first time this document was seen
  kUnchanged,  // same id and same content: nothing written
  kUpdated,    // same id, new content: old revision kept as history
};

// Filters shared by every query. Empty fields do not filter. All of them are
// bound as parameters: no field is ever spliced into SQL.
struct Query {
  std::string actor;  // canonical name or alias, case-insensitive
  std::string since;  // ISO 8601 date or time, inclusive (compared in UTC)
  std::string until;  // ISO 8601 date or time, inclusive; a date is its day
  std::string kind;   // quotes: direct/partial/indirect; claims: modality;
                      // actors: person/organization/government/place;
                      // search: quote/claim/document
  std::string topic;  // topic name, case-insensitive
  std::string source;      // source name, case-insensitive
  std::string text_match;  // FTS5 query over the text
  // quotes: "date" (newest first), "oldest", "speaker", "occurrences";
  // claims: "date", "oldest", "holder"; actors: "quotes", "name", "recent";
  // search: "rank", "date". Unknown values are InvalidArgument.
  std::string sort = "date";
  int limit = 0;  // 0 = no limit
};
using QuoteQuery = Query;

// One quote as a query returns it. A quote is a cluster: the same words from
// the same speaker in every article that carried them. The document fields
// (document_id, title, url, source, published) are those of its earliest
// occurrence matching the filters.
struct QuoteRow {
  int64_t id = 0;
  std::string speaker;  // empty when unattributed
  std::string text;
  std::string kind;
  std::string cue;
  std::string topics;  // comma-separated
  std::string document_id;
  std::string title;
  std::string url;
  std::string source;
  std::string published;  // ISO 8601 as the source gave it; empty if unknown
  int64_t occurrences = 0;  // current occurrences, reprints included
  int64_t reports = 0;      // occurrences in documents that are not reprints
  int64_t outlets = 0;      // distinct sources carrying it
  std::string first_seen;   // earliest published (UTC) of any occurrence
  std::string first_source;  // source of that earliest occurrence
  std::string first_url;
  int64_t parent_id = 0;  // the longer quote this one is a fragment of; 0 = none
};

struct QuantityRow {
  std::string text;
  std::string kind;  // money, percent, count
  double value = 0;
  std::string unit;
};

struct ClaimRow {
  int64_t id = 0;
  std::string holder;  // empty when unattributed
  std::string text;
  std::string cue;
  std::string modality;
  bool negated = false;
  std::string topics;  // comma-separated
  std::vector<QuantityRow> quantities;
  std::string document_id;
  std::string title;
  std::string url;
  std::string source;
  std::string published;
};

struct ActorRow {
  int64_t id = 0;
  std::string name;
  std::string kind;
  std::string role;
  std::string affiliation;
  bool known = false;
  std::vector<std::string> aliases;  // surface forms seen in text, sorted
  int64_t quotes = 0;     // quote clusters attributed to the actor
  int64_t claims = 0;
  int64_t documents = 0;  // documents mentioning the actor
  std::string first_seen;  // UTC
  std::string last_seen;   // UTC
  // The most recent document mentioning the actor.
  std::string url;
  std::string published;
};

struct SearchRow {
  std::string kind;  // "quote", "claim", "document"
  int64_t id = 0;    // quote, claim or document row id
  std::string who;   // speaker or holder; empty for documents
  std::string text;  // the quote or claim, or a document snippet
  std::string document_id;
  std::string title;
  std::string url;
  std::string source;
  std::string published;
};

struct SourceRow {
  std::string name;
  std::string url;
  std::string kind;
  bool configured = false;  // registered with RegisterSource
  int64_t documents = 0;    // current documents, reprints included
  int64_t reprints = 0;     // of those, near-duplicates of an earlier document
  int64_t quotes = 0;       // quote occurrences
  int64_t claims = 0;
  std::string last_published;  // as the source gave it
  std::string last_url;
  std::string last_fetch;   // UTC time of the latest fetch log entry
  std::string last_status;  // its status
  int64_t failures = 0;     // failed fetches in the query's period
};

// One count in `whosaid stats`: a group ("totals", "kind", "source",
// "topic", "speaker"), a key within it, and a number.
struct StatRow {
  std::string group;
  std::string key;
  int64_t count = 0;
};

// A source that was configured but has a gap in the queried period.
struct CoverageGap {
  std::string source;
  std::string problem;  // "failed" or "not fetched"
  int64_t attempts = 0;
  int64_t failures = 0;
  std::string last_error;  // of the latest failure; may be empty
};

struct Coverage {
  int64_t configured = 0;  // configured sources; 0 means nothing to report
  std::vector<CoverageGap> gaps;
};

// A configured source, as sources.toml describes it.
struct SourceInfo {
  std::string name;
  std::string url;
  std::string kind;  // document kind name, e.g. "news"
};

// One fetch attempt for a configured source.
struct FetchRecord {
  std::string source;
  std::string url;
  std::string fetched_at;  // ISO 8601; stored in UTC
  std::string status;      // "ok", "not_modified" or "failed"
  int http_status = 0;     // 0 when no response
  std::string error;       // why it failed; empty otherwise
};

// Export tables and their cells. A cell is null, an integer, a real or text.
enum class ExportTable { kQuotes, kClaims, kDocuments, kActors };
using ExportValue = std::variant<std::monostate, int64_t, double, std::string>;
// Called once with the column names (`header` true, cells as text), then
// once per row. Returning false stops the export.
using ExportSink = std::function<bool(bool header,
                                      const std::vector<ExportValue>& cells)>;

// What the fetcher keeps per URL between runs (see ingest/fetch_state.h,
// which the program adapts to these methods).
struct FetchStateRow {
  std::string etag;
  std::string last_modified;
  std::string content_hash;
  int64_t fetched_at = 0;  // Unix seconds of the last 200 or 304
};

// One row of the fetch log: a fetch and what came of it.
struct FetchLogRow {
  std::string url;
  std::string final_url;
  std::string source;
  std::string outcome;  // ok, not_modified, unchanged, blocked, failed, skipped
  int64_t http_status = 0;
  std::string reason;
  int64_t attempts = 0;
  int64_t bytes = 0;
  int64_t fetched_at = 0;  // Unix seconds
  double seconds = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Writes one document and its analysis in one transaction: either all of
  // it is stored or none. Writing the same id with the same content changes
  // nothing; new content replaces the current revision and keeps the old one
  // (document text and its extraction) as history. Quotes join their
  // clusters and near-duplicate documents are linked to the earliest copy.
  // Returns what happened, or the engine's error.
  virtual absl::StatusOr<PutOutcome> Put(const nlp::Document& doc,
                                         const nlp::Analysis& analysis) = 0;

  // Quote clusters matching `query`. InvalidArgument for a malformed date,
  // sort or full-text query (the message says which); FailedPrecondition
  // when the store file is damaged.
  virtual absl::StatusOr<std::vector<QuoteRow>> Quotes(
      const QuoteQuery& query) = 0;
  // Claims matching `query`; `kind` filters on modality. Errors as Quotes.
  virtual absl::StatusOr<std::vector<ClaimRow>> Claims(const Query& query) = 0;
  // Actors matching `query` (actor = name or alias; text_match = name
  // substring is not supported, use actor). Errors as Quotes.
  virtual absl::StatusOr<std::vector<ActorRow>> Actors(const Query& query) = 0;
  // Full-text search over quotes, claims and documents; `text_match` is
  // required. Errors as Quotes.
  virtual absl::StatusOr<std::vector<SearchRow>> Search(const Query& query) = 0;
  // Every source seen in documents or registered, with counts over the
  // query's period (since/until/source). Errors as Quotes.
  virtual absl::StatusOr<std::vector<SourceRow>> Sources(const Query& query) = 0;
  // Counts over the query's period (since/until/source/topic).
  virtual absl::StatusOr<std::vector<StatRow>> Stats(const Query& query) = 0;
  // Configured sources that failed or were not fetched between since and
  // until (both optional). Empty when no source is configured.
  virtual absl::StatusOr<Coverage> CoverageFor(const Query& query) = 0;

  // Registers (or updates) a configured source.
  virtual absl::Status RegisterSource(const SourceInfo& source) = 0;
  // Appends one entry to the fetch log. InvalidArgument for a bad time.
  virtual absl::Status LogFetch(const FetchRecord& record) = 0;

  // Streams one researcher view (see docs/schema.md) to `sink`.
  virtual absl::Status Export(ExportTable table, const ExportSink& sink) = 0;

  // Fetch bookkeeping, in tables of their own (fetch_state, fetch_items,
  // fetch_log). Each call is its own small transaction; errors are the
  // engine's.
  //
  // The state kept for `url`, nullopt when there is none.
  virtual absl::StatusOr<std::optional<FetchStateRow>> GetFetchState(
      const std::string& url) = 0;
  // Inserts or replaces the state kept for `url`.
  virtual absl::Status PutFetchState(const std::string& url,
                                     const FetchStateRow& row) = 0;
  // Whether the item URL was handled on an earlier run.
  virtual absl::StatusOr<bool> HasItem(const std::string& url) = 0;
  // Marks the item URL handled (idempotent).
  virtual absl::Status AddItem(const std::string& url,
                               const std::string& source) = 0;
  // Appends one row to the fetch log.
  virtual absl::Status RecordFetch(const FetchLogRow& row) = 0;
  // The newest `limit` rows of the fetch log, newest first (0 = all).
  virtual absl::StatusOr<std::vector<FetchLogRow>> FetchLog(int limit) = 0;
};

// Opens (creating if needed) the SQLite store at `path` and migrates it in
// place to the current schema. FailedPrecondition when the file is not a
// whosaid store, is damaged, or is newer than this program; Unavailable
// when it cannot be opened.
absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_STORE_H_
