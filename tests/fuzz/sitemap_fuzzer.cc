// Fuzzes the sitemap parser (urlset and sitemapindex; ingest/sitemap_parser.h)
// with arbitrary bytes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/sitemap_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  whosaid::ingest::LooksLikeSitemap(bytes);
  auto sitemap =
      whosaid::ingest::ParseSitemap(bytes, "https://example.org/sitemap.xml");
  if (!sitemap.ok() && sitemap.status().message().empty()) __builtin_trap();
  return 0;
}
