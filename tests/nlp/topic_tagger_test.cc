#include "nlp/topic_tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <span>
#include <string>

#include "nlp/rule_pack.h"
#include "nlp/word_pattern.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace whosaid::nlp {
namespace {

std::vector<TopicRule> Rules() {
  return {{"tariffs.word", "tariffs", R"(\btariffs?\b)", "tariffs"},
          {"tariffs.truce", "tariffs", R"(\btrade truce\b)", "trade truce"},
          {"fentanyl.word", "fentanyl", R"(\bfentanyl\b)", "fentanyl"}};
}

TEST(TopicTagger, ReportsEachTopicOnceWithTheRuleThatFired) {
  TopicTagger tagger(Rules());
  struct Case {
    std::string text;
    std::vector<std::string> topics, rules;
  } cases[] = {
      {"New TARIFFS on fentanyl precursors", {"tariffs", "fentanyl"},
       {"tariffs.word", "fentanyl.word"}},
      {"the trade truce holds", {"tariffs"}, {"tariffs.truce"}},
      {"a trade truce and tariffs", {"tariffs"}, {"tariffs.word"}},
      {"soybeans", {}, {}},
  };
  for (const Case& c : cases) {
    const auto tags = tagger.Tag(c.text);
    EXPECT_EQ(tags.topics, c.topics) << c.text;
    EXPECT_EQ(tags.rules, c.rules) << c.text;
  }
}

TEST(TopicTagger, DocumentTopicsNeedTitleOrEnoughParagraphs) {
  TopicTagger tagger(Rules());
  const std::string text = "Tariffs rose.\n\nMore tariffs.\n\nFentanyl once.";
  EXPECT_EQ(tagger.TagDocument("", text, 2).topics,
            std::vector<std::string>{"tariffs"});
  EXPECT_EQ(tagger.TagDocument("Fentanyl deal", text, 2).topics,
            (std::vector<std::string>{"tariffs", "fentanyl"}));
  EXPECT_EQ(tagger.TagDocument("", text, 1).topics.size(), 2u);
}

// TagPart gives Tag's answer whether or not it may skip the scan: a part
// cut inside a word of the whole ("tariffs" in "xtariffsx") can fire where
// the whole does not.
TEST(TopicTagger, TagPartEqualsTag) {
  TopicTagger tagger(Rules());
  struct Case {
    std::string whole;
    size_t start;
    std::string part;
  } cases[] = {
      {"Nothing to see here.", 0, "Nothing to see here."},
      {"Nothing to see here.", 8, "to see"},
      {"the xtariffsx rose", 5, "tariffs"},
      {"the xtariffsx rose", 4, "xtariffs"},
      {"no topic at all", 3, "tariffs"},  // not the bytes at 3
      {"no topic at all", 40, ""},        // past the end
      {"new tariffs on fentanyl", 4, "tariffs"},
      {"new tariffs on fentanyl", 0, "new"},
      {"", 0, ""},
  };
  for (const Case& c : cases) {
    const TopicTagger::TextScan scan = tagger.Scan(c.whole);
    const auto part = tagger.TagPart(scan, c.start, c.part);
    const auto want = tagger.Tag(c.part);
    EXPECT_EQ(part.topics, want.topics) << c.whole << " / " << c.part;
    EXPECT_EQ(part.rules, want.rules) << c.whole << " / " << c.part;
  }
}

TEST(TopicTagger, DocumentTopicsFromAScanEqualAFreshOne) {
  TopicTagger tagger(Rules());
  for (const std::string text :
       {"Tariffs rose.\n\nMore tariffs.\n\nFentanyl once.", "", "nothing"}) {
    const TopicTagger::TextScan scan = tagger.Scan(text);
    for (int min : {1, 2}) {
      for (const std::string title : {"", "Fentanyl deal"}) {
        EXPECT_EQ(tagger.TagDocument(title, scan, min).rules,
                  tagger.TagDocument(title, text, min).rules)
            << text << " / " << title << " / " << min;
        EXPECT_EQ(tagger.DocumentTopics(title, scan, min),
                  tagger.TagDocument(title, scan, min).topics)
            << text << " / " << title << " / " << min;
      }
    }
  }
}

// The builtin currency rule: "the dollar" is the currency, a price in
// dollars is not.
TEST(TopicTagger, BuiltinCurrencyRuleSkipsDollarPrices) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  TopicTagger tagger(pack->topics);
  auto has_currency = [&](const std::string& text) {
    const auto topics = tagger.Tag(text).topics;
    return std::find(topics.begin(), topics.end(), "currency") != topics.end();
  };
  for (const std::string text :
       {"the yuan firmed against the dollar", "the dollar's reserve role",
        "a weaker U.S. dollar", "the midpoint was set higher"}) {
    EXPECT_TRUE(has_currency(text)) << text;
  }
  for (const std::string text :
       {"no dollar figure was published", "paying a dollar under cost",
        "a multimillion-dollar fine"}) {
    EXPECT_FALSE(has_currency(text)) << text;
  }
}

