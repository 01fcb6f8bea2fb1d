// SQL for the run log tables.

#include "store/sqlite_run_log.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>

namespace whosaid::store::run_log {
namespace {

constexpr const char* kCreate = R"sql(
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

constexpr size_t kMaxFailuresKept = 100;

struct Finalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, Finalizer>;

absl::StatusOr<Stmt> Prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
    return absl::InternalError(std::string("preparing run log query: ") +
                               sqlite3_errmsg(db));
  }
  return Stmt(s);
}

void Bind(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string Text(sqlite3_stmt* s, int col) {
  const unsigned char* t = sqlite3_column_text(s, col);
  return t ? std::string(reinterpret_cast<const char*>(t),
                         sqlite3_column_bytes(s, col))
           : std::string();
}

absl::Status Exec(sqlite3* db, const char* sql, const char* what) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string message = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return absl::InternalError(std::string(what) + ": " + message);
  }
  return absl::OkStatus();
}

absl::Status Done(sqlite3* db, sqlite3_stmt* s, const char* what) {
  if (sqlite3_step(s) != SQLITE_DONE) {
    return absl::InternalError(std::string(what) + ": " + sqlite3_errmsg(db));
  }
  return absl::OkStatus();
}

absl::Status WriteSource(sqlite3* db, int64_t run_id, const RunSourceStats& s,
                         int64_t expected_interval_seconds) {
  auto ins = Prepare(db,
                     "INSERT OR REPLACE INTO run_sources (run_id, source, "
                     "fetched, added, updated, unchanged, failed, seconds, "
                     "expected_interval) VALUES (?,?,?,?,?,?,?,?,?)");
  if (!ins.ok()) return ins.status();
  sqlite3_stmt* st = ins->get();
  sqlite3_bind_int64(st, 1, run_id);
  Bind(st, 2, s.source);
  sqlite3_bind_int64(st, 3, s.fetched);
  sqlite3_bind_int64(st, 4, s.added);
  sqlite3_bind_int64(st, 5, s.updated);
  sqlite3_bind_int64(st, 6, s.unchanged);
  sqlite3_bind_int64(st, 7, s.failed);
  sqlite3_bind_double(st, 8, s.seconds);
  sqlite3_bind_int64(st, 9, expected_interval_seconds);
  if (auto d = Done(db, st, "recording run source"); !d.ok()) return d;
  const size_t kept = std::min(s.failures.size(), kMaxFailuresKept);
  for (size_t i = 0; i < kept; ++i) {
    auto f = Prepare(db, "INSERT INTO run_failures VALUES (?,?,?)");
    if (!f.ok()) return f.status();
    sqlite3_bind_int64(f->get(), 1, run_id);
    Bind(f->get(), 2, s.source);
    Bind(f->get(), 3, s.failures[i]);
    if (auto d = Done(db, f->get(), "recording run failure"); !d.ok()) return d;
  }
  return absl::OkStatus();
}

absl::Status FinishInTransaction(sqlite3* db, const RunRecord& run,
                                 int64_t expected_interval_seconds) {
  RunSourceStats total;
  for (const RunSourceStats& s : run.sources) {
    total.fetched += s.fetched;
    total.added += s.added;
    total.updated += s.updated;
    total.unchanged += s.unchanged;
    total.failed += s.failed;
  }
  auto up = Prepare(db,
                    "UPDATE runs SET finished_at = ?, status = ?, exit_code = ?, "
                    "seconds = ?, fetched = ?, added = ?, updated = ?, "
                    "unchanged = ?, failed = ? WHERE id = ?");
  if (!up.ok()) return up.status();
  sqlite3_stmt* st = up->get();
  sqlite3_bind_int64(st, 1, run.finished_at);
  Bind(st, 2, run.status);
  sqlite3_bind_int64(st, 3, run.exit_code);
  sqlite3_bind_double(st, 4, run.seconds);
  sqlite3_bind_int64(st, 5, total.fetched);
  sqlite3_bind_int64(st, 6, total.added);
  sqlite3_bind_int64(st, 7, total.updated);
  sqlite3_bind_int64(st, 8, total.unchanged);
  sqlite3_bind_int64(st, 9, total.failed);
  sqlite3_bind_int64(st, 10, run.id);
  if (auto d = Done(db, st, "finishing run"); !d.ok()) return d;
  if (sqlite3_changes(db) != 1) {
    return absl::NotFoundError("no run " + std::to_string(run.id) + " to finish");
  }
  for (const RunSourceStats& s : run.sources) {
    if (auto w = WriteSource(db, run.id, s, expected_interval_seconds); !w.ok()) {
      return w;
    }
  }
  return absl::OkStatus();
}

