// Inline SVG charts for the HTML digest. Thread-safe (pure).

#ifndef WHOSAID_CLI_DIGEST_SVG_H_
#define WHOSAID_CLI_DIGEST_SVG_H_

#include <string>
#include <string_view>

#include "cli/digest_model.h"

namespace whosaid::cli {

// `chart` as small multiples: one row per key, its name (escaped, cut to 18
// characters), a bar per day scaled to the chart's largest count, and the
// row's total; each day labels the axis (first and last only beyond a
// week). `label` becomes the accessible name. Returns a paragraph saying
// there is nothing to show when the chart has no keys.
std::string DayChartSvg(const DayChart& chart, std::string_view label);

// The first `max_chars` code points of UTF-8 `text`, with "…" appended when
// it was longer. Never splits a multi-byte sequence.
std::string Truncate(std::string_view text, size_t max_chars);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_SVG_H_
