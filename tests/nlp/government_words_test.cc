#include "nlp/government_words.h"

#include "gtest/gtest.h"

namespace whosaid::nlp {
namespace {

DiscoveryRules SmallPack() {
  DiscoveryRules d;
  d.demonyms = {"Chinese", "US", "U.K."};
  d.government_words = {"Ministry", "Office", "Bureau"};
  return d;
}

TEST(GovernmentWords, KnowsThePacksWordsAsWritten) {
  const GovernmentWords words(SmallPack());
  EXPECT_TRUE(words.IsDemonym("Chinese"));
  EXPECT_FALSE(words.IsDemonym("chinese"));
  EXPECT_TRUE(words.IsHead("Bureau"));
  EXPECT_FALSE(words.IsHead("Steel"));
  EXPECT_FALSE(GovernmentWords().IsDemonym("US"));
}

TEST(GovernmentWords, ACountryInCapitalsModifiesTheBodyAfterIt) {
  const GovernmentWords words(SmallPack());
  struct Case {
    const char* word;
    bool all_caps;
    const char* next;
    bool modifies;
  } cases[] = {
      {"US", true, "Office", true},       // the US Office of ...
      {"U.K.", true, "Ministry", true},   // the U.K. Ministry of ...
      {"US", true, "Steel", false},       // US Steel keeps its name
      {"Chinese", false, "Ministry", false},  // a demonym word, not a country abbreviation
      {"EU", true, "Office", false},      // not a demonym of the pack
  };
  for (const Case& c : cases) {
    EXPECT_EQ(words.CountryModifiesBody(c.word, c.all_caps, c.next), c.modifies)
        << c.word << " " << c.next;
  }
}

}  // namespace
}  // namespace whosaid::nlp
