// Escaping and small text helpers shared by the digest writers. Every
// string that came from the web goes through one of these before it is
// written: the writers never emit stored text raw. Thread-safe (pure).

#ifndef WHOSAID_CLI_DIGEST_TEXT_H_
#define WHOSAID_CLI_DIGEST_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::cli {

// True when `url` starts with "http://" or "https://" (scheme compared
// case-insensitively) and holds no whitespace or control character: the
// only URLs a digest turns into links. "javascript:", "data:", relative
// paths and file paths are shown as text.
bool IsWebUrl(std::string_view url);

// `text` with & < > " ' replaced by character references, and control
// characters other than tab and newline replaced by spaces: safe both as
// HTML (and inline SVG) element content and inside a quoted attribute value.
std::string HtmlEscape(std::string_view text);

// `text` as one line of Markdown that renders literally: line breaks and
// control characters become spaces, and Markdown and HTML punctuation
// (\ ` * _ [ ] < > | # ~ &) is backslash-escaped.
std::string MarkdownEscape(std::string_view text);

// `url` made safe inside a Markdown link destination: spaces, control
// characters, < > ( ) and backslashes percent-encoded. REQUIRES: IsWebUrl.
std::string MarkdownUrl(std::string_view url);

// An ISO 8601 time shortened for reading: "2025-11-03T14:30:00+08:00"
// becomes "2025-11-03 14:30 +08:00", a Z time "2025-11-03 08:00 UTC";
// seconds are kept only when not zero. Dates and anything else that is not
// such a time come back unchanged. Not escaped.
std::string DisplayTime(std::string_view iso);

// What a coverage problem means, for people: "silent" -> "fetched, nothing
// new published"; "failed" stays.
std::string_view CoverageProblemText(std::string_view problem);

// The items joined by `sep`.
std::string JoinStrings(const std::vector<std::string>& items,
                        std::string_view sep);

// A count with its noun, plural when count != 1: "1 quote", "3 quotes".
std::string Plural(long long count, std::string_view singular,
                   std::string_view plural);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_TEXT_H_
