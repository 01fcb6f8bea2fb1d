#include "nlp/lower_word.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace whosaid::nlp {
namespace {

TEST(LowerWord, LowersAsciiAndKeepsOtherBytes) {
  const struct {
    std::string_view in, out;
  } cases[] = {
      {"", ""},
      {"The", "the"},
      {"U.S.", "u.s."},
      {"O’Brien", "o’brien"},
      {"ATTACHÉ", "attachÉ"},
      {"Vice-President-Elect", "vice-president-elect"},
  };
  for (const auto& c : cases) {
    const LowerWord w(c.in);
    EXPECT_EQ(w.view(), c.out) << c.in;
    EXPECT_EQ(w.size(), c.out.size());
    EXPECT_TRUE(w == c.out);
  }
}

TEST(LowerWord, HoldsWordsLongerThanItsBuffer) {
  const std::string upper(100, 'Q');
  const LowerWord w(upper);
  EXPECT_EQ(w.view(), std::string(100, 'q'));
  EXPECT_EQ(w.back(), 'q');
  for (size_t n : {31, 32, 33}) {
    const std::string word(n, 'A');
    EXPECT_EQ(LowerWord(word).view(), std::string(n, 'a')) << n;
  }
}

TEST(LowerWord, ActsAsAStringView) {
  const LowerWord w("Briefed");
  const std::string_view view = w;
  EXPECT_EQ(view, "briefed");
  EXPECT_TRUE(w.ends_with("ed"));
  EXPECT_FALSE(w.ends_with("ing"));
  EXPECT_EQ(w[0], 'b');
  EXPECT_FALSE(w.empty());
  EXPECT_TRUE(w != "Briefed");
}

}  // namespace
}  // namespace whosaid::nlp
