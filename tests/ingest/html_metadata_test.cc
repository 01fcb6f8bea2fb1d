#include "ingest/html_metadata.h"

#include <gtest/gtest.h>

#include "ingest/html_dom.h"

namespace whosaid::ingest {
namespace {

PageMetadata Meta(const std::string& html, std::string_view url = "") {
  HtmlDocPtr doc = ParseHtml(html);
  EXPECT_TRUE(doc);
  return ExtractMetadata(doc.get(), url);
}

TEST(ExtractMetadata, JsonLdFirst) {
  PageMetadata m = Meta(R"(<html lang="en-gb"><head>
<title>Ignored | Site</title>
<meta property="og:title" content="OG title">
<meta property="article:published_time" content="2020-01-01T00:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org",
 "@graph":[{"@type":"WebSite","name":"Site"},
  {"@type":"NewsArticle","headline":"Tariff truce extended",
   "datePublished":"2025-10-30T18:40:00+08:00",
   "dateModified":"2025-10-31T08:00:00+08:00",
   "author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chen"}],
   "articleBody":"Body text."}]}</script>
<link rel="canonical" href="/trade/truce">
</head><body></body></html>)",
                        "https://news.example/x?y=1");
  EXPECT_EQ(m.title, "Tariff truce extended");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ann Lee", "Bo Chen"}));
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->ToIso8601(), "2025-10-30T18:40:00+08:00");
  EXPECT_EQ(m.published_source, "json-ld");
  ASSERT_TRUE(m.modified);
  EXPECT_EQ(m.canonical_url, "https://news.example/trade/truce");
  EXPECT_EQ(m.language, "en-GB");
  EXPECT_EQ(m.article_body, "Body text.");
}

TEST(ExtractMetadata, MetaTagsThenTimeThenUrlThenDateline) {
  PageMetadata m = Meta(R"(<html><head><title>Soy deal - The Daily</title>
<meta name="author" content="By Carla Diaz and Dan Ruiz">
<meta property="og:site_name" content="The Daily">
<meta name="article:published_time" content="2025-09-18T07:00:00-04:00">
</head><body></body></html>)");
  EXPECT_EQ(m.title, "Soy deal");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Carla Diaz", "Dan Ruiz"}));
  EXPECT_EQ(m.published->ToIso8601(), "2025-09-18T07:00:00-04:00");
  EXPECT_EQ(m.published_source, "meta");

  m = Meta(R"(<html><body><time datetime="2025-03-01T10:00:00+01:00">1 March</time></body></html>)");
  EXPECT_EQ(m.published_source, "time");

  m = Meta("<html><body><p>x</p></body></html>",
           "https://news.example/2019/11/19/story.html");
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->ToIso8601(), "2019-11-19");
  EXPECT_EQ(m.published->precision, nlp::TimePrecision::kDay);
  EXPECT_EQ(m.published_source, "url");

  m = Meta(R"(<html><body><div class="byline">By Ann Lee</div>
<span class="published-date">Published November 19, 2019 10:23 a.m. EST</span></body></html>)");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ann Lee"}));
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->ToIso8601(), "2019-11-19T10:23:00-05:00");
  EXPECT_EQ(m.published_source, "dateline");
}

TEST(ExtractMetadata, MicrodataAndLocale) {
  PageMetadata m = Meta(R"(<html><head><meta property="og:locale" content="pt_BR"></head>
<body><div itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Head</h1>
<span itemprop="author" itemscope><span itemprop="name">Rita Alves</span></span>
<meta itemprop="datePublished" content="2024-05-06">
</div></body></html>)");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Rita Alves"}));
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->ToIso8601(), "2024-05-06");
  EXPECT_EQ(m.language, "pt-BR");
  EXPECT_EQ(m.title, "Head");
}

TEST(CleanTitle, Table) {
  EXPECT_EQ(CleanTitle("Deal reached | Daily News", "Daily News"), "Deal reached");
  EXPECT_EQ(CleanTitle("Daily News - Deal reached today", "Daily News"),
            "Deal reached today");
  EXPECT_EQ(CleanTitle("China buys more soybeans - Reuters", ""),
            "China buys more soybeans");
  EXPECT_EQ(CleanTitle("Plain title", ""), "Plain title");
}

TEST(WithoutSiteName, OnlyTheSitesOwnNameComesOff) {
  EXPECT_EQ(WithoutSiteName("Deal reached | TheHill", "TheHill"),
            "Deal reached");
  EXPECT_EQ(WithoutSiteName("IGN - Daily deals", "IGN"), "Daily deals");
  // Another tail stays: it may be part of the headline.
  EXPECT_EQ(WithoutSiteName("Deal reached - for now", "TheHill"),
            "Deal reached - for now");
  EXPECT_EQ(WithoutSiteName(" Deal reached ", ""), "Deal reached");
}

