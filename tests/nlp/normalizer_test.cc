#include "nlp/normalizer.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>

namespace whosaid::nlp {
namespace {

TEST(Normalize, FoldsSpacesAndJoinsParagraphs) {
  NormalizedText n = Normalize("  One\xC2\xA0 two\t three \n\n\n Four\r\nfive ");
  // The input has a blank line, so the single line break is a soft wrap.
  EXPECT_EQ(n.text, "One two three\n\nFour five");
  EXPECT_EQ(n.repaired_bytes, 0u);
}

// `run` + `end` + " " + `run` normalises to `run` + `want` + " " + `run`,
// and the second run's start maps back to where it was.
void ExpectFoldedBetweenRuns(const std::string& run, const std::string& end,
                             const std::string& want) {
  const NormalizedText n = Normalize(run + end + " " + run);
  EXPECT_EQ(n.text, run + want + " " + run) << "run " << run << " end " << end;
  const size_t tail = n.text.size() - run.size();
  EXPECT_EQ(n.ToOriginal(tail), run.size() + end.size() + 1)
      << "run " << run << " end " << end;
}

// Runs of printable ASCII are copied 16 bytes at a time: every kind of
// byte that ends a run (a second space, a tab, a line break, a control
// byte, a non-ASCII character, the end of the text) is handled at every
// offset within a block, and offsets still map back.
TEST(Normalize, FoldsRunEndsAtEveryBlockOffset) {
  struct Case {
    std::string end;   // what follows the run of "a"s
    std::string want;  // what it becomes
  } cases[] = {{"  b", " b"},   {"\tb", " b"}, {" \nb", "\n\nb"},
               {"\x01" "b", " b"}, {"\xC2\xA0" "b", " b"}, {" é", " é"},
               {" ", ""},       {"", ""}};
  for (const Case& c : cases) {
    for (size_t pad = 1; pad < 40; ++pad) {
      ExpectFoldedBetweenRuns(std::string(pad, 'a') + " x" + std::string(pad, 'a'),
                              c.end, c.want);
    }
  }
}

// Runs of kept non-ASCII characters are copied as they are too, up to a
// character led by C2, E1, E2, E3 or EF: the lead bytes of every character
// that folds. Those that fold end the run, those that stay do not; each at
// every offset within a block, after a word and after a single space.
TEST(Normalize, FoldsNonAsciiRunEndsAtEveryBlockOffset) {
  struct Case {
    std::string end;   // what follows the run of Cyrillic "ж"s
    std::string want;  // what it becomes
  } cases[] = {
      {"\xC2\xA0" "b", " b"},            // no-break space
      {" \xE2\x80\x89" "b", " b"},       // space, thin space
      {"\xE2\x80\x8B" "b", "b"},         // zero-width space
      {"\xEF\xBB\xBF" "b", "b"},         // BOM
      {"\xE2\x80\x90" "b", "-b"},        // hyphen
      {"\xE2\x88\x92" "b", "-b"},        // minus sign
      {"\xE2\xB8\xBA" "b", "\xE2\x80\x94" "b"},  // two-em dash
      {"\xE3\x80\x80" "b", " b"},        // ideographic space
      {"\xE1\x9A\x80" "b", " b"},        // ogham space mark
      {"\xC2\x85" "b", "\n\nb"},         // next line
      {"\xE2\x80\xA8" "b", "\n\nb"},     // line separator
      {"\xE2\x80\x9C" "b", "\xE2\x80\x9C" "b"},  // “ stays
      {"\xE2\x80\x9D\xE2\x80\x98" "b", "\xE2\x80\x9D\xE2\x80\x98" "b"},  // ”‘
      {"\xE2\x80\x9F\xE2\x80\x91" "b", "\xE2\x80\x9F-b"},  // ‟, U+2011
      {"\xE2\x80\x9C\xE2\x80\x95" "b", "\xE2\x80\x9C\xE2\x80\x94" "b"},
      {"\xE2\x80\x99\xE2\x80\xAF" "b", "\xE2\x80\x99 b"},  // ’, NNBSP
      {"\xE2\x80\x98  \xE2\x80\x9C" "b", "\xE2\x80\x98 \xE2\x80\x9C" "b"},
      {"\xE2\x80\x97" "b", "\xE2\x80\x97" "b"},  // ‗ stays (below U+2018)
      {"\xE2\x80\xA0" "b", "\xE2\x80\xA0" "b"},  // † stays (above U+201F)
      {" \xE2\x80\x99" "b", " \xE2\x80\x99" "b"},  // ’ stays
      {" \xC2\xAB" "b", " \xC2\xAB" "b"},  // « stays
      {"\xE3\x81\x82" "b", "\xE3\x81\x82" "b"},  // あ stays
      {"\xEF\xBC\x81" "b", "\xEF\xBC\x81" "b"},  // ！ stays
      {"\xE1\x83\x90" "b", "\xE1\x83\x90" "b"},  // ა stays
      {"  b", " b"},
      {"\n\xD8\xB9", "\n\n\xD8\xB9"},
  };
  for (const Case& c : cases) {
    for (size_t pad = 1; pad < 40; ++pad) {
      std::string word;
      for (size_t k = 0; k < pad; ++k) word += "\xD0\xB6";
      ExpectFoldedBetweenRuns(std::string(pad % 2, 'a') + word + " \xD0\xB6" + word,
                              c.end, c.want);
    }
  }
}

// In a text with blank lines, a run goes on over a paragraph break ("\n\n"
// and a kept character) sixteen bytes at a time; every other line break
// ends it. Each at every offset within a block, ASCII and not.
TEST(Normalize, KeepsParagraphBreaksInRunsAtEveryBlockOffset) {
  struct Case {
    std::string end;   // what follows the run
    std::string want;  // what it becomes
  } cases[] = {
      {"\n\nb", "\n\nb"},
      {"\n\n\nb", "\n\nb"},
      {"\n\n\n\nb", "\n\nb"},
      {"\n\n b", "\n\nb"},
      {"\n\n\rb", "\n\nb"},
      {" \n\nb", "\n\nb"},
      {"\n \nb", "\n\nb"},
      {"\n\n\xE2\x80\x9C" "b", "\n\n\xE2\x80\x9C" "b"},  // “ after it
      {"\n\n\xD0\xB6", "\n\n\xD0\xB6"},
      {"\n\n\xC2\xA0" "b", "\n\nb"},  // no-break space after it
      {"\nb\n\nc", " b\n\nc"},         // a soft wrap, then a break
  };
  for (const Case& c : cases) {
    for (size_t pad = 1; pad < 40; ++pad) {
      ExpectFoldedBetweenRuns(std::string(pad, 'a') + " x" + std::string(pad, 'a'),
                              c.end, c.want);
      std::string word;
      for (size_t k = 0; k < pad; ++k) word += "\xD0\xB6";
      ExpectFoldedBetweenRuns(word + " \xD0\xB6" + word, c.end, c.want);
    }
  }
  // Kept as it is, every offset maps to itself.
  for (size_t pad = 1; pad < 40; ++pad) {
    const std::string raw = std::string(pad, 'a') + "\n\nb c\n\n\xE2\x80\x9C" "d";
    const NormalizedText n = Normalize(raw);
    ASSERT_EQ(n.text, raw);
    for (size_t k = 0; k <= raw.size(); ++k) EXPECT_EQ(n.ToOriginal(k), k);
  }
}

TEST(Normalize, SingleLineBreaksSeparateParagraphsWithoutBlankLines) {
  EXPECT_EQ(Normalize("One\nTwo\r\nThree").text, "One\n\nTwo\n\nThree");
}

TEST(Normalize, RepairsInvalidUtf8) {
  NormalizedText n = Normalize("a\xFF b\xC3");
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD b\xEF\xBF\xBD");
  EXPECT_EQ(n.repaired_bytes, 2u);
}

// The validity check takes two-byte sequences and single spaces between
// them on a short path: overlong, truncated and out-of-range sequences
// next to them are still repaired, one U+FFFD per maximal invalid part.
TEST(Normalize, RepairsInvalidSequencesBesideValidOnes) {
  const struct {
    const char* in;
    const char* out;
    size_t repaired;
  } cases[] = {
      {"\xD0\xB6 \xC0\xAF", "\xD0\xB6 \xEF\xBF\xBD\xEF\xBF\xBD", 2},
      {"\xD0\xB6\xC1", "\xD0\xB6\xEF\xBF\xBD", 1},
      {"\xD0 \xD0\xB6", "\xEF\xBF\xBD \xD0\xB6", 1},
      {"\xD0\xB6\xED\xA0\x80",
       "\xD0\xB6\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},
      {"\xD8\xB9 \xF4\x90\x80\x80",
       "\xD8\xB9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4},
      // Three-byte sequences, which also have a short path.
      {"a\xE2\x80\x9C" "b", "a\xE2\x80\x9C" "b", 0},  // “
      {"a\xEF\xBF\xBF", "a\xEF\xBF\xBF", 0},  // a noncharacter is valid
      {"a\xE0\x80\x80", "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},  // overlong
      {"a\xED\xA0\x80", "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},  // surrogate
      {"a\xE2\x80" "b", "a\xEF\xBF\xBD" "b", 1},  // truncated
      {"a\xE2\x80", "a\xEF\xBF\xBD", 1},        // truncated at the end
      {"a\xE2" "b\x80", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", 2},
  };
  for (const auto& c : cases) {
    const NormalizedText n = Normalize(c.in);
    EXPECT_EQ(n.text, c.out) << c.in;
    EXPECT_EQ(n.repaired_bytes, c.repaired) << c.in;
  }
}

// Runs of two-byte characters are checked sixteen bytes at a time: an
// invalid byte or a NUL at any offset of a block is still found.
TEST(Normalize, RepairsInvalidBytesInsideRunsOfAnotherScript) {
  const struct {
    std::string bad;
    size_t repaired;
  } cases[] = {{"\xFF", 1}, {"\x80", 1}, {"\xC0\xAF", 2},
               {std::string(1, '\0'), 1}, {"\xD0", 1}};
  std::string tail;
  for (int k = 0; k < 20; ++k) tail += "\xD0\xB6";
  for (const auto& c : cases) {
    for (size_t pad = 0; pad < 40; ++pad) {
      std::string head;
      for (size_t k = 0; k < pad; ++k) head += "\xD0\xB6";
      const NormalizedText n = Normalize(head + c.bad + tail);
      std::string want = head;
      for (size_t k = 0; k < c.repaired; ++k) want += "\xEF\xBF\xBD";
      EXPECT_EQ(n.text, want + tail) << "pad " << pad;
      EXPECT_EQ(n.repaired_bytes, c.repaired) << "pad " << pad;
    }
  }
}

// Bad-input corpus (tests/badinput): NUL bytes used to reach the output and
// the store inside quote text.
TEST(Normalize, ReplacesNulBytes) {
  NormalizedText n = Normalize(std::string_view("a\0b\0\0c", 6));
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c");
  EXPECT_EQ(n.repaired_bytes, 3u);
}

TEST(Normalize, AppliesNfc) {
  // "e" + combining acute becomes the precomposed é.
  EXPECT_EQ(Normalize("Cafe\xCC\x81").text, "Caf\xC3\xA9");
}

// The NFC check asks ICU only about stretches that can change; these put
// such stretches after long ASCII runs, next to inert punctuation, and in
// scripts that compose without combining marks.
TEST(Normalize, AppliesNfcWhereverItMatters) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"a long ASCII prefix, then Cafe\xCC\x81 and more",
       "a long ASCII prefix, then Caf\xC3\xA9 and more"},
      {"\xE2\x80\x9C" "e\xCC\x81" "\xE2\x80\x9D",  // “é”
       "\xE2\x80\x9C\xC3\xA9\xE2\x80\x9D"},
      {"x \xE1\x84\x80\xE1\x85\xA1 y", "x \xEA\xB0\x80 y"},  // jamo → 가
      {"x \xCC\x81 y", "x \xCC\x81 y"},  // a lone mark stays
      {"\xC3\xA9\xCC\x81", "\xC3\xA9\xCC\x81"},  // nothing to compose
      {"A\xCC\x8A\xCC\x81", "\xC7\xBA"},  // Å + acute → Ǻ
      {"a\xE2\x80\x81" "b", "a b"},  // EM QUAD → EM SPACE → folded
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Normalize(c.in).text, c.out) << c.in;
  }
}

struct FoldCase {
  const char* in;
  const char* out;
};

TEST(Normalize, FoldsWhitespaceAndDashes) {
  const FoldCase cases[] = {
      {"a\u2009b", "a b"},            // thin space
      {"a\u200Bb", "ab"},             // zero-width space is dropped
      {"a\u00ADb", "ab"},             // soft hyphen is dropped
      {"\uFEFFtext", "text"},         // BOM
      {"a\u3000 b", "a b"},           // ideographic space
      {"co\u2010op", "co-op"},        // hyphen
      {"non\u2011stop", "non-stop"},  // non-breaking hyphen
      {"5 \u2212 3", "5 - 3"},        // minus sign
      {"a\u2015b", "a\u2014b"},       // horizontal bar becomes an em dash
      {"a\u2013b\u2014c", "a\u2013b\u2014c"},  // en and em dashes stay
  };
  for (const FoldCase& c : cases) {
    EXPECT_EQ(Normalize(c.in).text, c.out) << c.in;
  }
}

TEST(Normalize, MapsOffsetsBackToTheInput) {
  const std::string raw = "  Caf\x65\xCC\x81\xC2\xA0 said \xFF\n\n\nNext";
  NormalizedText n = Normalize(raw);
  ASSERT_EQ(n.text, "Caf\xC3\xA9 said \xEF\xBF\xBD\n\nNext");
  EXPECT_EQ(n.ToOriginal(0), 2u);                       // "C"
  EXPECT_EQ(raw.substr(n.ToOriginal(n.text.find("said")), 4), "said");
  EXPECT_EQ(raw.substr(n.ToOriginal(n.text.find("Next")), 4), "Next");
  EXPECT_EQ(n.ToOriginal(n.text.size()), raw.size());
}

// Fold adds an anchor only where the difference between output and input
// offsets changes; every offset still maps where it did with one anchor
// per fold.
TEST(Normalize, MapsEveryOffsetAcrossFolds) {
  const std::string raw = "One \n\nTwo\n\nThree  four";
  const NormalizedText n = Normalize(raw);
  ASSERT_EQ(n.text, "One\n\nTwo\n\nThree four");
  const size_t want[] = {0,  1,  2,  3,  4,  6,  7,  8,  9,  10, 11,
                         12, 13, 14, 15, 16, 18, 19, 20, 21, 22};
  ASSERT_EQ(std::size(want), n.text.size() + 1);
  for (size_t k = 0; k <= n.text.size(); ++k) {
    EXPECT_EQ(n.ToOriginal(k), want[k]) << k;
  }
}

TEST(Normalize, ClassifiesQuoteMarks) {
  NormalizedText n = Normalize("“It’s fine,” she said.");
  ASSERT_EQ(n.quote_marks.size(), 3u);
  EXPECT_EQ(n.quote_marks[0].role, QuoteMarkRole::kOpen);
  EXPECT_EQ(n.quote_marks[1].role, QuoteMarkRole::kApostrophe);
  EXPECT_EQ(n.quote_marks[2].role, QuoteMarkRole::kClose);
}

TEST(NormalizeText, IsTheTextNormalizeGives) {
  for (std::string_view raw :
       {"Trade\u00a0talks \u201cstall\u201d", "bad \xff byte", "Cafe\u0301 \u2010 bar",
        "line one\nline two\n\nnext", "",
        // ASCII titles, which NormalizeText may copy as they are, and near
        // misses.
        "Trade talks stall, U.S. says", "x", " lead", "trail ", "two  spaces",
        "tab\there", "del\x7f byte", "a - b", "\x01", " ", "  "}) {
    EXPECT_EQ(NormalizeText(raw), Normalize(raw).text) << raw;
  }
}

TEST(OffsetMap, InterpolatesBetweenAnchors) {
  OffsetMap map;
  map.Add(0, 0);
  map.Add(5, 10);
  EXPECT_EQ(map.Map(0), 0u);
  EXPECT_EQ(map.Map(3), 3u);
  EXPECT_EQ(map.Map(5), 10u);
  EXPECT_EQ(map.Map(7), 12u);
}

}  // namespace
}  // namespace whosaid::nlp
