// whosaid sources: every source with its documents, reprints and fetches.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {
namespace {

int RunSources(const QueryCommandOptions& options) {
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
  return kExitOk;
}

}  // namespace

void RegisterSources(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<QueryCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "sources", "List sources with their documents and fetch history");
  QueryFlags flags;
  flags.actor = false;
  flags.topic = false;
  flags.match = false;
  AddQueryOptions(*cmd, *options, flags);
  cmd->callback([options, run] { *run = [options] { return RunSources(*options); }; });
}

}  // namespace whosaid::cli