// A text, a topic, and whether the builtin rules tag the text with it.
struct BuiltinCase {
  std::string text, topic;
  bool want;
};

// Expects each case's verdict from the builtin rule pack's topic rules.
void ExpectBuiltinTopics(std::span<const BuiltinCase> cases) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  TopicTagger tagger(pack->topics);
  for (const BuiltinCase& c : cases) {
    const auto topics = tagger.Tag(c.text).topics;
    const bool has =
        std::find(topics.begin(), topics.end(), c.topic) != topics.end();
    EXPECT_EQ(has, c.want) << c.text;
  }
}

// Builtin rules for taking technology and for the negotiating process.
TEST(TopicTagger, BuiltinTechnologyTakingAndNegotiationProcess) {
  const BuiltinCase cases[] = {
      {"the protection of commercial technology", "ip-technology-transfer", true},
      {"a hundred dollars in lost technology", "ip-technology-transfer", true},
      {"firms obtained restricted chip designs", "ip-technology-transfer", true},
      {"a new technology park opened", "ip-technology-transfer", false},
      {"as agreed in Lisbon, the rules changed", "summit-negotiations", true},
      {"the arrangement concluded in Singapore", "summit-negotiations", true},
      {"the investment dialogue resumed", "summit-negotiations", true},
      {"the arrangement of the furniture", "summit-negotiations", false},
  };
  ExpectBuiltinTopics(cases);
}

// Builtin rules tag a word where it names the trade topic, not its
// everyday uses: food in a recipe, a market's investors, a job title, a
// consumer's purchase, subsidies for farmers, a trade war named as a past
// period, minerals that are no rare earths.
TEST(TopicTagger, BuiltinRulesSkipEverydayUses) {
  const BuiltinCase cases[] = {
      {"1 slice whole-grain toast, 4 oz. ground beef", "agriculture", false},
      {"fruits, vegetables, and whole grains", "agriculture", false},
      {"Slow Cooker Beef Chili", "agriculture", false},

      {"Brazilian corn is only a stopgap", "agriculture", true},
      {"market access for beef, pork, dairy", "agriculture", true},
      {"commitments for sorghum, wheat and corn", "agriculture", true},
      {"exports of American pork", "agriculture", true},
      {"stocks rose as investors digested the deal", "investment", false},
      {"foreign investors will enjoy national treatment", "investment", true},
      {"foreign direct investment fell", "investment", true},
      {"benefits of our One Home Depot strategic investments", "investment",
       false},
      {"have at least 25 times your expenses saved or invested",
       "investment", false},
      {"It depends on what Boeing is willing to invest", "investment",
       false},
      {"Invest in China, Share the Future", "investment", true},
      {"Chinese enterprises that invest in the United States", "investment",
       true},
      {"the Office of Investment Security Review", "investment", true},
      {"US outbound investment rules", "investment", true},
      {"said one purchasing manager at a carmaker", "purchases", false},
      {"Consumers have purchased 208,560 new vehicles", "purchases",
       false},
      {"China purchased more soybeans", "purchases", true},
      {"resume purchasing American soybeans", "purchases", true},
      {"purchases of American soybeans", "purchases", true},
      {"Q: Favorite technology purchase in the last 5 years", "purchases",
       false},
      {"the proceeds of Soon-Shiong's purchase of The Times", "purchases",
       false},
      {"the purchase pledges in the truce", "purchases", true},
      {"buyers committed to purchase 12 million tonnes", "purchases", true},
      {"subsidies and incentives for farmers", "overcapacity", false},
      {"a work plan on industrial subsidies", "overcapacity", true},
      {"the subsidies that China gives its firms", "overcapacity", true},
      {"farmers lost export sales during the trade war", "tariffs", false},
      {"the trade truce was extended", "tariffs", true},
      {"China began requiring licences for germanium", "rare-earths",
       false},
      {"export licences for rare earth magnets", "rare-earths", true},
  };
  ExpectBuiltinTopics(cases);
}

