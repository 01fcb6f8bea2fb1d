#include "nlp/static_word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace whosaid::nlp {
namespace {

constexpr std::string_view kDays[] = {"monday", "tuesday", "today", "The",
                                      "a",      "today"};  // listed twice

TEST(StaticWordSet, HoldsEveryListedWord) {
  for (std::string_view w : kDays) {
    EXPECT_TRUE(StaticWordSet<kDays>::Contains(w)) << w;
  }
  static_assert(StaticWordSet<kDays>::Contains("tuesday"));
}

TEST(StaticWordSet, ComparesBytesExactly) {
  // Case matters: the list's "The" is not "the", and "monday" not "Monday".
  for (std::string_view w : {"the", "Monday", "TODAY", "A"}) {
    EXPECT_FALSE(StaticWordSet<kDays>::Contains(w)) << w;
  }
}

TEST(StaticWordSet, TurnsAwayOtherWords) {
  // "tipsy" passes the length and first/last-byte filter ("today") and is
  // then not in the table.
  for (std::string_view w : {"", "mondays", "sunday", "b", "tipsy", "tod",
                             "a-very-long-word-of-more-than-32-bytes"}) {
    EXPECT_FALSE(StaticWordSet<kDays>::Contains(w)) << w;
  }
}

TEST(StaticWordSet, FindsWordsOfAListThatCollides) {
  // Distinct words for a list with many slot collisions.
  static constexpr std::string_view kRuns[] = {
      "aa", "aba", "abba", "abca", "abda", "abea", "abfa", "abga", "abha",
      "abia", "abja", "abka", "abla", "abma", "abna", "aboa", "abpa", "abqa",
      "abra", "absa", "abta", "abua", "abva", "abwa", "abxa", "abya", "abza"};
  for (std::string_view w : kRuns) {
    EXPECT_TRUE(StaticWordSet<kRuns>::Contains(w)) << w;
  }
  for (std::string_view w : {"a", "aaa", "acba", "abzz", "abaa", "aaba"}) {
    EXPECT_FALSE(StaticWordSet<kRuns>::Contains(w)) << w;
  }
}

}  // namespace
}  // namespace whosaid::nlp
