// Schema version 2: the event index (quote clusters and occurrences, claims
// with quantities, topics, actor aliases, revisions, near-duplicate links,
// sources and the fetch log, full-text indexes, researcher views).
//
// Migrating from version 1 renames the old tables, creates version 2, and
// writes every version-1 document again through the document writer, so a
// migrated store is the same as one built fresh. Not thread-safe.

#ifndef WHOSAID_STORE_SCHEMA_V1_TO_V2_H_
#define WHOSAID_STORE_SCHEMA_V1_TO_V2_H_

#include "absl/status/status.h"
#include "store/sqlite_db.h"

namespace whosaid::store {

// Runs inside the transaction Migrate opened.
absl::Status MigrateV1ToV2(Db& db);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_SCHEMA_V1_TO_V2_H_