// TagDocument scans the whole text at once when no rule can match across a
// paragraph break or depends on where a paragraph starts; rules that might
// still see one paragraph at a time.
TEST(TopicTagger, DocumentTopicsStayInsideParagraphs) {
  const std::string text = "a trade\n\nwar began\n\nnew tariffs";
  {
    TopicTagger tagger({{"split.space", "split", R"(trade\s+war)", "trade war"},
                        {"start.anchor", "start", R"(^war)", "war began"},
                        {"tariffs.word", "tariffs", R"(\btariffs?\b)", "tariffs"}});
    EXPECT_EQ(tagger.TagDocument("", text, 1).topics,
              (std::vector<std::string>{"start", "tariffs"}));
  }
  {
    TopicTagger tagger({{"split.class", "split", R"(trade[^x]+war)", "trade war"},
                        {"tariffs.word", "tariffs", R"(\btariffs?\b)", "tariffs"}});
    EXPECT_EQ(tagger.TagDocument("", text, 1).topics,
              (std::vector<std::string>{"tariffs"}));
  }
  {
    TopicTagger tagger(Rules());  // all paragraph-local
    EXPECT_EQ(tagger.TagDocument("", "tariffs\n\nfentanyl", 1).topics,
              (std::vector<std::string>{"tariffs", "fentanyl"}));
    EXPECT_TRUE(tagger.TagDocument("", "trade\n\ntruce", 1).topics.empty());
  }
}

// Patterns a user's own --rules may hold, chosen to trip a literal
// prefilter: alternations (also with an empty branch), optional parts,
// classes, flag groups, anchors, unbounded repeats, patterns with no
// literal, escapes, and characters outside ASCII, some of which RE2 folds
// onto ASCII letters (the long s and the Kelvin sign).
const char* const kTrickyPatterns[] = {
    R"(\btariffs?\b|\bdut(?:y|ies)\b)",
    R"(\bEVs?\b|\belectric vehicles?\b)",
    R"(foo|)",
    R"(colou?r)",
    R"(licen[cs]e)",
    R"([0-9]+ tons)",
    R"([^a-z]x[^a-z])",
    R"((?-i:NATO))",
    R"((?i)trade|WAR)",
    R"(a(?i)b|cd)",
    R"(\d{4})",
    R"(\w+ing\b)",
    R"(^Breaking)",
    R"(end$)",
    R"((?m)^line)",
    R"(\Afoo)",
    R"(bar\z)",
    R"(trade\s+war)",
    R"(a.*zz)",
    R"((?s)xx.yy)",
    R"(\Qa|b\E)",
    R"(\Q.*\E)",
    R"(ab{2,3}c)",
    R"((?:ha){2,})",
    R"(x{3})",
    R"(\x41BC)",
    R"(\101\102)",
    R"(\pL\pL\pLq)",
    R"(caf\x{E9})",
    R"(café)",
    R"((?i)ÉTAT)",
    R"(dollar(?:'|’)s)",
    R"(straße)",
    R"(ſun)",
    R"(\bsun\b)",
    R"(\x{212A}elvin)",
    R"(kelvin)",
    R"(日本)",
    R"((?P<name>tok)en)",
    R"([[:alpha:]]{3}9)",
    R"([\]|]z)",
    R"(\.\.\.)",
    R"(.)",
    // Patterns whose matches begin at a word start with a string the
    // tagger reads from the spelling (word_pattern.h).
    R"(\bcolou?r(?:s|ed)? \d)",
    R"(\b(?:trade|tariff) war\b)",
    R"(\bev(?:s|en)?\b)",
    R"(\blicen[cs]e)",
    R"(\bfoo-)",
    R"(\bzz(?:9|x)?.)",
    R"(\bdollar(?:\x27|’)s\b)",
    R"(\bleaders(?:\x27|’)? meeting\b)",
    R"(\bno\.\d\d?)",
    // Starts of which one begins another, at the same place.
    R"(\b(?:trade war|trade|tariff war)\b)",
    R"(\b(?:war(?:time)?|wart|ta))",
    // Dozens of starts sharing one literal, some eight bytes or more past
    // it and some fewer, the literal at their start or inside them.
    R"(\bnegotiat(?:e|ed|ing) (?:with|for) (?:china|the us|x)\b)",
    R"(\b(?:chinese|american|us) (?:duty|duties|tariff)\b)",
    // Literals of three bytes and longer ones they begin.
    R"(\b(?:buy|buying goods|buyers?|buy oil)\b)",
    // Starts that a match only begins with, one inside another's window.
    R"(\b(?:orders? (?:of|for)|ordered) (?:\w+ ){0,2}?(?:jets|oil)\b)",
};

