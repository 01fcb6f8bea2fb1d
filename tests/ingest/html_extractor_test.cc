#include "ingest/html_extractor.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ExtractHtml, MainTextWithoutBoilerplate) {
  const char* html = R"(<html lang="en"><head><title>Deal | Daily</title>
<meta property="article:published_time" content="2025-10-30T09:15:00+08:00">
</head><body><nav><p>Home</p></nav>
<article><p>First paragraph.</p><div class="share"><p>Share this</p></div>
<p>Second &amp; last.</p></article><footer><p>About us</p></footer></body></html>)";
  auto doc = ExtractHtml(html);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "First paragraph.\n\nSecond & last.");
  EXPECT_EQ(doc->title, "Deal | Daily");
  EXPECT_EQ(doc->language, "en");
  ASSERT_TRUE(doc->published.has_value());
  EXPECT_EQ(doc->published->ToIso8601(), "2025-10-30T09:15:00+08:00");
}

// Issue 5: the language comes from the page's declaration, else from its
// text; a declaration the text contradicts gives way, and HtmlPage says
// which one doc.language holds.
TEST(ExtractHtmlPage, LanguageDeclaredOrDetected) {
  const std::string en =
      "<p>The minister said on Tuesday that the agreement would be signed by "
      "the end of the year, and that both sides had made progress in the "
      "talks over tariffs and purchases.</p>";
  const std::string zh =
      "<p>商务部发言人周二表示，双方将在年底前签署协议，谈判取得了积极进展，"
      "关税和采购问题的磋商也在继续推进之中。</p>";
  struct Case {
    std::string html;
    const char* language;
    LanguageSource source;
    const char* declared;
    const char* detected;
  } cases[] = {
      {"<html lang=\"en-GB\"><body><article>" + en + "</article></body></html>",
       "en-GB", LanguageSource::kDeclared, "en-GB", "en"},
      {"<html><body><article>" + en + "</article></body></html>", "en",
       LanguageSource::kDetected, "", "en"},
      {"<html lang=\"en\"><body><article>" + zh + "</article></body></html>",
       "zh", LanguageSource::kDetected, "en", "zh"},
      {"<html><head><title>Short</title></head>"
       "<body><p>Hello.</p></body></html>",
       "", LanguageSource::kNone, "", "und"},
  };
  for (const Case& c : cases) {
    auto page = ExtractHtmlPage(c.html, "", "");
    ASSERT_TRUE(page.ok()) << page.status();
    EXPECT_EQ(page->doc.language, c.language) << c.html;
    EXPECT_EQ(page->language_source, c.source) << c.html;
    EXPECT_EQ(page->declared_language, c.declared) << c.html;
    EXPECT_EQ(page->detected_language.tag, c.detected) << c.html;
  }
}

TEST(ExtractHtml, RefusesOversizedPages) {
  HtmlLimits limits;
  limits.max_bytes = 10;
  auto doc = ExtractHtml("<html><body><p>too long</p></body></html>", limits);
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(ExtractHtml, BrokenMarkupStillYieldsText) {
  auto doc = ExtractHtml("<html><body><p>Unclosed <b>bold<p>Next");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_NE(doc->text.find("Next"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::ingest

namespace whosaid::ingest {
namespace {

// Bad-input corpus (tests/badinput): past 256 levels libxml2 stopped parsing
// and silently dropped the rest of the page, so an article after a deeply
// nested sidebar was lost. Parsing with XML_PARSE_HUGE keeps it, and the
// extractor's own depth cap (HtmlLimits::max_depth) applies instead.
TEST(ExtractHtml, DeepNestingDoesNotDropTheRestOfThePage) {
  std::string html = "<html><body><div class=\"sidebar\">";
  for (int i = 0; i < 300; ++i) html += "<div>";
  html += "x";
  for (int i = 0; i < 300; ++i) html += "</div>";
  html += "</div><article><p>The article after the sidebar.</p></article>"
          "</body></html>";
  auto doc = ExtractHtml(html);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_NE(doc->text.find("The article after the sidebar."), std::string::npos)
      << doc->text;
}

}  // namespace
}  // namespace whosaid::ingest
