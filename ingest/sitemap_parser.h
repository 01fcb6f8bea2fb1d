// Sitemaps from bytes to entries: <urlset> sitemaps, <sitemapindex> indexes,
// and Google News sitemaps (news:news with title, publication date,
// language). Relative locations are resolved against the sitemap's URL.
// Parsed with pugixml: DTD entities are never expanded, nothing is fetched.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_SITEMAP_PARSER_H_
#define WHOSAID_INGEST_SITEMAP_PARSER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/document.h"

namespace whosaid::ingest {

struct SitemapEntry {
  std::string loc;                          // absolute URL
  std::optional<nlp::Timestamp> lastmod;
  // Google News sitemaps only; empty otherwise.
  std::string news_title;
  std::optional<nlp::Timestamp> news_published;
  std::string news_language;
  std::string news_publication;
};

struct Sitemap {
  // True for a <sitemapindex>: the entries are further sitemaps to read.
  bool is_index = false;
  std::vector<SitemapEntry> entries;
  // Entries past SitemapLimits::max_entries, left out.
  size_t dropped_entries = 0;
};

struct SitemapLimits {
  // Larger sitemaps are refused with ResourceExhausted. Default 60 MB (the
  // protocol allows 50 MB uncompressed).
  size_t max_bytes = 60 << 20;
  // Entries past this many are dropped and counted. Default 50,000 (the
  // protocol's own limit).
  size_t max_entries = 50000;
};

// Parses the raw bytes of a sitemap fetched from `url` (may be empty).
// InvalidArgument when not well-formed XML or not a sitemap.
absl::StatusOr<Sitemap> ParseSitemap(std::string_view bytes,
                                     std::string_view url,
                                     const SitemapLimits& limits = {});

// True when `bytes` look like a sitemap or sitemap index.
bool LooksLikeSitemap(std::string_view bytes);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_SITEMAP_PARSER_H_
