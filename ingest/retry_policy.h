// When and how long to wait before trying a failed HTTP request again:
// exponential backoff with jitter, Retry-After, and which failures are worth
// another try.
//
// Plain functions; thread-safe (the random generator is the caller's).

#ifndef WHOSAID_INGEST_RETRY_POLICY_H_
#define WHOSAID_INGEST_RETRY_POLICY_H_

#include <cstdint>
#include <optional>
#include <random>
#include <string_view>

namespace whosaid::ingest {

struct RetryPolicy {
  // Tries per request, the first included. Default 4; 1 disables retries.
  int max_attempts = 4;
  // Wait before the second try; doubled for each further one. Default 1 s.
  int64_t initial_backoff_ms = 1000;
  // Upper bound of one wait. Default 60 s.
  int64_t max_backoff_ms = 60000;
  // Each wait is scaled by a uniform factor in [1 - jitter, 1 + jitter] so
  // that many clients do not retry in step. Default 0.5.
  double jitter = 0.5;
  // A Retry-After longer than this fails the request at once instead of
  // stalling the run. Default 5 minutes.
  int64_t max_retry_after_ms = 300000;
};

// The wait in milliseconds before the next try after `failures` failed
// tries (failures >= 1): initial * 2^(failures-1), capped, jittered.
int64_t BackoffDelayMs(const RetryPolicy& policy, int failures,
                       std::mt19937_64& rng);

// Parses a Retry-After value: delta seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2015 07:28:00 GMT", compared with `now_unix_seconds`).
// Returns the wait in milliseconds (0 for a date in the past), nullopt when
// the value is neither.
std::optional<int64_t> ParseRetryAfter(std::string_view value,
                                       int64_t now_unix_seconds);

// True for statuses that a later try may fix: 408, 425, 429 and 5xx other
// than 501 and 505.
bool IsRetryableHttpStatus(long status);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_RETRY_POLICY_H_
