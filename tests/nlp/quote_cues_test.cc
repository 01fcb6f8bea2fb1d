#include "nlp/quote_cues.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "nlp/rule_pack.h"
#include "nlp/topic_tagger.h"

namespace whosaid::nlp {
namespace {

TEST(CueTable, MatchesLongestFormAndSkipsNouns) {
  CueTable cues({{"said", "say"}, {"told", "tell"}, {"told reporters", "tell"},
                 {"call", "call"}});
  const std::string text = "She told reporters that the call was said to fail.";
  const auto tokens = Tokenize(text, {0, text.size()});
  CueMatch m = cues.Match(text, tokens, 1);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(m.lemma, "tell");
  EXPECT_EQ(text.substr(m.span.start, m.span.size()), "told reporters");
  EXPECT_EQ(cues.Match(text, tokens, 5).length, 0u);  // "the call"
  EXPECT_EQ(cues.Match(text, tokens, 7).length, 1u);  // "said"
  EXPECT_EQ(cues.Match(text, tokens, 0).length, 0u);  // "She"
}

// MayStart is a filter: it may say yes to a non-cue but never no to a cue.
TEST(CueTable, MayStartNeverRejectsACue) {
  CueTable cues({{"said", "say"}, {"told reporters", "tell"}, {"a", "x"},
                 {"Warned", "warn"}, {"回应", "respond"}});
  const std::string text = "SAID told warned 回应 a sad tod b wand";
  const auto tokens = Tokenize(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 9u);
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (cues.Match(text, tokens, k).length > 0) {
      EXPECT_TRUE(cues.MayStart(text, tokens[k])) << k;
    }
  }
  EXPECT_EQ(cues.Match(text, tokens, 1).length, 0u);  // "told" alone
  EXPECT_GT(cues.Match(text, tokens, 2).length, 0u);  // "warned"
  EXPECT_GT(cues.Match(text, tokens, 3).length, 0u);  // "回应"
  EXPECT_GT(cues.Match(text, tokens, 4).length, 0u);  // "a"
  EXPECT_FALSE(cues.MayStart(text, tokens[5]));       // "sad"
  EXPECT_FALSE(cues.MayStart(text, tokens[6]));       // "tod"
  EXPECT_FALSE(cues.MayStart(text, tokens[7]));       // "b"
  EXPECT_FALSE(cues.MayStart(text, tokens[8]));       // "wand"
}

// The filter reads a word's middle byte (at len / 2) too, in either case:
// "agrxed" differs from "agreed" there alone; "agxeed" passes it, as its
// third byte is read by none of the filters, and Match turns it away.
TEST(CueTable, MayStartReadsTheMiddleByte) {
  CueTable cues({{"agreed", "agree"}, {"noted", "note"}});
  const std::string text = "agrxed agreed aGREED agxeed";
  const auto tokens = Tokenize(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_FALSE(cues.MayStart(text, tokens[0]));
  EXPECT_EQ(cues.Match(text, tokens, 1).lemma, "agree");
  EXPECT_EQ(cues.Match(text, tokens, 2).lemma, "agree");
  EXPECT_EQ(cues.Match(text, tokens, 3).length, 0u);
}

// TokenCues asks MayStart's tests one by one: EndsMayStart is true for
// every word MayStart accepts and for "according", which no cue need start;
// a word past 31 bytes may pass it (its length is taken mod 32) and fails
// InnerBytesMayStart.
TEST(CueTable, EndsMayStartPassesEveryCueStartAndAccording) {
  const CueTable cues({{"said", "say"}, {"told reporters", "tell"}});
  const std::string text =
      "said saiD told according tod sad sxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxsaid";
  const auto tokens = Tokenize(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 7u);
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_TRUE(cues.MayStart(text, tokens[k])) << k;
    EXPECT_TRUE(cues.EndsMayStart(text, tokens[k])) << k;
    EXPECT_TRUE(cues.InnerBytesMayStart(text, tokens[k])) << k;
  }
  EXPECT_TRUE(cues.EndsMayStart(text, tokens[3]));  // "according"
  EXPECT_FALSE(cues.MayStart(text, tokens[3]));
  EXPECT_FALSE(cues.EndsMayStart(text, tokens[4]));  // "tod"
  EXPECT_FALSE(cues.EndsMayStart(text, tokens[5]));  // "sad"
  // 36 bytes, 4 mod 32, with the ends of "said".
  EXPECT_TRUE(cues.EndsMayStart(text, tokens[6]));
  EXPECT_FALSE(cues.InnerBytesMayStart(text, tokens[6]));
  EXPECT_FALSE(cues.MayStart(text, tokens[6]));
}

// The length of the cue matched at each second token of `text`, which
// alternates a word and a cue form: "the said my said".
std::vector<size_t> CueLengthsAfterEachWord(const CueTable& cues,
                                            const std::string& text) {
  const auto tokens = Tokenize(text, {0, text.size()});
  std::vector<size_t> lengths;
  for (size_t k = 1; k < tokens.size(); k += 2) {
    lengths.push_back(cues.Match(text, tokens, k).length);
  }
  return lengths;
}

// After a determiner, in any case, a cue's first word is a noun; a longer
// word that starts like one is no determiner.
TEST(CueTable, NoCueAfterADeterminer) {
  const CueTable cues({{"said", "say"}, {"told", "tell"}});
  EXPECT_EQ(CueLengthsAfterEachWord(
                cues, "THE said Their said theirs said thee said my said"),
            (std::vector<size_t>{0, 0, 1, 1, 0}));
}

// After a possessive a cue's first word is a noun or an adjective
// ("Epstein’s alleged ring"); after a pronoun's contraction it is a verb
// ("he's said").
TEST(CueTable, NoCueAfterAPossessive) {
  const CueTable cues({{"said", "say"}, {"alleged", "allege"}});
  EXPECT_EQ(CueLengthsAfterEachWord(cues,
                                    "Epstein\u2019s alleged company's said "
                                    "he's said It\u2019s said that's said"),
            (std::vector<size_t>{0, 0, 1, 1, 1}));
}

// First words are looked up as written, in any case after the first
// letter, and forms sharing a first word all stay reachable.
TEST(CueTable, FindsFirstWordsInAnyCaseAndEveryFormOfEach) {
  std::vector<CueVerb> verbs;
  for (int i = 0; i < 500; ++i) {  // more words than some buckets hold
    verbs.push_back({"cue" + std::to_string(i), "lemma" + std::to_string(i)});
  }
  verbs.push_back({"said", "say"});
  verbs.push_back({"said in a statement", "state"});
  verbs.push_back({"said on", "say-on"});
  CueTable cues(verbs);
  const std::string text =
      "sAID cue7 cUE499 cue500 said on said in a statement";
  const auto tokens = Tokenize(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 10u);
  EXPECT_EQ(cues.Match(text, tokens, 0).lemma, "say");
  EXPECT_EQ(cues.Match(text, tokens, 1).lemma, "lemma7");
  EXPECT_EQ(cues.Match(text, tokens, 2).lemma, "lemma499");
  EXPECT_EQ(cues.Match(text, tokens, 3).length, 0u);  // not a cue
  EXPECT_EQ(cues.Match(text, tokens, 4).lemma, "say-on");
  EXPECT_EQ(cues.Match(text, tokens, 6).lemma, "state");
  EXPECT_EQ(cues.Match(text, tokens, 6).length, 4u);
}

TEST(TokenCues, StartsAtAgreesWithAt) {
  CueTable cues({{"said", "say"}, {"told reporters", "tell"}});
  const std::string text = "He said it, the said man told reporters. Told";
  const auto tokens = Tokenize(text, {0, text.size()});
  const TokenCues cache(text, tokens, cues);
  size_t starts = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    EXPECT_EQ(cache.StartsAt(k), cache.At(k).length > 0) << k;
    EXPECT_EQ(cache.At(k).length, cues.Match(text, tokens, k).length) << k;
    starts += cache.StartsAt(k);
  }
  EXPECT_EQ(starts, 2u);  // "said", "told reporters"; not "the said"
}

