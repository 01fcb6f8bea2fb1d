#include "ingest/main_text_cleanup.h"
#include "tests/ingest/main_text_test_util.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace whosaid::ingest {
namespace {

using testing::Blocks;
using testing::Split;

constexpr nlp::BlockKind kPara = nlp::BlockKind::kParagraph;
constexpr nlp::BlockKind kHead = nlp::BlockKind::kHeading;

MainText Make(const Blocks& blocks) {
  MainText m;
  m.method = "density";
  for (const auto& [text, kind] : blocks) {
    if (!m.text.empty()) m.text += "\n\n";
    const size_t start = m.text.size();
    m.text += text;
    m.blocks.push_back({{start, m.text.size()}, kind});
  }
  return m;
}

TEST(IsBoilerplateLine, Labels) {
  for (const char* line :
       {"Advertisement", "ADVERTISEMENT", "Read more:", "Share this.", "Iklan",
        "Story continues below advertisement", "Image 3 of 5", "Photo 2/7",
        "slide 10 / 12"}) {
    EXPECT_TRUE(IsBoilerplateLine(line)) << line;
  }
  for (const char* line :
       {"Advertisement for the new trade deal", "Read more about tariffs",
        "Image 3 of 5 shows the port of Tianjin", "Photographs", "",
        "Share this article with a friend who follows the talks closely"}) {
    EXPECT_FALSE(IsBoilerplateLine(line)) << line;
  }
}

TEST(JoinSpeakerLabels, LabelStartsTheNextBlock) {
  MainText m = Make({{"MS. LIN:", kPara},
                     {"We are close.", kPara},
                     {"MR. WU:", kHead},
                     {"Not yet.", nlp::BlockKind::kBlockQuote}});
  JoinSpeakerLabels(m);
  EXPECT_EQ(Split(m), (Blocks{{"MS. LIN: We are close.", kPara},
                              {"MR. WU: Not yet.", kPara}}));
  EXPECT_EQ(m.method, "density");
}

TEST(JoinSpeakerLabels, LabelFollowedByALabelIsKept) {
  MainText m = Make({{"MS. LIN:", kHead},
                     {"MR. WU:", kPara},
                     {"Not yet.", kPara}});
  JoinSpeakerLabels(m);
  EXPECT_EQ(Split(m), (Blocks{{"MS. LIN:", kHead},
                              {"MR. WU: Not yet.", kPara}}));
}

TEST(JoinSpeakerLabels, NoLabelNoChange) {
  const Blocks kUnchanged[] = {
      {{"Note:", kPara}, {"Mostly lower case is no label.", kPara}},
      {{"Questions follow.", kPara}, {"Q:", kPara}},  // a label at the end
      {{"MS. LIN: We are close.", kPara}},
      {},
  };
  for (const Blocks& blocks : kUnchanged) {
    MainText m = Make(blocks);
    JoinSpeakerLabels(m);
    EXPECT_EQ(Split(m), blocks);
  }
}

TEST(TrimHeadings, Table) {
  const std::string kBody =
      "Negotiators met for three days in Geneva and agreed on a framework.";
  const struct {
    Blocks in;
    const char* title;
    Blocks want;
  } kCases[] = {
      // The headline and the kicker above it.
      {{{"World", kPara}, {"Deal reached in Geneva", kHead}, {kBody, kPara}},
       "Deal reached in Geneva",
       {{kBody, kPara}}},
      // A heading that begins the title (20 bytes or more).
      {{{"Deal reached in Geneva", kHead}, {kBody, kPara}},
       "Deal reached in Geneva, officials say",
       {{kBody, kPara}}},
      // Too short to be taken for the headline.
      {{{"Deal reached", kHead}, {kBody, kPara}},
       "Deal reached in Geneva",
       {{"Deal reached", kHead}, {kBody, kPara}}},
      // A paragraph only when it repeats the title exactly.
      {{{"Deal reached in Geneva", kPara}, {kBody, kPara}},
       "Deal reached in Geneva",
       {{kBody, kPara}}},
      // A dateline paragraph, and a heading left at the end.
      {{{"Published November 20th, 2019 - 07:50 GMT", kPara},
        {kBody, kPara},
        {"Related", kHead}},
       "",
       {{kBody, kPara}}},
      // A dateline needs a digit.
      {{{"Updated recently", kPara}, {kBody, kPara}},
       "",
       {{"Updated recently", kPara}, {kBody, kPara}}},
      // Nothing to trim.
      {{{kBody, kPara}}, "Another title", {{kBody, kPara}}},
  };
  for (const auto& c : kCases) {
    MainText m = Make(c.in);
    TrimHeadings(m, c.title);
    EXPECT_EQ(Split(m), c.want) << c.title;
    EXPECT_EQ(m.method, "density");
  }
}

}  // namespace
}  // namespace whosaid::ingest
