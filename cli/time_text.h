// Times and durations as the nightly-run messages and reports show them.
// Pure functions; thread-safe.

#ifndef WHOSAID_CLI_TIME_TEXT_H_
#define WHOSAID_CLI_TIME_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace whosaid::cli {

// "2026-11-28T10:00:00Z"; "" for 0.
std::string UtcIso(int64_t unix_seconds);

// "45s", "12m", "3h 20m", "2d 4h": the two largest units, rounded down.
std::string HumanDuration(int64_t seconds);

// Parses "90", "90s", "30m", "6h", "2d", "1w" into seconds; nullopt
// otherwise (and for negative or overflowing values).
std::optional<int64_t> ParseDuration(std::string_view text);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_TIME_TEXT_H_