TEST(TokenCues, ReportStartsAreCuesAndAccordingInOrder) {
  // "according" is a cue's first word here too, where it matches nothing.
  CueTable cues({{"said", "say"}, {"told reporters", "tell"},
                 {"according as", "x"}});
  const std::string text =
      "According to Lee, prices fell, she told reporters; they said so, "
      "according to data. ACCORDING accords accordingly “according”";
  const auto tokens = Tokenize(text, {0, text.size()});
  const TokenCues cache(text, tokens, cues);
  std::vector<uint32_t> expected;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view word(text.data() + tokens[k].start,
                                tokens[k].end - tokens[k].start);
    if (cache.StartsAt(k) ||
        (tokens[k].type == Token::kWord &&
         (word == "according" || word == "According"))) {
      expected.push_back(static_cast<uint32_t>(k));
    }
  }
  ASSERT_EQ(expected.size(), 5u);  // According, told, said, according x2
  EXPECT_EQ(cache.report_starts(), expected);
  EXPECT_EQ(cache.count(), 2u);
}

// "according" is found where no cue's first word has its length and ends.
TEST(TokenCues, FindsAccordingWithoutACueLikeIt) {
  const CueTable cues(std::vector<CueVerb>{{"said", "say"}});
  const std::string text =
      "according to Lee, she said. According to data, ACCORDING accordion";
  const auto tokens = Tokenize(text, {0, text.size()});
  const TokenCues cache(text, tokens, cues);
  EXPECT_EQ(cache.report_starts(), (std::vector<uint32_t>{0, 5, 7}));
  EXPECT_EQ(cache.count(), 1u);
}

