#include "nlp/actor_kind_guess.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(GuessActorKind, HeadWordDecides) {
  DiscoveryRules rules;
  rules.government_words = {"Office", "Bureau", "Ministry"};
  rules.organization_words = {"Board", "Institute", "Roundtable"};
  struct Case {
    const char* name;
    ActorKind want;
  } cases[] = {
      {"Office of the Trade Envoy", ActorKind::kGovernment},
      {"Bureau of Strategic Technology Controls", ActorKind::kGovernment},
      {"State Trade Coordination Office", ActorKind::kGovernment},
      {"Federal Agricultural Export Board", ActorKind::kOrganization},
      {"Institute for Digital Sovereignty", ActorKind::kOrganization},
      {"Lin Mei", ActorKind::kPerson},
      {"Dana Whitlock", ActorKind::kPerson},
      {"NASA", ActorKind::kOrganization},
      {"Brightwell", ActorKind::kOrganization},
      {"", ActorKind::kPerson},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GuessActorKind(c.name, rules), c.want) << c.name;
  }
}

// Session 20: a speaker's first word that the text also writes in lower
// case, or that names an organisation by itself, makes a body; a given
// name, a title or a role word does not.
TEST(FirstWordNamesABody, TheTextDecides) {
  DiscoveryRules rules;
  rules.role_words = {"prince"};
  rules.feminine_given_names = {"Rose"};
  const GenderWords genders(rules);
  const std::vector<ActorInText> actors = {
      {"Korvane", ActorKind::kOrganization, "", "", false, {}}};
  const std::string text =
      "Big Machine said no. The big label and the prince left; Rose Lund "
      "and a rose garden; Korvane Stream and Dana Whitlock.";
  EXPECT_TRUE(FirstWordNamesABody("Big Machine", text, actors, rules, genders));
  EXPECT_TRUE(
      FirstWordNamesABody("Korvane Stream", text, actors, rules, genders));
  EXPECT_FALSE(
      FirstWordNamesABody("Prince Andrew", text, actors, rules, genders));
  EXPECT_FALSE(FirstWordNamesABody("Rose Lund", text, actors, rules, genders));
  EXPECT_FALSE(
      FirstWordNamesABody("Dana Whitlock", text, actors, rules, genders));
  EXPECT_FALSE(FirstWordNamesABody("Korvane", text, actors, rules, genders));
}

}  // namespace
}  // namespace whosaid::nlp
