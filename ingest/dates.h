// Dates as feeds, sitemaps and pages write them: RFC 3339 / ISO 8601, RFC 822
// (and RFC 1123 / RFC 850 / asctime, through libcurl's curl_getdate), and the
// common malformed variants (missing weekday, two-digit years, named zones,
// "Sept", a space instead of "T", a comma where none belongs).
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_DATES_H_
#define WHOSAID_INGEST_DATES_H_

#include <optional>
#include <string_view>

#include "nlp/document.h"

namespace whosaid::ingest {

// Parses `text` as any of the forms above. The result keeps the offset the
// text gave (offset_known false when it gave none; the instant is then read
// as UTC) and the precision it had (a date alone is kDay). Returns nullopt
// when the text holds no recognisable date, or only a placeholder
// (IsPlaceholderDate), so that a page's next source of a date is asked.
std::optional<nlp::Timestamp> ParseDate(std::string_view text);

// Whether `t` is a value that content systems write when they have no
// date: before 1800 ("0001-01-01T00:00:00Z", .NET's smallest date), or
// exactly the zero of the Unix or the 1900 clock, in UTC or at the
// source's own offset. No news was published then.
bool IsPlaceholderDate(const nlp::Timestamp& t);

// Only RFC 822 and its relatives ("Wed, 31 Dec 2003 10:14:55 +0800",
// "31 Dec 03 10:14 EST"). nullopt when it is not one.
std::optional<nlp::Timestamp> ParseRfc822(std::string_view text);

// Only RFC 3339 / ISO 8601, including the compact form "20031231T101455Z"
// and W3CDTF's reduced precisions ("2003", "2003-12"). nullopt otherwise.
std::optional<nlp::Timestamp> ParseRfc3339(std::string_view text);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_DATES_H_
