// The fetch bookkeeping tables of the SQLite store (fetch_state,
// fetch_items, fetch_log) and the queries on them, kept apart from the
// document schema so that each can change on its own. Used only by
// sqlite_store.cc; same threading rules as the Store.

#ifndef WHOSAID_STORE_SQLITE_FETCH_TABLES_H_
#define WHOSAID_STORE_SQLITE_FETCH_TABLES_H_

#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace whosaid::store::fetch_tables {

// The migration to schema version 3 (see store/schema.h). Runs inside the
// transaction Migrate opened.
absl::Status MigrateV2ToV3(Db& db);

absl::StatusOr<std::optional<FetchStateRow>> GetState(sqlite3* db, const std::string& url);
absl::Status PutState(sqlite3* db, const std::string& url, const FetchStateRow& row);
absl::StatusOr<bool> HasItem(sqlite3* db, const std::string& url);
absl::Status AddItem(sqlite3* db, const std::string& url, const std::string& source);
absl::Status Record(sqlite3* db, const FetchLogRow& row);
absl::StatusOr<std::vector<FetchLogRow>> Log(sqlite3* db, int limit);

}  // namespace whosaid::store::fetch_tables

#endif  // WHOSAID_STORE_SQLITE_FETCH_TABLES_H_
