#include "nlp/rule_pack.h"

#include <gtest/gtest.h>

#include <set>

#include "nlp/speaker_phrase.h"

namespace whosaid::nlp {
namespace {

TEST(LoadRulePack, BuiltinPacksLoad) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_FALSE(pack->cues.empty());
  EXPECT_FALSE(pack->topics.empty());
}

TEST(LoadRulePack, ReportsFileLineAndFragment) {
  auto pack = LoadRulePack({{"bad.toml",
                             "[[topic]]\nid = \"x\"\ntopic = \"t\"\n"
                             "pattern = \"(unclosed\"\n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("bad.toml:1"), std::string::npos)
      << pack.status();
  EXPECT_NE(pack.status().message().find("(unclosed"), std::string::npos);
}

TEST(LoadRulePack, MalformedTomlNamesTheLine) {
  auto pack = LoadRulePack({{"broken.toml", "[[cue]]\nlemma = \n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("broken.toml:2"), std::string::npos)
      << pack.status();
}

TEST(LoadRulePack, ExampleMustMatch) {
  auto pack = LoadRulePack({{"t.toml",
                             "[[topic]]\nid = \"x\"\ntopic = \"t\"\n"
                             "pattern = 'tariff'\nexample = 'soybeans'\n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("does not match"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::nlp

namespace whosaid::nlp {
namespace {

TEST(LoadRulePack, BuiltinPacksHaveEveryPart) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_GT(pack->actors.size(), 200u);
  EXPECT_FALSE(pack->claim_cues.empty());
  EXPECT_FALSE(pack->quantities.currencies.empty());
  EXPECT_FALSE(pack->quantities.scales.empty());
  EXPECT_FALSE(pack->discovery.titles.empty());
  EXPECT_FALSE(pack->discovery.cjk_titles.empty());
  EXPECT_FALSE(pack->discovery.cjk_person_references.empty());
  EXPECT_FALSE(pack->discovery.cjk_organization_references.empty());
  std::set<std::string> topics;
  for (const TopicRule& t : pack->topics) topics.insert(t.topic);
  for (const char* want :
       {"tariffs", "purchases", "investment", "export-controls", "currency",
        "market-access", "ip-technology-transfer", "fentanyl", "taiwan",
        "north-korea", "nuclear", "trade-status", "overcapacity",
        "summit-negotiations", "rare-earths", "agriculture", "energy"}) {
    EXPECT_TRUE(topics.count(want)) << want;
  }
}

TEST(LoadRulePack, ActorFormatWithDatedRoles) {
  auto pack = LoadRulePack({{"a.toml", R"(
[[actor]]
name = "Jane Roe"
kind = "person"
aliases = ["Roe"]
role = "Envoy"
affiliation = "Office of the Envoy"
roles = [{title = "Trade Envoy", from = "2025-01-01", until = ""}]
)"},
                            {"b.toml", R"(
[[actor]]
name = "Jane Roe"
aliases = ["J. Roe"]
)"}});
  ASSERT_TRUE(pack.ok()) << pack.status();
  ASSERT_EQ(pack->actors.size(), 1u);  // merged
  EXPECT_EQ(pack->actors[0].aliases,
            (std::vector<std::string>{"Roe", "J. Roe"}));
  ASSERT_EQ(pack->actors[0].roles.size(), 1u);
  EXPECT_EQ(pack->actors[0].roles[0].from, "2025-01-01");
}

TEST(LoadRulePack, BadActorsAndCuesNameFileLineAndFragment) {
  struct Case {
    std::string text, want;
  } cases[] = {
      {"[[actor]]\nname = \"X\"\nkind = \"robot\"\n",
       "bad.toml:1: unknown actor kind: robot"},
      {"[[actor]]\nname = \"X\"\nroles = [{title = \"T\", from = \"2025\"}]\n",
       "bad.toml:3: role dates must be YYYY-MM-DD: 2025"},
      {"[[actor]]\nname = \"X\"\naliases = [\"Y\"]\n\n[[actor]]\nname = "
       "\"Z\"\naliases = [\"Y\"]\n",
       "bad.toml:5: alias already names X: Y"},
      {"[[claim_cue]]\nlemma = \"hope\"\nmodality = \"wishful\"\nforms = "
       "[\"hopes\"]\n",
       "bad.toml:1: unknown modality: wishful"},
      {"[[cue]]\nlemma = \"say\"\nforms = [\"said\"]\ncomplement = "
       "\"object\"\n",
       "bad.toml:1: unknown cue complement: object"},
      {"[[claim_cue]]\nlemma = \"confirm\"\nforms = [\"confirmed\"]\n"
       "complement = \"object\"\n",
       "bad.toml:1: unknown claim cue complement: object"},
      {"[[topic]]\nid = \"x\"\ntopic = \"t\"\npattern = 'a'\n",
       "bad.toml:1: topic needs id, topic, pattern and example: x"},
      {"[[scale]]\nforms = [\"lots\"]\n",
       "bad.toml:1: scale needs a positive factor"},
  };
  for (const Case& c : cases) {
    auto pack = LoadRulePack({{"bad.toml", c.text}});
    ASSERT_FALSE(pack.ok()) << c.text;
    EXPECT_NE(pack.status().message().find(c.want), std::string::npos)
        << pack.status().message();
  }
}

TEST(LoadRulePack, ReportsEveryProblemNotJustTheFirst) {
  auto pack = LoadRulePack({{"bad.toml",
                             "[[topic]]\nid = \"a\"\ntopic = \"t\"\n"
                             "pattern = '('\nexample = 'x'\n\n"
                             "[[topic]]\nid = \"b\"\ntopic = \"t\"\n"
                             "pattern = 'y'\nexample = 'x'\n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("bad.toml:1:"), std::string::npos);
  EXPECT_NE(pack.status().message().find("bad.toml:7:"), std::string::npos);
}

TEST(LoadRulePack, CjkWordLists) {
  auto pack =
      LoadRulePack({{"cjk.toml",
                     "[discovery]\ncjk_titles = [\"部长\", \"发言人\"]\n"
                     "cjk_person_references = [\"他\"]\n"
                     "cjk_organization_references = [\"该部\"]\n"}});
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_EQ(pack->discovery.cjk_titles,
            (std::vector<std::string>{"部长", "发言人"}));
  EXPECT_EQ(pack->discovery.cjk_person_references,
            std::vector<std::string>{"他"});
  EXPECT_EQ(pack->discovery.cjk_organization_references,
            std::vector<std::string>{"该部"});
}

TEST(LoadRulePack, BadCjkWordListsNameFileLineAndFragment) {
  struct Case {
    std::string toml, want;
  } cases[] = {
      {"[discovery]\ncjk_titles = \"部长\"\n",
       "cjk.toml:2: cjk_titles must be a list of strings: cjk_titles"},
      {"[discovery]\ncjk_titles = [\n  \"部长\",\n  7,\n]\n",
       "cjk.toml:4: cjk_titles entries must be strings: cjk_titles"},
      {"[discovery]\n\ncjk_person_references = [\"he\"]\n",
       "cjk.toml:3: cjk_person_references entry has no CJK ideograph: he"},
      {"[discovery]\ncjk_organization_references = [\"该部\", \"\"]\n",
       "cjk.toml:2: cjk_organization_references entry has no CJK ideograph"},
  };
  for (const Case& c : cases) {
    auto pack = LoadRulePack({{"cjk.toml", c.toml}});
    ASSERT_FALSE(pack.ok()) << c.toml;
    EXPECT_NE(pack.status().message().find(c.want), std::string::npos)
        << pack.status();
  }
}

TEST(LoadRulePack, EnglishSpeakerWordLists) {
  auto pack = LoadRulePack(
      {{"en.toml",
        "[discovery]\nperson_pronouns = [\"he\", \"she\"]\n"
        "organization_pronouns = [\"it\"]\ngroup_pronouns = [\"they\"]\n"
        "first_person_pronouns = [\"i\", \"we\"]\n"
        "possessive_pronouns = [\"their\"]\n"
        "document_nouns = [\"report\", \"white-paper\"]\n"
        "publish_verbs = [\"published\"]\n"
        "speech_introductions = [\"the following remarks\"]\n"}});
  ASSERT_TRUE(pack.ok()) << pack.status();
  const DiscoveryRules& d = pack->discovery;
  EXPECT_EQ(d.person_pronouns, (std::vector<std::string>{"he", "she"}));
  EXPECT_EQ(d.organization_pronouns, std::vector<std::string>{"it"});
  EXPECT_EQ(d.group_pronouns, std::vector<std::string>{"they"});
  EXPECT_EQ(d.first_person_pronouns, (std::vector<std::string>{"i", "we"}));
  EXPECT_EQ(d.possessive_pronouns, std::vector<std::string>{"their"});
  EXPECT_EQ(d.document_nouns,
            (std::vector<std::string>{"report", "white-paper"}));
  EXPECT_EQ(d.publish_verbs, std::vector<std::string>{"published"});
  EXPECT_EQ(d.speech_introductions,
            std::vector<std::string>{"the following remarks"});
}

TEST(LoadRulePack, GenderWordsAndGivenNames) {
  auto pack = LoadRulePack(
      {{"g.toml",
        "[discovery]\nfeminine_words = [\"she\", \"ms.\"]\n"
        "masculine_words = [\"he\", \"spokesman\"]\n"
        "feminine_given_names = [\"Sarah\", \"Élodie\"]\n"
        "masculine_given_names = [\"David\"]\n"}});
  ASSERT_TRUE(pack.ok()) << pack.status();
  const GenderWords words(pack->discovery);
  EXPECT_EQ(words.WordGender("ms."), Gender::kFeminine);
  EXPECT_EQ(words.WordGender("spokesman"), Gender::kMasculine);
  EXPECT_EQ(words.WordGender("chair"), Gender::kUnknown);
  EXPECT_EQ(words.GivenNameGender("sarah"), Gender::kFeminine);
  EXPECT_EQ(words.GivenNameGender("David"), Gender::kUnknown);  // lower case only
  EXPECT_EQ(words.GivenNameGender("david"), Gender::kMasculine);
}

// The pronouns that were hard-coded in speaker_phrase.cc before the pack
// held them.
TEST(LoadRulePack, BuiltinEnglishPronouns) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  const DiscoveryRules& d = pack->discovery;
  EXPECT_EQ(d.person_pronouns, (std::vector<std::string>{"he", "she"}));
  EXPECT_EQ(d.organization_pronouns, std::vector<std::string>{"it"});
  EXPECT_EQ(d.group_pronouns, std::vector<std::string>{"they"});
  EXPECT_EQ(d.first_person_pronouns, (std::vector<std::string>{"i", "we"}));
  EXPECT_FALSE(d.document_nouns.empty());
}

TEST(LoadRulePack, BadEnglishWordListsNameFileLineAndFragment) {
  struct Case {
    std::string toml, want;
  } cases[] = {
      {"[discovery]\nperson_pronouns = \"he\"\n",
       "en.toml:2: person_pronouns must be a list of strings: person_pronouns"},
      {"[discovery]\nperson_pronouns = [\n  \"he\",\n  \"She\",\n]\n",
       "en.toml:4: person_pronouns entry must be one lower-case word: She"},
      {"[discovery]\n\ngroup_pronouns = [\"they \"]\n",
       "en.toml:3: group_pronouns entry must be one lower-case word: they "},
      {"[discovery]\ndocument_nouns = [\"report\", 3]\n",
       "en.toml:2: document_nouns entries must be strings: document_nouns"},
      {"[discovery]\npublish_verbs = [\"put out\"]\n",
       "en.toml:2: publish_verbs entry must be one lower-case word: put out"},
      {"[discovery]\nspeech_introductions = [\"the  Following\"]\n",
       "en.toml:2: speech_introductions entry must be lower-case words "
       "separated by single spaces: the  Following"},
      {"[discovery]\npossessive_pronouns = [\"\"]\n",
       "en.toml:2: possessive_pronouns entry must be one lower-case word"},
      {"[discovery]\nfirst_person_pronouns = [\"我\"]\n",
       "en.toml:2: first_person_pronouns entry must be one lower-case word: 我"},
      {"[discovery]\nfeminine_words = [\"Ms.\"]\n",
       "en.toml:2: feminine_words entry must be one lower-case word, "
       "optionally ending in a period: Ms."},
      {"[discovery]\nmasculine_given_names = [\"david\"]\n",
       "en.toml:2: masculine_given_names entry must be one word starting with "
       "a capital letter: david"},
  };
  for (const Case& c : cases) {
    auto pack = LoadRulePack({{"en.toml", c.toml}});
    ASSERT_FALSE(pack.ok()) << c.toml;
    EXPECT_NE(pack.status().message().find(c.want), std::string::npos)
        << pack.status();
  }
}

}  // namespace
}  // namespace whosaid::nlp
