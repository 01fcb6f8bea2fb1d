#include "cli/time_text.h"

#include <charconv>
#include <ctime>

namespace whosaid::cli {

std::string UtcIso(int64_t unix_seconds) {
  if (unix_seconds == 0) return "";
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string HumanDuration(int64_t seconds) {
  if (seconds < 0) seconds = 0;
  struct Unit {
    int64_t size;
    const char* name;
  };
  static constexpr Unit kUnits[] = {{86400, "d"}, {3600, "h"}, {60, "m"}, {1, "s"}};
  for (size_t i = 0; i < 4; ++i) {
    if (seconds < kUnits[i].size && i < 3) continue;
    std::string out = std::to_string(seconds / kUnits[i].size) + kUnits[i].name;
    const int64_t rest = seconds % kUnits[i].size;
    if (i < 3 && kUnits[i].size > 60 && rest / kUnits[i + 1].size > 0) {
      out += ' ';
      out += std::to_string(rest / kUnits[i + 1].size);
      out += kUnits[i + 1].name;
    }
    return out;
  }
  return "0s";
}

std::optional<int64_t> ParseDuration(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int64_t unit = 1;
  switch (text.back()) {
    case 's': unit = 1; break;
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    case 'w': unit = 7 * 86400; break;
    default: unit = 0;
  }
  if (unit != 0) text.remove_suffix(1);
  if (unit == 0) unit = 1;
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() ||
      value < 0 || value > INT64_MAX / unit) {
    return std::nullopt;
  }
  return value * unit;
}

}  // namespace whosaid::cli
