#include "ingest/feed_parser.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParseFeed, Rss2WithContentEncodedDcAndEnclosure) {
  auto feed = ParseFeed(R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:d="http://purl.org/dc/elements/1.1/">
<channel><title>Trade Wire</title><link>http://wire.example/</link>
<lastBuildDate>Thu, 30 Oct 2025 10:00:00 GMT</lastBuildDate>
<image><title>Logo</title><link>http://img.example/</link></image>
<item><title>Soy &amp; corn</title><link>/a/1</link>
<d:creator>Ann Lee</d:creator>
<pubDate>Thu, 30 Oct 2025 09:15:00 +0800</pubDate>
<d:date>2025-10-30T12:00:00Z</d:date>
<description>Short &lt;b&gt;summary&lt;/b&gt;</description>
<content:encoded><![CDATA[<p>Para one.</p><p>Para two.</p>]]></content:encoded>
<enclosure url="/audio.mp3" type="audio/mpeg" length="1234"/>
<category>Trade</category><guid isPermaLink="false">id-1</guid></item>
<item><guid>http://wire.example/b/2</guid><title>Second</title></item>
</channel></rss>)",
                        "http://wire.example/feed.xml");
  ASSERT_TRUE(feed.ok()) << feed.status();
  EXPECT_EQ(feed->format, FeedFormat::kRss2);
  EXPECT_EQ(feed->title, "Trade Wire");
  EXPECT_EQ(feed->link, "http://wire.example/");
  ASSERT_TRUE(feed->updated);
  ASSERT_EQ(feed->items.size(), 2u);
  const FeedItem& a = feed->items[0];
  EXPECT_EQ(a.title, "Soy & corn");
  EXPECT_EQ(a.link, "http://wire.example/a/1");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ann Lee"});
  EXPECT_EQ(a.published->ToIso8601(), "2025-10-30T09:15:00+08:00");
  EXPECT_EQ(a.updated->ToUtcIso8601(), "2025-10-30T12:00:00Z");
  EXPECT_EQ(a.content, "<p>Para one.</p><p>Para two.</p>");
  EXPECT_EQ(a.summary, "Short <b>summary</b>");
  ASSERT_EQ(a.enclosures.size(), 1u);
  EXPECT_EQ(a.enclosures[0].url, "http://wire.example/audio.mp3");
  EXPECT_EQ(a.enclosures[0].length, 1234);
  EXPECT_EQ(a.id, "id-1");
  EXPECT_EQ(feed->items[1].link, "http://wire.example/b/2");
  EXPECT_EQ(FeedTextToPlain(a.content, a.content_is_html), "Para one.\n\nPara two.");
}

TEST(ParseFeed, Atom10WithXmlBase) {
  auto feed = ParseFeed(R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://a.example/blog/">
<title type="html">Example &lt;b&gt;Atom&lt;/b&gt;</title>
<link rel="self" href="feed.atom"/><link href="index.html"/>
<updated>2025-10-30T09:15:00Z</updated>
<entry xml:base="posts/"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>entry</b></div></title>
<link rel="alternate" href="one.html"/><id>tag:a.example,2025:1</id>
<published>2025-10-29T08:00:00-04:00</published>
<author><name>Bo Chen</name></author>
<content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>)",
                        "");
  ASSERT_TRUE(feed.ok()) << feed.status();
  EXPECT_EQ(feed->format, FeedFormat::kAtom10);
  EXPECT_EQ(feed->title, "Example <b>Atom</b>");
  EXPECT_EQ(feed->link, "http://a.example/blog/index.html");
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "An <b>entry</b>");
  EXPECT_EQ(feed->items[0].link, "http://a.example/blog/posts/one.html");
  EXPECT_EQ(feed->items[0].authors, std::vector<std::string>{"Bo Chen"});
  EXPECT_EQ(feed->items[0].content, "<p>Body</p>");
}

TEST(ParseFeed, Rss1RdfAndAtom03AndCdf) {
  auto rdf = ParseFeed(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://r.example/"><title>RDF</title><link>http://r.example/</link></channel>
<item rdf:about="http://r.example/1"><title>One</title><link>http://r.example/1</link>
<dc:date>2025-01-02T03:04:05+01:00</dc:date></item></rdf:RDF>)",
                       "");
  ASSERT_TRUE(rdf.ok()) << rdf.status();
  EXPECT_EQ(rdf->format, FeedFormat::kRss1);
  ASSERT_EQ(rdf->items.size(), 1u);
  EXPECT_EQ(rdf->items[0].updated->ToUtcIso8601(), "2025-01-02T02:04:05Z");

  auto atom03 = ParseFeed(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title mode="base64">RXhhbXBsZQ==</title><entry><issued>2004-01-01T19:48:21Z</issued></entry></feed>)",
                          "");
  ASSERT_TRUE(atom03.ok());
  EXPECT_EQ(atom03->format, FeedFormat::kAtom03);
  EXPECT_EQ(atom03->title, "Example");
  EXPECT_TRUE(atom03->items[0].published);

  auto cdf = ParseFeed(R"(<CHANNEL HREF="http://c.example/" LASTMOD="2004-04-07T04:05:43Z">
<TITLE>CDF</TITLE><ITEM HREF="http://c.example/i"><TITLE>Item</TITLE></ITEM></CHANNEL>)",
                       "");
  ASSERT_TRUE(cdf.ok());
  EXPECT_EQ(cdf->format, FeedFormat::kCdf);
  EXPECT_EQ(cdf->link, "http://c.example/");
  EXPECT_EQ(cdf->items[0].link, "http://c.example/i");
}

TEST(ParseFeed, Errors) {
  EXPECT_EQ(ParseFeed("<rss><channel><item>", "").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseFeed("<html><body/></html>", "").status().code(),
            absl::StatusCode::kInvalidArgument);
  FeedLimits limits;
  limits.max_bytes = 10;
  EXPECT_EQ(ParseFeed("<rss version='2.0'><channel/></rss>", "", limits)
                .status()
                .code(),
            absl::StatusCode::kResourceExhausted);
}

TEST(ParseFeed, BadDateIsCountedItemKept) {
  auto feed = ParseFeed(
      "<rss><channel><item><title>x</title><pubDate>someday</pubDate></item>"
      "</channel></rss>",
      "");
  ASSERT_TRUE(feed.ok());
  EXPECT_EQ(feed->items.size(), 1u);
  EXPECT_FALSE(feed->items[0].published);
  EXPECT_EQ(feed->bad_dates, 1u);
}

TEST(LooksLikeFeed, Table) {
  EXPECT_TRUE(LooksLikeFeed("<?xml version='1.0'?><rss version='2.0'>"));
  EXPECT_TRUE(LooksLikeFeed("<feed xmlns='http://www.w3.org/2005/Atom'>"));
  EXPECT_FALSE(LooksLikeFeed("<!doctype html><html><body><feed>"));
}

}  // namespace
}  // namespace whosaid::ingest
