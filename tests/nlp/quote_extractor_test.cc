#include "nlp/quote_extractor.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "nlp/quote_paragraph.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {
namespace {

// The builtin pack's cues and [discovery] words.
const RulePack& Builtin() {
  static const RulePack* pack = [] {
    auto loaded = LoadRulePack(BuiltinRuleFiles());
    return new RulePack(loaded.ok() ? *std::move(loaded) : RulePack{});
  }();
  return *pack;
}

struct Expected {
  std::string text;
  QuoteKind kind;
  std::string speaker;  // "" for none
};

// A constructor rather than an aggregate, so that cases may leave out the
// trailing fields without -Wmissing-field-initializers.
struct Case {
  Case(const char* name, std::string text, std::vector<Expected> quotes,
       DocumentKind kind = DocumentKind::kNews, std::string owner = "",
       std::string title = "")
      : name(name), text(std::move(text)), quotes(std::move(quotes)),
        kind(kind), owner(std::move(owner)), title(std::move(title)) {}
  const char* name;
  std::string text;
  std::vector<Expected> quotes;
  DocumentKind kind;
  std::string owner;
  std::string title;
};

// gtest prints a parameter it cannot format as raw bytes, padding included,
// which valgrind reports as a read of uninitialised memory.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

constexpr QuoteKind D = QuoteKind::kDirect;
constexpr QuoteKind P = QuoteKind::kPartial;
constexpr QuoteKind I = QuoteKind::kIndirect;

// Introduces the people the cases quote.
const std::string kIntro =
    "Trade Envoy Dana Whitlock met Lin Mei, the commission's spokeswoman, "
    "on Monday.\n\n";

std::vector<Case> Cases() {
  return {
      {"QuoteNameCue",
       kIntro + "“We will not be rushed,” Whitlock said.",
       {{"We will not be rushed", D, "Dana Whitlock"}}},
      {"QuoteCueName",
       kIntro + "“We will not be rushed,” said Dana Whitlock.",
       {{"We will not be rushed", D, "Dana Whitlock"}}},
      {"NameCueCommaQuote",
       kIntro + "Whitlock said, “We will not be rushed.”",
       {{"We will not be rushed.", D, "Dana Whitlock"}}},
      {"NameCueColonQuote",
       kIntro + "Whitlock said on Tuesday: “We will not be rushed.”",
       {{"We will not be rushed.", D, "Dana Whitlock"}}},
      {"ToldReporters",
       kIntro + "Whitlock told reporters: “We will not be rushed.”",
       {{"We will not be rushed.", D, "Dana Whitlock"}}},
      {"Appositive",
       "“The numbers look big,” Priya Natarajan, a former trade negotiator, "
       "said.",
       {{"The numbers look big", D, "Priya Natarajan"}}},
      {"AccordingTo",
       kIntro + "According to Lin, “Both sides moved.”",
       {{"Both sides moved.", D, "Lin Mei"}}},
      // Session 22: a cue after the source's comma attributes the quote
      // to its own subject; the source only reports it.
      {"AccordingToSourceThenSpeaker",
       kIntro + "According to Lin, one user on Harborbook, a social site, "
                "posted: “Both sides moved.”",
       {{"Both sides moved.", D, "one user on Harborbook"}}},
      {"SplitQuote",
       kIntro + "“Both sides listened,” Lin said, “and both sides moved.”",
       {{"Both sides listened", D, "Lin Mei"},
        {"and both sides moved.", D, "Lin Mei"}}},
      {"SplitAcrossSentences",
       kIntro + "“Both sides listened,” Lin said. “Both sides moved.”",
       {{"Both sides listened", D, "Lin Mei"},
        {"Both sides moved.", D, "Lin Mei"}}},
      {"MultiParagraph",
       kIntro + "“We came to stabilise expectations,” Lin said. “Nobody "
                "expected a grand bargain.\n\n“The next round will be harder.”",
       {{"We came to stabilise expectations", D, "Lin Mei"},
        {"Nobody expected a grand bargain.", D, "Lin Mei"},
        {"The next round will be harder.", D, "Lin Mei"}}},
      {"QuoteOnlyParagraphRun",
       kIntro + "“This buys time,” Whitlock said.\n\n“Time is what both "
                "economies need.”\n\n“We will use it.”",
       {{"This buys time", D, "Dana Whitlock"},
        {"Time is what both economies need.", D, "Dana Whitlock"},
        {"We will use it.", D, "Dana Whitlock"}}},
      {"PartialQuote",
       kIntro + "Whitlock called the plan “a bad joke” on Tuesday.",
       {{"a bad joke", P, "Dana Whitlock"}}},
      {"PartialAfterSaid",
       kIntro + "Lin said the talks had been “candid and pragmatic.”",
       {{"candid and pragmatic.", P, "Lin Mei"}}},
      {"NestedSingleQuotes",
       kIntro + "“We have been told ‘the orders are coming’ before,” Whitlock "
                "said.",
       {{"We have been told ‘the orders are coming’ before", D,
         "Dana Whitlock"}}},
      {"BritishSingleQuotes",
       kIntro + "‘We will not be rushed,’ said Whitlock. ‘Europe had "
                "“sleepwalked” into this.’",
       {{"We will not be rushed", D, "Dana Whitlock"},
        {"Europe had “sleepwalked” into this.", D, "Dana Whitlock"}}},
      {"StraightQuotes",
       kIntro + "\"We will not be rushed,\" Whitlock said.",
       {{"We will not be rushed", D, "Dana Whitlock"}}},
      {"ApostrophesAreNotQuotes",
       kIntro + "“Don’t read Xi’s plans like it’s the ’90s, rock ’n’ roll is "
                "over,” Whitlock said.",
       {{"Don’t read Xi’s plans like it’s the ’90s, rock ’n’ roll is over",
         D, "Dana Whitlock"}}},
      {"PronounSpeaker",
       kIntro + "Carl Brandvold spoke after the meeting. “We have been told "
                "before,” he said.",
       {{"We have been told before", D, "Carl Brandvold"}}},
      {"SurnameFirstChineseName",
       kIntro + "“Opening up is a choice,” Lin said.",
       {{"Opening up is a choice", D, "Lin Mei"}}},
      {"RoleNounFromTitle",
       kIntro + "“We are closer than ever,” the envoy said.",
       {{"We are closer than ever", D, "Dana Whitlock"}}},
      {"RoleNounFromAppositive",
       "Tomás Ibarra, a former trade negotiator, spoke first. “The hard "
       "issues were not on the table,” the negotiator said.",
       {{"The hard issues were not on the table", D, "Tomás Ibarra"}}},
      {"AnonymousDescriptor",
       "“Nobody thinks this is the end,” a senior official, speaking on "
       "condition of anonymity, said.",
       {{"Nobody thinks this is the end", D, "a senior official"}}},
      {"UnattributedQuoteHasNoSpeaker",
       "“Nobody thinks this is the end.”",
       {{"Nobody thinks this is the end.", D, ""}}},
      {"IndirectThat",
       kIntro + "Whitlock said that the United States would monitor "
                "purchases.",
       {{"the United States would monitor purchases", I, "Dana Whitlock"}}},
      // Reports in several paragraphs, one paragraph without a cue between
      // them: each paragraph's walk over the cue places goes on from where
      // the one before stopped (ParagraphWork::report_cursor).
      {"IndirectInEveryParagraph",
       kIntro + "Whitlock said that the United States would monitor "
                "purchases.\n\n"
                "The meeting ran late into the evening.\n\n"
                "Lin told reporters the talks would resume in March.\n\n"
                "Whitlock said the talks had been useful. Lin said that "
                "a second round would follow.",
       {{"the United States would monitor purchases", I, "Dana Whitlock"},
        {"the talks would resume in March", I, "Lin Mei"},
        {"the talks had been useful", I, "Dana Whitlock"},
        {"a second round would follow", I, "Lin Mei"}}},
      {"IndirectWithoutThat",
       kIntro + "Lin told reporters the talks would resume in March.",
       {{"the talks would resume in March", I, "Lin Mei"}}},
      {"IndirectClauseFirst",
       "Chinese buyers have booked ten cargoes of soybeans, three traders "
       "said on Tuesday.",
       {{"Chinese buyers have booked ten cargoes of soybeans", I,
         "three traders"}}},
      // Session 24: a day's name alone after the cue, as wire copy
      // writes it, is an adjunct like "on Tuesday".
      {"IndirectClauseFirstBareDay",
       "Chinese buyers have booked ten cargoes of soybeans, three traders "
       "said Tuesday. The crushers will run at full rate, the union "
       "announced Monday night in a statement.",
       {{"Chinese buyers have booked ten cargoes of soybeans", I,
         "three traders"},
        {"The crushers will run at full rate", I, "the union"}}},
      // Session 24: the medium, anonymity and a time ago are adjuncts too;
      // "because" after them gives the reason for speaking, not the words.
      {"IndirectClauseFirstMediaAndTimes",
       "Chinese buyers have booked ten cargoes of soybeans, three traders "
       "said on Twitter. The crushers will run at full rate, the union said "
       "by phone. Exports will fall in March, two officials said on "
       "condition of anonymity. The port will reopen in May, the ministry "
       "said two weeks ago. The mill stays shut, the union said Monday "
       "because talks were private.",
       {{"Chinese buyers have booked ten cargoes of soybeans", I,
         "three traders"},
        {"The crushers will run at full rate", I, "the union"},
        {"Exports will fall in March", I, "two officials"},
        {"The port will reopen in May", I, "the ministry"}}},
      {"IndirectAccordingTo",
       "According to the Harbor Institute, China bought less than half "
       "that amount.",
       {{"China bought less than half that amount", I, "Harbor Institute"}}},
      {"IndirectWithPartialKeepsOnlyPartial",
       kIntro + "Lin said the measure “seriously undermines the atmosphere” "
                "of the talks.",
       {{"seriously undermines the atmosphere", P, "Lin Mei"}}},
      {"ParticipleAfterPartialQuote",
       "Priya Natarajan, a senior fellow at the Harbor Institute in "
       "Washington, said the soybean figures were “achievable but not "
       "guaranteed,” noting that Chinese crushers had already booked much of "
       "their winter supply from Brazil.",
       {{"achievable but not guaranteed", P, "Priya Natarajan"},
        {"Chinese crushers had already booked much of their winter supply "
         "from Brazil",
         I, "Priya Natarajan"}}},
      {"TwoReportedClauses",
       "The board said sorghum shipments totalled 410,000 tonnes over the "
       "same period, and that the first wheat cargoes would load in January.",
       // One report of two clauses is one quote (the corpora's convention).
       {{"sorghum shipments totalled 410,000 tonnes over the same period, "
         "and that the first wheat cargoes would load in January",
         I, "the board"}}},
      // "no", a noun, an auxiliary: a clause; "said no to" is none.
      {"NoNounAuxiliaryIsAClause",
       "A senior official said no decision had been made on the waivers.",
       {{"no decision had been made on the waivers", I,
         "a senior official"}}},
      {"SaidNoToIsNoClause", "The minister said no to the plan.", {}},
      // A plural subject's cue in its base form; a question word or a
      // relative pronoun opens no reported clause.
      {"PluralSubjectEstimate",
       "Traders estimate that Chinese buyers have booked about 6 million "
       "tons so far.",
       {{"Chinese buyers have booked about 6 million tons so far", I,
         "traders"}}},
      {"RelativeClauseAfterNounCueIsNone",
       "It is a rough estimate, which could change with more research.", {}},
      {"EmbeddedQuestionIsNone",
       "The ministry did not say which companies would get licences.", {}},
      {"TitledReportFinds",
       "A separate report from the Pacific Technology Security Project, "
       "titled “Leaky Pipes,” found that Chinese firms had obtained chip "
       "designs.",
       {{"Chinese firms had obtained chip designs", I,
         "Pacific Technology Security Project"}}},
      {"NamingIsNoQuote",
       "Some growers have taken to calling the new commitments the “phase "
       "two” deal.",
       {}},
      {"OneWordDirectQuote",
       "“Fine,” Ann Lee said.",
       {{"Fine", D, "Ann Lee"}}},
      {"QuestionAsked",
       kIntro + "“Who pays for this?” asked Whitlock.",
       {{"Who pays for this?", D, "Dana Whitlock"}}},
      {"PronounAdded",
       kIntro + "Lin spoke first. “We are ready,” she added.",
       {{"We are ready", D, "Lin Mei"}}},
      {"SaidInStatementThat",
       kIntro + "Whitlock said in a statement that talks would resume.",
       {{"talks would resume", I, "Dana Whitlock"}}},
      {"WarnedWithoutThat",
       kIntro + "Lin warned the deadline could slip.",
       {{"the deadline could slip", I, "Lin Mei"}}},
      {"OrganisationSpeaker",
       "The Office of the Trade Envoy said the rules would take effect in "
       "May.",
       {{"the rules would take effect in May", I,
         "Office of the Trade Envoy"}}},
      // No cue, but the sentence before is about the person named: the
      // quotation is hers (until session 18 it had no speaker).
      {"SentenceWithoutCueBeforeAQuotation",
       kIntro + "Whitlock was blunt about the talks. “They failed.”",
       {{"They failed.", D, "Dana Whitlock"}}},
      {"OneWordInReportedClause",
       "Eleanor Voss said Europe had “sleepwalked” into dependence.",
       {{"sleepwalked", P, "Eleanor Voss"}}},
      {"OneWordInReportedClauseBritish",
       "Eleanor Voss said Europe had ‘sleepwalked’ into dependence. ‘We "
       "were warned,’ she said.",
       {{"sleepwalked", P, "Eleanor Voss"}, {"We were warned", D, "Eleanor Voss"}}},
      {"OneWordTermIsNoQuote",
       "The price war is widely described with the buzzword “involution,” "
       "meaning competition so intense that nobody gains.",
       {}},
      {"PronounAfterAQuoteIsNoNameInsideIt",
       "Ben Dorrit spoke after the hearing. “Heads should roll the day Tomas "
       "Wren leaves,” he said.",
       {{"Heads should roll the day Tomas Wren leaves", D, "Ben Dorrit"}}},
      {"ListOfTitlesIsNoQuote",
       "The band will play its hits, including “Black Water,” “China "
       "Grove,” “Minute By Minute” and others.",
       {}},
      {"QuotedSubheadingIsNoQuote",
       "Volker spoke for an hour.\n\n3. “Not some irregular channel”\n\n"
       "“Alarming mortality rate”\n\nThe doctors wrote to the agency.",
       {}},
      {"AttributionAfterALongAppositive",
       "“We get out more than we put in,” Dylan Nelson, a postdoctoral "
       "fellow at the Max Planck Institute for Astrophysics in Munich, "
       "Germany, and co-author of the study, said in a statement. “We did "
       "not program it.”",
       {{"We get out more than we put in", D, "Dylan Nelson"},
        {"We did not program it.", D, "Dylan Nelson"}}},
      {"PassiveLabelIsNoQuote",
       "The patient had what’s called “feather duvet lung,” a rare "
       "inflammation. On a bird it is called “bird fancier’s lung.”",
       {}},
      {"ScareQuoteIsNoQuote",
       kIntro + "Whitlock criticised so-called “overcapacity” in steel.",
       {}},
      {"TitleIsNoQuote",
       "A report titled “Leaky Pipes” was published on Monday.",
       {}},
      {"NicknameIsNoQuote",
       "Robert “Bobby” Lane chaired the meeting.",
       {}},
      {"HeadlineRepeatedIsNoQuote",
       "“Truce buys time”\n\nThe two sides extended the truce.",
       {},
       DocumentKind::kNews, "", "“Truce buys time”"},
      {"Transcript",
       "Remarks by Trade Envoy Dana Whitlock and Spokesperson Lin Mei.\n\n"
       "MODERATOR: Good morning.\n\n"
       "MS. LIN: Thank you. We are ready.\n\n"
       "Q: Will tariffs fall?\n\n"
       "SECRETARY WHITLOCK: They will, in time.\n\n"
       "That is all I can say today.\n\n"
       "SENIOR ADMINISTRATION OFFICIAL: Nothing is final.",
       {{"Thank you. We are ready.", D, "Lin Mei"},
        {"They will, in time.", D, "Dana Whitlock"},
        {"That is all I can say today.", D, "Dana Whitlock"},
        {"Nothing is final.", D, "a senior administration official"}},
       DocumentKind::kTranscript},
      // Seen on real news: a price list is no transcript ("VIP : 60,000₩",
      // one-letter labels), and a labelled line without words says nothing.
      {"PriceListIsNoTranscript",
       "Ticket prices for the show:\n\nVIP : 60,000\u20a9\n\n"
       "R : 50,000\u20a9\n\nS : 40,000\u20a9\n\nA: 30,000\u20a9",
       {}},
      // Three labelled turns make a transcript of a news document too;
      // the labels' second bytes (' ', '\'', ':') pass the two-byte filter
      // LooksLikeTranscript asks before LabelOf, the lines before fail it.
      {"TranscriptFoundByItsLabels",
       "Remarks by Trade Envoy Dana Whitlock and Spokesperson Lin Mei.\n\n"
       "“Good morning,” she said.\n\n"
       "MS. LIN: Thank you. We are ready.\n\n"
       "Q: Will tariffs fall?\n\n"
       "SECRETARY WHITLOCK: They will, in time.\n\n"
       "O'NEIL: Nothing is final.",
       {{"Thank you. We are ready.", D, "Lin Mei"},
        {"They will, in time.", D, "Dana Whitlock"},
        {"Nothing is final.", D, "O'neil"}}},
      {"TurnWithoutWordsIsNoQuote",
       "MS. LIN: Thank you.\n\nMR. ASHBY: 02-751-1500\n\n"
       "MR. ASHBY: That is the number.",
       {{"Thank you.", D, "Lin"}, {"That is the number.", D, "Ashby"}},
       DocumentKind::kTranscript},
      {"OwnerStatement",
       "The Chinese side will adjust its countermeasures.\n\n"
       "We expect the American side to implement the consensus.",
       {{"The Chinese side will adjust its countermeasures.", D, "Lin Mei"},
        {"We expect the American side to implement the consensus.", D,
         "Lin Mei"}},
       DocumentKind::kOfficial, "Lin Mei"},
      {"OwnerPostQuotingSomeoneElse",
       "As Minister Chen Haoran said in Lisbon, “Dialogue is better than "
       "confrontation.”\n\nWe agree.",
       {{"Dialogue is better than confrontation.", D, "Chen Haoran"},
        {"We agree.", D, "Marcus Okafor"}},
       DocumentKind::kPost, "Marcus Okafor"},
      // Issue quality5 (held-out class 5): a paragraph that announces
      // remarks gives its subject the quote-only paragraphs after it.
      {"RemarksAfterSpeechIntroduction",
       "Minister Ines Barroca delivered the following remarks in Lisbon.\n\n"
       "“Good morning to you all.”\n\n“Trade must stay open.”",
       {{"Good morning to you all.", D, "Ines Barroca"},
        {"Trade must stay open.", D, "Ines Barroca"}}},
      {"OwnerPostTagLineIsNoQuote",
       "More work ahead.\n\n#TradeTalks @EnvoyWhitlock https://example.org/t",
       {{"More work ahead.", D, "Marcus Okafor"}},
       DocumentKind::kPost, "Marcus Okafor"},
      // A participle after a quotation takes an object, never an inverted
      // subject: a nickname, not speech by "a process in which ...".
      {"ParticipleIsNeverInverted",
       "Analysts at Coldwater Research have nicknamed the approach “the "
       "drip-feed,” describing a process in which licences are approved "
       "slowly.",
       {}},
      // A pronoun opening the sentence is the subject a participle cue
      // continues.
      {"PronounSubjectOfParticiple",
       kIntro + "She declined to comment, saying only that “every option "
                "remains on the table.”",
       {{"every option remains on the table.", P, "Lin Mei"}}},
      // An interview excerpt in a story: the answer under a label naming
      // a person the story introduced is that person's; the question is
      // nobody's, and an unknown label is no speaker.
      {"InterviewExcerptInAStory",
       kIntro + "We asked her about the talks.\n\n"
                "Q: Will tariffs fall?\n\n"
                "Lin: Not this year, and not all of them.\n\n"
                "Q: And next year?\n\n"
                "Note: the interview was edited.",
       {{"Not this year, and not all of them.", D, "Lin Mei"}}},
      // A sentence after a colon is a direct quote when a cue after it
      // attributes it; a verb inside a question clause before the colon
      // ("learned who had written") attributes nothing.
      {"ColonThenCueAfter",
       kIntro + "By the time Lin learned who had written the song, she was "
                "only half-surprised: “It made sense,” she said.",
       {{"It made sense", D, "Lin Mei"}}},
      // An unattributed quotation after reported speech continues its
      // speaker, in the paragraph and in a quote-only paragraph after it.
      {"QuoteAfterReportedSpeech",
       kIntro + "Lin told reporters that the offer was not final. “We are "
                "still talking to both sides.”\n\n"
                "Whitlock said the talks would go on.\n\n"
                "“Nobody is walking away from this table.”",
       {{"the offer was not final", I, "Lin Mei"},
        {"We are still talking to both sides.", D, "Lin Mei"},
        {"the talks would go on", I, "Dana Whitlock"},
        {"Nobody is walking away from this table.", D, "Dana Whitlock"}}},
      // A plural possessive's apostrophe inside the attribution is no
      // quotation mark.
      {"PluralPossessiveInAttribution",
       kIntro + "“Shoppers will find deals,” Lin, Edmunds' executive "
                "director of analysis, said in a statement.",
       {{"Shoppers will find deals", D, "Lin Mei"}}},
      // "the statement read" attributes a quotation (and only that).
      {"StatementRead",
       "Lin Mei put out a statement on Monday.\n\n"
       "“We were shocked to see the figures,” the statement read.",
       {{"We were shocked to see the figures", D, "the statement"}}},
      // "known as the “...”" gives a nickname, article or not.
      {"KnownAsTheNickname",
       kIntro + "Lin said the three envoys, known as the “Three Amigos,” "
                "met every week.",
       {{"the three envoys, known as the “Three Amigos,” met every week", I,
         "Lin Mei"}}},
      // The words after "told" are the hearers, never an inverted
      // speaker.
      {"ToldTheAudienceIsNoSpeaker",
       "After the encore, the singer and guitarist told the audience, "
       "“that’s really good, maybe we should go on the road.”",
       {}},
      // A name after a naming cue is a title, not speech.
      {"ShowCalledTitle",
       kIntro + "Lin performed an improvised live show called “Ask Dr. "
                "Mike” every year.",
       {}},
      // An advice column: "DEAR ..." greets a letter and names nobody who
      // speaks, so its paragraphs are no transcript turns.
      {"AdviceColumnIsNoTranscript",
       "DEAR ABBY: My husband bought plane tickets to India.\n\n"
       "DEAR SECOND RATE: Of course you should be happy.\n\n"
       "DEAR ABBY: My sister has just been diagnosed.\n\n"
       "DEAR SISTER: If you two are close, ask her.",
       {}},
      // A document noun speaks for its author.
      {"DocumentNounSpeaksForItsAuthor",
       "A report by the Lakeshore Institute came out on Wednesday.\n\n"
       "“This is not a market that will clear on its own,” the report "
       "said.",
       {{"This is not a market that will clear on its own", D,
         "Lakeshore Institute"}}},
      // Session 14: verbs of manner of speaking attribute a quotation
      // (finite forms only), and take a noun without one.
      {"ShoutedQuotation",
       "Officers reached the third floor at noon.\n\n"
       "“Open the door!” an officer shouted. “Step out.”",
       {{"Open the door!", D, "an officer"}, {"Step out.", D, "an officer"}}},
      // A paragraph that ends in a partial quotation hands its speaker to
      // a quotation-only paragraph after it.
      {"PartialHandsOnItsSpeaker",
       kIntro + "Whitlock said the release “gives us hope for the talks.\n\n"
                "“We see these developments as hopeful signs.”",
       {{"gives us hope for the talks.", P, "Dana Whitlock"},
        {"We see these developments as hopeful signs.", D, "Dana Whitlock"}}},
      // A cue in a relative clause without its pronoun ("the letter Lin
      // wrote was") is not the quotation's; the sentence's reporter is.
      {"CueInRelativeClause",
       kIntro + "Whitlock added that the letter Lin wrote was “kind and "
                "generous.”",
       {{"kind and generous.", P, "Dana Whitlock"}}},
      // A work's title after its noun is no quotation.
      {"PodcastTitle",
       kIntro + "Whitlock explained on an episode of her podcast “Beyond "
                "Borders.” Costs are rising.",
       {}},
      // Session 23: a pronoun after a quotation that opens its sentence
      // stands for the previous sentence's subject, as one opening the
      // sentence would; the split quotation's second part is the same
      // speaker's.
      {"PronounAfterQuoteIsThePreviousSubject",
       "Marta Keane met the farmers on Monday.\n\n"
       "Keane would not say whether Dana Whitlock slept on the night Lin "
       "Mei left. “When all the evidence is in,” she said, “you will see "
       "what was going on.”",
       {{"When all the evidence is in", D, "Marta Keane"},
        {"you will see what was going on.", D, "Marta Keane"}}},
      // The segmenter says where sentences start: "U.S." can end one.
      {"PronounAfterAnInitialismOpensItsSentence",
       "Marta Keane met Lin Mei in the U.S. She said the deal was done.",
       {{"the deal was done", I, "Marta Keane"}}},
      {"SplitQuoteWithMixedMarks",
       "Marta Keane met the farmers on Monday.\n\n"
       "Keane would not say whether Dana Whitlock slept on the night Lin "
       "Mei left. “When all the evidence is in,\" she said, \"you will see "
       "what was going on.”",
       {{"When all the evidence is in", D, "Marta Keane"},
        {"you will see what was going on.", D, "Marta Keane"}}},
      // Session 24: single marks and guillemets open and close a split
      // quotation too (quote_marks.h); an apostrophe inside it is none.
      {"SplitQuoteWithSingleMarks",
       "Marta Keane met the farmers on Monday.\n\n"
       "Keane would not say whether Dana Whitlock slept on the night Lin "
       "Mei left. ‘When all the evidence is in, you’ll know,’ she said, "
       "‘you will see what was going on.’",
       {{"When all the evidence is in, you’ll know", D, "Marta Keane"},
        {"you will see what was going on.", D, "Marta Keane"}}},
      {"SplitQuoteWithGuillemets",
       "Marta Keane met the farmers on Monday.\n\n"
       "Keane would not say whether Dana Whitlock slept on the night Lin "
       "Mei left. «When all the evidence is in,» she said, «you will see "
       "what was going on.»",
       {{"When all the evidence is in", D, "Marta Keane"},
        {"you will see what was going on.", D, "Marta Keane"}}},
      // Session 24: ... and after its noun and "of".
      {"EpisodeOfTitle",
       kIntro + "Lin announced the news on a previous episode of “DWTS.” "
                "Costs are rising.",
       {}},
      // Session 23: and after its noun and a naming verb, commas and all.
      {"PoemCalledTitle",
       kIntro + "One of the cards, a poem called “Winter Solstice, Camelot "
                "Station,” won an award.",
       {}},
      // A quotation that is a sentence of its own continues the run even
      // when the paragraph goes on after it.
      {"RunSentenceMidParagraph",
       kIntro + "“We will see the industry shake out,” Whitlock said. “Not "
                "everyone will succeed.” Analysts are trying to assess the "
                "damage.",
       {{"We will see the industry shake out", D, "Dana Whitlock"},
        {"Not everyone will succeed.", D, "Dana Whitlock"}}},
      {"RunSentenceEndsInNestedQuote",
       kIntro + "“We will see,” Whitlock said. “I told myself: ‘Not "
                "everyone will succeed.’” Analysts are assessing the damage.",
       {{"We will see", D, "Dana Whitlock"},
        {"I told myself: ‘Not everyone will succeed.’", D, "Dana Whitlock"}}},
      // "they" after an organisation is the organisation; after a person
      // it is nobody the text names.
      {"TheyAfterAnOrganisation",
       "The Harbor Institute denied the report on Monday.\n\n"
       "“We never agreed to it,” they said.",
       {{"We never agreed to it", D, "Harbor Institute"}}},
      {"TheyAfterAPerson",
       "Marta Keane met the farmers on Monday.\n\n"
       "“We never agreed to it,” they said.",
       {{"We never agreed to it", D, ""}}},
      // A role after the quotation, like a pronoun, stands for a name
      // before it, not for one inside it.
      {"RoleAfterTheQuoteSkipsNamesInIt",
       "Harbor Analytics Group denied the report on Monday.\n\n"
       "“We never signed a deal with Ridgeline Commodities Group,” the "
       "company said.",
       {{"We never signed a deal with Ridgeline Commodities Group", D,
         "Harbor Analytics Group"}}},
      // A quotation after a sentence that quotes a few words of a speaker
      // continues that speaker.
      {"QuotationAfterAPartialQuote",
       "Doctors should “take detailed histories” of patients, Marta Keane "
       "said. “That way they may find the trigger.”",
       {{"take detailed histories", P, "Marta Keane"},
        {"That way they may find the trigger.", D, "Marta Keane"}}},
      // A quotation that opens the writer's sentence, which goes on and
      // ends in ", she said": a partial quote of that speaker, and the
      // quotation after it continues her.
      {"QuotationOpensTheWritersSentence",
       "Marta Keane runs the bureau.\n\n"
       "“We don't want those people” working in our prisons, she said. "
       "“This was a black eye for the bureau.”",
       {{"We don't want those people", P, "Marta Keane"},
        {"This was a black eye for the bureau.", D, "Marta Keane"}}},
      {"QuotationOpensAClauseAttributedByName",
       "“The thing with the will bothered” the family, Marta Keane said.",
       {{"The thing with the will bothered", P, "Marta Keane"}}},
      // Without a comma before it, the attribution follows the quotation
      // after a few words of description ("plant manager Marta Keane
      // said"), and the quotation is a statement.
      {"DescriptionBeforeTheNameAfterAQuotation",
       "“We will rebuild,” plant manager Marta Keane said.",
       {{"We will rebuild", D, "Marta Keane"}}},
      // A quotation after a sentence whose subject is a person the text
      // introduced is that person's; not after a capitalised opening
      // word, nor after reported speech, which its own rule continues.
      {"QuotationAfterASentenceOfItsSubject",
       "Rep. Marta Keane chairs the panel.\n\n"
       "Keane returned to the issue later in the hearing. “What launch "
       "vehicles exist today?”",
       {{"What launch vehicles exist today?", D, "Marta Keane"}}},
      {"QuotationAfterACapitalisedOpeningWord",
       "Rep. Marta Keane chairs the panel.\n\n"
       "Sometimes workers skip the checks. “It happens.”",
       {{"It happens.", D, ""}}},
      {"QuotationAfterReportedSpeechKeepsTheReporter",
       "Rep. Marta Keane chairs the panel.\n\n"
       "Keane's aide told reporters that the vote was close. “It was.”",
       {{"the vote was close", I, "Keane's aide"},
        {"It was.", D, "Keane's aide"}}},
      // A subordinate clause after a quotation opens a new sentence.
      {"SubordinateClauseAfterAQuotation",
       "“We never agreed to it,” Marta Keane said. “Not once.” When her "
       "editors asked, she said nothing more.",
       {{"We never agreed to it", D, "Marta Keane"},
        {"Not once.", D, "Marta Keane"}}},
      // A finding's term is nobody's words.
      {"TermInAFinding",
       "A scan of his chest showed a “ground glass” pattern in both lungs.",
       {}},
      // Session 21: "the" with another nation's adjective names another
      // body; the same nation's adjective names the same one.
      {"RoleWithAnotherNationsModifier",
       "Valdoria’s foreign ministry said it viewed the move as “a step "
       "backwards.”\n\nThe Ostrian foreign ministry said it “regrets the "
       "decision.”\n\nThe Valdorian foreign ministry later said it “will "
       "not comment.”",
       {{"a step backwards.", P, "Valdoria’s foreign ministry"},
        {"regrets the decision.", P, "the Ostrian foreign ministry"},
        {"will not comment.", P, "Valdoria’s foreign ministry"}}},
      // Session 21: a name and "his", "her" or "their" group speaks as the
      // name.
      {"NameAndHerTeam",
       "“We suggest the rains came late,” Marta Keane and her team wrote in "
       "the paper.\n\nTobin Arkwright and his aides said that the harvest "
       "was sold.",
       {{"We suggest the rains came late", D, "Marta Keane"},
        {"the harvest was sold", I, "Tobin Arkwright"}}},
      {"ShoutedSlogans",
       "Hundreds of farmers shouted slogans outside the court on Tuesday.",
       {}},
  };
}

class QuoteLayoutTest : public ::testing::TestWithParam<Case> {};

TEST_P(QuoteLayoutTest, FindsQuotesAndSpeakers) {
  const Case& c = GetParam();
  QuoteExtractor extractor(Builtin().cues, Builtin().discovery);
  QuoteContext context;
  context.kind = c.kind;
  context.account_owner = c.owner;
  context.title = c.title;
  const std::vector<Quote> quotes = extractor.Extract(c.text, context);
  ASSERT_EQ(quotes.size(), c.quotes.size()) << [&] {
    std::string all;
    for (const Quote& q : quotes) all += "[" + q.text + "] ";
    return all;
  }();
  for (size_t i = 0; i < quotes.size(); ++i) {
    SCOPED_TRACE(c.quotes[i].text);
    EXPECT_EQ(quotes[i].text, c.quotes[i].text);
    EXPECT_EQ(quotes[i].kind, c.quotes[i].kind);
    EXPECT_EQ(quotes[i].speaker.value_or(""), c.quotes[i].speaker);
    EXPECT_EQ(c.text.substr(quotes[i].span.start, quotes[i].span.size()),
              quotes[i].text);
    if (!quotes[i].speaker_span.empty()) {
      EXPECT_EQ(c.text.substr(quotes[i].speaker_span.start,
                              quotes[i].speaker_span.size()),
                quotes[i].speaker_mention);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Layouts, QuoteLayoutTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param.name; });

TEST(QuoteExtractor, ReportsCueAndMention) {
  QuoteExtractor extractor(Builtin().cues, Builtin().discovery);
  const std::string text = kIntro + "“We will not be rushed,” Whitlock said.";
  auto quotes = extractor.Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].cue, "said");
  EXPECT_EQ(quotes[0].speaker_mention, "Whitlock");
  EXPECT_FALSE(quotes[0].rule.empty());
}

