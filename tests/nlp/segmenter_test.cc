#include "nlp/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  const Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (const Span& s : seg.sentences) out.push_back(text.substr(s.start, s.size()));
  return out;
}

TEST(Segment, Paragraphs) {
  const std::string text = "One. Two.\n\nThree.";
  const Segmentation seg = Segment(text);
  ASSERT_EQ(seg.paragraphs.size(), 2u);
  EXPECT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.first_sentence, (std::vector<uint32_t>{0, 2, 3}));
  EXPECT_EQ(seg.ParagraphAt(text.find("Three")), 1u);
  EXPECT_EQ(seg.SentenceAt(text.find("Two")), 1u);
}

TEST(Segment, Abbreviations) {
  struct Case {
    const char* text;
    size_t sentences;
  } cases[] = {
      {"Mr. Lin met Gov. Ames and Sen. Ruiz. They talked.", 2},
      {"He spoke to the U.S. Trade Representative on Monday.", 1},
      {"Exports to the U.S. fell. The decline was sharp.", 2},
      {"The vote is set for Jan. 5 at 9 a.m. in Room No. 4.", 1},
      {"They met at 9 a.m. The talks lasted an hour.", 2},
      {"John F. Kennedy spoke.", 1},
      {"“Stop!” he said. Then he left.", 2},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Sentences(c.text).size(), c.sentences) << c.text;
  }
}

TEST(Segment, SentencesAreTrimmedAndInsideParagraphs) {
  const std::string text = "First one.  Second one.\n\nThird.";
  const auto s = Sentences(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "First one.");
  EXPECT_EQ(s[1], "Second one.");
  EXPECT_EQ(s[2], "Third.");
}

// The segmenter passes the rest of the text as `next_word`: the answer is
// the one for the word alone.
TEST(AbbreviationContinues, ReadsOnlyTheStartOfTheNextWord) {
  const struct {
    const char* before;
    const char* word;
    const char* rest;
  } cases[] = {
      {"Mr.", "Lin", " said so."},      {"U.S.", "Trade", " rose."},
      {"Jan.", "The", " year."},        {"Inc.", "said", " it."},
      {"U.K.", "\"We", " go.\""},       {"a.m.", "5pm", " later."},
      {"etc.", "Then,", " more."},      {"F.", "Kennedy", " spoke."},
      {"said.", "He", " left."},        {"co.", "", ""},
      {"Corp.", "Acme-Rival", " deal."},
  };
  for (const auto& c : cases) {
    const std::string text = std::string("x ") + c.before;
    const std::string rest = std::string(c.word) + c.rest;
    EXPECT_EQ(AbbreviationContinues(text, text.size(), rest),
              AbbreviationContinues(text, text.size(), c.word))
        << c.before << ' ' << rest;
  }
}

TEST(Segment, EmptyText) {
  const Segmentation seg = Segment("");
  EXPECT_TRUE(seg.paragraphs.empty());
  EXPECT_TRUE(seg.sentences.empty());
}

}  // namespace
}  // namespace whosaid::nlp
