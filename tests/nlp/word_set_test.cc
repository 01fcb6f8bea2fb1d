#include "nlp/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

TEST(FilteredWordSet, ContainsExactlyTheInsertedWords) {
  FilteredWordSet set;
  const std::vector<std::string> words = {
      "Institute", "of",
      "a",         "Ministry",
      "Ms.",       std::string(40, 'x'),  // longer than the filter covers
      "Zoë"};
  for (const std::string& w : words) set.insert(w);
  for (const std::string& w : words) EXPECT_TRUE(set.contains(w)) << w;
  EXPECT_EQ(set.size(), words.size());
  // Same length and ends, or same length and first byte: still no.
  for (std::string_view w :
       {"Instatute", "institute", "os", "b", "Ms", "", "Zoe", "Ministrx"}) {
    EXPECT_FALSE(set.contains(w)) << w;
  }
  EXPECT_FALSE(set.contains(std::string(40, 'y')));
  size_t seen = 0;
  for (const std::string& w : set) seen += set.contains(w);
  EXPECT_EQ(seen, words.size());
}

TEST(FilteredWordSet, EmptyWord) {
  FilteredWordSet set;
  EXPECT_FALSE(set.contains(""));
  set.insert("");
  EXPECT_TRUE(set.contains(""));
  EXPECT_TRUE(set.empty() == false);
}

// ContainsLowerAscii(w) answers as contains(LowerAscii(w)) does.
TEST(FilteredWordSet, ContainsLowerAsciiMatchesLoweredLookup) {
  FilteredWordSet set;
  const std::string long_word(40, 'q');
  for (std::string w : {"secretary", "envoy", "said", "a", long_word.c_str()}) {
    set.insert(w);
  }
  for (std::string_view w :
       {"Secretary", "SECRETARY", "secretary", "Secretarx", "Envoy", "ENVOYS",
        "Said", "A", "a", "B", "", "Zoë", "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ",
        "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQR"}) {
    EXPECT_EQ(set.ContainsLowerAscii(w), set.contains(LowerAscii(w))) << w;
  }
  EXPECT_TRUE(set.ContainsLowerAscii("EnVoY"));
  EXPECT_FALSE(set.ContainsLowerAscii(""));
  set.insert("");
  EXPECT_TRUE(set.ContainsLowerAscii(""));
}

}  // namespace
}  // namespace whosaid::nlp
