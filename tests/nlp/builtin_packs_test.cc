// Regression tests for entries of the builtin rule packs (nlp/rules/*.toml)
// that the corpus quality work added: each case is a reading the packs must
// give with the whole builtin pack loaded.

#include <gtest/gtest.h>

#include <algorithm>

#include "nlp/actor_finder.h"
#include "nlp/gender_words.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {
namespace {

std::vector<ActorInText> FindWithBuiltinPacks(std::string_view text) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  EXPECT_TRUE(pack.ok()) << pack.status();
  std::vector<std::string> cues;
  for (const CueVerb& c : pack->cues) cues.push_back(c.form);
  for (const ClaimCue& c : pack->claim_cues) cues.push_back(c.form);
  ActorFinder finder(pack->actors, pack->discovery, std::move(cues));
  return finder.Find(text, "2025-11-01");
}

bool Has(const std::vector<ActorInText>& actors, std::string_view name,
         ActorKind kind) {
  return std::any_of(actors.begin(), actors.end(), [&](const ActorInText& a) {
    return a.name == name && a.kind == kind;
  });
}

// Given names are looked up as the normalised (NFC) text writes them, with
// their accents; "US" names the United States as "UK" the United Kingdom.
TEST(BuiltinPacks, AccentedGivenNamesAndCountryAbbreviations) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  const GenderWords genders(pack->discovery);
  EXPECT_EQ(genders.GivenNameGender("jos\u00e9"), Gender::kMasculine);
  EXPECT_EQ(genders.GivenNameGender("in\u00eas"), Gender::kFeminine);
  EXPECT_EQ(genders.GivenNameGender("\u00c1lvaro"), Gender::kMasculine);
  // Session 8's names: Polish, Czech, Hungarian, Nigerian, Ghanaian,
  // Turkish, Japanese; a name given to both sexes stays unknown.
  EXPECT_EQ(genders.GivenNameGender("wojciech"), Gender::kMasculine);
  EXPECT_EQ(genders.GivenNameGender("bo\u017cena"), Gender::kFeminine);
  EXPECT_EQ(genders.GivenNameGender("zden\u011bk"), Gender::kMasculine);
  EXPECT_EQ(genders.GivenNameGender("\u00c9va"), Gender::kFeminine);
  EXPECT_EQ(genders.GivenNameGender("ngozi"), Gender::kFeminine);
  EXPECT_EQ(genders.GivenNameGender("chinedu"), Gender::kMasculine);
  EXPECT_EQ(genders.GivenNameGender("kwame"), Gender::kMasculine);
  EXPECT_EQ(genders.GivenNameGender("zeynep"), Gender::kFeminine);
  EXPECT_EQ(genders.GivenNameGender("yuriko"), Gender::kFeminine);
  EXPECT_EQ(genders.GivenNameGender("oluwaseun"), Gender::kUnknown);
  const auto actors =
      FindWithBuiltinPacks("US soybean sales rose, while U.S. and UK officials met.");
  EXPECT_TRUE(Has(actors, "United States", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "United Kingdom", ActorKind::kPlace));
}

// A country abbreviation before a government body's head word modifies
// the body, as a demonym does; before other names it stays.
TEST(BuiltinPacks, CountryAbbreviationBeforeAGovernmentBody) {
  const auto actors = FindWithBuiltinPacks(
      "Fees set by the US Office of Maritime Trade Remedies hit Pelham "
      "Shipping Holdings, and the UK Bureau of Port Charges said it would "
      "respond.");
  EXPECT_TRUE(Has(actors, "Office of Maritime Trade Remedies",
                  ActorKind::kGovernment));
  EXPECT_TRUE(Has(actors, "Bureau of Port Charges", ActorKind::kGovernment));
  for (const ActorInText& a : actors) {
    EXPECT_NE(a.name.rfind("US ", 0), 0u) << a.name;
    EXPECT_NE(a.name.rfind("UK ", 0), 0u) << a.name;
  }
}

