#include "nlp/word_list_filter.h"

#include <gtest/gtest.h>

#include <string_view>

namespace whosaid::nlp {
namespace {

constexpr std::string_view kDays[] = {"monday", "tuesday", "today"};
constexpr std::string_view kShort[] = {"on", "at", "a"};
constexpr WordListFilter kFilter = FilterOf(kDays, kShort);

TEST(WordListFilter, HoldsEveryListedWordInAnyCase) {
  for (std::string_view w : {"monday", "Monday", "MONDAY", "tuesday", "toDAY",
                             "on", "On", "at", "AT", "a", "A"}) {
    EXPECT_TRUE(kFilter.MayHold(w)) << w;
  }
}

TEST(WordListFilter, TurnsAwayWordsOfOtherLengthsOrEnds) {
  for (std::string_view w : {"", "mondays", "sunday", "ox", "b", "in",
                             "tuesdax", "a-very-long-word-of-more-than-32-b"}) {
    EXPECT_FALSE(kFilter.MayHold(w)) << w;
  }
}

TEST(WordListFilter, MayHoldWordsThatOnlyShareLengthAndEnds) {
  // "tuesday" and "today" put 't', 'y' and lengths 5 and 7 in the filter:
  // "tipsy" (5 bytes) passes, and is then not found in the list.
  EXPECT_TRUE(kFilter.MayHold("tipsy"));
  EXPECT_FALSE(LowerIsOneOf("tipsy", kDays));
}

TEST(LowerIsOneOf, FoldsTheWordNotTheList) {
  EXPECT_TRUE(LowerIsOneOf("Tuesday", kDays));
  EXPECT_TRUE(LowerIsOneOf("TODAY", kDays));
  EXPECT_FALSE(LowerIsOneOf("tues", kDays));
  EXPECT_FALSE(LowerIsOneOf("", kDays));
  static_assert(LowerIsOneOf("AT", kShort));
}

}  // namespace
}  // namespace whosaid::nlp