// The words whose places TokenCues may be given: the first words that
// begin with a word byte, and "according"; none when one first word is
// neither such a word nor CJK.
TEST(CueTable, StartWordsAreTheListableFirstWords) {
  const CueTable cues({{"said", "say"}, {"Told reporters", "tell"},
                       {"told", "tell"}, {"回应", "respond"}});
  EXPECT_EQ(cues.StartWords(),
            (std::vector<std::string>{"said", "told", "according"}));
  EXPECT_TRUE(CueTable({{"said", "say"}, {"a", "x"}}).StartWords().empty());
  EXPECT_TRUE(CueTable({{"said", "say"}, {"été", "x"}}).StartWords().empty());
}

// TokenCues given the places a TopicTagger lists for StartWords() finds
// what it finds walking every token, on random text: '_' before a word
// (a token start the places leave out), words that begin cue words, case,
// digits, hyphens and quote marks.
TEST(TokenCues, WordStartsFromTheTopicScanGiveTheSameCues) {
  const CueTable cues({{"said", "say"},
                       {"told reporters", "tell"},
                       {"told", "tell"},
                       {"add", "add"},
                       {"put it", "put", CueComplement::kQuotation},
                       {"according as", "x"}});
  const TopicTagger topics({{"t", "tariffs", R"(\btariffs?\b)", "tariff"}},
                           {cues.StartWords()});
  const std::vector<std::string> words = {
      "said", "Said", "SAID", "told", "reporters", "add", "added", "put",
      "it", "according", "According", "accordingly", "the", "his", "he's",
      "tariffs", "_", "x_", "3", "well-", "-", "“", "”", ",", ".", "'",
      "é", "sa", "\n\n"};
  std::mt19937 random(19);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(random() % 40);
    for (int i = 0; i < n; ++i) {
      text += words[random() % words.size()];
      if (random() % 3 != 0) text += ' ';
    }
    const TopicTagger::TextScan scan = topics.Scan(text);
    ASSERT_TRUE(scan.extra_complete) << text;
    const auto tokens = Tokenize(text, {0, text.size()});
    const TokenCues walked(text, tokens, cues);
    const TokenCues given(text, tokens, cues, &scan.extra_starts[0]);
    EXPECT_EQ(given.report_starts(), walked.report_starts()) << text;
    ASSERT_EQ(given.count(), walked.count()) << text;
    for (size_t k = 0; k < tokens.size(); ++k) {
      EXPECT_EQ(given.At(k).length, walked.At(k).length) << text;
      EXPECT_EQ(given.At(k).lemma, walked.At(k).lemma) << text;
    }
  }
}

TEST(CueTable, MatchCarriesItsFormsComplement) {
  const CueTable cues({{"said", "say"},
                       {"called", "call", CueComplement::kLabel},
                       {"urged", "urge", CueComplement::kInfinitive},
                       {"denied", "deny", CueComplement::kNoun},
                       {"put it", "put", CueComplement::kQuotation}});
  const std::string text = "said called urged denied put it";
  const auto tokens = Tokenize(text, {0, text.size()});
  const CueComplement want[] = {
      CueComplement::kClause, CueComplement::kLabel,
      CueComplement::kInfinitive, CueComplement::kNoun,
      CueComplement::kQuotation};
  for (size_t k = 0; k < 5; ++k) {
    const CueMatch m = cues.Match(text, tokens, k);
    ASSERT_GT(m.length, 0u) << k;
    EXPECT_EQ(m.complement, want[k]) << k;
    EXPECT_EQ(m.partial_only(), k == 1 || k == 4) << k;
  }
}

TEST(CueTable, BuiltinPackGivesEachComplement) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  const CueTable cues(pack->cues);
  struct Case {
    std::string word;
    CueComplement complement;
  } cases[] = {{"said", CueComplement::kClause},
               {"denied", CueComplement::kNoun},
               {"found", CueComplement::kNoun},
               {"urged", CueComplement::kInfinitive},
               {"called", CueComplement::kLabel},
               {"described", CueComplement::kLabel}};
  for (const Case& c : cases) {
    const auto tokens = Tokenize(c.word, {0, c.word.size()});
    const CueMatch m = cues.Match(c.word, tokens, 0);
    ASSERT_GT(m.length, 0u) << c.word;
    EXPECT_EQ(m.complement, c.complement) << c.word;
  }
}

}  // namespace
}  // namespace whosaid::nlp
