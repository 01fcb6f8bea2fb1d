#include "nlp/actor_finder.h"

#include <gtest/gtest.h>

#include "nlp/rule_pack.h"

namespace whosaid::nlp {
namespace {

const RulePack& Builtin() {
  static const RulePack* pack = [] {
    auto p = LoadRulePack(BuiltinRuleFiles());
    EXPECT_TRUE(p.ok()) << p.status();
    return new RulePack(*std::move(p));
  }();
  return *pack;
}

ActorFinder MakeFinder(std::vector<KnownActor> extra = {}) {
  std::vector<KnownActor> actors = Builtin().actors;
  actors.insert(actors.end(), extra.begin(), extra.end());
  std::vector<std::string> cues;
  for (const CueVerb& c : Builtin().cues) cues.push_back(c.form);
  for (const ClaimCue& c : Builtin().claim_cues) cues.push_back(c.form);
  return ActorFinder(std::move(actors), Builtin().discovery, std::move(cues));
}

const ActorInText* Named(const std::vector<ActorInText>& actors,
                         std::string_view name) {
  for (const auto& a : actors) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

TEST(ActorFinder, KnownActorsAliasesAndPlaces) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "Commerce Secretary Howard Lutnick spoke in Washington. Lutnick said "
      "the Commerce Ministry in Beijing had replied. CHICAGO traders waited.";
  auto actors = finder.Find(text, "2025-05-01");
  const ActorInText* lutnick = Named(actors, "Howard Lutnick");
  ASSERT_NE(lutnick, nullptr);
  EXPECT_TRUE(lutnick->known);
  EXPECT_EQ(lutnick->mentions.size(), 2u);
  EXPECT_EQ(lutnick->role, "Commerce Secretary");
  ASSERT_NE(Named(actors, "Ministry of Commerce of China"), nullptr);
  EXPECT_EQ(Named(actors, "Ministry of Commerce of China")->kind,
            ActorKind::kGovernment);
  EXPECT_NE(Named(actors, "Washington"), nullptr);
  EXPECT_NE(Named(actors, "Beijing"), nullptr);
  EXPECT_NE(Named(actors, "Chicago"), nullptr);  // dateline capitals
  // First mention first.
  EXPECT_EQ(actors[0].name, "Howard Lutnick");
}

// Session 13: a known place that opens a name ("envoy to Ukraine Kurt
// Volker") is no part of the person's name.
TEST(ActorFinder, AKnownPlaceBeforeANameIsNoPartOfIt) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "The former special envoy to Beijing Kurt Volker testified on "
      "Tuesday. Volker said the meeting had been cordial.";
  auto actors = finder.Find(text, "2025-05-01");
  EXPECT_EQ(Named(actors, "Beijing Kurt Volker"), nullptr);
  ASSERT_NE(Named(actors, "Kurt Volker"), nullptr);
  EXPECT_EQ(Named(actors, "Kurt Volker")->kind, ActorKind::kPerson);
  EXPECT_NE(Named(actors, "Beijing"), nullptr);
}

TEST(ActorFinder, DatedTitleResolvesByArticleDate) {
  ActorFinder finder = MakeFinder();
  const std::string text = "The Treasury secretary said talks would go on.";
  struct Case {
    std::string date, want;
  } cases[] = {{"2025-06-01", "Scott Bessent"},
               {"2023-06-01", "Janet Yellen"},
               {"2019-06-01", "Steven Mnuchin"}};
  for (const Case& c : cases) {
    auto actors = finder.Find(text, c.date);
    ASSERT_EQ(actors.size(), 1u) << c.date;
    EXPECT_EQ(actors[0].name, c.want) << c.date;
    EXPECT_EQ(actors[0].role, "Treasury Secretary");
  }
  EXPECT_TRUE(finder.Find(text, "").empty());  // several held it
}

// Session 20: between and after its dated titles, a known person is the
// former holder of the one it held last; before them, the pack's role
// unless that is a "former" one.
TEST(ActorFinder, RoleBetweenAndAfterDatedTitlesIsTheLastOneFormer) {
  KnownActor ferro;
  ferro.name = "Dana Ferro";
  ferro.kind = ActorKind::kPerson;
  ferro.role = "former Governor of Lakeshore";
  ferro.roles = {{"Lieutenant Governor of Lakeshore", "2001-01-10",
                  "2005-01-10"},
                 {"Governor of Lakeshore", "2011-01-10", "2019-01-10"}};
  ActorFinder finder = MakeFinder({ferro});
  const std::string text = "Dana Ferro visited the port on Monday.";
  struct Case {
    std::string date, role;
  } cases[] = {{"2003-06-01", "Lieutenant Governor of Lakeshore"},
               {"2008-06-01", "former Lieutenant Governor of Lakeshore"},
               {"2015-06-01", "Governor of Lakeshore"},
               {"2020-06-01", "former Governor of Lakeshore"},
               {"1995-06-01", ""},
               {"", "former Governor of Lakeshore"}};
  for (const Case& c : cases) {
    const auto actors = finder.Find(text, c.date);
    const ActorInText* found = Named(actors, "Dana Ferro");
    ASSERT_NE(found, nullptr) << c.date;
    EXPECT_EQ(found->role, c.role) << c.date;
  }
}

TEST(ActorFinder, DiscoversTitledPeopleAndResolvesLaterReferences) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "Trade Envoy Dana Whitlock met Minister Chen Haoran of the Commission "
      "for International Trade Coordination. Whitlock said the envoy would "
      "return. Chen said the commission agreed. Ms. Whitlock left.";
  auto actors = finder.Find(text, "2025-10-25");
  const ActorInText* whitlock = Named(actors, "Dana Whitlock");
  ASSERT_NE(whitlock, nullptr);
  EXPECT_FALSE(whitlock->known);
  EXPECT_EQ(whitlock->role, "Trade Envoy");
  EXPECT_EQ(whitlock->mentions.size(), 4u);  // name, surname, title, Ms.
  const ActorInText* chen = Named(actors, "Chen Haoran");
  ASSERT_NE(chen, nullptr);
  EXPECT_EQ(chen->role, "Minister");
  EXPECT_EQ(chen->mentions.size(), 2u);  // surname-first: "Chen" resolves
  const ActorInText* commission =
      Named(actors, "Commission for International Trade Coordination");
  ASSERT_NE(commission, nullptr);
  EXPECT_EQ(commission->kind, ActorKind::kGovernment);
  EXPECT_EQ(commission->mentions.size(), 2u);  // "the commission"
}

