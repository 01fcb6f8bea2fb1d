// The run log of the SQLite store: tables `runs`, `run_sources` and
// `run_failures` (schema version 4), which record what every ingest did with
// every source, and the queries behind `whosaid sources`. Used only by
// sqlite_store.cc and schema.cc; same threading rules as the Store.

#ifndef WHOSAID_STORE_SQLITE_RUN_LOG_H_
#define WHOSAID_STORE_SQLITE_RUN_LOG_H_

#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace whosaid::store::run_log {

// The migration to schema version 4 (see store/schema.h): creates the
// tables and the `run_history` view, keeping those a store already has from
// before version 4 (when they were created on every open) with their rows.
// Runs inside the transaction Migrate opened.
absl::Status MigrateV3ToV4(Db& db);

// The Store's run log calls (see store/store.h), each its own small
// transaction; errors are the engine's, as "what was being done: message".
absl::StatusOr<int64_t> Begin(Db& db, const RunRecord& run);
absl::Status Finish(Db& db, const RunRecord& run,
                    int64_t expected_interval_seconds);
absl::StatusOr<int64_t> MarkInterrupted(Db& db);
absl::StatusOr<std::vector<RunRecord>> Runs(Db& db, int limit);
absl::StatusOr<std::vector<SourceHealthRow>> Health(Db& db);

}  // namespace whosaid::store::run_log

#endif  // WHOSAID_STORE_SQLITE_RUN_LOG_H_
