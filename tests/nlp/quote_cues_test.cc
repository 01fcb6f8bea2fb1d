#include "nlp/quote_cues.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

TEST(CueTable, MatchesLongestFormAndSkipsNouns) {
  CueTable cues({{"said", "say"}, {"told", "tell"}, {"told reporters", "tell"},
                 {"call", "call"}});
  const std::string text = "She told reporters that the call was said to fail.";
  const auto tokens = Tokenize(text, {0, text.size()});
  CueMatch m = cues.Match(text, tokens, 1);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(m.lemma, "tell");
  EXPECT_EQ(text.substr(m.span.start, m.span.size()), "told reporters");
  EXPECT_EQ(cues.Match(text, tokens, 5).length, 0u);  // "the call"
  EXPECT_EQ(cues.Match(text, tokens, 7).length, 1u);  // "said"
  EXPECT_EQ(cues.Match(text, tokens, 0).length, 0u);  // "She"
}

TEST(CueTable, PartialOnlyLemmas) {
  EXPECT_TRUE(CueTable::PartialOnly("call"));
  EXPECT_TRUE(CueTable::PartialOnly("describe"));
  EXPECT_FALSE(CueTable::PartialOnly("say"));
}

}  // namespace
}  // namespace whosaid::nlp
