// whosaid sources: every source with its documents, reprints and fetches,
// then its health from the run log (source_health_report.h).

#include "cli/query_commands.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/query_output.h"
#include "cli/source_health_report.h"

namespace whosaid::cli {

int RunSources(const QueryCommandOptions& options, const HealthOptions& health) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "sources", &code);
  if (!store) return code;
  auto rows = store->Sources(options.query);
  if (!rows.ok()) return ReportQueryError("sources", rows.status());
  auto coverage = store->CoverageFor(options.query);
  if (!coverage.ok()) return ReportQueryError("sources", coverage.status());
  Rows table = {{"source", "configured", "documents", "reprints", "quotes", "claims",
                 "published", "url", "last_fetch", "status", "failures"}};
  std::vector<nlohmann::json> records;
  for (const store::SourceRow& r : *rows) {
    table.push_back({r.name, r.configured ? "yes" : "no", std::to_string(r.documents),
                     std::to_string(r.reprints), std::to_string(r.quotes),
                     std::to_string(r.claims), r.last_published,
                     r.last_url.empty() ? r.url : r.last_url, r.last_fetch,
                     r.last_status, std::to_string(r.failures)});
    records.push_back({{"source", r.name},
                       {"feed_url", r.url},
                       {"kind", r.kind},
                       {"configured", r.configured},
                       {"documents", r.documents},
                       {"reprints", r.reprints},
                       {"quotes", r.quotes},
                       {"claims", r.claims},
                       {"published", NullIfEmpty(r.last_published)},
                       {"url", NullIfEmpty(r.last_url)},
                       {"last_fetch", NullIfEmpty(r.last_fetch)},
                       {"last_status", NullIfEmpty(r.last_status)},
                       {"failures", r.failures}});
  }
  WriteResults(std::cout, std::cerr, options.format, table, records, *coverage);
  return ReportSourceHealth(*store, health, options.format);
}

}  // namespace whosaid::cli