// Texts built from pieces that the patterns above look for, in every
// case, with line breaks and the characters that fold onto ASCII.
std::vector<std::string> TrickyTexts() {
  std::vector<std::string> texts = {
      "", "x", "new tariffs and duties", "EV", "evs", "even", "ELECTRIC VEHICLE",
      "colour", "COLOR", "licence LICENSE", "12 tons", " x ", "nato NATO",
      "TRADE war", "Ab", "aB", "CD", "2024", "something", "Breaking news",
      "the end", "line\nline", "foo", "a bar", "trade\n\twar", "a\nzz",
      "xx\nyy", "a|b", "A|B", ".*", "abbc", "hahaha", "xxx", "abc", "ABC",
      "xyzq", "café", "CAFÉ", "état", "État", "dollar's", "DOLLAR’S",
      "STRASSE", "straße", "ſun", "SUN", "\xE2\x84\xAA" "elvin",
      "\xE2\x84\xAA" "ELVIN", "KELVIN", "日本", "token", "abc9", "]z", "|z",
      "...", "sun\xC5\xBF", "\xC5\xBFUN",
      // The Kelvin sign after curly quotes (the same lead byte), and its
      // last bytes without that lead.
      "“’kelvin” ’\xE2\x84\xAA" "elvin", "\x84\xAA" "elvin kelvin",
  };
  const std::vector<std::string> pieces = {
      "tariff", "S", "s", " ", "\n", "\n\n", "EV", "ev", "duty", "ies",
      "colo", "u", "r", "licen", "c", "e", "9", " tons", "x", "NATO",
      "nato", "trade", "war", "Ab", "cd", "20", "ing", "Breaking", "end",
      "line", "foo", "bar", "a", "zz", "yy", "|", "b", "ha", "ABC", "\\101",
      "q", "caf", "é", "É", "état", "ÉTAT", "dollar", "'", "’", "stra",
      "ß", "ſ", "un", "\xE2\x84\xAA", "elvin", "k", "日本", "tok", "en",
      "]", "z", ".", "électric", "vehicle", "—", "\xFF", "\xC3", "-",
      "leaders", " meeting", "No.", "no.", "‘",
      "negotiat", "NEGOTIAT", "ed", "ing", " with", " for", " china",
      " the us", " x", "chinese", "American", " duty", " duties", "us",
      "buy", "BUY", "ers", "goods", " oil", "order", "ORDERED", " of",
      " jets", "5 ",
  };
  std::mt19937 rng(7);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    texts.push_back(text);
  }
  return texts;
}

// The rules that a plain RE2::Set finds in `text`, in rule order.
std::vector<std::string> SetFires(const RE2::Set& set,
                                  const std::vector<TopicRule>& rules,
                                  const std::string& text) {
  std::vector<int> fired;
  set.Match(text, &fired);
  std::sort(fired.begin(), fired.end());
  std::vector<std::string> ids;
  for (int i : fired) ids.push_back(rules[i].id);
  return ids;
}

