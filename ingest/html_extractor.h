// Main text and metadata from one HTML page, with libxml2's HTML parser.
//
// Stateless; safe to call from several threads at once (libxml2 is
// initialised once by the first call).

#ifndef WHOSAID_INGEST_HTML_EXTRACTOR_H_
#define WHOSAID_INGEST_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "nlp/document.h"

namespace whosaid::ingest {

struct HtmlLimits {
  // Pages larger than this are refused with ResourceExhausted. Default 20 MB.
  size_t max_bytes = 20 << 20;
  // Pages whose elements nest deeper than this are refused with
  // ResourceExhausted. libxml2 itself stops parsing at 256 levels and drops
  // the rest of the page, so a deeper page could only be read truncated.
  // Real news pages nest at most about 50 levels. Default 200.
  int max_depth = 200;
};

// Parses `html` (UTF-8) and fills title, authors, published, modified,
// language, canonical_url and text (paragraphs separated by "\n\n") of a
// Document; id, url and source are left for the caller. Fails with
// InvalidArgument when nothing parseable is found, ResourceExhausted when
// over the limits.
absl::StatusOr<nlp::Document> ExtractHtml(std::string_view html,
                                          const HtmlLimits& limits = {});

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_HTML_EXTRACTOR_H_
