// The query subcommands (quotes, claims, actors, search, sources, stats):
// each opens an existing store, runs one store::Query and writes the rows
// (query_output.h). Their flags are wired in command_line.cc; nothing here
// knows about the command line. Each Run* returns an exit code from
// exit_codes.h after printing its results on stdout and problems on stderr.
// Not thread-safe (they write to std::cout and std::cerr).

#ifndef WHOSAID_CLI_QUERY_COMMANDS_H_
#define WHOSAID_CLI_QUERY_COMMANDS_H_

#include <string>

#include "cli/source_health_report.h"
#include "store/store.h"

namespace whosaid::cli {

struct QueryCommandOptions {
  std::string db;                // --db: the store; must exist
  store::Query query;            // the filters, sort and limit
  std::string format = "table";  // --format: table, jsonl, csv or md
};

int RunQuotes(const QueryCommandOptions& options);
int RunClaims(const QueryCommandOptions& options);
int RunActors(const QueryCommandOptions& options);
// REQUIRES: options.query.text_match is the search query.
int RunSearch(const QueryCommandOptions& options);
int RunStats(const QueryCommandOptions& options);
// The source list, then the health report of `health`
// (source_health_report.h) in the same format.
int RunSources(const QueryCommandOptions& options, const HealthOptions& health);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_QUERY_COMMANDS_H_
