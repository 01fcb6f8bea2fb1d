// whosaid ingest: read local files and folders, fetch URLs and configured
// sources, analyse them and write the results to the store, as one run of
// a RunSession (lock, run log, progress, report, exit code). The flags are
// wired in command_line.cc. Not thread-safe.

#ifndef WHOSAID_CLI_INGEST_COMMAND_H_
#define WHOSAID_CLI_INGEST_COMMAND_H_

#include <string>
#include <vector>

#include "cli/rule_options.h"
#include "cli/run_options.h"

namespace whosaid::cli {

struct IngestOptions {
  std::string db;            // --db: the store, created when missing
  RuleOptions rules;         // --rules, --actors
  RunOptions run;            // --wait, --report, --quiet, --expect-every
  std::string sources_file;  // --sources: sources.toml; "" = none
  std::string contact;       // --contact: User-Agent contact without --sources;
                             // "" = $WHOSAID_CONTACT
  std::vector<std::string> paths;  // files, folders and http(s) URLs
};

// Runs one ingest. Returns an exit code from exit_codes.h (kExitUsage when
// there is nothing to ingest; see RunSession for the others).
int RunIngest(const IngestOptions& options);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_INGEST_COMMAND_H_
