// The item links of an RSS/Atom/RDF feed or a sitemap, for the fetcher.
//
// A small stand-in until the full feed parser (ingest/feed_parser.h) lands:
// only links are taken, since every item's page is fetched and parsed for
// its own metadata. Stateless; thread-safe.

#ifndef WHOSAID_INGEST_FEED_LINKS_H_
#define WHOSAID_INGEST_FEED_LINKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace whosaid::ingest {

enum class LinkListKind {
  kFeed,          // RSS 2.0, RSS 1.0 (RDF) or Atom: links to item pages
  kSitemap,       // <urlset>: links to pages
  kSitemapIndex,  // <sitemapindex>: links to further sitemaps
};

struct LinkList {
  LinkListKind kind = LinkListKind::kFeed;
  // Absolute http(s) URLs in document order, duplicates removed; relative
  // links are resolved against the base URL.
  std::vector<std::string> links;
};

// Whether `body` starts like a feed or sitemap (after a BOM, an XML
// declaration and comments): cheap sniffing to tell a feed from a page.
bool LooksLikeLinkList(std::string_view body);

// Reads the links of a feed or sitemap at `base_url`. InvalidArgument when
// the XML does not parse or its root is none of rss, RDF, feed, urlset or
// sitemapindex. Links that do not resolve to http(s) are dropped.
absl::StatusOr<LinkList> ExtractLinks(std::string_view xml, std::string_view base_url);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_FEED_LINKS_H_
