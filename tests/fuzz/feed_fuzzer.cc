// Fuzzes the feed parser (RSS 0.9x/1.0/2.0, Atom, CDF; ingest/feed_parser.h)
// with arbitrary bytes, and the plain-text conversion of every item's
// summary and content. A parsed feed never holds more than max_items items.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/feed_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  whosaid::ingest::LooksLikeFeed(bytes);
  whosaid::ingest::FeedLimits limits;
  limits.max_items = 50;
  auto feed = whosaid::ingest::ParseFeed(bytes, "https://example.org/feed",
                                         limits);
  if (!feed.ok()) return 0;
  if (feed->items.size() > limits.max_items) __builtin_trap();
  for (const auto& item : feed->items) {
    whosaid::ingest::FeedTextToPlain(item.summary, item.content_is_html);
    whosaid::ingest::FeedTextToPlain(item.content, item.content_is_html);
  }
  return 0;
}
