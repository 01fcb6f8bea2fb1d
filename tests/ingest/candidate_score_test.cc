#include "ingest/candidate_score.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/dom_pruner.h"
#include "ingest/html_dom.h"
#include "tests/ingest/main_text_test_util.h"

namespace whosaid::ingest {
namespace {

using testing::ById;

TEST(CandidateScore, TagAndHintBonusLessLinkDensity) {
  HtmlDocPtr doc = ParseHtml(
      "<html><body><div id=a class=article-content></div>"
      "<ul id=b class=sidebar></ul><h2 id=c></h2><p id=d></p>"
      "<div id=e class='comments main'></div></body></html>");
  ASSERT_TRUE(doc);
  const struct {
    const char* id;
    double content;
    uint32_t text, link;
    double want;
  } kCases[] = {
      {"a", 10, 100, 0, 10 + 5 + 25},           // div, names content
      {"b", 10, 100, 50, (10 - 3 - 25) * 0.5},  // list, boilerplate
      {"c", 10, 0, 0, 10 - 5},                  // heading, no text
      {"d", 10, 100, 25, 10 * 0.75},            // plain paragraph
      {"e", 10, 100, 0, 10 + 5 - 25 + 25},      // both hints
  };
  for (const auto& c : kCases) {
    NodeStats s;
    s.node = ById(doc.get(), c.id);
    ASSERT_TRUE(s.node) << c.id;
    s.content = c.content;
    s.text = c.text;
    s.link = c.link;
    EXPECT_DOUBLE_EQ(CandidateScore(s), c.want) << c.id;
  }
}

const char kPara[] =
    "<p>Negotiators from both sides met for three days in Geneva, officials "
    "said, and agreed on a framework for further purchases of farm goods, "
    "with targets for soybeans, corn and pork.</p>";

std::vector<xmlNode*> Pick(xmlDoc* doc) {
  DomPruner pruner;
  pruner.Run(xmlDocGetRootElement(doc));
  return PickReadability(pruner.stats());
}

TEST(PickReadability, TheBestContainer) {
  std::string html = "<html><body><div id=wrap><div id=story>";
  for (int i = 0; i < 3; ++i) html += kPara;
  html +=
      "</div><div id=other><p><a href=/x>Elsewhere</a></p></div>"
      "</div></body></html>";
  HtmlDocPtr doc = ParseHtml(html);
  ASSERT_TRUE(doc);
  EXPECT_EQ(Pick(doc.get()), std::vector<xmlNode*>{ById(doc.get(), "story")});
}

TEST(PickReadability, ParagraphsSplitOverWrappersPickTheirContainer) {
  std::string html = "<html><body><div id=x>";
  for (int i = 0; i < 3; ++i) html += std::string("<div>") + kPara + "</div>";
  html += "</div></body></html>";
  HtmlDocPtr doc = ParseHtml(html);
  ASSERT_TRUE(doc);
  EXPECT_EQ(Pick(doc.get()), std::vector<xmlNode*>{ById(doc.get(), "x")});
}

TEST(PickReadability, NothingReadsAsAParagraph) {
  HtmlDocPtr doc = ParseHtml(
      "<html><body><p>Short notice.</p><div>Closed</div></body></html>");
  ASSERT_TRUE(doc);
  EXPECT_TRUE(Pick(doc.get()).empty());
}

}  // namespace
}  // namespace whosaid::ingest