// Each rule with a topic of its own, so that Tag reports every rule that
// fires.
std::vector<TopicRule> OwnTopics(const std::vector<std::string>& patterns) {
  std::vector<TopicRule> rules;
  for (size_t i = 0; i < patterns.size(); ++i) {
    std::string id = std::to_string(i);
    id.insert(id.begin(), 'r');
    rules.push_back({id, id, patterns[i], ""});
  }
  return rules;
}

void ExpectFiresLikeASet(const std::vector<TopicRule>& rules,
                         const std::vector<std::string>& texts) {
  RE2::Options options;
  options.set_case_sensitive(false);
  RE2::Set set(options, RE2::UNANCHORED);
  for (const TopicRule& r : rules) ASSERT_GE(set.Add(r.pattern, nullptr), 0);
  ASSERT_TRUE(set.Compile());
  const TopicTagger tagger(rules);
  for (const std::string& text : texts) {
    const std::vector<std::string> want = SetFires(set, rules, text);
    EXPECT_EQ(tagger.Tag(text).rules, want) << "text: " << text;
    const TopicTagger::TextScan scan = tagger.Scan(text);
    std::vector<std::string> scanned;
    std::vector<int> fired = scan.fired;
    std::sort(fired.begin(), fired.end());
    for (int i : fired) scanned.push_back(rules[i].id);
    if (!text.empty()) {
      EXPECT_TRUE(scan.complete) << "text: " << text;
      EXPECT_EQ(scanned, want) << "text: " << text;
    }
    // Parts of the text, cut anywhere, as TagPart sees quotes and claims.
    for (size_t start : {size_t{0}, text.size() / 3, text.size() / 2}) {
      const std::string part = text.substr(start, text.size() / 2);
      EXPECT_EQ(tagger.TagPart(scan, start, part).rules,
                SetFires(set, rules, part))
          << "text: " << text << " part: " << part;
    }
    // Parts that neither begin nor end inside a word, whose topics TagPart
    // takes from the scan: from each word start (and each byte after a
    // word) to the next place a part may end, and to the text's end.
    auto word = [&](size_t i) { return i < text.size() && IsWordByte(text[i]); };
    for (size_t start = 0; start < text.size(); ++start) {
      if (start > 0 && word(start - 1)) continue;
      size_t next = start + 1;
      while (next < text.size() && word(next)) ++next;
      for (size_t end : {next, text.size()}) {
        const std::string part = text.substr(start, end - start);
        EXPECT_EQ(tagger.TagPart(scan, start, part).rules,
                  SetFires(set, rules, part))
            << "text: " << text << " part: " << part;
      }
    }
  }
}

// The prefilter must be exact for any pattern, not only the builtin ones:
// each tricky pattern alone, and all of them in one tagger.
TEST(TopicTagger, FiresExactlyWhereAPlainSetDoes) {
  const std::vector<std::string> texts = TrickyTexts();
  std::vector<std::string> all;
  for (const char* pattern : kTrickyPatterns) {
    SCOPED_TRACE(pattern);
    ExpectFiresLikeASet(OwnTopics({pattern}), texts);
    all.push_back(pattern);
  }
  ExpectFiresLikeASet(OwnTopics(all), texts);
}

// The builtin rules on texts made of their own examples, cut and mixed.
TEST(TopicTagger, BuiltinRulesFireExactlyWhereAPlainSetDoes) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::vector<std::string> patterns, examples;
  for (const TopicRule& r : pack->topics) {
    patterns.push_back(r.pattern);
    examples.push_back(r.example);
  }
  std::mt19937 rng(11);
  std::vector<std::string> texts = examples;
  for (int i = 0; i < 1000; ++i) {
    std::string text;
    for (int k = 0; k < 3; ++k) {
      const std::string& e = examples[rng() % examples.size()];
      const size_t from = rng() % (e.size() + 1);
      text += e.substr(from, rng() % (e.size() + 1));
      text += (rng() % 4 == 0) ? "\n" : " ";
    }
    for (char& c : text) {
      if (rng() % 3 == 0) c = static_cast<char>(std::toupper(c));
    }
    texts.push_back(text);
  }
  ExpectFiresLikeASet(OwnTopics(patterns), texts);
}

