// SQL for the run log tables.

#include "store/sqlite_run_log.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace whosaid::store::run_log {
namespace {

constexpr size_t kMaxFailuresKept = 100;

// `s` with "`what`: " in front of its message, as every run log error reads.
absl::Status Prefixed(const absl::Status& s, std::string_view what) {
  if (s.ok()) return s;
  return absl::Status(s.code(), std::string(what) + ": " + std::string(s.message()));
}

absl::Status WriteSource(Db& db, int64_t run_id, const RunSourceStats& s,
                         int64_t expected_interval_seconds) {
  Statement& ins = db.Cached(
      "INSERT OR REPLACE INTO run_sources (run_id, source, fetched, added, "
      "updated, unchanged, failed, seconds, expected_interval) "
      "VALUES (?,?,?,?,?,?,?,?,?)");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, run_id).Bind(2, s.source).Bind(3, s.fetched).Bind(4, s.added);
  ins.Bind(5, s.updated).Bind(6, s.unchanged).Bind(7, s.failed);
  ins.Bind(8, s.seconds).Bind(9, expected_interval_seconds);
  if (absl::Status d = ins.Run("recording run source"); !d.ok()) return d;
  const size_t kept = std::min(s.failures.size(), kMaxFailuresKept);
  for (size_t i = 0; i < kept; ++i) {
    Statement& f = db.Cached("INSERT INTO run_failures VALUES (?,?,?)");
    if (!f.ok()) return f.status();
    f.Bind(1, run_id).Bind(2, s.source).Bind(3, s.failures[i]);
    if (absl::Status d = f.Run("recording run failure"); !d.ok()) return d;
  }
  return absl::OkStatus();
}

