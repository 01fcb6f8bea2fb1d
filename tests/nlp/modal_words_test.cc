#include "nlp/modal_words.h"

#include <random>
#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

struct Case {
  std::string_view text;
  bool negated, hedged, planned;
};

TEST(ScanModalWords, ReadsNegationHedgesAndPlans) {
  const Case kCases[] = {
      {"", false, false, false},
      {"the economy grew", false, false, false},
      {"prices will rise", false, false, true},
      {"prices WILL rise", false, false, true},
      {"Prices May rise", false, true, false},
      {"it would probably fall", false, true, true},
      {"the firm intends to sell", false, false, true},
      {"the plans", false, false, true},
      {"planned cuts", false, false, false},  // "planned" is not "plans"
      {"willing buyers", false, false, false},
      {"it is not true", true, false, false},
      {"Not true", false, false, false},  // negation words only as written
      {"NO deal", false, false, false},
      {"no deal", true, false, false},
      {"never again", true, false, false},
      {"stability, not appreciation", false, false, false},
      {"not only cheaper", false, false, false},
      {"not on time", true, false, false},
      {"not", true, false, false},
      {"they don't agree", true, false, false},
      {"they won\xE2\x80\x99t agree", true, false, false},
      {"the mayor's plan", false, false, false},
      {"n't", true, false, false},
      {"don'", false, false, false},
      {"don\xE2\x80\x99", false, false, false},
      {"the “quote” ends", false, false, false},
      {"cannot", false, false, false},
      {"knot", false, false, false},
      {"could-be", false, true, false},
      {"possibly", false, true, false},
      {"possiblyx", false, false, false},
  };
  for (const Case& c : kCases) {
    const ModalWords found = ScanModalWords(c.text);
    EXPECT_EQ(found.negated, c.negated) << c.text;
    EXPECT_EQ(found.hedged, c.hedged) << c.text;
    EXPECT_EQ(found.planned, c.planned) << c.text;
  }
}

TEST(ScanModalWords, ReadsWordsAcrossBlocksOfSixtyFourBytes) {
  for (size_t pad = 50; pad < 140; ++pad) {
    const std::string before(pad, 'x');
    EXPECT_TRUE(ScanModalWords(before + " will").planned) << pad;
    EXPECT_FALSE(ScanModalWords(before + "will").planned) << pad;
    EXPECT_TRUE(ScanModalWords(std::string(pad, ' ') + "probably").hedged)
        << pad;
    EXPECT_FALSE(ScanModalWords(std::string(pad, ' ') + "probablyx").hedged)
        << pad;
    EXPECT_TRUE(ScanModalWords(std::string(pad, ' ') + "don't").negated) << pad;
    EXPECT_FALSE(ScanModalWords(std::string(pad, ' ') + ", not").negated)
        << pad;
  }
}

// The scan as it was written first, one byte at a time: the reference the
// block scan must agree with.
ModalWords ReferenceScan(std::string_view text) {
  ModalWords found;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiAlpha(text[i])) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < text.size() && IsAsciiAlpha(text[e])) ++e;
    const std::string_view w = text.substr(i, e - i);
    if (text[e - 1] == 'n' &&
        (text.substr(e, 2) == "'t" || text.substr(e, 4) == "\xE2\x80\x99t")) {
      found.negated = true;
    }
    if (w == "not") {
      const bool contrast = i >= 2 && text.substr(i - 2, 2) == ", ";
      found.negated |= !contrast && text.substr(e, 5) != " only";
    }
    found.negated |= w == "never" || w == "no";
    const std::string lower = LowerAscii(w);
    found.hedged |= lower == "may" || lower == "might" || lower == "could" ||
                    lower == "likely" || lower == "perhaps" ||
                    lower == "possibly" || lower == "probably";
    found.planned |= lower == "will" || lower == "would" || lower == "shall" ||
                     lower == "plans" || lower == "intends";
    i = e;
  }
  return found;
}

TEST(ScanModalWords, AgreesWithAByteByByteScan) {
  const std::string_view kPieces[] = {
      " ",        ", ",       "not",           "Not",          "no",
      "never",    "NEVER",    "will",          "Will",         "may",
      "MAY",      "x",        "only",          " only",        "n't",
      "n",        "'t",       "\xE2\x80\x99t", "\xE2\x80\x9C", "probably",
      "intends",  "plans",    "could",         "ab",           "-",
      "\xC3\xA9", "possiblY", "shall"};
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<size_t> count(0, 60);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t k = count(random); k > 0; --k) text += kPieces[piece(random)];
    const ModalWords want = ReferenceScan(text);
    const ModalWords got = ScanModalWords(text);
    ASSERT_EQ(got.negated, want.negated) << text;
    ASSERT_EQ(got.hedged, want.hedged) << text;
    ASSERT_EQ(got.planned, want.planned) << text;
  }
}

// A claim is a view into a longer text: the scan reads the last bytes of a
// short block from inside the view (never before or after it), so words
// around the view do not count.
TEST(ScanModalWords, ReadsNothingOutsideTheView) {
  const std::string around = "will may not don't never ";
  for (size_t size = 0; size <= 80; ++size) {
    std::string middle;
    while (middle.size() < size) middle += "abc de ";
    middle.resize(size);
    const std::string text = around + middle + around;
    const std::string_view view =
        std::string_view(text).substr(around.size(), size);
    const ModalWords got = ScanModalWords(view);
    EXPECT_FALSE(got.negated || got.hedged || got.planned) << size;
    if (size >= 5) {
      const std::string ends = std::string(size - 5, 'x') + " will";
      const std::string text2 = around + ends + around;
      EXPECT_TRUE(ScanModalWords(std::string_view(text2).substr(
                                     around.size(), size))
                      .planned)
          << size;
    }
  }
}

}  // namespace
}  // namespace whosaid::nlp
