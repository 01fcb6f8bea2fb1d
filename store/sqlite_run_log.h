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

// The run log's tables, index and view: the SQL of the migration to schema
// version 4. Before version 4 every open of a store of any version ran
// exactly this SQL; IF NOT EXISTS keeps those tables, and their rows. Frozen,
// like every migration: a later change to the run log is a new migration.
inline constexpr const char* kTablesV4 = R"sql(
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  pid INTEGER NOT NULL DEFAULT 0,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  status TEXT NOT NULL DEFAULT 'running',
  exit_code INTEGER,
  seconds REAL NOT NULL DEFAULT 0,
  fetched INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS run_sources (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  fetched INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  seconds REAL NOT NULL DEFAULT 0,
  expected_interval INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, source)
);
CREATE INDEX IF NOT EXISTS run_sources_source ON run_sources(source, run_id);
CREATE TABLE IF NOT EXISTS run_failures (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS run_failures_run ON run_failures(run_id, source);
CREATE VIEW IF NOT EXISTS run_history AS
  SELECT id, command, status, exit_code,
         datetime(started_at, 'unixepoch') AS started,
         datetime(finished_at, 'unixepoch') AS finished,
         seconds, fetched, added, updated, unchanged, failed
  FROM runs;
)sql";


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
