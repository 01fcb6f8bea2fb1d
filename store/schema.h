// The SQLite schema and its migrations. The schema version lives in
// PRAGMA user_version; each migration moves it up by one inside its own
// transaction, so a store from any older version is migrated in place, step
// by step, and a failed step leaves the store at the previous version.
//
// docs/schema.md documents the tables and views. Not thread-safe.

#ifndef WHOSAID_STORE_SCHEMA_H_
#define WHOSAID_STORE_SCHEMA_H_

#include <vector>

#include "absl/status/status.h"
#include "store/sqlite_db.h"

namespace whosaid::store {

// One step: brings a store at version `version - 1` to `version`. Runs
// inside a transaction that Migrate opens and commits.
struct Migration {
  int version;
  absl::Status (*apply)(Db& db);
};

// The ordered list of migrations, version 1 first. A new migration is
// appended with the next version number; none is ever edited once released.
const std::vector<Migration>& Migrations();

// The version Migrate brings a store to: the last entry of Migrations().
int CurrentSchemaVersion();

// Brings the store to CurrentSchemaVersion(). FailedPrecondition for a
// file that is not a whosaid store (tables but version 0), a damaged file,
// or a store newer than this program; the engine's error otherwise.
absl::Status Migrate(Db& db);

// The version-1 schema of the walking skeleton, exposed so that tests can
// build a version-1 store and check that it migrates.
extern const char* const kSchemaV1Sql;

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_SCHEMA_H_
