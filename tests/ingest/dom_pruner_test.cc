#include "ingest/dom_pruner.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "ingest/html_dom.h"
#include "tests/ingest/main_text_test_util.h"

namespace whosaid::ingest {
namespace {

using testing::ById;

const std::string kLong1 =
    "Negotiators from both sides met for three days in Geneva, officials "
    "said, and agreed on a framework for further purchases of farm goods.";
const std::string kLong2 =
    "The framework, which still needs approval in both capitals, sets "
    "targets for soybeans, corn and pork over the next two years.";

uint32_t NonBlankBytes(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += !std::isspace(c);
  return n;
}

TEST(DomPruner, DropsBoilerplateAndMeasuresTheRest) {
  const std::string kRelated = "More stories about soybeans and corn";
  HtmlDocPtr doc = ParseHtml(
      "<html><body><div id=page>"
      "<nav id=nav><a href=/>Home</a></nav>"
      "<div id=related class=related><a href=/r>" +
      kRelated +
      "</a></div>"
      "<div id=story><p>" +
      kLong1 + "</p><p>" + kLong2 +
      "</p></div>"
      "<script id=script>var x = 1;</script>"
      "<div id=hidden style='display:none'><p>" +
      kLong2 +
      "</p></div>"
      "<div id=tweet class=social-embed><blockquote class=twitter-tweet>"
      "<p>A post quoted in the story.</p></blockquote></div>"
      "</div></body></html>");
  ASSERT_TRUE(doc);
  xmlNode* page = ById(doc.get(), "page");
  xmlNode* story = ById(doc.get(), "story");
  xmlNode* tweet = ById(doc.get(), "tweet");
  xmlNode* dropped[] = {ById(doc.get(), "nav"), ById(doc.get(), "related"),
                        ById(doc.get(), "script"), ById(doc.get(), "hidden")};
  {
    DomPruner pruner;
    pruner.Run(xmlDocGetRootElement(doc.get()));
    // Dropped nodes are unlinked but still alive while the pruner lives.
    for (xmlNode* n : dropped) {
      ASSERT_TRUE(n);
      EXPECT_EQ(n->parent, nullptr) << AttrView(n, "id");
    }
    EXPECT_EQ(tweet->parent, page);  // an embedded post stays
    const std::vector<NodeStats>& stats = pruner.stats();
    const NodeStats& s = stats[IndexOf(story)];
    EXPECT_EQ(s.node, story);
    EXPECT_EQ(s.good, NonBlankBytes(kLong1) + NonBlankBytes(kLong2));
    EXPECT_EQ(s.text, s.good);
    EXPECT_EQ(s.link, 0u);
    EXPECT_GT(s.content, 0);
    // What the hint pass cut is counted on the ancestors of the cut.
    const NodeStats& p = stats[IndexOf(page)];
    EXPECT_EQ(p.cut_text, NonBlankBytes(kRelated));
    EXPECT_EQ(p.cut_link, NonBlankBytes(kRelated));
    EXPECT_EQ(s.cut_text, 0u);
    EXPECT_EQ(stats[0].node, nullptr);  // the "no element" record
  }
}

TEST(DomPruner, ListsMicrodataAndArticlesDropsTeaserArticles) {
  std::string teasers = "<section id=teasers>";
  for (int i = 0; i < 3; ++i) {
    teasers += "<article><p>A teaser of another story, short.</p></article>";
  }
  teasers += "</section>";
  HtmlDocPtr doc = ParseHtml(
      "<html><body><article id=main><div id=body itemprop=articleBody><p>" +
      kLong1 + "</p></div></article>" + teasers + "</body></html>");
  ASSERT_TRUE(doc);
  xmlNode* main = ById(doc.get(), "main");
  xmlNode* body = ById(doc.get(), "body");
  xmlNode* list = ById(doc.get(), "teasers");
  DomPruner pruner;
  pruner.Run(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(list->parent, nullptr);
  EXPECT_EQ(pruner.articles(), std::vector<xmlNode*>{main});
  EXPECT_EQ(pruner.microdata(), std::vector<xmlNode*>{body});
}

}  // namespace
}  // namespace whosaid::ingest
