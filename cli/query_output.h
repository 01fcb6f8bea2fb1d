// What every query subcommand (quotes, claims, actors, search, sources,
// stats, export) shares: opening an existing store, writing rows as table /
// JSONL / CSV / Markdown, the coverage report, and turning store errors into
// exit codes. (Their flags are wired in command_line.cc.)

#ifndef WHOSAID_CLI_QUERY_OUTPUT_H_
#define WHOSAID_CLI_QUERY_OUTPUT_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "cli/output.h"
#include "store/store.h"

namespace whosaid::cli {

// Opens the store at `db` for a query. On failure prints
// "whosaid COMMAND: why" and returns nullptr with *exit_code set.
std::unique_ptr<store::Store> OpenStoreForQuery(const std::string& db,
                                                const std::string& command,
                                                int* exit_code);

// Prints "whosaid COMMAND: message" and returns kExitUsage for
// InvalidArgument (a bad query), kExitFailure otherwise.
int ReportQueryError(const std::string& command, const absl::Status& status);

// Markdown table: cells escaped so that text from the web cannot open
// links, HTML or break the table; line breaks become spaces.
void WriteMarkdown(std::ostream& out, const Rows& rows);

// Writes results in `format`: `table` (header first) for table/csv/md,
// `records` for jsonl. Then reports `coverage` gaps: on stderr for table,
// csv and jsonl, as a trailer for md. Nothing when coverage is empty.
void WriteResults(std::ostream& out, std::ostream& err, const std::string& format,
                  const Rows& table, const std::vector<nlohmann::json>& records,
                  const store::Coverage& coverage);

// One line describing coverage gaps, or "" when there are none.
std::string CoverageLine(const store::Coverage& coverage);

// JSON for a string that is null when empty.
nlohmann::json NullIfEmpty(const std::string& s);

// Dumps one JSON record as a line, replacing invalid UTF-8.
std::string JsonLine(const nlohmann::json& j);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_QUERY_OUTPUT_H_