TEST(ActorFinder, AppositivesKeepRoleAndAffiliation) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "Priya Natarajan, a senior fellow at the Harbor Institute, said the "
      "figures were large. \"It's a start,\" said Marta Keane, head of "
      "oilseeds research at Ridgeline Commodities in Minneapolis.";
  auto actors = finder.Find(text, "");
  const ActorInText* priya = Named(actors, "Priya Natarajan");
  ASSERT_NE(priya, nullptr);
  EXPECT_EQ(priya->role, "senior fellow");
  EXPECT_EQ(priya->affiliation, "Harbor Institute");
  const ActorInText* keane = Named(actors, "Marta Keane");
  ASSERT_NE(keane, nullptr);
  EXPECT_EQ(keane->role, "head of oilseeds research");
  EXPECT_EQ(keane->affiliation, "Ridgeline Commodities");
  ASSERT_NE(Named(actors, "Harbor Institute"), nullptr);
  EXPECT_EQ(Named(actors, "Harbor Institute")->kind, ActorKind::kOrganization);
  ASSERT_NE(Named(actors, "Ridgeline Commodities"), nullptr);
  EXPECT_NE(Named(actors, "Minneapolis"), nullptr);
}

TEST(ActorFinder, OrganisationsAndPlacesFromTheirWords) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "The Shanghai Financial Opening Bureau, Huanan Oils & Grains and "
      "Allied Aerospace Machinists Local 214 met farmers from Perham, "
      "Minnesota, and Cass County.";
  auto actors = finder.Find(text, "");
  struct Want {
    std::string name;
    ActorKind kind;
  } wants[] = {{"Shanghai Financial Opening Bureau", ActorKind::kGovernment},
               {"Huanan Oils & Grains", ActorKind::kOrganization},
               {"Allied Aerospace Machinists Local 214", ActorKind::kOrganization},
               {"Perham", ActorKind::kPlace},
               {"Minnesota", ActorKind::kPlace},
               {"Cass County", ActorKind::kPlace}};
  for (const Want& w : wants) {
    const ActorInText* a = Named(actors, w.name);
    ASSERT_NE(a, nullptr) << w.name;
    EXPECT_EQ(a->kind, w.kind) << w.name;
  }
  EXPECT_EQ(Named(actors, "Shanghai"), nullptr);  // inside the bureau's name
}