// "as one bank executive told me" after a partial quote attributes it, as
// "as Jo Lund told me" does: the opening "as" describes nobody.
TEST(QuoteExtractor, AsADescriptorToldMeAttributesTheQuoteBefore) {
  QuoteExtractor extractor(Builtin().cues, Builtin().discovery);
  auto quotes = extractor.Extract(
      "They focus on their customers’ “financial health,” as one bank "
      "executive told me, and on easing the “pain” people feel.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "financial health");
  EXPECT_EQ(quotes[0].speaker.value_or(""), "one bank executive");
}

TEST(QuoteExtractor, NoQuoteMarksNoQuotes) {
  QuoteExtractor extractor(Builtin().cues, Builtin().discovery);
  EXPECT_TRUE(extractor.Extract("Tariffs rose again on Monday.").empty());
}

TEST(QuoteExtractor, UnbalancedMarkStaysInItsParagraph) {
  QuoteExtractor extractor(Builtin().cues, Builtin().discovery);
  const std::string text =
      kIntro + "“This quote never closes, and that is a mistake.\n\n"
               "Officials met again.\n\n“It is done,” Whitlock said.";
  const std::vector<QuoteMark> marks = ClassifyQuoteMarks(text);
  const Segmentation seg = Segment(text);
  std::vector<size_t> unbalanced;
  auto quotes = extractor.Extract(text, marks, seg, {}, &unbalanced);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "It is done");
  EXPECT_EQ(quotes[0].speaker.value_or(""), "Dana Whitlock");
  EXPECT_EQ(unbalanced.size(), 1u);
}

TEST(AppendQuote, MakesInPlaceWhatMakeQuoteReturns) {
  const std::string text = "He said “prices will fall” today.";
  const Span span{text.find("prices"), text.find("fall") + 4};
  std::vector<Quote> out(1);  // an earlier quote stays as it was
  out[0].text = "earlier";
  Quote& q = AppendQuote(out, text, span, QuoteKind::kPartial, "partial.cue");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(&q, &out.back());
  EXPECT_EQ(out[0].text, "earlier");
  const Quote made =
      MakeQuote(text, span, QuoteKind::kPartial, "partial.cue");
  EXPECT_EQ(q.text, "prices will fall");
  EXPECT_EQ(q.text, made.text);
  EXPECT_EQ(q.span.start, made.span.start);
  EXPECT_EQ(q.span.end, made.span.end);
  EXPECT_EQ(q.kind, made.kind);
  EXPECT_EQ(q.rule, made.rule);
  EXPECT_TRUE(q.cue.empty());
  EXPECT_FALSE(q.speaker.has_value());
}

}  // namespace
}  // namespace whosaid::nlp
