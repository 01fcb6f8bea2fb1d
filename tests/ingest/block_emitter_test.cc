#include "ingest/block_emitter.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ingest/html_dom.h"
#include "tests/ingest/main_text_test_util.h"

namespace whosaid::ingest {
namespace {

using testing::Blocks;
using testing::ById;
using testing::Split;


const char kPage[] =
    "<html><body><div id=a><h2>What <em>comes</em> next</h2>"
    "<p>Para <b>bold</b>\n  text</p>"
    "<blockquote><p>Quoted</p><ul><li>In a quote</li></ul></blockquote>"
    "<ul><li>Item</li></ul><pre>code</pre>"
    "<p>Line one<br>Line two, then<img src=x.jpg>a picture</p>"
    "<p>Advertisement</p><p><a href=/x>All of this is a link</a></p>"
    "</div><div id=b><p>Second</p></div></body></html>";

TEST(BlockEmitter, KindsBreaksAndFilter) {
  HtmlDocPtr doc = ParseHtml(kPage);
  ASSERT_TRUE(doc);
  MainText m;
  m.method = "kept";
  BlockEmitter emitter(m);
  emitter.Run(ById(doc.get(), "a"));
  emitter.Run(ById(doc.get(), "b"));
  emitter.Finish();
  using K = nlp::BlockKind;
  EXPECT_EQ(Split(m), (Blocks{{"What comes next", K::kHeading},
                              {"Para bold text", K::kParagraph},
                              {"Quoted", K::kBlockQuote},
                              {"In a quote", K::kBlockQuote},
                              {"Item", K::kListItem},
                              {"code", K::kPre},
                              {"Line one", K::kParagraph},
                              {"Line two, then a picture", K::kParagraph},
                              {"Second", K::kParagraph}}));
  EXPECT_EQ(m.text.substr(0, 33), "What comes next\n\nPara bold text\n\n");
  EXPECT_EQ(m.method, "kept");
}

TEST(BlockEmitter, WithoutFilterKeepsLinksAndLabels) {
  HtmlDocPtr doc = ParseHtml(kPage);
  ASSERT_TRUE(doc);
  MainText m;
  BlockEmitter emitter(m, /*filter=*/false);
  emitter.Run(ById(doc.get(), "a"));
  emitter.Finish();
  const Blocks blocks = Split(m);
  ASSERT_EQ(blocks.size(), 10u);
  EXPECT_EQ(blocks[8].first, "Advertisement");
  EXPECT_EQ(blocks[9].first, "All of this is a link");
}

}  // namespace
}  // namespace whosaid::ingest
