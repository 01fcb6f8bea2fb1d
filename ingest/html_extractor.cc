#include "ingest/html_extractor.h"

#include "absl/status/status.h"
#include "ingest/html_dom.h"
#include "ingest/html_entities.h"
#include "ingest/html_metadata.h"
#include "ingest/main_text.h"

namespace whosaid::ingest {
namespace {

size_t NonBlankBytes(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) ++n;
  }
  return n;
}

// A JSON-LD articleBody may hold markup; read it as a fragment then.
MainText BodyFromJsonLd(std::string_view body) {
  // Some sites escape the markup once more ("&lt;p&gt;").
  if (body.find("&lt;") != std::string_view::npos &&
      body.find("&gt;") != std::string_view::npos) {
    HtmlDocPtr frag = ParseHtml("<html><body><div>" + std::string(body) +
                                "</div></body></html>");
    if (frag) {
      const std::string unescaped =
          NodeText(xmlDocGetRootElement(frag.get()), 8 << 20);
      if (unescaped.find("&lt;") == std::string::npos) {
        return BodyFromJsonLd(unescaped);
      }
    }
  }
  if (body.find('<') != std::string_view::npos &&
      body.find('>') != std::string_view::npos) {
    HtmlDocPtr frag = ParseHtml("<html><body><div>" + std::string(body) +
                                "</div></body></html>");
    if (frag) {
      MainText m = ExtractMainText(frag.get(), "");
      m.method = "json-ld";
      return m;
    }
  }
  // "from&nbsp;0.90 percent": references written for markup in plain text.
  if (body.find('&') != std::string_view::npos) {
    return MainTextFromPlain(DecodeCharacterReferences(body));
  }
  return MainTextFromPlain(body);
}

// The body says which language the page is in; a body shorter than this gets
// the title's words too.
constexpr size_t kTextAloneBytes = 200;

LanguageGuess DetectPageLanguage(const nlp::Document& doc) {
  if (doc.text.size() >= kTextAloneBytes) return DetectLanguage(doc.text);
  return DetectLanguage(doc.title + "\n\n" + doc.text);
}

}  // namespace

absl::StatusOr<HtmlPage> ExtractHtmlPage(std::string_view bytes,
                                         std::string_view url,
                                         std::string_view http_charset,
                                         const HtmlLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return absl::ResourceExhaustedError(
        "page is " + std::to_string(bytes.size()) +
        " bytes, over the limit of " + std::to_string(limits.max_bytes) +
        "; skipped");
  }
  HtmlPage page;
  DecodedText decoded = DecodeToUtf8(bytes, http_charset);
  page.charset = decoded.encoding;
  page.charset_source = decoded.source;
  page.replaced = decoded.replaced;
  HtmlDocPtr tree = ParseHtml(decoded.utf8, limits.max_depth, &page.depth_cut);
  if (!tree) return absl::InvalidArgumentError("no HTML document could be parsed");
  PageMetadata meta = ExtractMetadata(tree.get(), url);
  MainText body = ExtractMainText(tree.get(), meta.title);
  const size_t dom_len = NonBlankBytes(body.text);
  const size_t ld_len = NonBlankBytes(meta.article_body);
  // JSON-LD is the most trusted signal, but some sites put only a teaser or
  // a truncated body there; take it when it is about as long as the page's.
  if (ld_len >= 200 && ld_len * 10 >= dom_len * 8) {
    MainText ld = BodyFromJsonLd(meta.article_body);
    if (!ld.text.empty()) body = std::move(ld);
  }
  nlp::Document& doc = page.doc;
  doc.url = std::string(url);
  doc.title = std::move(meta.title);
  doc.authors = std::move(meta.authors);
  doc.published = meta.published;
  doc.modified = meta.modified;
  doc.canonical_url = std::move(meta.canonical_url);
  doc.text = std::move(body.text);
  doc.blocks = std::move(body.blocks);
  page.body_source = std::move(body.method);
  page.published_source = std::move(meta.published_source);
  page.declared_language = std::move(meta.language);
  page.detected_language = DetectPageLanguage(doc);
  page.detected_from_text_alone = doc.text.size() >= kTextAloneBytes;
  LanguageChoice lang =
      ChooseLanguage(page.declared_language, page.detected_language);
  doc.language = std::move(lang.tag);
  page.language_source = lang.source;
  if (doc.text.empty() && doc.title.empty()) {
    return absl::InvalidArgumentError("page has no title and no text");
  }
  return page;
}

absl::StatusOr<nlp::Document> ExtractHtml(std::string_view html,
                                          const HtmlLimits& limits) {
  auto page = ExtractHtmlPage(html, "", "", limits);
  if (!page.ok()) return page.status();
  return std::move(page->doc);
}

}  // namespace whosaid::ingest
