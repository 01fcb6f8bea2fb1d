#include "nlp/function_words.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(IsAuxiliary, ModalsAndFormsOfBeHaveDoInAnyCase) {
  for (const char* word : {"was", "Were", "had", "WOULD", "may", "been"}) {
    EXPECT_TRUE(IsAuxiliary(word)) << word;
  }
  for (const char* word : {"", "said", "wass", "mayor", "the", "a"}) {
    EXPECT_FALSE(IsAuxiliary(word)) << word;
  }
}

TEST(IsPassiveAuxiliary, FormsOfBeOnly) {
  for (const char* word : {"was", "Were", "is", "been", "being"}) {
    EXPECT_TRUE(IsPassiveAuxiliary(word)) << word;
  }
  for (const char* word : {"", "had", "would", "being-"}) {
    EXPECT_FALSE(IsPassiveAuxiliary(word)) << word;
  }
}

TEST(IsSubordinator, ConjunctionsThatOpenAClause) {
  for (const char* word : {"Although", "while", "If", "BECAUSE", "after"}) {
    EXPECT_TRUE(IsSubordinator(word)) << word;
  }
  for (const char* word : {"", "and", "but", "the", "whiles"}) {
    EXPECT_FALSE(IsSubordinator(word)) << word;
  }
}

TEST(IsArticle, TheAAnInAnyCase) {
  for (const char* word : {"the", "The", "A", "an", "AN"}) {
    EXPECT_TRUE(IsArticle(word)) << word;
  }
  for (const char* word : {"", "then", "and", "any", "ab"}) {
    EXPECT_FALSE(IsArticle(word)) << word;
  }
}

TEST(IsModalOfPossibility, MayMightCouldInAnyCase) {
  for (const char* w : {"may", "Might", "COULD"}) {
    EXPECT_TRUE(IsModalOfPossibility(w)) << w;
  }
  for (const char* w : {"can", "would", "mayor", "", "coul"}) {
    EXPECT_FALSE(IsModalOfPossibility(w)) << w;
  }
}

TEST(IsConditionWord, IfUnlessWhetherInAnyCase) {
  for (const char* w : {"if", "If", "unless", "WHETHER"}) {
    EXPECT_TRUE(IsConditionWord(w)) << w;
  }
  for (const char* w : {"of", "when", "weather", "unles", "", "iff"}) {
    EXPECT_FALSE(IsConditionWord(w)) << w;
  }
}

TEST(IsMonthName, MonthsWrittenOutOrAbbreviatedInAnyCase) {
  for (const char* word : {"October", "nov.", "Sept.", "MAY", "Aug."}) {
    EXPECT_TRUE(IsMonthName(word)) << word;
  }
  for (const char* word : {"", "Oct", "Mayor", "Monday", "august.", "no."}) {
    EXPECT_FALSE(IsMonthName(word)) << word;
  }
}

}  // namespace
}  // namespace whosaid::nlp
