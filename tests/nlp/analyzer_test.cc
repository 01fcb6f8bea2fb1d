// The whole pipeline (nlp/analyzer.cc) on small texts: how its stages'
// results are put together.

#include "nlp/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "nlp/rule_pack.h"

namespace whosaid::nlp {
namespace {

const Analyzer& Builtin() {
  static const Analyzer* analyzer = [] {
    auto pack = LoadRulePack(BuiltinRuleFiles());
    EXPECT_TRUE(pack.ok()) << pack.status();
    auto created = Analyzer::Create(pack.ok() ? *std::move(pack) : RulePack{});
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? created->release() : nullptr;
  }();
  return *analyzer;
}

Analysis Analyze(const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  return Builtin().Analyze(doc, nullptr);
}

// The speaker of the analysis's only quote ("" for none), or a message
// naming how many quotes there were.
std::string SoleSpeaker(const Analysis& a) {
  if (a.quotes.size() != 1) {
    return std::to_string(a.quotes.size()) + " quotes";
  }
  return a.quotes[0].speaker.value_or("");
}

// Every quote's speaker, in order; "" for a quote with none.
std::vector<std::string> AllSpeakers(const Analysis& a) {
  std::vector<std::string> speakers;
  for (const Quote& q : a.quotes) speakers.push_back(q.speaker.value_or(""));
  return speakers;
}

bool HasActor(const Analysis& a, const std::string& name) {
  for (const ActorInText& actor : a.actors) {
    if (actor.name == name) return true;
  }
  return false;
}

// Issue 2 (quality4): a joint subject of coordinated modifiers is one
// group, a descriptor, and so no actor.
TEST(Analyzer, Issue2JointSubjectIsADescriptorNotAnActor) {
  const Analysis a = Analyze(
      "KUALA LUMPUR, Oct 26 (Lantern Wire) - U.S. and Chinese negotiators "
      "said on Sunday they had agreed on a framework for extending the "
      "truce.");
  EXPECT_EQ(SoleSpeaker(a), "U.S. and Chinese negotiators");
  EXPECT_FALSE(HasActor(a, "U.S. and Chinese negotiators"));
}

// A long document naming thousands of speakers: every quote keeps its own
// speaker and every speaker becomes an actor. (Stages used to walk every
// quote, claim or actor found so far for each new one, which made such a
// document quadratic; ctest's timeout would catch a relapse.)
TEST(Analyzer, ThousandsOfSpeakersEachKeepTheirQuote) {
  constexpr int kSpeakers = 3000;
  auto name = [](int i) {
    static constexpr const char* kParts[] = {"Bal", "Cor", "Dev", "Fen",
                                             "Gat", "Hol", "Jur", "Kem"};
    std::string given = std::string(kParts[i % 8]) + kParts[(i / 8) % 8] + "a";
    std::string family = std::string(kParts[(i / 64) % 8]) +
                         kParts[(i / 512) % 8] + "ner";
    return given + " " + family;
  };
  std::string text;
  for (int i = 0; i < kSpeakers; ++i) {
    text += "\u201CThe tariff will stay for now,\u201D " + name(i) +
            " said. " + name(i) + " expects prices to rise.\n\n";
  }
  const Analysis a = Analyze(text);
  ASSERT_EQ(a.quotes.size(), static_cast<size_t>(kSpeakers));
  for (int i = 0; i < kSpeakers; i += 97) {
    EXPECT_EQ(a.quotes[i].speaker.value_or(""), name(i)) << i;
    EXPECT_TRUE(HasActor(a, name(i))) << i;
  }
  EXPECT_GE(a.claims.size(), static_cast<size_t>(kSpeakers));
}

TEST(Analyzer, NamedSpeakersBecomeActors) {
  const Analysis a = Analyze(
      "Soybean prices will fall sharply next year, Marta Keane said.");
  EXPECT_EQ(SoleSpeaker(a), "Marta Keane");
  EXPECT_TRUE(HasActor(a, "Marta Keane"));
}

// A named speaker the text gives an article ("the Harbor City Ledger") is
// a body, not a person; the same words without one are a person's name.
TEST(Analyzer, ASpeakerAfterTheIsABody) {
  auto kind_of = [](const Analysis& a, const std::string& name) {
    for (const ActorInText& actor : a.actors) {
      if (actor.name == name) return actor.kind;
    }
    return ActorKind::kPlace;
  };
  const Analysis paper = Analyze(
      "The bridge will close for repairs next spring, according to the "
      "Harbor City Ledger.");
  EXPECT_EQ(SoleSpeaker(paper), "Harbor City Ledger");
  EXPECT_EQ(kind_of(paper, "Harbor City Ledger"), ActorKind::kOrganization);
  const Analysis person = Analyze(
      "The bridge will close for repairs next spring, according to Marta "
      "Keane.");
  EXPECT_EQ(SoleSpeaker(person), "Marta Keane");
  EXPECT_EQ(kind_of(person, "Marta Keane"), ActorKind::kPerson);
  // Session 24: a name that keeps its capitalised "The" ("according to
  // The Harbor City Ledger") is a body too.
  const Analysis kept = Analyze(
      "The bridge will close for repairs next spring, according to The "
      "Harbor City Ledger.");
  EXPECT_EQ(SoleSpeaker(kept), "The Harbor City Ledger");
  EXPECT_EQ(kind_of(kept, "The Harbor City Ledger"), ActorKind::kOrganization);
}

// Session 24: two people who speak together are each an actor, and the
// two together none.
TEST(Analyzer, TwoSpeakersTogetherAreNoActorOfTheirOwn) {
  const Analysis a = Analyze(
      "Alexander Vindman and Jennifer Williams testified on Tuesday.\n\n"
      "Vindman and Williams told lawmakers that the request was "
      "inappropriate.");
  EXPECT_EQ(SoleSpeaker(a), "Alexander Vindman and Jennifer Williams");
  EXPECT_TRUE(HasActor(a, "Jennifer Williams"));
  EXPECT_FALSE(HasActor(a, "Alexander Vindman and Jennifer Williams"));
}

// "He", a Chinese surname before a given name in pinyin, is no pronoun:
// the speaker, the mention and the actor are the whole name, with the
// appositive's role; a later "He said" is a pronoun again.
TEST(Analyzer, HeBeforeAPinyinGivenNameIsASurname) {
  const Analysis a = Analyze(
      "“Without a deal there is no incentive,” He Jianxiong, a former "
      "commerce official, said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker.value_or(""), "He Jianxiong");
  EXPECT_EQ(a.quotes[0].speaker_mention, "He Jianxiong");
  ASSERT_TRUE(HasActor(a, "He Jianxiong"));
  for (const ActorInText& actor : a.actors) {
    if (actor.name == "He Jianxiong") {
      EXPECT_EQ(actor.role, "former commerce official");
    }
  }
  EXPECT_EQ(SoleSpeaker(Analyze("Marta Keane arrived late. He said the talks "
                                "were candid.")),
            "");
}

// A speaker's name that the actor finder finds too counts once.
TEST(Analyzer, ASpeakersNameIsOneMention) {
  const Analysis a = Analyze(
      "“We will respond firmly,” Chen Haoran, a former commerce official, "
      "said.\n\nChen Haoran left at noon.");
  ASSERT_TRUE(HasActor(a, "Chen Haoran"));
  for (const ActorInText& actor : a.actors) {
    if (actor.name == "Chen Haoran") {
      EXPECT_EQ(actor.mentions.size(), 2u);
    }
  }
}

// A body's short name after its full one speaks for the full name; a short
// name two bodies share speaks for neither.
TEST(Analyzer, ShortNameOfABodySpeaksForItsFullName) {
  EXPECT_EQ(SoleSpeaker(Analyze(
                "Hanbit Semiconductor Corp. makes chips in Wuxi.\n\nHanbit "
                "said it was “in close consultation with both governments.”")),
            "Hanbit Semiconductor Corp.");
  EXPECT_EQ(SoleSpeaker(Analyze(
                "Hanbit Semiconductor Corp. and Hanbit Logistics Corp. share "
                "a yard.\n\nHanbit said it was “in close consultation with "
                "both governments.”")),
            "Hanbit");
}

// A one-word short name that ends a body's full name speaks for it too.
TEST(Analyzer, LastWordOfABodySpeaksForItsFullName) {
  const Analysis a = Analyze(
      "The Harbor City Chronicle reported the closure on Monday.\n\nThe "
      "Chronicle says the bridge will reopen in May.");
  EXPECT_EQ(SoleSpeaker(a), "Harbor City Chronicle");
  EXPECT_FALSE(HasActor(a, "Chronicle"));
  // Two papers one phrase joined are no full name of the first.
  const Analysis joined = Analyze(
      "The bridge will close on Monday, according to the Ledger and "
      "Courier.\n\nThe bridge will reopen in May, according to the Ledger.");
  ASSERT_EQ(joined.quotes.size(), 2u);
  EXPECT_EQ(joined.quotes.back().speaker.value_or(""), "Ledger");
}

// An adjective opening a sentence ("Recent") is no part of the brand name
// after it.
TEST(Analyzer, OpeningAdjectiveIsNoPartOfAName) {
  EXPECT_EQ(SoleSpeaker(Analyze(
                "Recent Velmora speakers include a voice assistant.\n\nOn the "
                "day that Velmora announced its speakers were shipping, stores "
                "sold out.")),
            "Velmora");
}

// "and" joins a second portfolio whose last word is a plural ("Health and
// Human Services"), not another body ("... and Federal Bureau of ..."); the
// portfolio is no speaker of its own.
TEST(Analyzer, AndJoinsAPortfolioButNotABody) {
  const Analysis a = Analyze(
      "The Harbor State Department of Health and Human Services said on "
      "Monday that cases rose.\n\nDr. Mara Lind of the department said "
      "the risk continues. She says residents should stay indoors.");
  EXPECT_TRUE(HasActor(a, "Harbor State Department of Health and Human "
                          "Services"));
  EXPECT_FALSE(HasActor(a, "Human Services"));
  EXPECT_FALSE(HasActor(a, "Harbor State Department of Health"));
  // The portfolio after "and" is no person a pronoun can name.
  const Analysis he = Analyze(
      "Dr. Mara Lind of the Harbor State Department of Health and Human "
      "Services says the risk continues because there has been no frost. He "
      "says residents should stay indoors.");
  ASSERT_EQ(he.quotes.size(), 2u);
  EXPECT_EQ(he.quotes[1].speaker.value_or(""), "Mara Lind");
  const Analysis two = Analyze(
      "Officials at the Ohio Department of Commerce and Federal Bureau of "
      "Investigation met on Monday.");
  EXPECT_TRUE(HasActor(two, "Ohio Department of Commerce"));
  EXPECT_TRUE(HasActor(two, "Federal Bureau of Investigation"));
}

// A report made inside parentheses ends with them, and its cue attributes
// neither a quote nor a claim after them: the words after the parenthesis
// have their own subject.
TEST(Analyzer, AReportInParenthesesEndsWithThem) {
  const Analysis a = Analyze(
      "A fresh Lakeshore poll has lower numbers (44 percent of voters say "
      "they want the council to resign), but also shows that most residents "
      "want the mayor to review the port deal if he \u201Cbroke the city "
      "charter in his talks with the harbor board.\u201D");
  const Quote* report = nullptr;
  for (const Quote& q : a.quotes) {
    if (q.kind == QuoteKind::kIndirect) report = &q;
    // The partial quote after the parenthesis is not the voters'.
    if (q.kind == QuoteKind::kPartial) {
      EXPECT_NE(q.speaker.value_or(""), "44 percent of voters");
    }
  }
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->text, "they want the council to resign");
  EXPECT_EQ(report->speaker.value_or(""), "44 percent of voters");
  const Claim* want = nullptr;
  for (const Claim& c : a.claims) {
    if (c.text.starts_with("the mayor to review")) want = &c;
  }
  ASSERT_NE(want, nullptr);
  EXPECT_EQ(want->holder.value_or(""), "most residents");
}

// A descriptor that opens a sentence keeps the capital of a first word the
// text writes as a name inside a sentence too; a common word, or one seen
// only inside a longer name, is lowered.
TEST(Analyzer, ADescriptorKeepsTheCapitalOfAName) {
  const Analysis a = Analyze(
      "Investors sold shares of Korvane on Monday near the Harbor State "
      "Department of Health.\n\nKorvane leaders have denied that sales "
      "were misreported.\n\nCompany officials said that sales were strong."
      "\n\nHealth "
      "officials said that the risk was low.");
  EXPECT_EQ(AllSpeakers(a),
            (std::vector<std::string>{"Korvane leaders", "company officials",
                                      "health officials"}));
  std::vector<std::string> holders;
  for (const Claim& c : a.claims) holders.push_back(c.holder.value_or(""));
  EXPECT_NE(std::find(holders.begin(), holders.end(), "Korvane leaders"),
            holders.end());
}

// A cue in a relative clause ("a post that said") is not the sentence's
// speaker's, whose partial quote came before it.
TEST(Analyzer, ARelativeClauseCueIsNotTheSentenceSpeakers) {
  const Analysis a = Analyze(
      "Korvane leaders have denied \u2018sensational\u2019 claims made in a "
      "viral post that said the firm misreported its sales.");
  for (const Claim& c : a.claims) {
    if (c.text == "the firm misreported its sales") {
      EXPECT_EQ(c.holder, std::nullopt);
    }
  }
}

// A role after "his", "her", "its" or "their" is a subject, as after
// "the"; "our" is mostly the writer's.
TEST(Analyzer, APossessivePronounOpensARole) {
  EXPECT_EQ(SoleSpeaker(Analyze("Mara Lind died in May. Her husband said that "
                                "the clinic had failed her badly.")),
            "her husband");
  EXPECT_EQ(SoleSpeaker(Analyze("\u201CWe lost the vote,\u201D his lawyer "
                                "said.")),
            "his lawyer");
  EXPECT_TRUE(Analyze("Our initial testing suggests that the new laptop runs "
                      "much cooler than the old one.")
                  .quotes.empty());
}

// A participle's subject: a name after "with" ("with X warning of"), and
// a group whose first word is capitalised only to open the sentence.
// "warning" is a cue; "in the campaign's announcement" an adjunct after
// one.
TEST(Analyzer, SubjectsOfParticiplesAndAnnouncements) {
  EXPECT_EQ(SoleSpeaker(Analyze(
                "Neighbours criticised the plan, with Harbor Minister Ana "
                "Ferro warning of \u201Cgrave consequences\u201D for the "
                "port.")),
            "Ana Ferro");
  EXPECT_EQ(SoleSpeaker(Analyze(
                "Health care workers have protested the longer shifts, "
                "saying that patients would face more serious risks.")),
            "health care workers");
  EXPECT_EQ(SoleSpeaker(Analyze(
                "The harbor crisis is growing at an alarming rate and "
                "affects every town, Ana Ferro said in the campaign\u2019s "
                "public service announcement.")),
            "Ana Ferro");
}

// A speech verb in the passive is not its subject's speech: "he was told
// by a leaker that ..." is the leaker's, or nobody's.
TEST(Analyzer, APassiveCueIsNotItsSubjectsSpeech) {
  const Analysis a = Analyze(
      "Mara Lind spoke. She was told by a leaker that the mayor wanted "
      "\u201Cspace\u201D before the vote.");
  for (const Quote& q : a.quotes) {
    EXPECT_NE(q.speaker.value_or(""), "Mara Lind") << q.text;
  }
}

// A quoted person's full name mentions them wherever it stands, before
// the quote too: "he thought" after it is theirs.
TEST(Analyzer, AQuotedPersonsFullNameMentionsThemEverywhere) {
  const Analysis a = Analyze(
      "When the immunologist Dorin Vask looked inside the lungs of mice, he "
      "thought he was seeing things.\n\nDorin Vask recalled that the cell "
      "looked strange.");
  const Claim* thought = nullptr;
  for (const Claim& c : a.claims) {
    if (c.cue == "thought") thought = &c;
  }
  ASSERT_NE(thought, nullptr);
  EXPECT_EQ(thought->holder.value_or(""), "Dorin Vask");
  // A name only a quote's speaker makes an actor of ("Vask said" is
  // the one person the text names so).
  const Analysis b = Analyze(
      "When the immunologist Da\u2019Quan Vask looked inside the lungs of "
      "mice, he thought he was seeing things.\n\nThe cell looked strange in "
      "the scans, Vask said.");
  thought = nullptr;
  for (const Claim& c : b.claims) {
    if (c.cue == "thought") thought = &c;
  }
  ASSERT_NE(thought, nullptr);
  EXPECT_EQ(thought->holder.value_or(""), "Da\u2019Quan Vask");
}

// Less common speech verbs are cues too.
TEST(Analyzer, QuippedIsACue) {
  EXPECT_EQ(SoleSpeaker(Analyze("“The tariff was a wall,” Pan Yiran quipped.")),
            "Pan Yiran");
}

TEST(Analyzer, CountryAbbreviationBeforeAGovernmentSpeakerIsNotItsName) {
  const Analysis a = Analyze(
      "The US Bureau of Fabrication Controls said it would review the "
      "licences by March.");
  EXPECT_EQ(SoleSpeaker(a), "Bureau of Fabrication Controls");
  EXPECT_TRUE(HasActor(a, "Bureau of Fabrication Controls"));
  EXPECT_FALSE(HasActor(a, "US Bureau of Fabrication Controls"));
}

// Seen on real news: a capitalised subheading ("KESTREL VANTA") followed
// by a paragraph that opens with a name is two things, not one name
// spanning the paragraph break.
TEST(Analyzer, NamesDoNotRunAcrossParagraphs) {
  const Analysis a = Analyze(
      "Here are some of the highlights:\n\nKESTREL VANTA\n\nKestrel said the "
      "redesigned sedan will get better mileage.");
  EXPECT_EQ(SoleSpeaker(a), "Kestrel");
  for (const ActorInText& actor : a.actors) {
    EXPECT_EQ(actor.name.find('\n'), std::string::npos) << actor.name;
  }
}

// Seen on real news: "the company" is the last company named, never a
// place named after it ("a Wall Street darling", "in London").
TEST(Analyzer, TheCompanyIsNeverAPlace) {
  const Analysis a = Analyze(
      "Brightwell Labs, once a Wall Street darling, has lost half its value "
      "since its listing in London.\n\nThe company said on Monday that it "
      "would cut 200 jobs.");
  EXPECT_EQ(SoleSpeaker(a), "Brightwell Labs");
}

// Seen on real news: multi-word and military titles before a name are the
// role, not part of the name.
TEST(Analyzer, TitlesBeforeNamesAreRoles) {
  const Analysis a = Analyze(
      "Harbor City Chief Executive Marian Toh said the port would reopen. "
      "Lt. Col. Anders Vik said the convoy had left. Coach Dale Orwin said "
      "the team was ready. Ombudsman Nadia Ferris said the deaths were "
      "caused by gunshot wounds.");
  EXPECT_TRUE(HasActor(a, "Marian Toh"));
  EXPECT_TRUE(HasActor(a, "Anders Vik"));
  EXPECT_TRUE(HasActor(a, "Dale Orwin"));
  EXPECT_TRUE(HasActor(a, "Nadia Ferris"));
  for (const ActorInText& actor : a.actors) {
    EXPECT_EQ(actor.name.find("Executive"), std::string::npos) << actor.name;
    EXPECT_EQ(actor.name.find("Col"), std::string::npos) << actor.name;
    EXPECT_EQ(actor.name.find("Coach"), std::string::npos) << actor.name;
    EXPECT_EQ(actor.name.find("Ombudsman"), std::string::npos) << actor.name;
  }
}

// A cue that attributes a quote gives its claim the quote's speaker, the
// speaker sieve's answer, rather than the nearest organisation named.
TEST(Analyzer, ClaimHolderIsTheSpeakerOfTheQuoteItsCueAttributes) {
  const Analysis a = Analyze(
      "The Harbor Trade Council met in Geneva on Monday. Two traders "
      "familiar with the talks said buyers would \u201cpress hard\u201d "
      "for discounts next month.");
  bool found = false;
  for (const Claim& c : a.claims) {
    if (c.cue != "said") continue;
    found = true;
    EXPECT_EQ(c.holder.value_or(""), "two traders familiar with the talks");
  }
  EXPECT_TRUE(found);
}

// Seen on real news: "the Jordanian government" is a role; the demonym
// alone is no speaker and no actor.
TEST(Analyzer, DemonymBeforeANounIsNoName) {
  const Analysis a = Analyze(
      "According to the Jordanian government, the country had admitted more "
      "than a million refugees.");
  EXPECT_EQ(SoleSpeaker(a), "the Jordanian government");
  EXPECT_FALSE(HasActor(a, "Jordanian"));
}

// Seen on real news: a number after an article (and a month) stays in
// the descriptor.
TEST(Analyzer, NumbersInDescriptorsKeepTheirArticle) {
  const std::pair<std::string, std::string> cases[] = {
      {"An October 11 presentation to bondholders indicated jobs would be "
       "cut.",
       "an October 11 presentation to bondholders"},
      {"A 2-month study showed that eating one large meal a day raised blood "
       "sugar.",
       "a 2-month study"},
  };
  for (const auto& [text, speaker] : cases) {
    const Analysis a = Analyze(text);
    EXPECT_EQ(SoleSpeaker(a), speaker) << text;
  }
}

// Seen on real news: a date after a possessive name is no part of it, so
// "Ms. Keane" stays Marta Keane; a month that is a surname stays a name.
TEST(Analyzer, DatesEndNames) {
  const Analysis a = Analyze(
      "Fund manager Marta Keane runs the fund. At Ms. Keane’s Oct. 21 "
      "briefing, she spoke "
      "at length.\n\n“We want more,” Ms. Keane said.\n\n“So do we,” "
      "analyst Dana May said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker.value_or(""), "Marta Keane");
  EXPECT_EQ(a.quotes[1].speaker.value_or(""), "Dana May");
}

// A full name the text never introduces with a title or a cue ("Gordon
// Greenhalgh makes sofas") is still the person a later "Mr. Greenhalgh"
// names; honorifics and given names tell a married couple apart; an
// organisation's short name is not a person, nor is a river.
TEST(Analyzer, HonorificsAndShortNames) {
  const Analysis a = Analyze(
      "Gordon Greenhalgh makes sofas on the Catawba River. His wife, Edith "
      "Greenhalgh, keeps the books.\n\n“It is hard,” said Mr. Greenhalgh."
      "\n\nMrs. Greenhalgh said prices had fallen by a third this year."
      "\n\n“We wait,” she said."
      "\n\nSolent Meridian Shipping, a shipowner, agreed. An analyst said "
      "Solent Meridian had been unlucky.\n\n“We sell,” Mr. Greenhalgh said.");
  EXPECT_EQ(AllSpeakers(a), (std::vector<std::string>{
                          "Gordon Greenhalgh", "Edith Greenhalgh",
                          "Edith Greenhalgh", "an analyst",
                          "Gordon Greenhalgh"}));
  std::vector<std::string> people;
  for (const ActorInText& actor : a.actors) {
    if (actor.kind == ActorKind::kPerson) people.push_back(actor.name);
  }
  EXPECT_EQ(people, (std::vector<std::string>{"Gordon Greenhalgh",
                                              "Edith Greenhalgh"}));
}

// Seen on real news: quantifiers standing for people are descriptors,
// and the reader or a sentence opener is never a speaker or an actor.
TEST(Analyzer, QuantifiersAndOpenersAreNoNames) {
  struct Case {
    std::string text;
    std::string speaker;  // empty: no quote
  } cases[] = {
      {"Some said they could not find work after the plant closed.", "some"},
      {"Others argue that the plan will fail within a year.", "others"},
      {"You say the price is too high, and you would be right.", ""},
      {"It’s worth noting that the plant had already closed.", ""},
      {"We’ve said the plant will reopen in May.", ""},
      {"During a rally in Ohio, Dale Orwin said the plant would reopen.",
       "Dale Orwin"},
  };
  for (const Case& c : cases) {
    const Analysis a = Analyze(c.text);
    if (c.speaker.empty()) {
      EXPECT_TRUE(a.quotes.empty()) << c.text;
    } else {
      EXPECT_EQ(SoleSpeaker(a), c.speaker) << c.text;
    }
    for (const char* junk :
         {"Some", "Others", "You", "During", "It’s worth", "We’ve"}) {
      EXPECT_FALSE(HasActor(a, junk)) << c.text;
    }
  }
}

}  // namespace
}  // namespace whosaid::nlp
