// Backoff, Retry-After and retryable statuses.

#include "ingest/retry_policy.h"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <string>

namespace whosaid::ingest {

int64_t BackoffDelayMs(const RetryPolicy& policy, int failures,
                       std::mt19937_64& rng) {
  double delay = static_cast<double>(std::max<int64_t>(policy.initial_backoff_ms, 0));
  for (int i = 1; i < failures && delay < policy.max_backoff_ms; ++i) delay *= 2;
  delay = std::min(delay, static_cast<double>(policy.max_backoff_ms));
  const double j = std::clamp(policy.jitter, 0.0, 1.0);
  if (j > 0) {
    std::uniform_real_distribution<double> factor(1.0 - j, 1.0 + j);
    delay *= factor(rng);
  }
  return static_cast<int64_t>(delay);
}

std::optional<int64_t> ParseRetryAfter(std::string_view value,
                                       int64_t now_unix_seconds) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
    value.remove_prefix(1);
  }
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t' ||
                            value.back() == '\r' || value.back() == '\n')) {
    value.remove_suffix(1);
  }
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    int64_t seconds = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec != std::errc() || seconds > (int64_t{1} << 40)) return std::nullopt;
    return seconds * 1000;
  }
  // curl_getdate understands the three HTTP-date forms of RFC 9110.
  const std::string text(value);
  const time_t when = curl_getdate(text.c_str(), nullptr);
  if (when == -1) return std::nullopt;
  return std::max<int64_t>(0, (static_cast<int64_t>(when) - now_unix_seconds) * 1000);
}

bool IsRetryableHttpStatus(long status) {
  if (status == 408 || status == 425 || status == 429) return true;
  return status >= 500 && status <= 599 && status != 501 && status != 505;
}

}  // namespace whosaid::ingest
