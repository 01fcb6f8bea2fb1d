// Main text and metadata from one HTML page: charset decoding (charset.h),
// libxml2's HTML parser (html_dom.h), metadata (html_metadata.h) and the
// article body (main_text.h), put together into a Document.
//
// Stateless; safe to call from several threads at once (libxml2 is
// initialised once by the first call).

#ifndef WHOSAID_INGEST_HTML_EXTRACTOR_H_
#define WHOSAID_INGEST_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest/charset.h"
#include "ingest/language_id.h"
#include "nlp/document.h"

namespace whosaid::ingest {

struct HtmlLimits {
  // Pages larger than this are refused with ResourceExhausted. Default 20 MB.
  size_t max_bytes = 20 << 20;
  // Elements nested deeper than this are dropped (and counted in
  // HtmlPage::depth_cut). Default 1000.
  int max_depth = 1000;
};

// What the extractor found besides the Document, for reports and for
// `whosaid extract --with-text`.
struct HtmlPage {
  nlp::Document doc;
  std::string charset;                 // ICU name of the charset used
  CharsetSource charset_source = CharsetSource::kDefault;
  size_t replaced = 0;                 // invalid byte sequences -> U+FFFD
  size_t depth_cut = 0;                // subtrees dropped for nesting depth
  std::string body_source;             // json-ld, microdata, article, density
  std::string published_source;        // see PageMetadata::published_source
  // Language: what the page declared (BCP 47, empty when nothing), what
  // its text says, and which of the two doc.language holds (see
  // ChooseLanguage in language_id.h).
  std::string declared_language;
  LanguageGuess detected_language;
  // Whether detected_language read doc.text alone (true for a text of 200
  // bytes or more); a shorter text is read after the title, for more words.
  bool detected_from_text_alone = false;
  LanguageSource language_source = LanguageSource::kNone;
};

// Parses the raw `bytes` of a page fetched from `url` (may be empty; used
// for relative links and dates in the URL) whose HTTP Content-Type gave
// `http_charset` (empty for local files), and fills title, authors,
// published, modified, language (declared, else detected from the text; see
// HtmlPage), canonical_url, text (paragraphs separated by "\n\n") and blocks
// of a Document; id and source are left for the
// caller, url is set to `url`. Fails with ResourceExhausted when over
// `limits.max_bytes`, InvalidArgument when no HTML (or neither title nor
// text) could be found.
absl::StatusOr<HtmlPage> ExtractHtmlPage(std::string_view bytes,
                                         std::string_view url,
                                         std::string_view http_charset,
                                         const HtmlLimits& limits = {});

// ExtractHtmlPage without URL or HTTP charset, returning only the Document.
absl::StatusOr<nlp::Document> ExtractHtml(std::string_view html,
                                          const HtmlLimits& limits = {});

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_HTML_EXTRACTOR_H_