TEST(TopicTagger, NoRulesNoTopics) {
  TopicTagger tagger({});
  EXPECT_TRUE(tagger.Tag("tariffs").topics.empty());
  EXPECT_TRUE(tagger.TagDocument("tariffs", "tariffs", 1).topics.empty());
  EXPECT_EQ(tagger.topic_count(), 0u);
}

TEST(TopicTagger, TopicCountCountsEachTopicOnce) {
  // Three rules, two topics ("tariffs" twice).
  EXPECT_EQ(TopicTagger(Rules()).topic_count(), 2u);
}

// A literal found after the first words of a start ("market" in "open
// the market") fires only where the whole start is there, whatever words
// run on after the literal, and Scan notes the same matches for TagPart.
TEST(TopicTagger, LiteralInsideAStartNeedsTheWholeStart) {
  TopicTagger tagger({{"access.open", "market-access",
                       R"(\bopen(?:s|ed)? (?:its|the) markets?\b|\bmarket access\b)",
                       "open the market"}});
  struct Case {
    std::string text;
    bool fires;
  } cases[] = {
      {"they will open the market soon", true},
      {"OPENED ITS MARKETS", true},
      {"the market is open", false},
      {"reopen the market", false},
      {"open the marketplace", false},
      {"opening the market", false},
      {"open its markets and market access", true},
      {"more market accessories", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(tagger.Tag(c.text).topics.size(), c.fires ? 1u : 0u) << c.text;
    const TopicTagger::TextScan scan = tagger.Scan(c.text);
    EXPECT_EQ(tagger.TagPart(scan, 0, c.text).topics,
              tagger.Tag(c.text).topics)
        << c.text;
  }
}

// The extra words are listed where they begin at word starts (once per
// place), tag nothing, and leave the topics as they were; a text the set
// judges is not walked, and lists none.
TEST(TopicTagger, ScanListsWhereExtraWordsBegin) {
  const TopicTagger plain(Rules());
  const TopicTagger tagger(Rules(), {{"expect", "expects", "said", "ta"}});
  struct Case {
    std::string text;
    std::vector<size_t> starts;
    bool complete;
  } cases[] = {
      {"EXPECTS tariffs; unexpected, 3said _said said", {0, 8, 41}, true},
      {"he said the fentanyl trade truce", {3}, true},
      {"expectations", {0}, true},
      {"no words", {}, true},
      // The long s: only the set judges it.
      {"said tari\xC5\xBF", {}, false},
      {"", {}, false},
  };
  for (const Case& c : cases) {
    const TopicTagger::TextScan scan = tagger.Scan(c.text);
    ASSERT_EQ(scan.extra_starts.size(), 1u);
    EXPECT_EQ(scan.extra_starts[0], c.starts) << c.text;
    EXPECT_EQ(scan.extra_complete, c.complete) << c.text;
    const TopicTagger::TextScan before = plain.Scan(c.text);
    EXPECT_EQ(scan.fired, before.fired) << c.text;
    EXPECT_EQ(scan.hits, before.hits) << c.text;
    EXPECT_EQ(scan.matches.size(), before.matches.size()) << c.text;
    EXPECT_EQ(tagger.Tag(c.text).topics, plain.Tag(c.text).topics) << c.text;
  }
  EXPECT_EQ(tagger.topic_count(), plain.topic_count());
}

// Each list of extra words gets its own places; a word in two lists is
// listed in both, and an empty list lists nothing.
TEST(TopicTagger, ScanListsEachListOfExtraWordsApart) {
  const TopicTagger tagger(Rules(), {{"said", "expects"}, {"told", "said"}, {}});
  const TopicTagger::TextScan scan =
      tagger.Scan("Lee said, expects tariffs; told SAID");
  ASSERT_TRUE(scan.extra_complete);
  ASSERT_EQ(scan.extra_starts.size(), 3u);
  EXPECT_EQ(scan.extra_starts[0], (std::vector<size_t>{4, 10, 32}));
  EXPECT_EQ(scan.extra_starts[1], (std::vector<size_t>{4, 27, 32}));
  EXPECT_TRUE(scan.extra_starts[2].empty());
  EXPECT_EQ(tagger.Scan("").extra_starts.size(), 3u);
}

}  // namespace
}  // namespace whosaid::nlp