absl::Status FinishInTransaction(Db& db, const RunRecord& run,
                                 int64_t expected_interval_seconds) {
  RunSourceStats total;
  for (const RunSourceStats& s : run.sources) {
    total.fetched += s.fetched;
    total.added += s.added;
    total.updated += s.updated;
    total.unchanged += s.unchanged;
    total.failed += s.failed;
  }
  Statement& up = db.Cached(
      "UPDATE runs SET finished_at = ?, status = ?, exit_code = ?, "
      "seconds = ?, fetched = ?, added = ?, updated = ?, "
      "unchanged = ?, failed = ? WHERE id = ?");
  if (!up.ok()) return up.status();
  up.Bind(1, run.finished_at).Bind(2, run.status).Bind(3, run.exit_code);
  up.Bind(4, run.seconds).Bind(5, total.fetched).Bind(6, total.added);
  up.Bind(7, total.updated).Bind(8, total.unchanged).Bind(9, total.failed);
  up.Bind(10, run.id);
  if (absl::Status d = up.Run("finishing run"); !d.ok()) return d;
  if (sqlite3_changes(db.get()) != 1) {
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
absl::Status LoadSources(Db& db, std::vector<RunRecord>& runs) {
  std::map<int64_t, RunRecord*> by_id;
  for (RunRecord& r : runs) by_id[r.id] = &r;
  Statement& st = db.Cached(
      "SELECT run_id, source, fetched, added, updated, unchanged, "
      "failed, seconds FROM run_sources ORDER BY run_id, source");
  if (!st.ok()) return st.status();
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    auto it = by_id.find(st.Int(0));
    if (it == by_id.end()) continue;
    RunSourceStats s;
    s.source = st.Text(1);
    s.fetched = st.Int(2);
    s.added = st.Int(3);
    s.updated = st.Int(4);
    s.unchanged = st.Int(5);
    s.failed = st.Int(6);
    s.seconds = st.Double(7);
    it->second->sources.push_back(std::move(s));
  }
  if (rc != SQLITE_DONE) return st.Error("reading run sources");
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

absl::Status MigrateV3ToV4(Db& db) {
  return Prefixed(db.Exec(kTablesV4), "creating run log tables");
}

absl::StatusOr<int64_t> Begin(Db& db, const RunRecord& run) {
  Statement& ins = db.Cached(
      "INSERT INTO runs (command, pid, started_at, status) "
      "VALUES (?, ?, ?, 'running')");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, run.command).Bind(2, run.pid).Bind(3, run.started_at);
  if (absl::Status d = ins.Run("recording run start"); !d.ok()) return d;
  return db.LastInsertId();
}

absl::Status Finish(Db& db, const RunRecord& run,
                    int64_t expected_interval_seconds) {
  Transaction txn(db);
  if (!txn.status().ok()) return Prefixed(txn.status(), "finishing run");
  if (absl::Status s = FinishInTransaction(db, run, expected_interval_seconds);
      !s.ok()) {
    return s;  // the transaction rolls back
  }
  return Prefixed(txn.Commit(), "finishing run");
}

absl::StatusOr<int64_t> MarkInterrupted(Db& db) {
  Statement& up = db.Cached(
      "UPDATE runs SET status = 'interrupted' WHERE status = 'running'");
  if (!up.ok()) return up.status();
  if (absl::Status d = up.Run("marking interrupted runs"); !d.ok()) return d;
  return static_cast<int64_t>(sqlite3_changes(db.get()));
}

absl::StatusOr<std::vector<RunRecord>> Runs(Db& db, int limit) {
  Statement& st = db.Cached(
      "SELECT id, command, pid, started_at, coalesce(finished_at, 0), status, "
      "coalesce(exit_code, 0), seconds FROM runs ORDER BY id DESC LIMIT ?");
  if (!st.ok()) return st.status();
  st.Bind(1, static_cast<int64_t>(limit > 0 ? limit : -1));  // -1: no limit
  std::vector<RunRecord> runs;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    RunRecord r;
    r.id = st.Int(0);
    r.command = st.Text(1);
    r.pid = st.Int(2);
    r.started_at = st.Int(3);
    r.finished_at = st.Int(4);
    r.status = st.Text(5);
    r.exit_code = static_cast<int>(st.Int(6));
    r.seconds = st.Double(7);
    runs.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return st.Error("reading runs");
  if (auto s = LoadSources(db, runs); !s.ok()) return s;
  return runs;
}

absl::StatusOr<std::vector<SourceHealthRow>> Health(Db& db) {
  // One row per (source, run), oldest first, with the run's first failure.
  Statement& st = db.Cached(
      "SELECT s.source, r.started_at, s.added, s.updated, "
      "s.unchanged, s.failed, s.expected_interval, "
      "(SELECT reason FROM run_failures f WHERE f.run_id = s.run_id "
      " AND f.source = s.source LIMIT 1) "
      "FROM run_sources s JOIN runs r ON r.id = s.run_id "
      "ORDER BY s.source, r.started_at, r.id");
  if (!st.ok()) return st.status();
  std::vector<SourceHealthRow> rows;
  std::vector<int64_t> arrivals;
  auto close_source = [&] {
    if (!rows.empty()) rows.back().typical_gap_seconds = MedianGap(arrivals);
    arrivals.clear();
  };
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    const std::string source = st.Text(0);
    if (rows.empty() || rows.back().source != source) {
      close_source();
      rows.push_back({});
      rows.back().source = source;
      rows.back().first_seen_at = st.Int(1);
    }
    SourceHealthRow& h = rows.back();
    const int64_t at = st.Int(1);
    const int64_t added = st.Int(2);
    const int64_t ok_items = added + st.Int(3) + st.Int(4);
    const int64_t failed = st.Int(5);
    ++h.runs;
    h.last_run_at = at;
    h.documents += added;
    h.expected_interval_seconds = st.Int(6);
    if (added > 0) {
      h.last_new_at = at;
      arrivals.push_back(at);
    }
    if (failed > 0) h.last_error = st.Text(7);
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
  if (rc != SQLITE_DONE) return st.Error("reading source health");
  return rows;
}

}  // namespace whosaid::store::run_log