// Session 7's organisation words: firms whose names end in them are
// organisations, never people a pronoun could refer to.
TEST(BuiltinPacks, MoreOrganisationWords) {
  const auto actors = FindWithBuiltinPacks(
      "Radka Hale sells cotton for Delta Row Cotton Merchants and buys "
      "lenses from Sonoran Infrared Optics, a supplier to South Plains "
      "Cotton Marketing Cooperative.");
  EXPECT_TRUE(Has(actors, "Delta Row Cotton Merchants", ActorKind::kOrganization));
  EXPECT_TRUE(Has(actors, "Sonoran Infrared Optics", ActorKind::kOrganization));
  EXPECT_TRUE(Has(actors, "South Plains Cotton Marketing Cooperative",
                  ActorKind::kOrganization));
}

// Session 14: bodies named with a head word no person's name ends with
// are organisations even next to a cue verb; a demonym among those heads
// ("International") after "the" refers to no body.
TEST(BuiltinPacks, BodyHeadsNextToCueVerbs) {
  const auto actors = FindWithBuiltinPacks(
      "The Harlow Health Organization reported the cases, said Amnesty "
      "International. The Doobie Brothers announced a tour. The "
      "international community was silent.");
  EXPECT_TRUE(Has(actors, "Harlow Health Organization",
                  ActorKind::kOrganization));
  EXPECT_TRUE(Has(actors, "Amnesty International", ActorKind::kOrganization));
  EXPECT_TRUE(Has(actors, "Doobie Brothers", ActorKind::kOrganization));
  for (const ActorInText& a : actors) {
    EXPECT_NE(a.kind, ActorKind::kPerson) << a.name;
    if (a.name == "Amnesty International") {
      EXPECT_EQ(a.mentions.size(), 1u);
    }
  }
}

TEST(BuiltinPacks, QuestionOpenersAreNotNames) {
  const auto actors = FindWithBuiltinPacks(
      "Q: Has China changed its position? Is Brazil next?");
  EXPECT_TRUE(Has(actors, "China", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Brazil", ActorKind::kPlace));
  for (const ActorInText& a : actors) {
    EXPECT_NE(a.kind, ActorKind::kPerson) << a.name;
  }
}

TEST(BuiltinPacks, CanonicalPlaceNames) {
  const auto actors = FindWithBuiltinPacks(
      "When America shuts its doors, exports to the UK rise, said a Greater "
      "China economist in Stoke-on-Trent.");
  EXPECT_TRUE(Has(actors, "United States", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "United Kingdom", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Greater China", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Stoke-on-Trent", ActorKind::kPlace));
  EXPECT_FALSE(Has(actors, "China", ActorKind::kPlace));
}

// Places trade news names abroad: accented names as the papers print them
// and their unaccented aliases both give the accented canonical name; a
// longer place ("New Hampshire") wins over one inside it ("Hampshire").
TEST(BuiltinPacks, TradePlacesWithAccentsAndAliases) {
  const auto actors = FindWithBuiltinPacks(
      "Factories in B\u1eafc Ninh and Hai Duong ship parts to Lodz, to "
      "\u0141\u00f3d\u017a's neighbour Wroclaw and to Baden-Wurttemberg, "
      "while a Staffordshire potter sells to New Hampshire and Felixstowe "
      "handles boxes bound for Bavaria.");
  EXPECT_TRUE(Has(actors, "Bac Ninh", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "H\u1ea3i D\u01b0\u01a1ng", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "\u0141\u00f3d\u017a", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Wroc\u0142aw", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Baden-W\u00fcrttemberg", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Staffordshire", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "New Hampshire", ActorKind::kPlace));
  EXPECT_TRUE(Has(actors, "Bavaria", ActorKind::kPlace));
  EXPECT_FALSE(Has(actors, "Hampshire", ActorKind::kPlace));
}

TEST(BuiltinPacks, RareEarthsCompaniesAreOrganisations) {
  const auto actors = FindWithBuiltinPacks(
      "Supplies from Ridgeback Rare Earths resumed on Monday.");
  EXPECT_TRUE(Has(actors, "Ridgeback Rare Earths", ActorKind::kOrganization));
}

}  // namespace
}  // namespace whosaid::nlp
