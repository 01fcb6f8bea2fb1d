// The options of one unattended-safe writing run (see run_session.h).
// Plain data, no behaviour.

#ifndef WHOSAID_CLI_RUN_OPTIONS_H_
#define WHOSAID_CLI_RUN_OPTIONS_H_

#include <cstdint>
#include <string>

namespace whosaid::cli {

struct RunOptions {
  double wait_seconds = 0;  // --wait: how long to wait for the lock; 0 = not
  std::string report_path;  // --report: JSON summary written here; "" = none
  bool quiet = false;       // --quiet: nothing printed on success
  int64_t expected_interval_seconds = 0;  // --expect-every; 0 = not given
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_RUN_OPTIONS_H_
