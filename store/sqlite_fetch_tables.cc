// SQL for the fetch bookkeeping tables.

#include "store/sqlite_fetch_tables.h"

#include <memory>

namespace whosaid::store::fetch_tables {
namespace {

// Schema version 3: the fetcher's per-URL state and seen items, and the
// details it logs beside version 2's fetch_log columns. fetch_log.status
// keeps the coarse ok / not_modified / failed that coverage queries use;
// outcome keeps the fetcher's finer word (unchanged, blocked, skipped, ...).
constexpr const char* kMigrateV3 = R"sql(
CREATE TABLE fetch_state (
  url TEXT PRIMARY KEY,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL DEFAULT '',
  fetched_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE fetch_items (
  url TEXT PRIMARY KEY,
  source TEXT NOT NULL DEFAULT '',
  first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
ALTER TABLE fetch_log ADD COLUMN final_url TEXT NOT NULL DEFAULT '';
ALTER TABLE fetch_log ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE fetch_log ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fetch_log ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fetch_log ADD COLUMN seconds REAL NOT NULL DEFAULT 0;
CREATE INDEX fetch_log_url ON fetch_log(url);
)sql";

// fetch_log.status for a fetcher outcome.
const char* CoarseStatus(const std::string& outcome) {
  if (outcome == "ok" || outcome == "unchanged") return "ok";
  if (outcome == "not_modified") return "not_modified";
  return "failed";
}

}  // namespace

absl::Status MigrateV2ToV3(Db& db) { return db.Exec(kMigrateV3); }

absl::StatusOr<std::optional<FetchStateRow>> GetState(sqlite3* db, const std::string& url) {
  Statement st(db,
               "SELECT etag, last_modified, content_hash, fetched_at FROM fetch_state "
               "WHERE url = ?");
  if (!st.ok()) return st.status();
  st.Bind(1, url);
  const int rc = st.Step();
  if (rc == SQLITE_DONE) return std::optional<FetchStateRow>();
  if (rc != SQLITE_ROW) return st.Error("reading fetch state");
  return std::optional<FetchStateRow>(
      FetchStateRow{st.Text(0), st.Text(1), st.Text(2), st.Int(3)});
}

absl::Status PutState(sqlite3* db, const std::string& url, const FetchStateRow& row) {
  Statement st(db,
               "INSERT OR REPLACE INTO fetch_state (url, etag, last_modified, "
               "content_hash, fetched_at) VALUES (?,?,?,?,?)");
  if (!st.ok()) return st.status();
  st.Bind(1, url).Bind(2, row.etag).Bind(3, row.last_modified);
  st.Bind(4, row.content_hash).Bind(5, row.fetched_at);
  return st.Run("writing fetch state");
}

absl::StatusOr<bool> HasItem(sqlite3* db, const std::string& url) {
  Statement st(db, "SELECT 1 FROM fetch_items WHERE url = ?");
  if (!st.ok()) return st.status();
  st.Bind(1, url);
  const int rc = st.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return st.Error("reading fetch items");
  return rc == SQLITE_ROW;
}

absl::Status AddItem(sqlite3* db, const std::string& url, const std::string& source) {
  Statement st(db, "INSERT OR IGNORE INTO fetch_items (url, source) VALUES (?,?)");
  if (!st.ok()) return st.status();
  st.Bind(1, url).Bind(2, source);
  return st.Run("writing fetch item");
}

absl::Status Record(sqlite3* db, const FetchLogRow& row) {
  Statement st(db,
               "INSERT INTO fetch_log (url, final_url, source, outcome, http_status, "
               "error, attempts, bytes, fetched_at, seconds, status) VALUES "
               "(?,?,?,?,nullif(?,0),?,?,?,strftime('%Y-%m-%dT%H:%M:%SZ', ?, 'unixepoch'),?,?)");
  if (!st.ok()) return st.status();
  st.Bind(1, row.url).Bind(2, row.final_url).Bind(3, row.source);
  st.Bind(4, row.outcome).Bind(5, row.http_status).Bind(6, row.reason);
  st.Bind(7, row.attempts).Bind(8, row.bytes).Bind(9, row.fetched_at);
  st.Bind(10, row.seconds).Bind(11, CoarseStatus(row.outcome));
  return st.Run("writing fetch log");
}

absl::StatusOr<std::vector<FetchLogRow>> Log(sqlite3* db, int limit) {
  Statement st(db,
               "SELECT url, final_url, source, coalesce(nullif(outcome, ''), status), "
               "coalesce(http_status, 0), error, attempts, "
               "bytes, CAST(strftime('%s', fetched_at) AS INTEGER), seconds FROM fetch_log "
               "ORDER BY id DESC LIMIT ?");
  if (!st.ok()) return st.status();
  st.Bind(1, static_cast<int64_t>(limit > 0 ? limit : -1));
  std::vector<FetchLogRow> rows;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    FetchLogRow r;
    r.url = st.Text(0);
    r.final_url = st.Text(1);
    r.source = st.Text(2);
    r.outcome = st.Text(3);
    r.http_status = st.Int(4);
    r.reason = st.Text(5);
    r.attempts = st.Int(6);
    r.bytes = st.Int(7);
    r.fetched_at = st.Int(8);
    r.seconds = st.Double(9);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return st.Error("reading fetch log");
  return rows;
}

}  // namespace whosaid::store::fetch_tables
