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

// Session 22: a hover card inside a paragraph (a name's photo and links
// to other stories, hidden until the reader points at the name) is left
// out, and the paragraph with it kept, not dropped as a list of links.
TEST(ExtractMainText, LeavesAHoverCardOutOfItsParagraph) {
  const std::string html = std::string(R"(<html><body><article>
<p>Harbor Gov. <span class="rollover-people"><a href="/people/nora-vale">Nora Vale</a><span class="rollover-people-block"><a href="/people/nora-vale">Nora Lynn Vale</a> <a href="/1">Harbor governor signs the budget after a long night of talks</a> <a href="/2">Harbor drops its port levy after a court ruling on fees</a> <a href="/3">New Harbor law on school signs goes into effect this week</a> <a class="more" href="/people/nora-vale">MORE</a></span></span> is defending the state's new ferry plan.</p>
<p>)") + kLong1 + "</p>\n<p>" + kLong2 + R"(</p>
</article></body></html>)";
  const MainText m = Extract(html);
  EXPECT_NE(m.text.find("Harbor Gov. Nora Vale is defending the state's new "
                        "ferry plan."),
            std::string::npos)
      << m.text;
  EXPECT_EQ(m.text.find("MORE"), std::string::npos) << m.text;
}

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

// A page too short for any block to read as a paragraph still gets its
// speaker labels joined to what they introduce.
TEST(ExtractMainText, ShortPageJoinsSpeakerLabels) {
  MainText m = Extract(
      "<html><body><p><strong>MS. LIN:</strong></p><p>Not yet.</p>"
      "</body></html>");
  EXPECT_EQ(m.method, "short");
  EXPECT_EQ(m.text, "MS. LIN: Not yet.");
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

TEST(ExtractMainText, TranscriptSpeakerLabelsStartTheirParagraphs) {
  const std::string html = std::string(
      "<html><body><div class='transcript'><p><strong>MS. LIN:</strong></p><p>") +
      kLong1 + "</p><p><b>Q:</b></p><p>" + kLong2 +
      "</p><p><strong>SECRETARY WHITLOCK:</strong> " + kLong1 +
      "</p></div></body></html>";
  MainText m = Extract(html);
  EXPECT_EQ(m.text, std::string("MS. LIN: ") + kLong1 + "\n\nQ: " + kLong2 +
                        "\n\nSECRETARY WHITLOCK: " + kLong1);
  EXPECT_EQ(m.blocks.size(), 3u);
}

// Issue 5: a list of teasers set as one <article> per item (here under a
// heading the hints cannot read, "Você pode gostar...", and with excerpts
// long enough to read as paragraphs) outweighed the article itself.
TEST(ExtractMainText, ListOfTeaserArticlesIsNotTheBody) {
  std::string teasers;
  for (int i = 0; i < 4; ++i) {
    teasers += "<li><article class=\"post\"><h3><a href=\"/s" +
               std::to_string(i) + "\">Another story number " +
               std::to_string(i) + "</a></h3><p>" + kLong1 + " " + kLong2 +
               "</p></article></li>";
  }
  const std::string html =
      std::string("<html><body><div id=\"page\"><article><h1>Deal</h1><p>") +
      kLong1 + "</p><p>" + kLong2 +
      "</p></article><div><h2>Você pode "
      "gostar...</h2><ul>" +
      teasers + "</ul></div></div></body></html>";
  const MainText m = Extract(html, "Deal");
  EXPECT_EQ(m.text, std::string(kLong1) + "\n\n" + kLong2);
}

// One article whose sections are <article>s of their own is still one
// article: the list rule leaves a container alone when one item holds half
// of its text.
TEST(ExtractMainText, ArticleWithArticleSectionsIsKept) {
  const std::string html =
      std::string("<html><body><div id=\"c\"><article><p>") + kLong1 +
      "</p><p>" + kLong2 + "</p><p>" + kLong1 +
      "</p></article>"
      "<article><p>A short box.</p></article><article><p>Another box."
      "</p></article></div></body></html>";
  const MainText m = Extract(html);
  EXPECT_NE(m.text.find(kLong2), std::string::npos) << m.text;
}

// Issue 5: climbing from the article to a wrapper that also holds a grid
// of teasers (label, headline link, excerpt) took the teasers in, because
// their excerpts read as paragraphs; their linked headlines now stop it.
TEST(ExtractMainText, TeaserGridBesideTheArticleIsLeftOut) {
  std::string grid;
  for (int i = 0; i < 5; ++i) {
    grid += "<div class='cell'><p>AUTO NEWS</p><p><a href='/n" +
            std::to_string(i) +
            "'>A long headline about another car that some maker launched "
            "somewhere "
            "else in the region this week, story number " +
            std::to_string(i) + "</a></p><p>" + kLong2 + " " + kLong1 +
            "</p></div>";
  }
  const std::string html =
      std::string(
          "<html><body><div class='wrap'><div class='cell auto'>"
          "<div><p>") +
      kLong1 + "</p><p>" + kLong2 + "</p><p>" + kLong1 + "</p><p>" + kLong2 +
      "</p></div></div><div class='grid'>" + grid +
      "</div></div></body></html>";
  const MainText m = Extract(html);
  EXPECT_EQ(m.text.find("AUTO NEWS"), std::string::npos) << m.text;
  EXPECT_EQ(m.text, std::string(kLong1) + "\n\n" + kLong2 + "\n\n" + kLong1 +
                        "\n\n" + kLong2);
}

// Issue 5: the same, when the hints had already removed the headlines (a
// link-dense "list" box) and left the excerpts looking like paragraphs.
TEST(ExtractMainText, ExcerptsWhoseHeadlinesWereCutAreLeftOut) {
  std::string boxes;
  for (int i = 0; i < 5; ++i) {
    boxes += "<div><div class='news_list'><a href='/n" + std::to_string(i) +
             "'>A long headline about another story that some paper ran "
             "somewhere else in the region this week, number " +
             std::to_string(i) + "</a></div><div>" + kLong2 + "</div></div>";
  }
  std::string article, expected;
  for (int i = 0; i < 4; ++i) {
    article += std::string("<p>") + kLong1 + "</p><p>" + kLong2 + "</p>";
    expected += std::string(i ? "\n\n" : "") + kLong1 + "\n\n" + kLong2;
  }
  const std::string html =
      "<html><body><div class='wrap'><div class='cell auto'><div>" + article +
      "</div></div><div><b>Top stories</b>" + boxes +
      "</div></div></body></html>";
  const MainText m = Extract(html);
  EXPECT_EQ(m.text, expected);
}

// Issue 5 (aeb jaraguadosul): the article was a run of text and <br>s set
// straight into a column that also held a share bar, beside a link-heavy
// archive menu; its score went to the row above, which the menu's links
// sank, and a footer of plain text won. The column now scores for its own
// text.
TEST(ExtractMainText, TextBesideBlockChildrenScoresForItsElement) {
  std::string archive;
  for (int m = 1; m <= 12; ++m) {
    archive += "<li><a href='/a?m=" + std::to_string(m) + "'>Month " +
               std::to_string(m) + " of the archive (" + std::to_string(m * 7) +
               ")</a></li>";
  }
  const std::string html =
      std::string(
          "<html><body><div class='container'><div class='row'>"
          "<div class='col-3'><ul>") +
      archive +
      "</ul></div><div class='col-9'><p class='titulo'>Cars broken into</p>"
      "<img src='a.jpg'>" +
      kLong1 + " " + kLong2 + " " + kLong1 +
      "<br><br><br><div class='row'><a href='/share'>Facebook</a></div>"
      "</div></div></div><div class='rodape'><div><div><p>City Hall, 1111 "
      "Main Street, open Monday to Friday from eight to five, phone "
      "2106-8000.</p></div></div></div></body></html>";
  const MainText m = Extract(html);
  EXPECT_NE(m.text.find(kLong2), std::string::npos) << m.text;
  EXPECT_EQ(m.text.find("City Hall"), std::string::npos) << m.text;
}

// Issue 5: labels left behind by boxes that were removed ("Advert",
// "Comments", "More:", "Iklan") are not body text; the same words inside a
// sentence are.
TEST(ExtractMainText, LeftoverLabelsAreLeftOut) {
  const char* const kLabels[] = {"Advert",
                                 "Comments",
                                 "More:",
                                 "Iklan",
                                 "You may also like...",
                                 "Tell us what you think..."};
  std::string html =
      std::string("<html><body><div class='story'><p>") + kLong1 + "</p>";
  for (const char* label : kLabels) html += std::string("<p>") + label + "</p>";
  html += std::string("<p>More comments came later, the advert said.</p><p>") +
          kLong2 + "</p></div></body></html>";
  const MainText m = Extract(html);
  EXPECT_EQ(m.text, std::string(kLong1) +
                        "\n\nMore comments came later, the advert said.\n\n" +
                        kLong2);
}

// Issue 5 (aeb vse-diety): "most popular" cards (picture, linked title,
// one-line blurb) inside the article's container.
TEST(ExtractMainText, TeaserCardsInsideTheContainerAreLeftOut) {
  std::string cards;
  for (int i = 0; i < 4; ++i) {
    const std::string href = "/diet" + std::to_string(i);
    cards += "<div class='tumb'><div class='r'><a href='" + href +
             "'><img src='t.jpg'></a></div><div class='title'><a href='" +
             href + "'>Diet number " + std::to_string(i) +
             "</a></div><div class='body'>A popular diet for a busy life, "
             "with results of up to ten kilos in two weeks.</div></div>";
  }
  const std::string html = std::string("<html><body><div id='ct'><p>") +
                           kLong1 + "</p><p>" + kLong2 + "</p><p>" + kLong1 +
                           "</p><div id='tumblock'><h2>Most "
                           "popular</h2>" +
                           cards + "</div></div></body></html>";
  const MainText m = Extract(html);
  EXPECT_EQ(m.text, std::string(kLong1) + "\n\n" + kLong2 + "\n\n" + kLong1);
}

// Issue 5 (aeb jaraguadosul, albawaba, space.com): a headline set as a
// styled paragraph, a dateline paragraph under it and a gallery's counters
// are not body text.
TEST(ExtractMainText, HeadlineParagraphDatelineAndGalleryCountersLeftOut) {
  const std::string html =
      std::string("<html><body><div class='story'>"
                  "<p class='titulo'>Cars broken into at the clinic</p>"
                  "<p>05/10/2018 - Publicado por: Ana Lima - Saúde</p>"
                  "<p>Image 1 of 2</p><p>Photo 2/2</p><p>") +
      kLong1 + "</p><p>" + kLong2 + "</p></div></body></html>";
  const MainText m = Extract(html, "Cars broken into at the clinic");
  EXPECT_EQ(m.text, std::string(kLong1) + "\n\n" + kLong2);
  // A paragraph that only starts like the title, or a dated sentence
  // without a publication note, stays.
  const std::string kept =
      std::string("<html><body><div class='story'><p>Cars broken into at "
                  "the clinic, again</p><p>On 5 October 2018 the clinic "
                  "closed.</p><p>") +
      kLong1 + "</p></div></body></html>";
  EXPECT_EQ(Extract(kept, "Cars broken into at the clinic").text,
            std::string("Cars broken into at the clinic, again\n\nOn 5 "
                        "October 2018 the clinic closed.\n\n") +
                kLong1);
}

// Issue 5 (aeb hawaiinewsnow): every paragraph in a "card" of its own; the
// short ones were dropped as small boxes.
TEST(ExtractMainText, ShortParagraphsInCardsStay) {
  const char* kShort =
      "The find almost certainly means the moon has liquid water.";
  const std::string html =
      std::string("<html><body><article><div class='card'><p>") + kLong1 +
      "</p></div><div class='card'><p>" + kShort +
      "</p></div><div class='card'><p>" + kLong2 +
      "</p></div><div class='card'><p><a href='/x'>Watch the video</a>"
      "</p></div></article></body></html>";
  EXPECT_EQ(Extract(html).text,
            std::string(kLong1) + "\n\n" + kShort + "\n\n" + kLong2);
}

// Issue 5 (aeb nj.com): a quoted tweet is what someone said; its
// "social-media-embed" box took it out of the body. A share box stays out.
TEST(ExtractMainText, EmbeddedPostsStayShareBoxesGo) {
  const std::string html =
      std::string("<html><body><article><p>") + kLong1 +
      "</p><div class='social-media-embed'><blockquote class='twitter-tweet'>"
      "<p>Yes this is real and the state spent half a million on it.</p>"
      "&mdash; Someone (@someone) <a href='https://twitter.com/x'>November "
      "18, 2019</a></blockquote><script src='widgets.js'></script></div>"
      "<div class='social-share'><p>Share this on your favourite network "
      "today.</p></div><p>" +
      kLong2 + "</p></article></body></html>";
  const MainText m = Extract(html);
  EXPECT_NE(m.text.find("Yes this is real"), std::string::npos) << m.text;
  EXPECT_EQ(m.text.find("favourite network"), std::string::npos) << m.text;
  ASSERT_GE(m.blocks.size(), 3u);
  EXPECT_EQ(m.blocks[1].kind, nlp::BlockKind::kBlockQuote);
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
