#include "nlp/owner_name.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "nlp/analyzer.h"

namespace whosaid::nlp {
namespace {

DiscoveryRules Rules() {
  DiscoveryRules rules;
  rules.titles = {"Envoy", "Trade Envoy", "Deputy", "Spokesperson",
                  "Secretary", "Minister"};
  rules.honorifics = {"Dr.", "Ms."};
  rules.government_words = {"Office", "Ministry"};
  rules.organization_words = {"Board"};
  return rules;
}

TEST(SplitOwnerName, StripsLeadingTitlesLongestFirst) {
  const DiscoveryRules rules = Rules();
  struct Case {
    const char* display;
    const char* name;
    const char* title;
  } cases[] = {
      {"Trade Envoy Dana Whitlock", "Dana Whitlock", "Trade Envoy"},
      {"Deputy Trade Envoy Dana Whitlock", "Dana Whitlock",
       "Deputy Trade Envoy"},
      {"spokesperson Lin Mei", "Lin Mei", "spokesperson"},
      {"Dr. Ruth Abernathy", "Ruth Abernathy", "Dr."},
      {"  Minister Chen Haoran ", "Chen Haoran", "Minister"},
  };
  for (const Case& c : cases) {
    const OwnerName got = SplitOwnerName(c.display, rules);
    EXPECT_EQ(got.name, c.name) << c.display;
    EXPECT_EQ(got.title, c.title) << c.display;
  }
}

TEST(SplitOwnerName, KeepsNamesThatAreNotTitledPeople) {
  const DiscoveryRules rules = Rules();
  for (const char* display :
       {"Dana Whitlock", "Office of the Trade Envoy", "Secretary",
        "Minister of the Ministry", "Secretary of the Board",
        "Envoy updates", "Envoyer Smith", "@EnvoyWhitlock", ""}) {
    const OwnerName got = SplitOwnerName(display, rules);
    EXPECT_EQ(got.name, display) << display;
    EXPECT_EQ(got.title, "") << display;
  }
}

// Through the whole analyzer with the builtin packs: a post by an account
// whose display name carries a title is spoken by the bare name, the one the
// same person is quoted under in news, and the title becomes the role.
TEST(SplitOwnerName, PostSpeakerIsTheNameWithoutTitle) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  auto analyzer = Analyzer::Create(*std::move(pack));
  ASSERT_TRUE(analyzer.ok()) << analyzer.status();
  Document doc;
  doc.id = "post-1";
  doc.kind = DocumentKind::kPost;
  doc.account_owner = "Trade Envoy Dana Whitlock";
  doc.text = "Productive day of talks. Both teams will meet again in May.";
  const Analysis a = (*analyzer)->Analyze(doc, nullptr);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker.value_or(""), "Dana Whitlock");
  auto owner = std::find_if(a.actors.begin(), a.actors.end(),
                            [](const ActorInText& x) {
                              return x.name == "Dana Whitlock";
                            });
  ASSERT_NE(owner, a.actors.end());
  EXPECT_EQ(owner->role, "Trade Envoy");
  EXPECT_EQ(owner->kind, ActorKind::kPerson);
}

}  // namespace
}  // namespace whosaid::nlp
