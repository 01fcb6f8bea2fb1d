#include "store/exporter.h"

#include <string>
#include <vector>

namespace whosaid::store {
namespace {

const char* ViewSql(ExportTable table) {
  switch (table) {
    case ExportTable::kQuotes:
      return "SELECT * FROM quote_view ORDER BY first_seen, quote_id";
    case ExportTable::kClaims:
      return "SELECT * FROM claim_view ORDER BY published_utc, claim_id";
    case ExportTable::kDocuments:
      return "SELECT * FROM document_view ORDER BY published_utc, document";
    case ExportTable::kActors:
      return "SELECT * FROM actor_view ORDER BY name";
  }
  return "";
}

}  // namespace

absl::Status ExportView(Db& db, ExportTable table, const ExportSink& sink) {
  Statement st(db.get(), ViewSql(table));
  if (!st.ok()) return st.status();
  std::vector<ExportValue> cells;
  for (int c = 0; c < st.columns(); ++c) cells.emplace_back(std::string(st.ColumnName(c)));
  if (!sink(true, cells)) return absl::OkStatus();
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    cells.clear();
    for (int c = 0; c < st.columns(); ++c) {
      switch (st.Type(c)) {
        case SQLITE_NULL: cells.emplace_back(std::monostate()); break;
        case SQLITE_INTEGER: cells.emplace_back(st.Int(c)); break;
        case SQLITE_FLOAT: cells.emplace_back(st.Double(c)); break;
        default: cells.emplace_back(st.Text(c)); break;
      }
    }
    if (!sink(false, cells)) return absl::OkStatus();
  }
  if (rc != SQLITE_DONE) return st.Error("export");
  return absl::OkStatus();
}

}  // namespace whosaid::store
