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

struct Finalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, Finalizer>;

absl::StatusOr<Stmt> Prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
    return absl::InternalError(std::string("preparing fetch query: ") + sqlite3_errmsg(db));
  }
  return Stmt(s);
}

void Bind(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string Text(sqlite3_stmt* s, int col) {
  const unsigned char* t = sqlite3_column_text(s, col);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s, col))
           : std::string();
}

absl::Status Done(sqlite3* db, sqlite3_stmt* s, const char* what) {
  if (sqlite3_step(s) != SQLITE_DONE) {
    return absl::InternalError(std::string(what) + ": " + sqlite3_errmsg(db));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status MigrateV2ToV3(Db& db) { return db.Exec(kMigrateV3); }

absl::StatusOr<std::optional<FetchStateRow>> GetState(sqlite3* db, const std::string& url) {
  auto s = Prepare(db,
                   "SELECT etag, last_modified, content_hash, fetched_at FROM fetch_state "
                   "WHERE url = ?");
  if (!s.ok()) return s.status();
  Bind(s->get(), 1, url);
  const int rc = sqlite3_step(s->get());
  if (rc == SQLITE_DONE) return std::optional<FetchStateRow>();
  if (rc != SQLITE_ROW) {
    return absl::InternalError(std::string("reading fetch state: ") + sqlite3_errmsg(db));
  }
  FetchStateRow row{Text(s->get(), 0), Text(s->get(), 1), Text(s->get(), 2),
                    sqlite3_column_int64(s->get(), 3)};
  return std::optional<FetchStateRow>(std::move(row));
}

absl::Status PutState(sqlite3* db, const std::string& url, const FetchStateRow& row) {
  auto s = Prepare(db,
                   "INSERT OR REPLACE INTO fetch_state (url, etag, last_modified, "
                   "content_hash, fetched_at) VALUES (?,?,?,?,?)");
  if (!s.ok()) return s.status();
  Bind(s->get(), 1, url);
  Bind(s->get(), 2, row.etag);
  Bind(s->get(), 3, row.last_modified);
  Bind(s->get(), 4, row.content_hash);
  sqlite3_bind_int64(s->get(), 5, row.fetched_at);
  return Done(db, s->get(), "writing fetch state");
}

absl::StatusOr<bool> HasItem(sqlite3* db, const std::string& url) {
  auto s = Prepare(db, "SELECT 1 FROM fetch_items WHERE url = ?");
  if (!s.ok()) return s.status();
  Bind(s->get(), 1, url);
  const int rc = sqlite3_step(s->get());
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    return absl::InternalError(std::string("reading fetch items: ") + sqlite3_errmsg(db));
  }
  return rc == SQLITE_ROW;
}

absl::Status AddItem(sqlite3* db, const std::string& url, const std::string& source) {
  auto s = Prepare(db, "INSERT OR IGNORE INTO fetch_items (url, source) VALUES (?,?)");
  if (!s.ok()) return s.status();
  Bind(s->get(), 1, url);
  Bind(s->get(), 2, source);
  return Done(db, s->get(), "writing fetch item");
}

absl::Status Record(sqlite3* db, const FetchLogRow& row) {
  auto s = Prepare(db,
                   "INSERT INTO fetch_log (url, final_url, source, outcome, http_status, "
                   "error, attempts, bytes, fetched_at, seconds, status) VALUES "
                   "(?,?,?,?,nullif(?,0),?,?,?,strftime('%Y-%m-%dT%H:%M:%SZ', ?, 'unixepoch'),?,?)");
  if (!s.ok()) return s.status();
  sqlite3_stmt* st = s->get();
  Bind(st, 1, row.url);
  Bind(st, 2, row.final_url);
  Bind(st, 3, row.source);
  Bind(st, 4, row.outcome);
  sqlite3_bind_int64(st, 5, row.http_status);
  Bind(st, 6, row.reason);
  sqlite3_bind_int64(st, 7, row.attempts);
  sqlite3_bind_int64(st, 8, row.bytes);
  sqlite3_bind_int64(st, 9, row.fetched_at);
  sqlite3_bind_double(st, 10, row.seconds);
  sqlite3_bind_text(st, 11, CoarseStatus(row.outcome), -1, SQLITE_STATIC);
  return Done(db, st, "writing fetch log");
}

absl::StatusOr<std::vector<FetchLogRow>> Log(sqlite3* db, int limit) {
  auto s = Prepare(db,
                   "SELECT url, final_url, source, coalesce(nullif(outcome, ''), status), "
                   "coalesce(http_status, 0), error, attempts, "
                   "bytes, CAST(strftime('%s', fetched_at) AS INTEGER), seconds FROM fetch_log "
                   "ORDER BY id DESC LIMIT ?");
  if (!s.ok()) return s.status();
  sqlite3_stmt* st = s->get();
  sqlite3_bind_int64(st, 1, limit > 0 ? limit : -1);
  std::vector<FetchLogRow> rows;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    FetchLogRow r;
    r.url = Text(st, 0);
    r.final_url = Text(st, 1);
    r.source = Text(st, 2);
    r.outcome = Text(st, 3);
    r.http_status = sqlite3_column_int64(st, 4);
    r.reason = Text(st, 5);
    r.attempts = sqlite3_column_int64(st, 6);
    r.bytes = sqlite3_column_int64(st, 7);
    r.fetched_at = sqlite3_column_int64(st, 8);
    r.seconds = sqlite3_column_double(st, 9);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) {
    return absl::InternalError(std::string("reading fetch log: ") + sqlite3_errmsg(db));
  }
  return rows;
}

}  // namespace whosaid::store::fetch_tables
