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

}  // namespace
}  // namespace whosaid::nlp
