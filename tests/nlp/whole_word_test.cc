#include "nlp/whole_word.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace whosaid::nlp {
namespace {

std::vector<size_t> Places(std::string_view text, std::string_view word) {
  std::vector<size_t> at;
  AnyWholeWord(text, word, [&](size_t p) {
    at.push_back(p);
    return false;
  });
  return at;
}

TEST(AnyWholeWord, OnlyWordsNoLetterOrDigitTouches) {
  EXPECT_EQ(Places("Health bosses, healthy Health2 Health.", "Health"),
            (std::vector<size_t>{0, 31}));
  // A non-ASCII byte is an edge: "Health’s".
  EXPECT_EQ(Places("Health\u2019s plan", "Health"), std::vector<size_t>{0});
  EXPECT_TRUE(Places("anything", "").empty());
  EXPECT_TRUE(Places("", "word").empty());
}

TEST(AnyWholeWord, StopsWhenTheCallbackSaysSo) {
  int calls = 0;
  EXPECT_TRUE(
      AnyWholeWord("a b a b a", "a", [&](size_t) { return ++calls == 2; }));
  EXPECT_EQ(calls, 2);
  EXPECT_FALSE(AnyWholeWord("a b a", "c", [](size_t) { return true; }));
}

}  // namespace
}  // namespace whosaid::nlp
