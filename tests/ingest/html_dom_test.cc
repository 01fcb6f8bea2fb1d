#include "ingest/html_dom.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParseHtml, AttributesTextAndWalk) {
  HtmlDocPtr doc = ParseHtml(
      "<html><body><div id=a class='x y'>One <b>two</b>\n three"
      "<p>four</p></div></body></html>");
  ASSERT_TRUE(doc);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  std::vector<std::string> names;
  xmlNode* div = nullptr;
  WalkElements(root, [&](xmlNode* n) {
    names.emplace_back(NodeName(n));
    if (NodeName(n) == "div") div = n;
    return true;
  });
  EXPECT_EQ(names, (std::vector<std::string>{"body", "div", "b", "p"}));
  ASSERT_TRUE(div);
  EXPECT_EQ(AttrView(div, "class"), "x y");
  EXPECT_EQ(AttrView(div, "missing"), "");
  EXPECT_EQ(NodeText(div), "One two three four");
}

TEST(ParseHtml, CutsDeepNestingWithoutRecursion) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "deep";
  html += "</body></html>";
  size_t cut = 0;
  HtmlDocPtr doc = ParseHtml(html, 100, &cut);
  ASSERT_TRUE(doc);
  EXPECT_GE(cut, 1u);
}

TEST(TrimText, SpacesAndNoBreakSpaces) {
  EXPECT_EQ(TrimText(" \xC2\xA0 text\xC2\xA0\n"), "text");
  EXPECT_EQ(TrimText(""), "");
}

TEST(AppendCollapsed, CollapsesRuns) {
  std::string out;
  AppendCollapsed(out, "  a \n\t b ");
  EXPECT_EQ(out, "a b ");
}

}  // namespace
}  // namespace whosaid::ingest
