// Judges each source's health from the run log: how often it is expected
// to bring new documents, whether it has gone silent for longer than that,
// and whether it keeps failing. Pure functions; thread-safe.

#ifndef WHOSAID_CLI_SOURCE_HEALTH_H_
#define WHOSAID_CLI_SOURCE_HEALTH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "store/store.h"

namespace whosaid::cli {

struct SourceVerdict {
  // The interval used, and where it came from: "given" (ingest
  // --expect-every), "learned" (3 x the typical gap between arrivals of new
  // documents) or "default" (sources --silent-after).
  int64_t expected_interval = 0;
  std::string expected_from;
  int64_t silent_for = 0;  // since its last new document (or first run)
  bool silent = false;     // silent_for > expected_interval
  bool failing = false;    // its latest run failed outright
  // Warnings to print, without the "whosaid: warning: " prefix.
  std::vector<std::string> warnings;
};

SourceVerdict JudgeSource(const store::SourceHealthRow& row, int64_t now,
                          int64_t default_interval);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_SOURCE_HEALTH_H_
