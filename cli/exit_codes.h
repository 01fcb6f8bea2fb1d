// Exit codes of the whosaid program, documented in README.md so that cron
// jobs and scripts can tell outcomes apart.

#ifndef WHOSAID_CLI_EXIT_CODES_H_
#define WHOSAID_CLI_EXIT_CODES_H_

namespace whosaid::cli {

constexpr int kExitOk = 0;           // everything succeeded
constexpr int kExitPartial = 1;      // some items failed, the rest was done
constexpr int kExitUsage = 2;        // bad flags or arguments
constexpr int kExitFailure = 3;      // nothing could be done (store, rules...)
constexpr int kExitLockHeld = 4;     // another ingest holds the store's lock

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_EXIT_CODES_H_
