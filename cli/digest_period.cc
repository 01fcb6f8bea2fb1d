#include "cli/digest_period.h"

#include <ctime>

#include "absl/status/status.h"
#include "nlp/document.h"

namespace whosaid::cli {
namespace {

constexpr int64_t kHour = 3600;
constexpr int64_t kDay = 24 * kHour;

std::string Format(int64_t seconds, const char* format) {
  const time_t t = static_cast<time_t>(seconds);
  struct tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

// The seconds of "24h" or "7d"; nullopt for anything else.
std::optional<int64_t> RelativeSeconds(const std::string& text) {
  if (text.size() < 2 || text.size() > 6) return std::nullopt;
  const char unit = text.back();
  if (unit != 'h' && unit != 'd') return std::nullopt;
  int64_t n = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    n = n * 10 + (text[i] - '0');
  }
  return n * (unit == 'h' ? kHour : kDay);
}

// The last second a bound covers: a day's last second, a minute's last.
int64_t LastSecond(const nlp::Timestamp& t) {
  switch (t.precision) {
    case nlp::TimePrecision::kDay: return t.utc_seconds + kDay - 1;
    case nlp::TimePrecision::kMinute: return t.utc_seconds + 59;
    default: return t.utc_seconds;
  }
}

}  // namespace

std::string UtcTime(int64_t seconds) {
  return Format(seconds, "%Y-%m-%dT%H:%M:%SZ");
}

std::string UtcDay(int64_t seconds) { return Format(seconds, "%Y-%m-%d"); }

std::optional<int64_t> UtcSeconds(std::string_view iso) {
  if (iso.empty()) return std::nullopt;
  std::optional<nlp::Timestamp> t = nlp::ParseIso8601(iso);
  if (!t) return std::nullopt;
  return t->utc_seconds;
}

absl::StatusOr<DigestPeriod> ResolvePeriod(const std::string& since,
                                           const std::string& until,
                                           int64_t now_seconds) {
  DigestPeriod p;
  if (until.empty()) {
    p.until = UtcTime(now_seconds);
    p.until_seconds = now_seconds;
  } else {
    std::optional<nlp::Timestamp> t = nlp::ParseIso8601(until);
    if (!t) {
      return absl::InvalidArgumentError(
          "--until \"" + until.substr(0, 80) +
          "\" is not an ISO 8601 date or time (e.g. 2025-10-30)");
    }
    p.until = until;
    p.until_seconds = LastSecond(*t);
  }
  const std::string flag = since.empty() ? "24h" : since;
  if (std::optional<int64_t> back = RelativeSeconds(flag)) {
    // A relative period counts back from its end: "24h" up to a bare
    // date is exactly that day.
    const int64_t end = until.empty() ? now_seconds : p.until_seconds + 1;
    p.since_seconds = end - *back;
    p.since = UtcTime(p.since_seconds);
  } else if (std::optional<nlp::Timestamp> t = nlp::ParseIso8601(flag)) {
    p.since = flag;
    p.since_seconds = t->utc_seconds;
  } else {
    return absl::InvalidArgumentError(
        "--since \"" + flag.substr(0, 80) +
        "\" is neither a duration (24h, 7d) nor an ISO 8601 date or time");
  }
  if (p.since_seconds > p.until_seconds) {
    return absl::InvalidArgumentError("--since " + p.since +
                                      " is after --until " + p.until);
  }
  return p;
}

}  // namespace whosaid::cli
