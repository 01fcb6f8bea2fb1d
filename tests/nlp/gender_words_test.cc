#include "nlp/gender_words.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace whosaid::nlp {
namespace {

DiscoveryRules SmallPack() {
  DiscoveryRules d;
  d.feminine_words = {"she", "ms.", "spokeswoman", "chair"};
  d.masculine_words = {"he", "mr.", "spokesman", "chair"};
  d.feminine_given_names = {"Sarah", "Robin"};
  d.masculine_given_names = {"David", "Robin"};
  return d;
}

TEST(GenderWords, AWordOrNameInBothListsTellsNothing) {
  const GenderWords words(SmallPack());
  EXPECT_EQ(words.WordGender("she"), Gender::kFeminine);
  EXPECT_EQ(words.WordGender("mr."), Gender::kMasculine);
  EXPECT_EQ(words.WordGender("chair"), Gender::kUnknown);
  EXPECT_EQ(words.WordGender("minister"), Gender::kUnknown);
  EXPECT_EQ(words.GivenNameGender("sarah"), Gender::kFeminine);
  EXPECT_EQ(words.GivenNameGender("robin"), Gender::kUnknown);
}

// WordGender and PronounGender ask a filter of their lists' lengths and
// ends before the lookup: a word with a listed word's length and ends is
// still looked up, and a listed word the filter cannot hold (empty or of
// 32 bytes or more) is still found.
TEST(GenderWords, TheFilterBeforeTheLookupLosesNoWord) {
  DiscoveryRules d = SmallPack();
  const std::string long_word(40, 'w');
  d.masculine_words.push_back(long_word);
  d.feminine_pronouns = {"she", "her"};
  const GenderWords words(d);
  EXPECT_EQ(words.WordGender("sxe"), Gender::kUnknown);  // she's shape
  EXPECT_EQ(words.WordGender("spokeswoman"), Gender::kFeminine);
  EXPECT_EQ(words.WordGender("Spokeswoman"), Gender::kUnknown);  // as written
  EXPECT_EQ(words.WordGender(""), Gender::kUnknown);
  EXPECT_EQ(words.WordGender(long_word), Gender::kMasculine);
  EXPECT_EQ(words.WordGender(std::string(40, 'x')), Gender::kUnknown);
  EXPECT_EQ(words.PronounGender("her"), Gender::kFeminine);
  EXPECT_EQ(words.PronounGender("hxr"), Gender::kUnknown);
  EXPECT_EQ(words.PronounGender("him"), Gender::kUnknown);
  // A default-constructed set holds nothing.
  EXPECT_EQ(GenderWords().WordGender("she"), Gender::kUnknown);
}

TEST(GenderWords, LastWordGenderTakesTheLastGenderedWord) {
  const GenderWords words(SmallPack());
  const std::vector<std::string> role = {"former", "spokesman", "of"};
  EXPECT_EQ(words.LastWordGender(role), Gender::kMasculine);
  const std::vector<std::string> none = {"former", "envoy"};
  EXPECT_EQ(words.LastWordGender(none), Gender::kUnknown);
}

TEST(GenderWords, HonorificBeforeAMention) {
  const std::string text = "Ms. Vale spoke. Then Vale left.";
  EXPECT_EQ(HonorificBefore(text, 4), "ms.");
  EXPECT_EQ(HonorificBefore(text, 21), "then");
  EXPECT_EQ(HonorificBefore(text, 0), "");
  EXPECT_EQ(HonorificBefore(text, text.size() + 5), "");
}

// The person's name, role (may be empty) and mentions, as ActorFinder
// would give them.
struct PersonCase {
  const char* text;
  struct {
    const char* name;
    const char* role;
    std::vector<Span> mentions;
  } actor;
  Gender want;
};

TEST(GenderWords, OfPersonCombinesNameRoleAndHonorifics) {
  const GenderWords words(SmallPack());
  const PersonCase cases[] = {
      {"Sarah Okafor spoke.", {"Sarah Okafor", "", {{0, 12}}},
       Gender::kFeminine},
      {"Okafor, the spokesman, spoke.",
       {"Okafor", "spokesman", {{0, 6}}},
       Gender::kMasculine},
      {"Then Mr. Okafor spoke.",
       {"Jo Okafor", "", {{9, 15}}},
       Gender::kMasculine},
      // A feminine name and a masculine honorific: nothing is known.
      {"Then Mr. Okafor spoke.",
       {"Sarah Okafor", "", {{9, 15}}},
       Gender::kUnknown},
      {"Robin Okafor spoke.", {"Robin Okafor", "", {{0, 12}}},
       Gender::kUnknown},
  };
  for (const PersonCase& c : cases) {
    ActorInText actor;
    actor.name = c.actor.name;
    actor.role = c.actor.role;
    actor.mentions = c.actor.mentions;
    EXPECT_EQ(words.OfPerson(c.text, actor), c.want) << c.text;
  }
}

}  // namespace
}  // namespace whosaid::nlp
