// The HTML digest as text: self-contained, every web string escaped, only
// http(s) links. The browser test (digest_browser_test.cc) checks what a
// real browser makes of it.

#include "cli/digest_html.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/cli/digest_fixture.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::cli {
namespace {

std::string FixtureHtml() {
  testutil::TempDir dir;
  auto store = testing::BuildFixtureStore(dir.File("w.db"));
  EXPECT_TRUE(store.ok()) << store.status();
  if (!store.ok()) return "";
  auto digest = BuildDigest(**store, testing::FixtureOptions());
  EXPECT_TRUE(digest.ok()) << digest.status();
  std::ostringstream out;
  if (digest.ok()) WriteDigestHtml(out, *digest);
  return out.str();
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

TEST(DigestHtml, HasEverySectionAndBothCharts) {
  const std::string html = FixtureHtml();
  for (const char* id : {"summary", "moved", "charts", "chart-quotes",
                         "chart-topics", "actors", "sources", "coverage"}) {
    EXPECT_NE(html.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
  }
  EXPECT_EQ(Count(html, "<svg "), 2u);
  EXPECT_NE(html.find("name=\"viewport\""), std::string::npos);
}

TEST(DigestHtml, MakesNoRequestAndRunsNoScript) {
  const std::string html = FixtureHtml();
  EXPECT_EQ(Count(html, "<script"), 0u);
  EXPECT_EQ(Count(html, "<img"), 0u);
  EXPECT_EQ(Count(html, "<link"), 0u);
  EXPECT_EQ(Count(html, " src=\""), 0u);
  EXPECT_EQ(Count(html, "@import"), 0u);
  EXPECT_EQ(Count(html, "url("), 0u);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"),
            std::string::npos);
}

TEST(DigestHtml, EscapesHostileTextAndLinksOnlyWebUrls) {
  const std::string html = FixtureHtml();
  EXPECT_NE(html.find("Nothing to see &lt;script&gt;document.title=&#39;pwned&#39;"
                      "&lt;/script&gt; here &lt;img src=x onerror=&quot;"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;Markets&lt;/b&gt; &amp; &quot;more&quot;"),
            std::string::npos);
  EXPECT_EQ(Count(html, "href=\"javascript"), 0u);
  EXPECT_EQ(Count(html, "onerror=\""), 0u);
  EXPECT_NE(html.find("<span class=\"url\">javascript:alert(1)</span>"),
            std::string::npos);
  // Ampersands in a link are escaped inside the attribute.
  EXPECT_NE(html.find("href=\"https://wire.example/soy?id=7&amp;lang=en\""),
            std::string::npos);
  EXPECT_NE(html.find("HTTP 503 &lt;b&gt;Service Unavailable&lt;/b&gt;"),
            std::string::npos);
}

TEST(DigestHtml, EscapesChartLabelsAndAttributes) {
  Digest d;
  d.quotes_per_actor.days = {"2025-11-03"};
  d.quotes_per_actor.keys = {"<script>x</script>\"'"};
  d.quotes_per_actor.counts = {{3}};
  std::ostringstream out;
  WriteDigestHtml(out, d);
  const std::string html = out.str();
  EXPECT_EQ(Count(html, "<script>x"), 0u);
  EXPECT_NE(html.find("&lt;script&gt;x&lt;/script&gt;&quot;&#39;"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::cli
