// The event index: where documents and what nlp found in them are kept.
//
// Store is the narrow interface every command talks to; SQLite is the
// embedded engine (sqlite_store.cc) and another engine can sit beside it.
// A Store is used from one thread at a time.

#ifndef WHOSAID_STORE_STORE_H_
#define WHOSAID_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// Filters for Quotes(). Empty fields do not filter.
struct QuoteQuery {
  std::string actor;  // canonical name or alias, case-insensitive
  std::string since;  // ISO 8601 date or time, inclusive (UTC)
  std::string until;  // ISO 8601 date or time, inclusive (UTC)
  std::string kind;   // "direct", "partial", "indirect"
  std::string topic;
  std::string source;
  std::string text_match;  // FTS5 query over the quote text
  std::string sort = "date";  // "date" (newest first) or "speaker"
  int limit = 0;              // 0 = no limit
};

// One quote as a query returns it: with where and when it was published.
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
};

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
  // it is stored or none. Returns what happened, or the engine's error.
  virtual absl::StatusOr<PutOutcome> Put(const nlp::Document& doc,
                                         const nlp::Analysis& analysis) = 0;

  // Quotes matching `query`, newest first. InvalidArgument for a malformed
  // date or full-text query.
  virtual absl::StatusOr<std::vector<QuoteRow>> Quotes(
      const QuoteQuery& query) = 0;

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

// Opens (creating if needed) the SQLite store at `path` and migrates it to
// the current schema. FailedPrecondition when the file is not a whosaid
// store or is damaged; Unavailable when it cannot be opened.
absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_STORE_H_
