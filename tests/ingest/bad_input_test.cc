// Hostile and damaged input for every parser in ingest: each gets a clear
// error for that item (or a repaired result), never a crash, and memory
// bounded by the limits.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include "ingest/document_reader.h"
#include "ingest/feed_parser.h"
#include "ingest/html_extractor.h"
#include "ingest/sitemap_parser.h"
#include "ingest/social_posts.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::ingest {
namespace {

long MaxRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

TEST(BadInput, MalformedAndTruncatedHtml) {
  const char* pages[] = {
      "<html><body><p>Unclosed <b>bold<p>Next paragraph here",
      "<html><body><div><p>Truncated in the middle of a tag <a hre",
      "<<<>>></p></div></body></html><p>stray",
      "<html><body><table><tr><td>cell<td>cell</table></p></p></body>",
      "\x00\x01\x02<p>binary\xFF\xFE junk</p>",
      "",
  };
  for (const char* html : pages) {
    auto page = ExtractHtmlPage(html, "", "");
    if (page.ok()) {
      EXPECT_TRUE(page->doc.text.empty() ||
                  page->doc.text.find('\0') == std::string::npos);
    } else {
      EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
    }
  }
}

TEST(BadInput, OversizedPageIsRefusedWithAClearError) {
  const std::string big(50u << 20, 'a');
  auto page = ExtractHtmlPage("<html><body><p>" + big, "", "");
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(page.status().message().find("over the limit"), std::string::npos);
  auto feed = ParseFeed(big, "");
  EXPECT_EQ(feed.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(BadInput, HtmlNested100000Deep) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div><span>";
  html += "<p>The deepest paragraph of this page says something.</p>";
  auto page = ExtractHtmlPage(html, "", "");
  // libxml2 may refuse the depth itself; either way no crash and a clear
  // answer.
  if (page.ok()) {
    SUCCEED() << "depth cut: " << page->depth_cut;
  } else {
    EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
  }
}

TEST(BadInput, XmlNested100000Deep) {
  std::string xml = "<rss version='2.0'><channel><item><title>t</title><description>";
  for (int i = 0; i < 100000; ++i) xml += "<b>";
  for (int i = 0; i < 100000; ++i) xml += "</b>";
  xml += "</description></item></channel></rss>";
  auto feed = ParseFeed(xml, "");
  if (feed.ok()) {
    EXPECT_EQ(feed->items.size(), 1u);
  }
  std::string unclosed = "<rss><channel>";
  for (int i = 0; i < 100000; ++i) unclosed += "<x>";
  EXPECT_FALSE(ParseFeed(unclosed, "").ok());
  EXPECT_FALSE(ParseSitemap(unclosed, "").ok());
}

TEST(BadInput, BillionLaughsIsNeverExpanded) {
  std::string xml = R"(<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>)";
  const long before = MaxRssMb();
  auto feed = ParseFeed(xml, "");
  if (feed.ok()) {
    EXPECT_LT(feed->title.size(), 100u);
    ASSERT_EQ(feed->items.size(), 1u);
    EXPECT_LT(feed->items[0].title.size(), 100u);
  }
  EXPECT_LT(MaxRssMb() - before, 64);
  auto sm = ParseSitemap(xml, "");
  EXPECT_FALSE(sm.ok());
  auto page = ExtractHtmlPage(xml, "", "");
  if (page.ok()) {
    EXPECT_LT(page->doc.text.size(), 1000u);
  }
}

TEST(BadInput, ExternalEntitiesAreNeverFetched) {
  testutil::TempDir dir;
  const std::string secret = dir.Write("secret.txt", "TOP-SECRET-CONTENT");
  const std::string xml =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://" +
      secret +
      "\">]><rss version=\"2.0\"><channel><title>&xxe;</title><item>"
      "<description>&xxe;</description></item></channel></rss>";
  auto feed = ParseFeed(xml, "");
  if (feed.ok()) {
    EXPECT_EQ(feed->title.find("TOP-SECRET"), std::string::npos);
    EXPECT_EQ(feed->items[0].summary.find("TOP-SECRET"), std::string::npos);
  }
  const std::string sitemap =
      "<!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"file://" + secret +
      "\">]><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      "<url><loc>http://a.example/&xxe;</loc></url></urlset>";
  auto sm = ParseSitemap(sitemap, "");
  if (sm.ok()) {
    for (const auto& e : sm->entries) {
      EXPECT_EQ(e.loc.find("TOP-SECRET"), std::string::npos);
    }
  }
  auto page = ExtractHtmlPage(
      "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://" + secret +
          "\">]><html><body><p>&xxe; and more words in this paragraph of "
          "text so that there is a body.</p></body></html>",
      "", "");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->doc.text.find("TOP-SECRET"), std::string::npos);
}

TEST(BadInput, FeedWith100000ItemsIsCappedAndReported) {
  std::string xml = "<rss version='2.0'><channel><title>Big</title>";
  xml.reserve(100000 * 60);
  for (int i = 0; i < 100000; ++i) {
    xml += "<item><title>Item " + std::to_string(i) +
           "</title><link>http://b.example/" + std::to_string(i) +
           "</link></item>";
  }
  xml += "</channel></rss>";
  auto feed = ParseFeed(xml, "");
  ASSERT_TRUE(feed.ok()) << feed.status();
  EXPECT_EQ(feed->items.size(), FeedLimits().max_items);
  EXPECT_EQ(feed->dropped_items, 100000 - FeedLimits().max_items);
  nlp::CollectingReporter reporter;
  auto docs = ReadDocuments("big.rss", xml, InputFormat::kAuto, reporter);
  EXPECT_EQ(docs.size(), FeedLimits().max_items);
  ASSERT_FALSE(reporter.entries().empty());
  EXPECT_NE(reporter.entries()[0].reason.find("left out"), std::string::npos);
  EXPECT_LT(MaxRssMb(), 1500);
}

TEST(BadInput, MalformedXmlFeedsAndSitemaps) {
  const char* inputs[] = {
      "<rss><channel><item><title>unclosed",
      "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry>",
      "not xml at all",
      "",
  };
  for (const char* xml : inputs) {
    auto feed = ParseFeed(xml, "");
    EXPECT_FALSE(feed.ok()) << xml;
    EXPECT_EQ(feed.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_FALSE(ParseSitemap(xml, "").ok());
  }
}

TEST(BadInput, ReadDocumentsReportsAndGoesOn) {
  nlp::CollectingReporter reporter;
  EXPECT_TRUE(ReadDocuments("bad.rss", "<rss><channel>", InputFormat::kAuto,
                            reporter)
                  .empty());
  EXPECT_TRUE(ReadDocuments("conf.json", R"({"a":1})", InputFormat::kAuto,
                            reporter)
                  .empty());
  EXPECT_TRUE(
      ReadDocuments("broken.json", "{\"a\":", InputFormat::kAuto, reporter)
          .empty());
  auto docs = ReadDocuments("bad-bytes.html",
                            "<html><head><meta charset=\"utf-8\"></head><body><p>caf\xC3 ok \xFF text here</p></body></html>",
                            InputFormat::kAuto, reporter);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(reporter.entries().size(), 4u);
  EXPECT_EQ(reporter.entries()[0].item, "bad.rss");
  EXPECT_EQ(reporter.entries()[1].item, "conf.json");
  EXPECT_NE(reporter.entries()[1].reason.find("no post"), std::string::npos);
  EXPECT_EQ(reporter.entries()[2].item, "broken.json");
  EXPECT_NE(reporter.entries()[3].reason.find("U+FFFD"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::ingest
