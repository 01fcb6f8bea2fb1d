#include "ingest/dates.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "nlp/ascii.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

// US and military zone names curl_getdate knows, with their offsets.
std::optional<int> NamedZoneMinutes(std::string zone) {
  std::transform(zone.begin(), zone.end(), zone.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  struct Zone {
    const char* name;
    int minutes;
  };
  static const Zone kZones[] = {
      {"GMT", 0},      {"UT", 0},       {"UTC", 0},      {"Z", 0},
      {"WET", 0},      {"BST", 60},     {"CET", 60},     {"MET", 60},
      {"CEST", 120},   {"EET", 120},    {"EEST", 180},   {"MSK", 180},
      {"IST", 330},    {"HKT", 480},    {"SGT", 480},    {"JST", 540},
      {"KST", 540},    {"AEST", 600},   {"AEDT", 660},   {"NZST", 720},
      {"EST", -300},   {"EDT", -240},   {"CST", -360},   {"CDT", -300},
      {"MST", -420},   {"MDT", -360},   {"PST", -480},   {"PDT", -420},
      {"AKST", -540},  {"AKDT", -480},  {"HST", -600},   {"AST", -240},
      {"ADT", -180},   {"NST", -210},   {"NDT", -150},
  };
  for (const Zone& z : kZones) {
    if (zone == z.name) return z.minutes;
  }
  return std::nullopt;
}

int MonthNumber(std::string_view name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  const std::string low = nlp::LowerAscii(name.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (low == kMonths[i]) return i + 1;
  }
  return 0;
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::optional<nlp::Timestamp> ParseRfc3339(std::string_view text) {
  text = nlp::TrimAscii(text);
  if (text.empty()) return std::nullopt;
  if (auto t = nlp::ParseIso8601(text)) return t;
  // Compact ISO 8601 and a space before the zone ("2003-12-31T10:14:55 -0800").
  static const RE2* const kCompact = new RE2(
      R"((\d{4})-?(\d{2})-?(\d{2})[Tt ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)");
  std::string y, mo, d, h, mi, s, zone;
  if (RE2::FullMatch(text, *kCompact, &y, &mo, &d, &h, &mi, &s, &zone)) {
    std::string iso = y + "-" + mo + "-" + d + "T" + h + ":" + mi;
    if (!s.empty()) iso += ":" + s;
    iso += zone;
    return nlp::ParseIso8601(iso);
  }
  static const RE2* const kCompactDay = new RE2(R"((\d{4})(\d{2})(\d{2}))");
  if (RE2::FullMatch(text, *kCompactDay, &y, &mo, &d)) {
    return nlp::ParseIso8601(y + "-" + mo + "-" + d);
  }
  return std::nullopt;
}

std::optional<nlp::Timestamp> ParseRfc822(std::string_view text) {
  text = nlp::TrimAscii(text);
  // [Weekday,] DD Mon YYYY [HH:MM[:SS]] [zone]; also "Mon DD, YYYY ...".
  static const RE2* const kRfc822 = new RE2(
      R"((?i)(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2,4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?(?:\s*\(.*\))?)");
  static const RE2* const kUs = new RE2(
      R"((?i)(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?)");
  std::string day, month, year, hour, minute, second, zone, ampm;
  bool matched = RE2::FullMatch(text, *kRfc822, &day, &month, &year, &hour,
                                &minute, &second, &zone);
  if (!matched) {
    matched = RE2::FullMatch(text, *kUs, &month, &day, &year, &hour, &minute,
                             &second, &ampm, &zone);
  }
  if (!matched) return std::nullopt;
  const int mo = MonthNumber(month);
  if (mo == 0) return std::nullopt;
  int y = std::stoi(year);
  if (year.size() == 2) y += y < 50 ? 2000 : 1900;
  const int d = std::stoi(day);
  int h = hour.empty() ? 0 : std::stoi(hour);
  const int mi = minute.empty() ? 0 : std::stoi(minute);
  const int s = second.empty() ? 0 : std::stoi(second);
  if (!ampm.empty()) {
    const bool pm = ampm[0] == 'p' || ampm[0] == 'P';
    if (h == 12) h = 0;
    if (pm) h += 12;
  }
  if (d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return std::nullopt;
  nlp::Timestamp t;
  t.precision = hour.empty()     ? nlp::TimePrecision::kDay
                : second.empty() ? nlp::TimePrecision::kMinute
                                 : nlp::TimePrecision::kSecond;
  if (!zone.empty()) {
    if (zone[0] == '+' || zone[0] == '-') {
      std::string digits;
      for (char c : zone) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
      }
      const int minutes = std::stoi(digits.substr(0, 2)) * 60 +
                          std::stoi(digits.substr(2, 2));
      t.offset_minutes = zone[0] == '-' ? -minutes : minutes;
      t.offset_known = true;
    } else if (auto named = NamedZoneMinutes(zone)) {
      t.offset_minutes = *named;
      t.offset_known = true;
    } else {
      // An unknown zone name: let curl_getdate judge the whole string.
      const std::string copy(text);
      const time_t when = curl_getdate(copy.c_str(), nullptr);
      if (when == -1) return std::nullopt;
      t.utc_seconds = when;
      return t;
    }
  }
  t.utc_seconds = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s -
                  t.offset_minutes * 60LL;
  return t;
}

bool IsPlaceholderDate(const nlp::Timestamp& t) {
  // -5364662400 is 1800-01-01T00:00:00Z, -2208988800 1900-01-01T00:00:00Z.
  constexpr int64_t kEarliest = -5364662400;
  constexpr int64_t kYear1900 = -2208988800;
  // The zero of each common clock, written at the source's own offset
  // ("1970-01-01T00:00:00+01:00") as well as in UTC.
  const int64_t local = t.utc_seconds + int64_t{t.offset_minutes} * 60;
  return t.utc_seconds < kEarliest || t.utc_seconds == 0 || local == 0 ||
         t.utc_seconds == kYear1900 || local == kYear1900;
}

std::optional<nlp::Timestamp> ParseDate(std::string_view text) {
  text = nlp::TrimAscii(text);
  if (text.empty() || text.size() > 200) return std::nullopt;
  std::optional<nlp::Timestamp> t = ParseRfc3339(text);
  if (!t) t = ParseRfc822(text);
  if (t) {
    if (IsPlaceholderDate(*t)) return std::nullopt;
    return t;
  }
  // Last resort: whatever curl_getdate accepts (RFC 850, asctime, ...).
  const std::string copy(text);
  const time_t when = curl_getdate(copy.c_str(), nullptr);
  if (when == -1) return std::nullopt;
  nlp::Timestamp guessed;
  guessed.utc_seconds = when;
  guessed.offset_known = false;
  if (IsPlaceholderDate(guessed)) return std::nullopt;
  return guessed;
}

}  // namespace whosaid::ingest
