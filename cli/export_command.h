// whosaid export TABLE: a whole researcher view as JSON Lines or CSV.
// The flags are wired in command_line.cc. Not thread-safe.

#ifndef WHOSAID_CLI_EXPORT_COMMAND_H_
#define WHOSAID_CLI_EXPORT_COMMAND_H_

#include <string>

namespace whosaid::cli {

struct ExportOptions {
  std::string db;                // --db: the store; must exist
  std::string table;             // quotes, claims, documents or actors
  std::string format = "jsonl";  // --format: jsonl or csv
  std::string output;            // -o: write here; "" = standard output
};

// Writes every row of options.table. Returns kExitOk, or kExitFailure /
// kExitUsage after printing why.
int RunExport(const ExportOptions& options);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_EXPORT_COMMAND_H_
