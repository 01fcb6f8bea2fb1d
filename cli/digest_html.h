// The digest as one self-contained HTML page: inline CSS, inline SVG charts
// (quotes per actor per day, topics over time), no script, no external
// request of any kind (a Content-Security-Policy forbids them too), laid out
// for a phone first.
//
// Every web-sourced string is escaped in text and in attributes; only
// http(s) URLs become links, anything else (a javascript: URL) is shown as
// text. Sections carry stable ids: summary, moved, charts, actors, sources,
// coverage. Thread-compatible.

#ifndef WHOSAID_CLI_DIGEST_HTML_H_
#define WHOSAID_CLI_DIGEST_HTML_H_

#include <ostream>

#include "cli/digest_model.h"

namespace whosaid::cli {

// Writes `digest` as one HTML5 document.
void WriteDigestHtml(std::ostream& out, const Digest& digest);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_HTML_H_
