// whosaid search QUERY: full-text search over quotes, claims and documents.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {
namespace {

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

}  // namespace

void RegisterSearch(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<QueryCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Full-text search over quotes, claims and documents");
  QueryFlags flags;
  flags.match = false;
  flags.topic = false;
  flags.kinds = {"quote", "claim", "document"};
  flags.sorts = {"rank", "date"};
  AddQueryOptions(*cmd, *options, flags);
  cmd->add_option("query", options->query.text_match,
                  "FTS5 query: words, \"phrases\", AND, OR, NOT, prefix*")
      ->required();
  cmd->callback([options, run] { *run = [options] { return RunSearch(*options); }; });
}

}  // namespace whosaid::cli
