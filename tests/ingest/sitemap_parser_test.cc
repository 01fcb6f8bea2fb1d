#include "ingest/sitemap_parser.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParseSitemap, UrlsetWithNews) {
  auto sm = ParseSitemap(R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://n.example/a</loc><lastmod>2025-10-30</lastmod>
<news:news><news:publication><news:name>The Daily</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-10-30T09:15:00+08:00</news:publication_date>
<news:title>Tariff truce extended</news:title></news:news></url>
<url><loc>/b</loc></url>
</urlset>)",
                         "https://n.example/sitemap.xml");
  ASSERT_TRUE(sm.ok()) << sm.status();
  EXPECT_FALSE(sm->is_index);
  ASSERT_EQ(sm->entries.size(), 2u);
  EXPECT_EQ(sm->entries[0].loc, "https://n.example/a");
  EXPECT_EQ(sm->entries[0].lastmod->ToIso8601(), "2025-10-30");
  EXPECT_EQ(sm->entries[0].news_title, "Tariff truce extended");
  EXPECT_EQ(sm->entries[0].news_publication, "The Daily");
  EXPECT_EQ(sm->entries[0].news_language, "en");
  EXPECT_EQ(sm->entries[0].news_published->ToIso8601(),
            "2025-10-30T09:15:00+08:00");
  EXPECT_EQ(sm->entries[1].loc, "https://n.example/b");
}

TEST(ParseSitemap, IndexAndLimits) {
  std::string xml = "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>";
  for (int i = 0; i < 10; ++i) {
    xml += "<sitemap><loc>https://n.example/s" + std::to_string(i) +
           ".xml</loc></sitemap>";
  }
  xml += "</sitemapindex>";
  SitemapLimits limits;
  limits.max_entries = 4;
  auto sm = ParseSitemap(xml, "", limits);
  ASSERT_TRUE(sm.ok());
  EXPECT_TRUE(sm->is_index);
  EXPECT_EQ(sm->entries.size(), 4u);
  EXPECT_EQ(sm->dropped_entries, 6u);
}

TEST(ParseSitemap, Errors) {
  EXPECT_FALSE(ParseSitemap("<urlset><url>", "").ok());
  EXPECT_FALSE(ParseSitemap("<rss/>", "").ok());
  EXPECT_TRUE(LooksLikeSitemap("<?xml version='1.0'?><urlset>"));
  EXPECT_FALSE(LooksLikeSitemap("<rss>"));
}

}  // namespace
}  // namespace whosaid::ingest
