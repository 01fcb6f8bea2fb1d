#include "nlp/segmenter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
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
      // A time of day goes on into its date, weekday or time zone.
      {"No checks were made from 10:30 p.m. Aug. 9 to dawn.", 1},
      {"The vote opens at 7 a.m. Tuesday and closes at 8 p.m. ET tonight.", 1},
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

// Words with at least eight bytes before their '.', where the test reads
// eight bytes at once, and near misses of each kind of word start.
TEST(AbbreviationContinues, LongContexts) {
  const struct {
    const char* text;
    bool continues;
  } cases[] = {
      {"It was met by Gov.", true},   {"It was met by (Gov.", true},
      {"It was met by \"Gov.", true}, {"It was met by\nGov.", true},
      {"It was met byGov.", false},   {"It was met by\tGov.", false},
      {"It was met by a'Mr.", false}, {"It was met by Capt.", true},
      {"It was met by xCapt.", false}, {"It was met by F.", true},
      {"It was met by the end.", false}, {"Shares in Acme Corp.", true},
      {"It was \xE2\x80\x9CMr.", false}, {"Lots of 12345.", false},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    EXPECT_EQ(AbbreviationContinues(text, text.size(), "said"), c.continues)
        << text;
  }
}

// The paragraphs as Segment's contract defines them: the non-empty blocks
// between "\n\n" separators, each found from the end of the last.
std::vector<Span> ParagraphsByFind(std::string_view text) {
  std::vector<Span> out;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) out.push_back({pos, end});
    pos = end + 2;
  }
  return out;
}

bool SameSpans(const std::vector<Span>& a, const std::vector<Span>& b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k].start != b[k].start || a[k].end != b[k].end) return false;
  }
  return true;
}

// Segment finds the paragraphs from the line feeds its sentence boundaries
// end at, also in runs of three or more line feeds, with \r and other
// characters ICU judges, and at both ends of the text.
TEST(Segment, ParagraphsMatchTheSeparators) {
  const std::string_view pieces[] = {"a", "B", " ", ".", "\n", "\n\n",
                                     "\r", "\xCC\x81", "\xE2\x80\x9D", "?"};
  std::mt19937 rng(20261130);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (int k = static_cast<int>(rng() % 30); k > 0; --k) {
      text += pieces[rng() % std::size(pieces)];
    }
    const Segmentation seg = Segment(text);
    ASSERT_TRUE(SameSpans(seg.paragraphs, ParagraphsByFind(text))) << text;
    ASSERT_EQ(seg.first_sentence.size(), seg.paragraphs.size() + 1) << text;
  }
  const std::string edges[] = {"\n\n\nA.", "A.\n\n\n", "\n", "\n\n", "A.\n\nB.\n"};
  for (const std::string& text : edges) {
    EXPECT_TRUE(SameSpans(Segment(text).paragraphs, ParagraphsByFind(text)))
        << text;
  }
}

TEST(Segment, EmptyText) {
  const Segmentation seg = Segment("");
  EXPECT_TRUE(seg.paragraphs.empty());
  EXPECT_TRUE(seg.sentences.empty());
}

}  // namespace
}  // namespace whosaid::nlp