// Session 24: a word that opens its sentence as an adverb or a connective
// ("Sadly, Delhi ...", "Moreover, Russia ...") is no place named before
// another; a town before its state still is.
TEST(ActorFinder, ASentenceAdverbBeforeAPlaceIsNoPlace) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "Sadly, Delhi pollution is worse. \u201cMoreover, Russia failed to cut "
      "output,\u201d he said. Unfortunately, Texas lost. Farmers from Perham, "
      "Minnesota, came.";
  auto actors = finder.Find(text, "");
  for (const char* word : {"Sadly", "Moreover", "Unfortunately"}) {
    EXPECT_EQ(Named(actors, word), nullptr) << word;
  }
  const ActorInText* perham = Named(actors, "Perham");
  ASSERT_NE(perham, nullptr);
  EXPECT_EQ(perham->kind, ActorKind::kPlace);
  EXPECT_NE(Named(actors, "Russia"), nullptr);
}

// Session 24: a name that opens with a given name is a person's where the
// text names its surname alone too, though no title or cue marks it
// ("Jeffrey Epstein ... Epstein"); not where a person of that surname is
// known already ("Mike Ford" after "John M. Ford"), nor where the last
// word never stands alone.
TEST(ActorFinder, AGivenNameAndASurnameNamedAloneMakeAPerson) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "His friendship with the convicted sex offender Jeffrey Epstein is "
      "under investigation. Epstein was found dead in August. The author "
      "John M. Ford wrote books. Owing to Ford\u2019s obscurity, few read "
      "a Mike Ford novel. Tourists crowded Victoria Station at noon.";
  auto actors = finder.Find(text, "");
  const ActorInText* epstein = Named(actors, "Jeffrey Epstein");
  ASSERT_NE(epstein, nullptr);
  EXPECT_EQ(epstein->kind, ActorKind::kPerson);
  EXPECT_EQ(epstein->mentions.size(), 2u);
  EXPECT_EQ(Named(actors, "Mike Ford"), nullptr);
  EXPECT_EQ(Named(actors, "Victoria Station"), nullptr);
}

// Session 24: a name that opens with a given name is a person's even
// before a place ("star Paul George, Oklahoma City"), where a name the
// scanner could not place otherwise ("Perham, Minnesota") is a place.
TEST(ActorFinder, AGivenNameBeforeAPlaceOpensAPersonsName) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "After a late 3-pointer by former star Paul George, Oklahoma City "
      "lost. Farmers from Glen Ullin, North Dakota, came.";
  auto actors = finder.Find(text, "");
  const ActorInText* paul = Named(actors, "Paul George");
  ASSERT_NE(paul, nullptr);
  EXPECT_EQ(paul->kind, ActorKind::kPerson);
  const ActorInText* glen = Named(actors, "Glen Ullin");
  ASSERT_NE(glen, nullptr);
  EXPECT_EQ(glen->kind, ActorKind::kPlace);
}

// A union local keeps its number in an affiliation too; a local named
// before its union ("Local 887 of the ...") gives the union.
TEST(ActorFinder, UnionLocalsInAffiliations) {
  ActorFinder finder = MakeFinder();
  const std::string text =
      "Rosa Delgado, president of Allied Aerospace Machinists Local 214, "
      "said the union agreed. Emeka Nwosu, president of Local 1412 of the "
      "Coastal Longshore Workers Union, said dockworkers waited.";
  auto actors = finder.Find(text, "");
  const ActorInText* rosa = Named(actors, "Rosa Delgado");
  ASSERT_NE(rosa, nullptr);
  EXPECT_EQ(rosa->affiliation, "Allied Aerospace Machinists Local 214");
  const ActorInText* emeka = Named(actors, "Emeka Nwosu");
  ASSERT_NE(emeka, nullptr);
  EXPECT_EQ(emeka->affiliation, "Coastal Longshore Workers Union");
  EXPECT_NE(Named(actors, "Coastal Longshore Workers Union"), nullptr);
  EXPECT_EQ(Named(actors, "Allied Aerospace Machinists Local"), nullptr);
  EXPECT_EQ(Named(actors, "Local"), nullptr);
}

