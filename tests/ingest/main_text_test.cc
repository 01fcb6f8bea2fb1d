#include "ingest/main_text.h"

#include <gtest/gtest.h>

#include "ingest/html_dom.h"

namespace whosaid::ingest {
namespace {

MainText Extract(const std::string& html, std::string_view title = "") {
  HtmlDocPtr doc = ParseHtml(html);
  EXPECT_TRUE(doc);
  return ExtractMainText(doc.get(), title);
}

const char kLong1[] =
    "Negotiators from both sides met for three days in Geneva, officials "
    "said, and agreed on a framework for further purchases of farm goods.";
const char kLong2[] =
    "The framework, which still needs approval in both capitals, sets "
    "targets for soybeans, corn and pork over the next two years.";

TEST(ExtractMainText, LeavesBoilerplateOut) {
  const std::string html = std::string(R"(<html><body>
<nav><a href="/">Home</a> <a href="/w">World</a></nav>
<div class="cookie-banner"><p>We use cookies to improve your experience on this site.</p></div>
<div id="main"><article><h1>Deal in Geneva</h1>
<p>)") + kLong1 + R"(</p>
<figure><img src="a.jpg"><figcaption>A caption that is not body text at all.</figcaption></figure>
<div class="share-tools"><a href="#">Share on Facebook</a></div>
<aside class="pullquote">A pull quote repeats the body.</aside>
<h2>What comes next</h2>
<blockquote><p>"We are close," one of the negotiators told reporters afterwards.</p></blockquote>
<p>)" + kLong2 + R"(</p>
<script>var __NEXT_DATA__ = {"props":{"text":"script text"}};</script>
<div class="related-stories"><ul><li><a href="/1">Another story about soybeans and their markets</a></li></ul></div>
</article>
<section id="comments"><p>First comment: this is a long reader comment that should never be included.</p></section>
</div><footer><p>Copyright 2025 The Daily, all rights reserved for everything here.</p></footer>
</body></html>)";
  MainText m = Extract(html, "Deal in Geneva");
  EXPECT_EQ(m.text, std::string(kLong1) +
                        "\n\nWhat comes next\n\n\"We are close,\" one of the "
                        "negotiators told reporters afterwards.\n\n" +
                        kLong2);
  ASSERT_EQ(m.blocks.size(), 4u);
  EXPECT_EQ(m.blocks[0].kind, nlp::BlockKind::kParagraph);
  EXPECT_EQ(m.blocks[1].kind, nlp::BlockKind::kHeading);
  EXPECT_EQ(m.blocks[2].kind, nlp::BlockKind::kBlockQuote);
  for (const nlp::Block& b : m.blocks) {
    EXPECT_LE(b.span.end, m.text.size());
  }
  EXPECT_EQ(m.text.substr(m.blocks[1].span.start, m.blocks[1].span.size()),
            "What comes next");
}

TEST(ExtractMainText, MicrodataArticleBodyWins) {
  const std::string html = std::string(
      "<html><body><div class='teasers'><p>") + kLong2 + "</p><p>" + kLong2 +
      "</p></div><div itemprop='articleBody'><p>" + kLong1 + "</p><p>" +
      kLong1 + "</p></div></body></html>";
  MainText m = Extract(html);
  EXPECT_EQ(m.method, "microdata");
  EXPECT_EQ(m.text, std::string(kLong1) + "\n\n" + kLong1);
}

TEST(ExtractMainText, DivsWithBreaksAndSplitWrappers) {
  const std::string html = std::string(
      "<html><body><div class='story'><div class='para'><p>") + kLong1 +
      "</p></div><div class='ad'>Advertisement</div><div class='para'><p>" +
      kLong2 + "</p></div></div><div id='sidebar'><p>" + kLong2 +
      "</p></div></body></html>";
  MainText m = Extract(html);
  EXPECT_EQ(m.text, std::string(kLong1) + "\n\n" + kLong2);
}

TEST(ExtractMainText, EmptyPage) {
  EXPECT_EQ(Extract("<html><body></body></html>").text, "");
}

TEST(AllBlocks, KeepsEverythingButScripts) {
  HtmlDocPtr doc = ParseHtml(
      "<p>One <a href='x'>link</a></p><script>x()</script><p>Two</p>");
  MainText m = AllBlocks(doc.get());
  EXPECT_EQ(m.text, "One link\n\nTwo");
}

TEST(MainTextFromPlain, LinesBecomeParagraphs) {
  MainText m = MainTextFromPlain("One.\n\n  Two  \nThree.");
  EXPECT_EQ(m.text, "One.\n\nTwo\n\nThree.");
  EXPECT_EQ(m.blocks.size(), 3u);
}

}  // namespace
}  // namespace whosaid::ingest
