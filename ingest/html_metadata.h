// Metadata of an HTML page: title, authors, published and modified times (with
// the precision and UTC offset the page gave; never the fetch time),
// canonical URL, language, site name, and the JSON-LD articleBody when the
// page carries one.
//
// Sources, most trusted first: JSON-LD (NewsArticle and its kin), Open Graph
// and article:* meta tags, other meta tags (Dublin Core, parsely, sailthru,
// byl), microdata (itemprop), <time datetime>, a date in the URL, visible
// bylines and datelines, then <title> and <h1>.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_HTML_METADATA_H_
#define WHOSAID_INGEST_HTML_METADATA_H_

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/document.h"

namespace whosaid::ingest {

struct PageMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::optional<nlp::Timestamp> published;
  std::optional<nlp::Timestamp> modified;
  // Where `published` came from: "json-ld", "meta", "microdata", "time",
  // "url", "dateline"; empty when unknown.
  std::string published_source;
  std::string canonical_url;  // absolute when the page URL was given
  std::string language;       // BCP 47, e.g. "en", "pt-BR"
  std::string site_name;
  std::string description;
  // JSON-LD articleBody of the page's article object; empty when none.
  std::string article_body;
};

// Reads the metadata of `doc` without changing it. `page_url` (may be empty)
// resolves relative canonical links and supplies a date from the URL.
PageMetadata ExtractMetadata(const xmlDoc* doc, std::string_view page_url);

// <title> text without the site name: "Deal reached | Daily News" ->
// "Deal reached". `site_name` (may be empty) is removed wherever it stands.
std::string CleanTitle(std::string_view title, std::string_view site_name);

// `raw`, trimmed, without `site_name` (may be empty) and its separator at
// either end ("Deal reached | Daily News" with "Daily News"); unchanged
// otherwise. For titles from metadata, which name the site less often.
std::string WithoutSiteName(std::string_view raw, std::string_view site_name);

// Names in a byline: "By Ann Lee and Bo Chen" -> {"Ann Lee", "Bo Chen"}.
// Splits on commas, "and", "&" and ";", drops "By", trailing dates and
// "Updated"/"Published" notes. Empty when the byline names no one.
std::vector<std::string> SplitAuthors(std::string_view byline);

// A date in a URL path ("/2019/11/19/", "/2019-11-19/", "/20191119/"):
// day precision, offset unknown. nullopt when there is none.
std::optional<nlp::Timestamp> DateFromUrl(std::string_view url);

// The first date written out in running text ("Published November 19, 2019
// 10:23 AM EST", "19 Nov 2019"). nullopt when there is none.
std::optional<nlp::Timestamp> DateInText(std::string_view text);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_HTML_METADATA_H_
