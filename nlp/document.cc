#include "nlp/document.h"

#include <array>
#include <cstdio>

#include "re2/re2.h"

namespace whosaid::nlp {
namespace {

constexpr std::array<std::string_view, 5> kKindNames = {
    "news", "official", "post", "transcript", "wire"};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// well-known civil-days algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

unsigned DaysInMonth(int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30,
                                       31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

struct Civil {
  int64_t year;
  unsigned month, day, hour, minute, second;
};

Civil CivilFromSeconds(int64_t t) {
  int64_t days = t / 86400;
  int64_t rem = t % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  return {y, m, d, static_cast<unsigned>(rem / 3600),
          static_cast<unsigned>(rem % 3600 / 60),
          static_cast<unsigned>(rem % 60)};
}

std::string Format(int64_t local_seconds, TimePrecision precision,
                   std::string_view zone) {
  const Civil c = CivilFromSeconds(local_seconds);
  char buf[64] = {};
  switch (precision) {
    case TimePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(c.year));
      return buf;
    case TimePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04lld-%02u",
                    static_cast<long long>(c.year), c.month);
      return buf;
    case TimePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u",
                    static_cast<long long>(c.year), c.month, c.day);
      return buf;
    case TimePrecision::kMinute:
    case TimePrecision::kSecond:
      std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u",
                    static_cast<long long>(c.year), c.month, c.day, c.hour,
                    c.minute, c.second);
      std::string out(buf);
      out.append(zone);
      return out;
  }
  return buf;
}

std::string OffsetSuffix(const Timestamp& t) {
  if (!t.offset_known) return "";
  if (t.offset_minutes == 0) return "Z";
  const int m = t.offset_minutes < 0 ? -t.offset_minutes : t.offset_minutes;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d",
                t.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
  return buf;
}

}  // namespace

std::string_view DocumentKindName(DocumentKind kind) {
  return kKindNames[static_cast<size_t>(kind)];
}

std::optional<DocumentKind> ParseDocumentKind(std::string_view name) {
  for (size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<DocumentKind>(i);
  }
  return std::nullopt;
}

std::string Timestamp::ToIso8601() const {
  return Format(utc_seconds + offset_minutes * 60LL, precision,
                OffsetSuffix(*this));
}

std::string Timestamp::ToUtcIso8601() const {
  return Format(utc_seconds, precision, offset_known ? "Z" : "");
}

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kBlockQuote: return "blockquote";
    case BlockKind::kListItem: return "listitem";
    case BlockKind::kPre: return "pre";
  }
  return "paragraph";
}

std::optional<Timestamp> ParseIso8601(std::string_view text) {
  static const RE2* const kIso = new RE2(
      R"(\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?\s*)");
  int year = 0;
  std::string month, day, hour, minute, second, zone;
  if (!RE2::FullMatch(text, *kIso, &year, &month, &day, &hour, &minute,
                      &second, &zone)) {
    return std::nullopt;
  }
  Timestamp t;
  unsigned mo = month.empty() ? 1 : std::stoi(month);
  unsigned d = day.empty() ? 1 : std::stoi(day);
  int h = hour.empty() ? 0 : std::stoi(hour);
  int mi = minute.empty() ? 0 : std::stoi(minute);
  int s = second.empty() ? 0 : std::stoi(second);
  if (mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(year, mo) ||
      h > 24 || (h == 24 && (mi > 0 || s > 0)) || mi > 59 || s > 60) {
    return std::nullopt;
  }
  t.precision = month.empty()    ? TimePrecision::kYear
                : day.empty()    ? TimePrecision::kMonth
                : hour.empty()   ? TimePrecision::kDay
                : second.empty() ? TimePrecision::kMinute
                                 : TimePrecision::kSecond;
  if (!zone.empty()) {
    t.offset_known = true;
    if (zone[0] == '+' || zone[0] == '-') {
      int oh = std::stoi(zone.substr(1, 2));
      int om = 0;
      std::string rest = zone.substr(3);
      if (!rest.empty() && rest[0] == ':') rest = rest.substr(1);
      if (!rest.empty()) om = std::stoi(rest);
      if (oh > 23 || om > 59) return std::nullopt;
      t.offset_minutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  const int64_t local = DaysFromCivil(year, mo, d) * 86400 + h * 3600 +
                        mi * 60 + s;
  t.utc_seconds = local - t.offset_minutes * 60LL;
  // Both forms must print as four-digit years that parse again: a leap
  // second or an offset can push 9999-12-31 into year 10000.
  const int64_t first = DaysFromCivil(0, 1, 1) * 86400;
  const int64_t past_last = DaysFromCivil(10000, 1, 1) * 86400;
  if (local < first || local >= past_last || t.utc_seconds < first ||
      t.utc_seconds >= past_last) {
    return std::nullopt;
  }
  return t;
}

}  // namespace whosaid::nlp