// Fills the per-source stats of `runs` (keyed by run id).
absl::Status LoadSources(sqlite3* db, std::vector<RunRecord>& runs) {
  std::map<int64_t, RunRecord*> by_id;
  for (RunRecord& r : runs) by_id[r.id] = &r;
  auto q = Prepare(db,
                   "SELECT run_id, source, fetched, added, updated, unchanged, "
                   "failed, seconds FROM run_sources ORDER BY run_id, source");
  if (!q.ok()) return q.status();
  sqlite3_stmt* st = q->get();
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    auto it = by_id.find(sqlite3_column_int64(st, 0));
    if (it == by_id.end()) continue;
    RunSourceStats s;
    s.source = Text(st, 1);
    s.fetched = sqlite3_column_int64(st, 2);
    s.added = sqlite3_column_int64(st, 3);
    s.updated = sqlite3_column_int64(st, 4);
    s.unchanged = sqlite3_column_int64(st, 5);
    s.failed = sqlite3_column_int64(st, 6);
    s.seconds = sqlite3_column_double(st, 7);
    it->second->sources.push_back(std::move(s));
  }
  if (rc != SQLITE_DONE) {
    return absl::InternalError(std::string("reading run sources: ") +
                               sqlite3_errmsg(db));
  }
  return absl::OkStatus();
}

int64_t MedianGap(const std::vector<int64_t>& arrivals) {
  // `arrivals` is in time order; look at the last 10 only.
  const size_t from = arrivals.size() > 10 ? arrivals.size() - 10 : 0;
  std::vector<int64_t> gaps;
  for (size_t i = from + 1; i < arrivals.size(); ++i) {
    gaps.push_back(arrivals[i] - arrivals[i - 1]);
  }
  if (gaps.size() < 3) return 0;
  std::sort(gaps.begin(), gaps.end());
  return gaps[gaps.size() / 2];
}

}  // namespace

absl::Status Create(sqlite3* db) {
  return Exec(db, kCreate, "creating run log tables");
}

absl::StatusOr<int64_t> Begin(sqlite3* db, const RunRecord& run) {
  auto ins = Prepare(db,
                     "INSERT INTO runs (command, pid, started_at, status) "
                     "VALUES (?, ?, ?, 'running')");
  if (!ins.ok()) return ins.status();
  Bind(ins->get(), 1, run.command);
  sqlite3_bind_int64(ins->get(), 2, run.pid);
  sqlite3_bind_int64(ins->get(), 3, run.started_at);
  if (auto d = Done(db, ins->get(), "recording run start"); !d.ok()) return d;
  return sqlite3_last_insert_rowid(db);
}

absl::Status Finish(sqlite3* db, const RunRecord& run,
                    int64_t expected_interval_seconds) {
  if (auto s = Exec(db, "BEGIN IMMEDIATE", "finishing run"); !s.ok()) return s;
  absl::Status s = FinishInTransaction(db, run, expected_interval_seconds);
  if (s.ok()) s = Exec(db, "COMMIT", "finishing run");
  if (!s.ok()) Exec(db, "ROLLBACK", "finishing run").IgnoreError();
  return s;
}

