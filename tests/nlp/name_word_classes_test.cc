#include "nlp/name_word_classes.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(NameWordClasses, GivesEveryListAWordWasAddedTo) {
  NameWordClasses classes;
  classes.Add("Institute", 1);
  classes.Add("Office", 2);
  classes.Add("Office", 4);
  classes.Add("A-very-long-word-of-more-than-thirty-two-bytes", 8);
  struct Case {
    std::string_view word;
    NameWordClasses::Bits want;
  } cases[] = {
      {"Institute", 1},
      {"Office", 6},
      {"A-very-long-word-of-more-than-thirty-two-bytes", 8},
      // As written: no case folding.
      {"office", 0},
      {"OFFICE", 0},
      {"Offices", 0},
      {"Whitlock", 0},
      {"", 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(classes.Of(c.word), c.want) << c.word;
  }
}

}  // namespace
}  // namespace whosaid::nlp
