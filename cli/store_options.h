// The --db option shared by every command that opens the store.

#ifndef WHOSAID_CLI_STORE_OPTIONS_H_
#define WHOSAID_CLI_STORE_OPTIONS_H_

#include <string>

namespace CLI {
class App;
}

namespace whosaid::cli {

// Adds --db PATH to `command`; the default is $WHOSAID_DB, else ./whosaid.db.
void AddDbOption(CLI::App& command, std::string& db_path);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_STORE_OPTIONS_H_
