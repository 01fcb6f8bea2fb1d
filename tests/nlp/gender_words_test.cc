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
