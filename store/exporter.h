// Streams a researcher view (docs/schema.md) row by row, typed, so that the
// CLI can write JSON Lines or CSV without holding the table in memory.
// Not thread-safe.

#ifndef WHOSAID_STORE_EXPORTER_H_
#define WHOSAID_STORE_EXPORTER_H_

#include "absl/status/status.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace whosaid::store {

// Sends the header and then every row of the view behind `table`.
absl::Status ExportView(Db& db, ExportTable table, const ExportSink& sink);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_EXPORTER_H_
