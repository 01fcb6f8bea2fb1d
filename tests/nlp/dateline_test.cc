// Datelines before a sentence's own words (nlp/dateline.h).

#include "nlp/dateline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

// The sentence's words after its dateline, from the token AfterDateline
// gives to the end.
std::string WordsAfterDateline(const std::string& text) {
  const std::vector<Token> tokens = Tokenize(text, Span{0, text.size()});
  const size_t first = AfterDateline(text, tokens, 0, tokens.size());
  if (first >= tokens.size()) return "";
  return text.substr(tokens[first].start);
}

TEST(AfterDateline, SkipsWireAndCapitalCityDatelines) {
  EXPECT_EQ(WordsAfterDateline("VIENNA — The ministry said it would act."),
            "The ministry said it would act.");
  EXPECT_EQ(WordsAfterDateline("SAN JOSE, Calif. — Officials said so."),
            "Officials said so.");
  EXPECT_EQ(WordsAfterDateline("BUFFALO, N.Y. - Hours before the game, the "
                               "coach spoke."),
            "Hours before the game, the coach spoke.");
  EXPECT_EQ(WordsAfterDateline("LONDON, Jan 14 (Reuters) - Prices fell."),
            "Prices fell.");
}

TEST(AfterDateline, LeavesOtherSentencesWhole) {
  EXPECT_EQ(WordsAfterDateline("The ministry said it would act - soon."),
            "The ministry said it would act - soon.");
  EXPECT_EQ(WordsAfterDateline("NATO said it would act - soon."),
            "NATO said it would act - soon.");
  EXPECT_EQ(WordsAfterDateline(""), "");
}

}  // namespace
}  // namespace whosaid::nlp
