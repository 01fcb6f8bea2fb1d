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

TEST(WordListFilter, MayHoldExactComparesTheEndsAsWritten) {
  WordListFilter filter;
  filter.Add("Hong");
  EXPECT_TRUE(filter.MayHoldExact("Hong"));
  EXPECT_TRUE(filter.MayHoldExact("Hung"));  // same length and ends
  EXPECT_FALSE(filter.MayHoldExact("hong"));
  EXPECT_FALSE(filter.MayHoldExact("HONG"));
}

TEST(WordListFilter, EmptyAndLongWordsPassOnlyOnceOneIsAdded) {
  const std::string_view long_word = "a-very-long-word-of-more-than-32-bytes";
  WordListFilter filter;
  filter.Add("on");
  EXPECT_FALSE(filter.MayHold(""));
  EXPECT_FALSE(filter.MayHold(long_word));
  filter.Add(long_word);
  EXPECT_TRUE(filter.MayHold(long_word));
  EXPECT_TRUE(filter.MayHoldExact(""));  // unfiltered, like the long word
  EXPECT_TRUE(filter.MayHold("on"));
  EXPECT_FALSE(filter.MayHold("in"));
}

TEST(WordListFilter, FilterOfEqualsAddingEachWord) {
  WordListFilter added;
  for (std::string_view w : kDays) added.Add(w);
  for (std::string_view w : kShort) added.Add(w);
  for (std::string_view w : {"monday", "tipsy", "sunday", "on", "ox", "A"}) {
    EXPECT_EQ(added.MayHold(w), kFilter.MayHold(w)) << w;
  }
  static_assert(kFilter.MayHold("Today") && !kFilter.MayHold("Sunday"));
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
