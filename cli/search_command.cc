// whosaid search QUERY: full-text search over quotes, claims and documents.

#include "cli/query_commands.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {

int RunSearch(const QueryCommandOptions& options) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "search", &code);
  if (!store) return code;
  auto rows = store->Search(options.query);
  if (!rows.ok()) return ReportQueryError("search", rows.status());
  auto coverage = store->CoverageFor(options.query);
  if (!coverage.ok()) return ReportQueryError("search", coverage.status());
  Rows table = {{"kind", "who", "text", "published", "source", "url"}};
  std::vector<nlohmann::json> records;
  for (const store::SearchRow& r : *rows) {
    table.push_back({r.kind, r.who, r.text, r.published,
                     r.source.empty() ? r.title : r.source, r.url});
    records.push_back({{"kind", r.kind},
                       {"id", r.id},
                       {"who", NullIfEmpty(r.who)},
                       {"text", r.text},
                       {"document", r.document_id},
                       {"title", r.title},
                       {"url", r.url},
                       {"source", r.source},
                       {"published", NullIfEmpty(r.published)}});
  }
  WriteResults(std::cout, std::cerr, options.format, table, records, *coverage);
  return kExitOk;
}

}  // namespace whosaid::cli
