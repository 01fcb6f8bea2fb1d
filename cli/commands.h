// The subcommands of the whosaid program. Each Register* function adds one
// subcommand to the CLI11 app and arranges for its Run to be called; Run
// returns an exit code from exit_codes.h.

#ifndef WHOSAID_CLI_COMMANDS_H_
#define WHOSAID_CLI_COMMANDS_H_

#include <functional>

namespace CLI {
class App;
}

namespace whosaid::cli {

// Sets `*run` to the chosen subcommand's action.
void RegisterExtract(CLI::App& app, std::function<int()>* run);
void RegisterIngest(CLI::App& app, std::function<int()>* run);
void RegisterQuotes(CLI::App& app, std::function<int()>* run);
void RegisterClaims(CLI::App& app, std::function<int()>* run);
void RegisterActors(CLI::App& app, std::function<int()>* run);
void RegisterSearch(CLI::App& app, std::function<int()>* run);
void RegisterSources(CLI::App& app, std::function<int()>* run);
void RegisterStats(CLI::App& app, std::function<int()>* run);
void RegisterExport(CLI::App& app, std::function<int()>* run);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_COMMANDS_H_
