// The default of the --db option shared by every command that opens the
// store. Thread-safe (reads the environment only).

#ifndef WHOSAID_CLI_STORE_OPTIONS_H_
#define WHOSAID_CLI_STORE_OPTIONS_H_

#include <string>

namespace whosaid::cli {

// Returns $WHOSAID_DB when set and not empty, else "whosaid.db".
std::string DefaultDbPath();

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_STORE_OPTIONS_H_
