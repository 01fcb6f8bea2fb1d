#include "nlp/name_scanner.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <utility>
#include <vector>

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

using ScanCases = std::vector<std::pair<std::string, std::vector<Want>>>;

// Scans each case's text and expects exactly its candidates, in order:
// their text and kind, and their role when `check_role`.
void ExpectScans(const NameScanner& scanner, const ScanCases& cases,
                 bool check_role) {
  for (const auto& [text, want] : cases) {
    const auto got = scanner.Scan(text);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(text.substr(got[i].span.start, got[i].span.size()),
                want[i].text) << text;
      EXPECT_EQ(got[i].what, want[i].what) << text;
      if (check_role) {
        EXPECT_EQ(got[i].role, want[i].role) << text;
      }
    }
  }
}

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
      // Session 20: a profession by its ending (-ist, -ician, -ographer),
      // and "now" before the article.
      {"Jo Lund, an immunologist at the Harbor Institute, spoke.",
       {{"Jo Lund", NameScanner::kPerson, "immunologist"},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
      {"Jo Lund, now a staff physician at the Harbor Institute, spoke.",
       {{"Jo Lund", NameScanner::kPerson, "staff physician"},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
      // A copular introduction gives the role as an appositive does.
      {"Jo Lund is head of research at the Harbor Institute.",
       {{"Jo Lund", NameScanner::kPerson, "head of research"},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
      {"Jo Lund is expected to resign.",
       {{"Jo Lund", NameScanner::kOther, ""}}},
      // A plural possessive inside a body's name, with either apostrophe.
      {"the Solar Exporters’ Group met",
       {{"Solar Exporters’ Group", NameScanner::kOrganization, ""}}},
      {"the Solar Exporters' Group met",
       {{"Solar Exporters' Group", NameScanner::kOrganization, ""}}},
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
      // Session 20: a unit of a body, or a district, takes its own "of".
      {"at the Institute of Lakeshore Harbor Group of Medicine in 2020",
       {{"Institute of Lakeshore Harbor Group of Medicine",
         NameScanner::kOrganization, ""}}},
      {"the Office for the Western District of Lakeshore said",
       {{"Office for the Western District of Lakeshore",
         NameScanner::kGovernment, ""}}},
      {"the Ministry of Ports and Harbor Institute",
       {{"Ministry of Ports", NameScanner::kGovernment, ""},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
      // Session 18: "of" after a head with words before it.
      {"the Valdoria Ministry of Agriculture said",
       {{"Valdoria Ministry of Agriculture", NameScanner::kGovernment, ""}}},
      {"a student at the Ardmore Institute of Technology",
       {{"Ardmore Institute of Technology", NameScanner::kOrganization, ""}}},
      {"in Cass County", {{"Cass County", NameScanner::kPlace, ""}}},
      {"Soybean Futures rose", {{"Soybean Futures", NameScanner::kOther, ""}}},
      {"ENVOY WHITLOCK: Thanks.", {{"WHITLOCK", NameScanner::kSurnameRef, "ENVOY"},
                                   {"Thanks", NameScanner::kSurnameRef, ""}}},
      {"Monday was quiet.", {}},
      {"Deputy Secretary for Licensing Aaron Feld spoke.",
       {{"Aaron Feld", NameScanner::kPerson, "Deputy Secretary for Licensing"}}},
      {"Secretary of State Ann Lee spoke.",
       {{"Ann Lee", NameScanner::kPerson, "Secretary of State"}}},
      // Connectors join a run; other lower-case words end it.
      {"the Commission on Trade Remedies said",
       {{"Commission on Trade Remedies", NameScanner::kGovernment, ""}}},
      {"the Institute for Soy Futures and Jo Lund said",
       {{"Institute for Soy Futures", NameScanner::kOrganization, ""},
        {"Jo Lund", NameScanner::kPerson, ""}}},
      {"Jo Lund also said", {{"Jo Lund", NameScanner::kOther, ""}}},
      // Hyphens, apostrophes and dots inside a word.
      {"Jean-Luc O'Brien said",
       {{"Jean-Luc O'Brien", NameScanner::kPerson, ""}}},
      {"Ms. Lin-Lund's view", {{"Lin-Lund", NameScanner::kSurnameRef, ""}}},
      // Too short to hold a portfolio and a name.
      {"Secretary of State Lee spoke.",
       {{"State Lee", NameScanner::kOther, ""}}},
      // A word alone, or a run: after it a space and a capital (ASCII or
      // not), or connectors and a capital, go on; anything else ends it.
      {"Whitlock of the panel left.",
       {{"Whitlock", NameScanner::kSurnameRef, ""}}},
      {"Whitlock and Keane left.",
       {{"Whitlock", NameScanner::kSurnameRef, ""},
        {"Keane", NameScanner::kSurnameRef, ""}}},
      {"met Whitlock", {{"Whitlock", NameScanner::kSurnameRef, ""}}},
      {"Whitlock, who left", {{"Whitlock", NameScanner::kSurnameRef, ""}}},
      {"Jo \xC3\x89lan said", {{"Jo \xC3\x89lan", NameScanner::kPerson, ""}}},
      // A role noun after a title continues the title.
      {"the Secretary Fellow spoke", {}},
      {"Thank you, Ms. Ranking Head.", {{"Thank", NameScanner::kSurnameRef, ""}}},
      {"Minister Jo Lund spoke.",
       {{"Jo Lund", NameScanner::kPerson, "Minister"}}},
      // A middle initial stays in the name; a capital ending a sentence
      // before a word that starts no name does not join the run.
      {"Mary E. Lovely said so.",
       {{"Mary E. Lovely", NameScanner::kPerson, ""}}},
      {"Ms. Jo S. Lund spoke.", {{"Jo S. Lund", NameScanner::kPerson, ""}}},
      {"the choice of Plan B. The talks resumed.",
       {{"Plan B", NameScanner::kOther, ""}}},
      // Only after a word of the run: an initial opening one could end a
      // sentence.
      {"E. Lund said so.", {{"E", NameScanner::kSurnameRef, ""},
                            {"Lund", NameScanner::kSurnameRef, ""}}},
      // Appositive words are role words in any case, plural too.
      {"Jo Lund, senior FELLOWS at the Harbor Institute, spoke.",
       {{"Jo Lund", NameScanner::kPerson, "senior FELLOWS"},
        {"FELLOWS", NameScanner::kSurnameRef, ""},
        {"Harbor Institute", NameScanner::kOrganization, ""}}},
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

// "He", a pronoun in not_names and a surname in surnames_first, opens a
// name before a given name in pinyin, and only there.
TEST(NameScanner, HeBeforeAPinyinGivenNameIsASurname) {
  DiscoveryRules rules;
  rules.surnames_first = {"He", "Chen"};
  rules.not_names = {"He", "The"};
  rules.role_words = {"official"};
  const NameScanner::Words words = NameScanner::Words::From(rules, {"said"});
  NameScanner scanner(words);
  ExpectScans(scanner,
              {{"He Weiwen, a former commerce official, said so.",
                {{"He Weiwen", NameScanner::kPerson, "former commerce official"}}},
               {"Later, He Jianxiong spoke.",
                {{"Later", NameScanner::kSurnameRef, ""},
                 {"He Jianxiong", NameScanner::kPerson, ""}}},
               // Not before an English word, nor in a longer run.
               {"He Said It.", {{"Said It", NameScanner::kOther, ""}}}},
              /*check_role=*/true);
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

// A relative clause ends an appositive's role: "Jo Lund, a former fellow
// at a Harbor think tank who now runs ..." is a person with that role (a
// role of more than eight words is none).
TEST(NameScanner, RelativeClauseEndsTheAppositive) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const std::string text =
      "The firm hired Jo Lund, a former fellow at a Harbor think tank who "
      "now runs its design team.";
  const auto got = scanner.Scan(text);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(text.substr(got[0].span.start, got[0].span.size()), "Jo Lund");
  EXPECT_EQ(got[0].what, NameScanner::kPerson);
  EXPECT_EQ(got[0].role, "former fellow at a Harbor think tank");
}

// After "by" (name_before), a capitalised pair is a person when the phrase
// ends with it, and not when it goes on ("sacked by Harbor United in
// May", "by Star Wars fans").
TEST(NameScanner, NameBeforeWantsThePhraseToEnd) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const ScanCases cases = {
      {"editing by Jo Lund.", {{"Jo Lund", NameScanner::kPerson, ""}}},
      {"editing by Jo Lund; more", {{"Jo Lund", NameScanner::kPerson, ""}}},
      {"editing by Jo Lund and Ann Lee",
       {{"Jo Lund", NameScanner::kPerson, ""},
        {"Ann Lee", NameScanner::kOther, ""}}},
      {"a survey by Jo Lund of Ardmore Group",
       {{"Jo Lund", NameScanner::kPerson, ""},
        {"Ardmore Group", NameScanner::kOrganization, ""}}},
      {"sacked by Harbor United in 2018",
       {{"Harbor United", NameScanner::kOther, ""}}},
      {"sacked by Harbor United in Monday's vote",
       {{"Harbor United", NameScanner::kOther, ""}}},
      {"(Reporting by Jo Lund in Chicago)",
       {{"Reporting", NameScanner::kSurnameRef, ""},
        {"Jo Lund", NameScanner::kPerson, ""},
        {"Chicago", NameScanner::kSurnameRef, ""}}},
      {"loved by Star Wars fans", {{"Star Wars", NameScanner::kOther, ""}}},
  };
  ExpectScans(scanner, cases, /*check_role=*/false);
}

// After the comma, a cue verb or a conjunction starts a clause or goes on
// with a list: no appositive, so no role and no person by it.
TEST(NameScanner, NoAppositiveAfterCueOrConjunction) {
  DiscoveryRules rules;
  rules.role_words = {"official", "owner"};
  const NameScanner::Words words =
      NameScanner::Words::From(rules, {"said", "say"});
  NameScanner scanner(words);
  const ScanCases cases = {
      {"a disease dubbed Black Death, say officials.",
       {{"Black Death", NameScanner::kOther, ""}}},
      {"it bought Harbor Courant, and the former owner left.",
       {{"Harbor Courant", NameScanner::kOther, ""}}},
      {"then Jo Lund, a senior official, left.",
       {{"Jo Lund", NameScanner::kPerson, "senior official"}}},
  };
  ExpectScans(scanner, cases, /*check_role=*/true);
}

// A cue verb that names a thing ("called") before a capitalised phrase is
// no sign of a person, as other cue verbs before one are ("said Ann Lee");
// after one it still is ("Jo Lund called").
TEST(NameScanner, NamingCueIsNoPersonContext) {
  DiscoveryRules rules;
  rules.naming_words = {"called"};
  const NameScanner::Words words =
      NameScanner::Words::From(rules, {"said", "called"});
  NameScanner scanner(words);
  const ScanCases cases = {
      {"a mission called Europa Clipper, which flies",
       {{"Europa Clipper", NameScanner::kOther, ""}}},
      {"a probe, said Ann Lee.", {{"Ann Lee", NameScanner::kPerson, ""}}},
      {"then Jo Lund called for calm",
       {{"Jo Lund", NameScanner::kPerson, ""}}},
  };
  ExpectScans(scanner, cases, /*check_role=*/false);
}

// A unit named after "of" or "for" belongs to the role when a body follows
// "at" or "for": that body is the affiliation. A unit that is a body itself
// stays the affiliation.
TEST(NameScanner, AppositiveUnitBeforeBodyJoinsTheRole) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const struct {
    std::string text, role, affiliation;
  } cases[] = {
      {"Jo Lund, head of Research at Ardmore Group, said so.",
       "head of Research", "Ardmore Group"},
      {"Jo Lund, head for the Middle East and Africa at the Harbor "
       "Institute, said so.",
       "head for the Middle East and Africa", "Harbor Institute"},
      {"Jo Lund, head of Platform Solutions for Ardmore Group, said so.",
       "head of Platform Solutions", "Ardmore Group"},
      {"Jo Lund, head of Sales, said so.", "head", "Sales"},
      {"Jo Lund, head of the Harbor Institute at Ardmore Group, said so.",
       "head of the Harbor Institute", "Ardmore Group"},
      {"Jo Lund, head of the Harbor Institute for Soy Futures, said so.",
       "head", "Harbor Institute for Soy Futures"},
  };
  for (const auto& c : cases) {
    const auto got = scanner.Scan(c.text);
    ASSERT_FALSE(got.empty()) << c.text;
    EXPECT_EQ(c.text.substr(got[0].span.start, got[0].span.size()), "Jo Lund")
        << c.text;
    EXPECT_EQ(got[0].role, c.role) << c.text;
    EXPECT_EQ(got[0].affiliation, c.affiliation) << c.text;
  }
}

// Scan skips lead bytes that cannot begin an upper-case letter without
// decoding them: every upper-case letter ICU knows must still start a name,
// at the start of the text and after 20 caseless Arabic letters or 20
// lower-case Cyrillic ones and a curly quote (so that the 16-byte skip
// loop, which drops those lead bytes by the byte after them, sees it too).
TEST(NameScanner, EveryUpperCaseLetterStartsAName) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  std::string arabic;
  for (int k = 0; k < 20; ++k) arabic += "\xD8\xA8";  // U+0628
  std::string cyrillic;
  for (int k = 0; k < 10; ++k) {
    cyrillic += "\xD0\xB0\xD1\x8F";  // U+0430 U+044F
  }
  cyrillic += " \xE2\x80\x9C";  // U+201C
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    if (!u_isupper(c)) continue;
    char buffer[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buffer, len, c);
    const std::string letter(buffer, len);
    for (const std::string& before :
         {std::string(), arabic + " ", cyrillic}) {
      const std::string text = before + letter + "x left.";
      const std::vector<NameScanner::Candidate> got = scanner.Scan(text);
      ASSERT_EQ(got.size(), 1u) << "U+" << std::hex << c;
      EXPECT_EQ(got[0].span.start, before.size()) << "U+" << std::hex << c;
    }
  }
}

// Lone words are judged each on its own: repeated words keep their
// verdicts, and words that share a prefix do not take each other's.
TEST(NameScanner, RepeatedLoneWordsKeepTheirVerdicts) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  std::string text;
  for (int k = 0; k < 50; ++k) {
    text += "The x. Whitlock x. Minister x. Monday x. Mond x. Whitloc x. "
            "Whitlocks x. ";
  }
  std::vector<std::string> got;
  for (const NameScanner::Candidate& c : scanner.Scan(text)) {
    got.push_back(text.substr(c.span.start, c.span.size()));
  }
  std::vector<std::string> want;
  for (int k = 0; k < 50; ++k) {
    want.insert(want.end(), {"Whitlock", "Mond", "Whitloc", "Whitlocks"});
  }
  EXPECT_EQ(got, want);
}

// WordEnd takes U+00C0..U+00FF (but × and ÷) and U+0400..U+047F for
// letters without asking ICU: they must be letters to ICU too, and a name
// written in them is one word.
TEST(NameScanner, TwoByteLettersTakenWithoutDecodingAreLetters) {
  for (UChar32 c = 0xC0; c <= 0xFF; ++c) {
    EXPECT_EQ(u_isalpha(c) != 0, c != 0xD7 && c != 0xF7) << std::hex << c;
  }
  for (UChar32 c = 0x400; c <= 0x47F; ++c) {
    EXPECT_TRUE(u_isalpha(c)) << std::hex << c;
  }
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  std::vector<NameScanner::Candidate> got =
      scanner.Scan("Minister Jos\xC3\xA9phine Whitlock left.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].what, NameScanner::kPerson);
  EXPECT_EQ(got[0].span.start, 9u);
  EXPECT_EQ(got[0].span.end, 28u);
  got = scanner.Scan("\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 left.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].what, NameScanner::kSurnameRef);
  EXPECT_EQ(got[0].span.start, 0u);
  EXPECT_EQ(got[0].span.end, 12u);
}

}  // namespace
// IsWordStart takes U+2000..U+203F (E2 80 xx: curly quotes, dashes) for
// non-letters without asking ICU: none may be a letter to ICU, so that a
// capital after one starts a word, and after U+2019 (the apostrophe) none
// does.
TEST(NameScanner, GeneralPunctuationBeforeACapital) {
  for (UChar32 c = 0x2000; c <= 0x203F; ++c) {
    EXPECT_FALSE(u_isalpha(c)) << std::hex << c;
  }
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  std::vector<NameScanner::Candidate> got =
      scanner.Scan("\xE2\x80\x9CWhitlock left\xE2\x80\x94Keane stayed.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].span.start, 3u);
  EXPECT_EQ(got[1].span.start, 19u);
  for (const NameScanner::Candidate& c :
       scanner.Scan("Ab\xE2\x80\x99Whitlock left.")) {
    EXPECT_NE(c.span.start, 5u);
  }
}

// ScanUnjudged gives the lone words apart, unjudged, and the other
// candidates as Scan does; Scan is the two merged in text order, each lone
// word a surname reference when IsLoneName holds.
TEST(NameScanner, ScanUnjudgedKeepsLoneWordsApart) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const std::string text =
      "The envoy met Whitlock. Trade Envoy Dana Whitlock said Whitlock "
      "left Monday, Ms. Keane said. Minister Chen agreed.";
  std::vector<Span> lone;
  const std::vector<NameScanner::Candidate> others =
      scanner.ScanUnjudged(text, lone);
  std::vector<std::string> got_lone;
  for (const Span& s : lone) got_lone.push_back(text.substr(s.start, s.size()));
  EXPECT_EQ(got_lone, (std::vector<std::string>{"The", "Whitlock", "Whitlock",
                                                "Monday"}));
  EXPECT_FALSE(scanner.IsLoneName("The"));
  EXPECT_FALSE(scanner.IsLoneName("Monday"));
  EXPECT_FALSE(scanner.IsLoneName("Minister"));
  EXPECT_TRUE(scanner.IsLoneName("Whitlock"));
  std::vector<std::string> got_others;
  for (const NameScanner::Candidate& c : others) {
    got_others.push_back(text.substr(c.span.start, c.span.size()));
  }
  EXPECT_EQ(got_others,
            (std::vector<std::string>{"Dana Whitlock", "Keane", "Chen"}));
  std::vector<std::string> got_all;
  for (const NameScanner::Candidate& c : scanner.Scan(text)) {
    got_all.push_back(text.substr(c.span.start, c.span.size()));
  }
  EXPECT_EQ(got_all, (std::vector<std::string>{"Whitlock", "Dana Whitlock",
                                               "Whitlock", "Keane", "Chen"}));
}

// A hyphenated participle before a name is no part of it, in a run or
// alone; a given name's hyphenated syllable is ("Kim Jong-un").
TEST(NameScanner, AHyphenatedParticipleDescribesTheNameAfterIt) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  ExpectScans(scanner,
              {{"The Sacramento-based Harbor Institute grew.",
                {{"Harbor Institute", NameScanner::kOrganization, ""}}},
               {"The Hong Kong-based Harbor Institute grew.",
                {{"Harbor Institute", NameScanner::kOrganization, ""}}},
               {"Our London-based staff grew.", {}},
               {"Kim Jong-un said so.",
                {{"Kim Jong-un", NameScanner::kPerson, ""}}}},
              /*check_role=*/false);
}

// A lower-case word joins capitalised words into one run only when it is a
// connector with a space after it: "to" ends "Lund", "&" before "Finch"
// with no space joins nothing, nor does "of" before a comma or at the end.
TEST(NameScanner, OnlyAConnectorAndASpaceGoOnARun) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const std::string text =
      "Lund to Oslo. Harbor &Finch. Harbor & Finch rose. Office of the "
      "Trade Envoy spoke. Ministry of, Commerce. Ludwig van Beethoven. "
      "Bank of";
  std::vector<Span> lone;
  const std::vector<NameScanner::Candidate> others =
      scanner.ScanUnjudged(text, lone);
  std::vector<std::string> got_lone;
  for (const Span& s : lone) got_lone.push_back(text.substr(s.start, s.size()));
  EXPECT_EQ(got_lone,
            (std::vector<std::string>{"Lund", "Oslo", "Harbor", "Finch",
                                      "Ministry", "Commerce", "Bank"}));
  std::vector<std::string> got_others;
  for (const NameScanner::Candidate& c : others) {
    got_others.push_back(text.substr(c.span.start, c.span.size()));
  }
  EXPECT_EQ(got_others,
            (std::vector<std::string>{"Harbor & Finch",
                                      "Office of the Trade Envoy", "Ludwig",
                                      "Beethoven"}));
}

// A capitalised word before one or two connectors stands alone unless a
// capitalised word follows them ("In the morning" against "In the
// Office"), ASCII or not ("Sale of \u00C9lan"); after two connectors a
// third does not go on ("One of the the Group"). ScanUnjudged settles
// most such words without building a run; the runs it builds are the
// same.
TEST(NameScanner, AWordBeforeConnectorsStandsAloneUnlessACapitalFollows) {
  const NameScanner::Words words = TestWords();
  NameScanner scanner(words);
  const std::string text =
      "In the morning. Some of the rest. In the Office spoke. Head of the "
      "Harbor Institute. One of the the Group. Sale of \xC3\x89lan. Bank "
      "and Trust. Word of";
  std::vector<Span> lone;
  const std::vector<NameScanner::Candidate> others =
      scanner.ScanUnjudged(text, lone);
  std::vector<std::string> got_lone;
  for (const Span& s : lone) got_lone.push_back(text.substr(s.start, s.size()));
  EXPECT_EQ(got_lone, (std::vector<std::string>{"In", "Some", "One", "Group",
                                                "Word"}));
  std::vector<std::string> got_others;
  for (const NameScanner::Candidate& c : others) {
    got_others.push_back(text.substr(c.span.start, c.span.size()));
  }
  EXPECT_EQ(got_others,
            (std::vector<std::string>{"In", "Head", "Harbor Institute", "Sale",
                                      "\xC3\x89lan", "Bank", "Trust"}));
}

// Session 24: a title abbreviated with a dot ("Sen.", "Rep.") is a title
// as its full form is, and the name after it a titled person's, not a
// phrase of its own (which before a place, "Cory Booker, Hawaii", became a
// place).
TEST(NameScanner, ADottedTitleIntroducesTheName) {
  DiscoveryRules rules;
  rules.titles = {"Senator", "Sen.", "Rep."};
  rules.not_names = {"The"};
  const NameScanner::Words words = NameScanner::Words::From(rules, {"said"});
  NameScanner scanner(words);
  ExpectScans(scanner,
              {{"New Jersey Sen. Cory Booker, Hawaii Rep. Tulsi Gabbard and "
                "others met.",
                {{"Cory Booker", NameScanner::kPerson, "New Jersey Sen."},
                 {"Tulsi Gabbard", NameScanner::kPerson, "Hawaii Rep."}}},
               {"Sen. Cory Booker met them.",
                {{"Cory Booker", NameScanner::kPerson, "Sen."}}}},
              true);
}

}  // namespace whosaid::nlp