// A dateline's capitals give the place its usual case; an abbreviation
// stays as written.
TEST(ActorFinder, DatelinePlacesInTheirUsualCase) {
  ActorFinder finder = MakeFinder();
  auto actors = finder.Find(
      "AUSTIN, Texas - Chipmakers waited. WINSTON-SALEM, North Carolina - "
      "Furniture makers waited. NYC, New York - Importers waited.",
      "");
  EXPECT_NE(Named(actors, "Austin"), nullptr);
  EXPECT_EQ(Named(actors, "AUSTIN"), nullptr);
  EXPECT_NE(Named(actors, "Winston-Salem"), nullptr);
  EXPECT_NE(Named(actors, "NYC"), nullptr);  // an abbreviation stays
}

// Lone capitalised words are checked against the document's surnames
// through a filter on length and first letter: words of one shape, some
// surnames of the document and some not, each go to the right person or
// to none.
TEST(ActorFinder, LoneWordsShapedLikeSurnames) {
  ActorFinder finder = MakeFinder();
  auto actors = finder.Find(
      "Trade Envoy Dana Whitlock met Minister Omar Wheelock. Whitlock said "
      "Westlake was far. Wheelock agreed, and Whitlock left.",
      "2025-10-25");
  const ActorInText* whitlock = Named(actors, "Dana Whitlock");
  ASSERT_NE(whitlock, nullptr);
  EXPECT_EQ(whitlock->mentions.size(), 3u);
  const ActorInText* wheelock = Named(actors, "Omar Wheelock");
  ASSERT_NE(wheelock, nullptr);
  EXPECT_EQ(wheelock->mentions.size(), 2u);
  EXPECT_EQ(actors.size(), 2u);  // no "Westlake"
}

TEST(ActorFinder, LoneCapitalisedWordsAreNotPeople) {
  ActorFinder finder = MakeFinder();
  auto actors = finder.Find(
      "Soybean futures rose. Chinese buyers waited. Monday was quiet.", "");
  EXPECT_TRUE(actors.empty());
}

TEST(ActorFinder, DocumentSurnameBeatsPackAlias) {
  ActorFinder finder = MakeFinder();
  auto actors = finder.Find(
      "Lydia Navarro, a trade lawyer, said the bill would pass. Navarro "
      "added that it was overdue.",
      "2025-06-01");
  const ActorInText* lydia = Named(actors, "Lydia Navarro");
  ASSERT_NE(lydia, nullptr);
  EXPECT_EQ(lydia->mentions.size(), 2u);
  EXPECT_EQ(Named(actors, "Peter Navarro"), nullptr);
}

TEST(ActorFinder, ExtraPackActorsWithoutDiscovery) {
  ActorFinder finder({{"Dana Whitlock", ActorKind::kPerson, {"Whitlock"},
                       "Trade Envoy", "Office of the Trade Envoy", {}}});
  auto actors = finder.Find("Whitlock met Priya Natarajan, a fellow.", "");
  ASSERT_EQ(actors.size(), 1u);
  EXPECT_EQ(actors[0].name, "Dana Whitlock");
  EXPECT_NE(finder.Lookup("Whitlock"), nullptr);
  EXPECT_EQ(finder.Lookup("Natarajan"), nullptr);
}

TEST(ResolveActor, BySpanNameOrUniqueSurname) {
  std::vector<ActorInText> actors = {
      {"Dana Whitlock", ActorKind::kPerson, "", "", false, {{0, 13}}},
      {"Chen Haoran", ActorKind::kPerson, "", "", false, {{20, 31}}}};
  EXPECT_EQ(ResolveActor(actors, {0, 13}, "x")->name, "Dana Whitlock");
  EXPECT_EQ(ResolveActor(actors, {}, "Chen Haoran")->name, "Chen Haoran");
  EXPECT_EQ(ResolveActor(actors, {}, "Envoy Whitlock")->name, "Dana Whitlock");
  EXPECT_EQ(ResolveActor(actors, {}, "Minister Chen")->name, "Chen Haoran");
  EXPECT_EQ(ResolveActor(actors, {}, "Lin Mei"), nullptr);
}

}  // namespace
}  // namespace whosaid::nlp
