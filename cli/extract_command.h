// whosaid extract: analyse files and print one JSON object per document.
// The flags are wired in command_line.cc. Not thread-safe (writes to
// std::cout and std::cerr).

#ifndef WHOSAID_CLI_EXTRACT_COMMAND_H_
#define WHOSAID_CLI_EXTRACT_COMMAND_H_

#include <string>
#include <vector>

#include "cli/rule_options.h"

namespace whosaid::cli {

struct ExtractOptions {
  std::string input = "auto";  // --input: auto, html, text, jsonl, feed or json
  RuleOptions rules;           // --rules, --actors
  bool with_text = false;      // --with-text: include the normalised text
  std::string format = "jsonl";    // --format: only jsonl
  std::vector<std::string> paths;  // files, folders, or - for stdin
};

// Analyses every document of options.paths and prints it as one JSON line.
// Returns kExitOk, kExitPartial when some inputs failed and some documents
// were printed, kExitFailure when none were, kExitUsage for a bad --input.
int RunExtract(const ExtractOptions& options);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_EXTRACT_COMMAND_H_
