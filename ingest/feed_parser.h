// Feeds from bytes to items: RSS 0.9x / 2.0, RSS 1.0 (RDF), Atom 1.0 and 0.3,
// and CDF, with content:encoded, Dublin Core and DC Terms dates, and
// enclosures. Relative links are resolved against xml:base, else the feed's
// URL, with libcurl's URL API. Parsed with pugixml, which never expands
// entities declared in a DTD and never fetches anything.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_FEED_PARSER_H_
#define WHOSAID_INGEST_FEED_PARSER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/document.h"

namespace whosaid::ingest {

enum class FeedFormat { kRss2, kRss1, kRss09, kAtom10, kAtom03, kCdf };

// "rss2", "rss1", "rss09", "atom10", "atom03", "cdf".
std::string_view FeedFormatName(FeedFormat format);

struct Enclosure {
  std::string url;
  std::string type;
  int64_t length = -1;  // -1 when not given
};

struct FeedItem {
  std::string id;      // guid or atom:id; may be empty
  std::string title;   // text; HTML titles keep their markup (as feedparser)
  std::string link;    // absolute when a base was known
  std::vector<std::string> authors;
  std::optional<nlp::Timestamp> published;  // pubDate, published, issued
  std::optional<nlp::Timestamp> updated;    // updated, modified, dc:date
  std::string summary;  // description / summary, as given (may be HTML)
  std::string content;  // content:encoded / atom:content, as given
  bool content_is_html = false;  // summary/content hold markup
  std::vector<Enclosure> enclosures;
  std::vector<std::string> categories;
};

struct Feed {
  FeedFormat format = FeedFormat::kRss2;
  std::string title;
  std::string link;
  std::string description;
  std::string language;
  std::optional<nlp::Timestamp> published;
  std::optional<nlp::Timestamp> updated;
  std::vector<FeedItem> items;
  // Items left out because the feed had more than FeedLimits::max_items.
  size_t dropped_items = 0;
  // Item dates that could not be parsed (the item is kept without them).
  size_t bad_dates = 0;
};

struct FeedLimits {
  // Feeds larger than this are refused with ResourceExhausted. Default 20 MB.
  size_t max_bytes = 20 << 20;
  // Items past this many are dropped and counted in Feed::dropped_items.
  // Default 5,000.
  size_t max_items = 5000;
};

// Parses the raw bytes of a feed (any charset; see charset.h) fetched from
// `feed_url` (may be empty). InvalidArgument when the bytes are not
// well-formed XML or not a feed, ResourceExhausted when over the size limit.
absl::StatusOr<Feed> ParseFeed(std::string_view bytes, std::string_view feed_url,
                               const FeedLimits& limits = {});

// True when `bytes` look like a feed (an <rss>, <feed>, <rdf:RDF> or
// <channel> root) rather than HTML or a sitemap.
bool LooksLikeFeed(std::string_view bytes);

// Plain text of a summary or content that may hold HTML: tags dropped,
// entities decoded, paragraphs separated by "\n\n".
std::string FeedTextToPlain(std::string_view text, bool is_html);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_FEED_PARSER_H_
