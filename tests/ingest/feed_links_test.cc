#include "ingest/feed_links.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ExtractLinks, Rss) {
  const char* rss = R"(<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>
<item><title>A</title><link> https://example.org/a.html </link></item>
<item><title>B</title><guid isPermaLink="true">/b.html</guid></item>
<item><title>C</title><guid isPermaLink="false">tag:x</guid></item>
<item><link>https://example.org/a.html</link></item>
<item><link>javascript:alert(1)</link></item>
</channel></rss>)";
  auto list = ExtractLinks(rss, "https://example.org/feed.xml");
  ASSERT_TRUE(list.ok()) << list.status();
  EXPECT_EQ(list->kind, LinkListKind::kFeed);
  EXPECT_EQ(list->links, (std::vector<std::string>{"https://example.org/a.html",
                                                   "https://example.org/b.html"}));
}

TEST(ExtractLinks, AtomAndRdfAndSitemaps) {
  auto atom = ExtractLinks(R"(<feed xmlns="http://www.w3.org/2005/Atom">
<entry><link rel="self" href="/self"/><link href="news/1.html"/></entry>
<entry><link rel="alternate" type="text/html" href="https://x.org/2"/></entry></feed>)",
                           "https://x.org/feeds/atom.xml");
  ASSERT_TRUE(atom.ok()) << atom.status();
  EXPECT_EQ(atom->links, (std::vector<std::string>{"https://x.org/feeds/news/1.html",
                                                   "https://x.org/2"}));
  auto rdf = ExtractLinks(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><item><link>http://y.org/1</link></item></rdf:RDF>)",
                          "http://y.org/");
  ASSERT_TRUE(rdf.ok());
  EXPECT_EQ(rdf->links, std::vector<std::string>{"http://y.org/1"});
  auto urlset = ExtractLinks(
      R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://z.org/p</loc></url></urlset>)",
      "http://z.org/sitemap.xml");
  ASSERT_TRUE(urlset.ok());
  EXPECT_EQ(urlset->kind, LinkListKind::kSitemap);
  EXPECT_EQ(urlset->links, std::vector<std::string>{"http://z.org/p"});
  auto index = ExtractLinks(
      R"(<sitemapindex><sitemap><loc>http://z.org/s1.xml</loc></sitemap></sitemapindex>)",
      "http://z.org/");
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->kind, LinkListKind::kSitemapIndex);
}

TEST(ExtractLinks, RefusesOtherXmlAndBrokenXml) {
  EXPECT_FALSE(ExtractLinks("<html><body/></html>", "http://x.org/").ok());
  EXPECT_FALSE(ExtractLinks("<rss><channel><item>", "http://x.org/").ok());
  EXPECT_FALSE(ExtractLinks("", "http://x.org/").ok());
}

TEST(LooksLikeLinkList, Table) {
  EXPECT_TRUE(LooksLikeLinkList("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c --><rss>"));
  EXPECT_TRUE(LooksLikeLinkList("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  EXPECT_TRUE(LooksLikeLinkList("<?xml version='1.0'?><urlset>"));
  EXPECT_FALSE(LooksLikeLinkList("<!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikeLinkList("plain text"));
}

}  // namespace
}  // namespace whosaid::ingest