TEST(SplitAuthors, Table) {
  EXPECT_EQ(SplitAuthors("By Ann Lee, Bo Chen & Cy Diaz"),
            (std::vector<std::string>{"Ann Lee", "Bo Chen", "Cy Diaz"}));
  EXPECT_EQ(SplitAuthors("by Ann Lee | Updated 10:23"),
            (std::vector<std::string>{"Ann Lee"}));
  EXPECT_TRUE(SplitAuthors("https://facebook.com/someone").empty());
  // Issue 5 (readability pages): dates, dashes, "By" in other languages and
  // job titles no longer end up as names.
  const std::pair<const char*, std::vector<std::string>> kCases[] = {
      {"Steven Musil January 18, 2017 5:42 PM PST", {"Steven Musil"}},
      {"Dan Goodin - Apr 16, 2015 8:02 pm UTC", {"Dan Goodin"}},
      {"Nicolas Perriault —", {"Nicolas Perriault"}},
      {"por César Salza", {"César Salza"}},
      {"Par Sébastien Farcis", {"Sébastien Farcis"}},
      {"Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy",
       {"Daniel Kahn Gillmor"}},
      {"Ann Lee and Bo Chen", {"Ann Lee", "Bo Chen"}},
      {"Ticket packages, $25,000 to $1 million", {"Ticket packages"}},
      // Session 15 (the aeb pages): initials are no Spanish "y" or
      // Portuguese "e"; what a page runs into a byline is not a name.
      {"Sarah E. Needleman", {"Sarah E. Needleman"}},
      {"Bruce Y. Lee", {"Bruce Y. Lee"}},
      {"Analysis by Chris Cillizza", {"Chris Cillizza"}},
      {"Jose AltoverosView More Articles", {"Jose Altoveros"}},
      {"Ilana Muhlstein, MS, RDN", {"Ilana Muhlstein"}},
      {"LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press",
       {"Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"}},
  };
  for (const auto& [byline, names] : kCases) {
    EXPECT_EQ(SplitAuthors(byline), names) << byline;
  }
}

// Issue 5: RDFa lists several properties in one attribute, Dublin Core is
// spelled "dc:" as often as "DC.", and it outranks a generic "author".
TEST(ExtractMetadata, DublinCoreAndSpaceSeparatedProperties) {
  PageMetadata m = Meta(R"(<html><head>
<meta property="x:title dc:title" content="Preferred title">
<meta property="dc:creator twitter:site_name" content="Creator Name">
<meta name="author" content="Site Team">
</head><body><div id="authorization">Sign In</div></body></html>)");
  EXPECT_EQ(m.title, "Preferred title");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Creator Name"}));
  // An "authorization" box is no byline.
  m = Meta(R"(<html><body><div id="authorization">Sign In</div>
<p>Text.</p></body></html>)");
  EXPECT_TRUE(m.authors.empty());
}

// Issue 5 (readability pages aclu, medium-3, wikipedia-*): JSON-LD wrapped
// in CDATA for XHTML was thrown away as invalid JSON.
TEST(ExtractMetadata, JsonLdInsideCdata) {
  for (const char* wrap : {"<![CDATA[%s]]>", "//<![CDATA[\n%s\n//]]>",
                           "/*<![CDATA[*/ %s /*]]>*/"}) {
    const std::string json =
        R"({"@context":"https://schema.org","@type":"Article",)"
        R"("headline":"CDATA headline","datePublished":"2018-04-05T06:00Z",)"
        R"("author":{"@type":"Person","name":"Ann Lee"}})";
    std::string script(wrap);
    script.replace(script.find("%s"), 2, json);
    PageMetadata m =
        Meta("<html><head><script type=\"application/ld+json\">\n  " + script +
             "\n</script></head><body><p>Text.</p></body></html>");
    EXPECT_EQ(m.title, "CDATA headline") << wrap;
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Ann Lee"})) << wrap;
    ASSERT_TRUE(m.published.has_value()) << wrap;
    EXPECT_EQ(m.published_source, "json-ld") << wrap;
  }
}

TEST(DateFromUrl, Table) {
  EXPECT_TRUE(DateFromUrl("https://x.example/2019/11/19/a"));
  EXPECT_TRUE(DateFromUrl("https://x.example/news/2019-11-19-a"));
  EXPECT_FALSE(DateFromUrl("https://x.example/2019/13/40/a"));
  EXPECT_FALSE(DateFromUrl("https://x.example/article/12345"));
}

}  // namespace
}  // namespace whosaid::ingest
