#include "nlp/word_pattern.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

struct WordCase {
  const char* pattern;
  std::vector<std::string> starts;  // sorted
  bool whole;
  bool end_boundary;
};

TEST(ReadWordPattern, ReadsTheStartsOfWordAnchoredPatterns) {
  const WordCase cases[] = {
      {R"(\btariff\b)", {"tariff"}, true, true},
      {R"(\bEVs?\b)", {"EV", "EVs"}, true, true},
      {R"(\binundat)", {"inundat"}, true, false},
      {R"(\bdut(?:y|ies)\b)", {"duties", "duty"}, true, true},
      {R"(\blicen[cs]e\b)", {"licence", "license"}, true, true},
      {R"(\brare[- ]earths?\b)",
       {"rare earth", "rare earths", "rare-earth", "rare-earths"}, true, true},
      {R"(\bu\.s\.)", {"u.s."}, true, false},
      {R"(\b(jets?|planes)\b)", {"jet", "jets", "planes"}, true, true},
      // \d is the ten ASCII digits; \xHH a printable ASCII character; a
      // character of General Punctuation its own bytes.
      {R"(\bno\.\d\b)",
       {"no.0", "no.1", "no.2", "no.3", "no.4", "no.5", "no.6", "no.7",
        "no.8", "no.9"},
       true, true},
      {R"(\bdollar(?:\x27|’)s\b)",
       {"dollar's", "dollar’s"}, true, true},
      {R"(\bleaders(?:\x27|’)? meeting\b)",
       {"leaders meeting", "leaders' meeting",
        "leaders’ meeting"},
       true, true},
      // The items end where the reader stops; the rest is left to RE2.
      {R"(\border(?:s|ed)? (?:for )?\w)",
       {"order ", "order for ", "ordered ", "ordered for ", "orders ",
        "orders for "},
       false, false},
      {R"(\bfoo+bar\b)", {"fo"}, false, false},
      {R"(\bfoo??\b)", {"fo"}, false, false},
      {R"(\bfoo{2}\b)", {"fo"}, false, false},
      {R"(\bab(?:\w+)\b)", {"ab"}, false, false},
      // A start ending in a non-word character is no whole match for \b.
      {R"(\bab-\b)", {"ab-"}, false, false},
  };
  for (const WordCase& c : cases) {
    const std::optional<WordPattern> word = ReadWordPattern(c.pattern);
    ASSERT_TRUE(word.has_value()) << c.pattern;
    EXPECT_EQ(word->starts, c.starts) << c.pattern;
    EXPECT_EQ(word->whole, c.whole) << c.pattern;
    EXPECT_EQ(word->end_boundary, c.end_boundary) << c.pattern;
  }
}

TEST(ReadWordPattern, RefusesWhatItCannotRead) {
  const char* const refused[] = {
      "tariff",                 // no \b first
      R"(\b(?:a|b)+c)",         // nothing read
      R"(\bfoo\b|\bbar\b)",     // a top-level alternative
      R"(\bfoo(?:x|y)|bar)",    // the same after a group
      R"(\b[^a]x)",             // a negated class
      R"(\b[a-z]x)",            // a range
      R"(\b x)",                // a start beginning with a space
      "\\b\xE2\x80\x99s",        // a start beginning with no word byte
      "\\b\xC3\xA9t\xC3\xA9",      // a letter outside ASCII (it has case)
      R"(\b\x{41}b)",           // a \x{...} escape
      R"(\b\x0ab)",             // \xHH that is no printable character
  };
  for (const char* pattern : refused) {
    EXPECT_FALSE(ReadWordPattern(pattern).has_value()) << pattern;
  }
}

TEST(ReadWordPattern, StopsBeforeAnItemThatMakesTooManyStarts) {
  const std::optional<WordPattern> word =
      ReadWordPattern(R"(\b[abcd][abcd][abcd][abcd][abcd])");
  ASSERT_TRUE(word.has_value());
  EXPECT_EQ(word->starts.size(), 256u);
  EXPECT_FALSE(word->whole);
}

TEST(IsWordByte, IsRe2sAsciiWordCharacter) {
  EXPECT_TRUE(IsWordByte('a'));
  EXPECT_TRUE(IsWordByte('Z'));
  EXPECT_TRUE(IsWordByte('7'));
  EXPECT_TRUE(IsWordByte('_'));
  EXPECT_FALSE(IsWordByte('-'));
  EXPECT_FALSE(IsWordByte(' '));
  EXPECT_FALSE(IsWordByte('\xC3'));
}

}  // namespace
}  // namespace whosaid::nlp
