// A thin RAII layer over the SQLite C API used by every file of the SQLite
// engine: prepared statements, a statement cache, transactions, and the
// conversion of SQLite result codes to absl::Status.
//
// Not thread-safe: a Db and its statements belong to one thread at a time.

#ifndef WHOSAID_STORE_SQLITE_DB_H_
#define WHOSAID_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "absl/status/status.h"

namespace whosaid::store {

// Maps a SQLite result code to a Status: damaged or foreign files become
// FailedPrecondition, busy/locked/full/I/O become Unavailable, the rest
// Internal. The message is "`what`: <SQLite's message>".
absl::Status SqliteStatus(sqlite3* db, int rc, std::string_view what);

// Owns one prepared statement. Binding copies the values (SQLITE_TRANSIENT),
// so arguments need not outlive the call.
class Statement {
 public:
  // Prepares `sql`; check ok() or status() before use.
  Statement(sqlite3* db, std::string_view sql, bool persistent = false);
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return prepare_rc_ == SQLITE_OK; }
  // OK, or the preparation error.
  absl::Status status() const;

  Statement& Bind(int i, std::string_view v);
  Statement& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, int64_t v);
  Statement& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, size_t v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, double v);
  Statement& BindNull(int i);
  Statement& BindBlob(int i, std::string_view bytes);
  // Binds NULL when `v` is empty.
  Statement& BindOrNull(int i, std::string_view v);

  // Returns SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return step_rc_ = sqlite3_step(stmt_); }
  // Steps once and expects SQLITE_DONE; otherwise the error as a Status.
  absl::Status Run(std::string_view what);
  // Clears bindings and rewinds, for reuse.
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
  }
  int Type(int col) const { return sqlite3_column_type(stmt_, col); }
  std::string Text(int col) const;
  std::string Blob(int col) const;
  int columns() const { return sqlite3_column_count(stmt_); }
  const char* ColumnName(int col) const { return sqlite3_column_name(stmt_, col); }

  // The error of the last Step as a Status (see SqliteStatus).
  absl::Status Error(std::string_view what) const;
  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int prepare_rc_;
  int step_rc_ = SQLITE_OK;
};

// An open database with a cache of prepared statements keyed by their SQL
// text. Owns the sqlite3 handle.
class Db {
 public:
  explicit Db(sqlite3* db) : db_(db) {}
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* get() const { return db_; }

  // Runs one or more statements without results.
  absl::Status Exec(std::string_view sql);

  // A cached statement for `sql`, reset and with no bindings. The reference
  // stays valid until the Db is destroyed; do not use the same SQL text for
  // two statements that are live at once. Check ok() before use.
  Statement& Cached(const std::string& sql);

  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

// BEGIN IMMEDIATE on construction (check status()), ROLLBACK on destruction
// unless Commit succeeded.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  const absl::Status& status() const { return status_; }
  absl::Status Commit();

 private:
  Db& db_;
  absl::Status status_;
  bool open_ = false;
};

// The current time in UTC as ISO 8601 with seconds and a Z.
std::string UtcNow();

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_SQLITE_DB_H_
