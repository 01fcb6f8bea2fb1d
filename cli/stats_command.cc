// whosaid stats: counts over a period, reprints counted apart.

#include "cli/query_commands.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {

int RunStats(const QueryCommandOptions& options) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "stats", &code);
  if (!store) return code;
  auto rows = store->Stats(options.query);
  if (!rows.ok()) return ReportQueryError("stats", rows.status());
  auto coverage = store->CoverageFor(options.query);
  if (!coverage.ok()) return ReportQueryError("stats", coverage.status());
  Rows table = {{"group", "key", "count"}};
  std::vector<nlohmann::json> records;
  for (const store::StatRow& r : *rows) {
    table.push_back({r.group, r.key, std::to_string(r.count)});
    records.push_back({{"group", r.group}, {"key", r.key}, {"count", r.count}});
  }
  WriteResults(std::cout, std::cerr, options.format, table, records, *coverage);
  return kExitOk;
}

}  // namespace whosaid::cli
