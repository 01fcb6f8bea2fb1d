// Builds the Analyzer every text-analysing command needs, from the builtin
// rule packs or --rules DIR, plus any --actors FILE.

#ifndef WHOSAID_CLI_ANALYSIS_SETUP_H_
#define WHOSAID_CLI_ANALYSIS_SETUP_H_

#include <memory>

#include "absl/status/statusor.h"
#include "cli/rule_options.h"
#include "nlp/analyzer.h"

namespace whosaid::cli {

// Reads the rule files (every *.toml in rules_dir, sorted) and compiles them.
// On failure the message names each bad file, line and fragment.
absl::StatusOr<std::unique_ptr<nlp::Analyzer>> BuildAnalyzer(
    const RuleOptions& options);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_ANALYSIS_SETUP_H_
