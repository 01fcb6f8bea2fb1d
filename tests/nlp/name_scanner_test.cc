#include "nlp/name_scanner.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

NameScanner::Words TestWords() {
  DiscoveryRules rules;
  rules.titles = {"Trade Envoy", "Minister", "Secretary"};
  rules.honorifics = {"Ms."};
  rules.role_words = {"fellow", "head"};
  rules.organization_words = {"Institute", "Group"};
  rules.government_words = {"Ministry", "Office", "Commission"};
  rules.surnames_first = {"Chen"};
  rules.not_names = {"The", "Monday"};
  rules.demonyms = {"European"};
  rules.name_before = {"by"};
  rules.place_words = {"County"};
  return NameScanner::Words::From(rules, {"said"});
}

struct Want {
  std::string text;
  NameScanner::What what;
  std::string role;
};

TEST(NameScanner, ClassifiesCapitalisedPhrases) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  struct Case {
    std::string text;
    std::vector<Want> want;
  } cases[] = {
      {"Trade Envoy Dana Whitlock arrived.",
       {{"Dana Whitlock", NameScanner::kPerson, "Trade Envoy"}}},
      {"Minister Chen left.", {{"Chen", NameScanner::kSurnameRef, "Minister"}}},
      {"Ms. Lin spoke.", {{"Lin", NameScanner::kSurnameRef, ""}}},
      {"Chen Haoran spoke.", {{"Chen Haoran", NameScanner::kPerson, ""}}},
      {"Jo Lund said no.", {{"Jo Lund", NameScanner::kPerson, ""}}},
      {"Editing by Jo Lund", {{"Editing", NameScanner::kSurnameRef, ""},
                              {"Jo Lund", NameScanner::kPerson, ""}}},
      {"Jo Lund, a senior fellow at the Harbor Institute, spoke.",
       {{"Jo Lund", NameScanner::kPerson, "senior fellow"},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
      {"The Office of the Trade Envoy and the Ministry of Commerce met.",
       {{"Office of the Trade Envoy", NameScanner::kGovernment, ""},
        {"Ministry of Commerce", NameScanner::kGovernment, ""}}},
      {"the European Harbor Group", {{"European Harbor Group",
                                      NameScanner::kOrganization, ""}}},
      {"Ardmore & Finch", {{"Ardmore & Finch", NameScanner::kOrganization, ""}}},
      // Issue quality5: one "and" joins a second portfolio, but not a
      // second body.
      {"the Ministry of Ports and Inland Shipping said",
       {{"Ministry of Ports and Inland Shipping", NameScanner::kGovernment, ""}}},
      {"the Ministry of Ports and Harbor Institute",
       {{"Ministry of Ports", NameScanner::kGovernment, ""},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
      {"in Cass County", {{"Cass County", NameScanner::kPlace, ""}}},
      {"Soybean Futures rose", {{"Soybean Futures", NameScanner::kOther, ""}}},
      {"ENVOY WHITLOCK: Thanks.", {{"WHITLOCK", NameScanner::kSurnameRef, "ENVOY"},
                                   {"Thanks", NameScanner::kSurnameRef, ""}}},
      {"Monday was quiet.", {}},
      {"Deputy Secretary for Licensing Aaron Feld spoke.",
       {{"Aaron Feld", NameScanner::kPerson, "Deputy Secretary for Licensing"}}},
      {"Secretary of State Ann Lee spoke.",
       {{"Ann Lee", NameScanner::kPerson, "Secretary of State"}}},
      // Too short to hold a portfolio and a name.
      {"Secretary of State Lee spoke.",
       {{"State Lee", NameScanner::kOther, ""}}},
  };
  for (const Case& c : cases) {
    const auto got = scanner.Scan(c.text);
    ASSERT_EQ(got.size(), c.want.size()) << c.text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(c.text.substr(got[i].span.start, got[i].span.size()),
                c.want[i].text) << c.text;
      EXPECT_EQ(got[i].what, c.want[i].what) << c.text;
      EXPECT_EQ(got[i].role, c.want[i].role) << c.text;
    }
  }
}

TEST(NameScanner, AppositiveAffiliationStopsBeforeOfPlace) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const std::string text =
      "Jo Lund, head of the Commission for Trade Coordination of China, "
      "said so.";
  const auto got = scanner.Scan(text);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].affiliation, "Commission for Trade Coordination");
  EXPECT_EQ(got[0].affiliation_kind, ActorKind::kGovernment);
  EXPECT_EQ(got[0].role, "head");
}

}  // namespace
}  // namespace whosaid::nlp
