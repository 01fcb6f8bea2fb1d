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

// ---- Run log: the nightly health record (store/sqlite_run_log.cc) ----

// What one run did with one source. For local files each path argument is a
// source; fetched sources use their configured name.
struct RunSourceStats {
  std::string source;
  int64_t fetched = 0;    // items read or downloaded
  int64_t added = 0;      // new documents stored
  int64_t updated = 0;    // stored documents whose content changed
  int64_t unchanged = 0;  // items already stored as they are
  int64_t failed = 0;     // items that could not be read, parsed or stored
  double seconds = 0;     // time spent on this source's items
  // A few failures, "ITEM: REASON"; at most 100 are kept per source and run.
  std::vector<std::string> failures;
};

// One run of a writing command ("ingest"). Times are Unix seconds (UTC).
struct RunRecord {
  int64_t id = 0;
  std::string command;
  int64_t pid = 0;
  int64_t started_at = 0;
  int64_t finished_at = 0;  // 0 while running or when the run was killed
  // "running", "ok", "partial", "failed", or "interrupted" (the process died
  // before it finished; set by the next run that takes the lock).
  std::string status;
  int exit_code = 0;
  double seconds = 0;
  std::vector<RunSourceStats> sources;
};

// Health of one source over all recorded runs.
struct SourceHealthRow {
  std::string source;
  int64_t runs = 0;             // runs that touched the source
  int64_t first_seen_at = 0;    // start of its first run
  int64_t last_run_at = 0;      // start of its latest run
  int64_t last_success_at = 0;  // latest run it did not fail outright; 0 = never
  int64_t last_new_at = 0;      // latest run that stored a new document; 0 = never
  int64_t consecutive_failures = 0;  // latest runs in a row with failed items
                                     // and nothing read
  std::string last_error;       // a failure of its latest failing run
  int64_t documents = 0;        // documents stored from it, summed over runs
  // Median gap between the last (up to) 10 runs that brought new documents;
  // 0 when fewer than 4 such runs are known.
  int64_t typical_gap_seconds = 0;
  int64_t expected_interval_seconds = 0;  // as given to its latest run; 0 = none
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

  // ---- Run log (store/sqlite_run_log.cc). Each call is its own small
  // transaction; errors are the engine's.
  //
  // Whether a document with doc.id and the same content is already stored,
  // so that a re-run can skip it before analysing it.
  virtual absl::StatusOr<bool> HasUnchanged(const nlp::Document& doc) = 0;
  // Records the start of `run` (status "running"); returns its id.
  virtual absl::StatusOr<int64_t> BeginRun(const RunRecord& run) = 0;
  // Stores the outcome, totals and per-source stats of run `run.id`.
  // `expected_interval_seconds` (0 = none) is kept with each of its sources.
  virtual absl::Status FinishRun(const RunRecord& run,
                                 int64_t expected_interval_seconds) = 0;
  // Marks every run still "running" as "interrupted" and returns how many.
  // Call only while holding the run lock, when no other run can be live.
  virtual absl::StatusOr<int64_t> MarkInterruptedRuns() = 0;
  // The newest `limit` runs, newest first (0 = all), with their sources.
  virtual absl::StatusOr<std::vector<RunRecord>> Runs(int limit) = 0;
  // Every source any run touched, by name.
  virtual absl::StatusOr<std::vector<SourceHealthRow>> SourceHealth() = 0;
  // ---- end of run log
};

// Opens (creating if needed) the SQLite store at `path` and migrates it to
// the current schema. FailedPrecondition when the file is not a whosaid
// store or is damaged; Unavailable when it cannot be opened.
absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_STORE_H_