absl::StatusOr<int64_t> MarkInterrupted(sqlite3* db) {
  auto up = Prepare(db,
                    "UPDATE runs SET status = 'interrupted' "
                    "WHERE status = 'running'");
  if (!up.ok()) return up.status();
  if (auto d = Done(db, up->get(), "marking interrupted runs"); !d.ok()) return d;
  return static_cast<int64_t>(sqlite3_changes(db));
}

absl::StatusOr<std::vector<RunRecord>> Runs(sqlite3* db, int limit) {
  std::string sql =
      "SELECT id, command, pid, started_at, coalesce(finished_at, 0), status, "
      "coalesce(exit_code, 0), seconds FROM runs ORDER BY id DESC";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  auto q = Prepare(db, sql.c_str());
  if (!q.ok()) return q.status();
  sqlite3_stmt* st = q->get();
  std::vector<RunRecord> runs;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    RunRecord r;
    r.id = sqlite3_column_int64(st, 0);
    r.command = Text(st, 1);
    r.pid = sqlite3_column_int64(st, 2);
    r.started_at = sqlite3_column_int64(st, 3);
    r.finished_at = sqlite3_column_int64(st, 4);
    r.status = Text(st, 5);
    r.exit_code = static_cast<int>(sqlite3_column_int64(st, 6));
    r.seconds = sqlite3_column_double(st, 7);
    runs.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) {
    return absl::InternalError(std::string("reading runs: ") + sqlite3_errmsg(db));
  }
  if (auto s = LoadSources(db, runs); !s.ok()) return s;
  return runs;
}

absl::StatusOr<std::vector<SourceHealthRow>> Health(sqlite3* db) {
  // One row per (source, run), oldest first, with the run's first failure.
  auto q = Prepare(db,
                   "SELECT s.source, r.started_at, s.added, s.updated, "
                   "s.unchanged, s.failed, s.expected_interval, "
                   "(SELECT reason FROM run_failures f WHERE f.run_id = s.run_id "
                   " AND f.source = s.source LIMIT 1) "
                   "FROM run_sources s JOIN runs r ON r.id = s.run_id "
                   "ORDER BY s.source, r.started_at, r.id");
  if (!q.ok()) return q.status();
  sqlite3_stmt* st = q->get();
  std::vector<SourceHealthRow> rows;
  std::vector<int64_t> arrivals;
  auto close_source = [&] {
    if (!rows.empty()) rows.back().typical_gap_seconds = MedianGap(arrivals);
    arrivals.clear();
  };
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const std::string source = Text(st, 0);
    if (rows.empty() || rows.back().source != source) {
      close_source();
      rows.push_back({});
      rows.back().source = source;
      rows.back().first_seen_at = sqlite3_column_int64(st, 1);
    }
    SourceHealthRow& h = rows.back();
    const int64_t at = sqlite3_column_int64(st, 1);
    const int64_t added = sqlite3_column_int64(st, 2);
    const int64_t ok_items = added + sqlite3_column_int64(st, 3) +
                             sqlite3_column_int64(st, 4);
    const int64_t failed = sqlite3_column_int64(st, 5);
    ++h.runs;
    h.last_run_at = at;
    h.documents += added;
    h.expected_interval_seconds = sqlite3_column_int64(st, 6);
    if (added > 0) {
      h.last_new_at = at;
      arrivals.push_back(at);
    }
    if (failed > 0) h.last_error = Text(st, 7);
    // A run in which failures were all the source gave is a failed run; one
    // in which some items failed but others were read still counts as a
    // success of the source.
    if (failed > 0 && ok_items == 0) {
      ++h.consecutive_failures;
    } else {
      h.consecutive_failures = 0;
      h.last_success_at = at;
    }
  }
  close_source();
  if (rc != SQLITE_DONE) {
    return absl::InternalError(std::string("reading source health: ") +
                               sqlite3_errmsg(db));
  }
  return rows;
}

}  // namespace whosaid::store::run_log
