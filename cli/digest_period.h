// The period a digest covers, and the UTC day arithmetic its charts need.
// Thread-safe (pure).

#ifndef WHOSAID_CLI_DIGEST_PERIOD_H_
#define WHOSAID_CLI_DIGEST_PERIOD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace whosaid::cli {

// A digest's period as the store's queries take it.
struct DigestPeriod {
  std::string since;  // ISO 8601; never empty
  std::string until;  // ISO 8601; never empty
  int64_t since_seconds = 0;  // since as seconds since the epoch (UTC)
  int64_t until_seconds = 0;  // the last second until includes
};

// Turns the --since and --until flags into a period. `since` is "24h"-style
// hours, "7d"-style days, or an ISO 8601 date or time; empty means "24h".
// `until` is an ISO 8601 date (its whole day) or time; empty means now.
// `now_seconds` is the current time (UTC seconds). InvalidArgument names the
// flag that could not be read, or says since is after until.
absl::StatusOr<DigestPeriod> ResolvePeriod(const std::string& since,
                                           const std::string& until,
                                           int64_t now_seconds);

// "2025-10-30T01:15:00Z" for `seconds` since the epoch.
std::string UtcTime(int64_t seconds);

// "2025-10-30": the UTC day of `seconds`.
std::string UtcDay(int64_t seconds);

// Seconds since the epoch of an ISO 8601 date or time (a date is its
// first second); nullopt when `iso` is empty or not ISO 8601.
std::optional<int64_t> UtcSeconds(std::string_view iso);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_PERIOD_H_
