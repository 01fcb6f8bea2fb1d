#include "nlp/topic_tagger.h"

#include <gtest/gtest.h>

#include "nlp/rule_pack.h"

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

// Builtin rules for taking technology and for the negotiating process.
TEST(TopicTagger, BuiltinTechnologyTakingAndNegotiationProcess) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  TopicTagger tagger(pack->topics);
  struct Case {
    std::string text, topic;
    bool want;
  } cases[] = {
      {"the protection of commercial technology", "ip-technology-transfer", true},
      {"a hundred dollars in lost technology", "ip-technology-transfer", true},
      {"firms obtained restricted chip designs", "ip-technology-transfer", true},
      {"a new technology park opened", "ip-technology-transfer", false},
      {"as agreed in Lisbon, the rules changed", "summit-negotiations", true},
      {"the arrangement concluded in Singapore", "summit-negotiations", true},
      {"the investment dialogue resumed", "summit-negotiations", true},
      {"the arrangement of the furniture", "summit-negotiations", false},
  };
  for (const Case& c : cases) {
    const auto topics = tagger.Tag(c.text).topics;
    const bool has =
        std::find(topics.begin(), topics.end(), c.topic) != topics.end();
    EXPECT_EQ(has, c.want) << c.text;
  }
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

TEST(TopicTagger, NoRulesNoTopics) {
  TopicTagger tagger({});
  EXPECT_TRUE(tagger.Tag("tariffs").topics.empty());
  EXPECT_TRUE(tagger.TagDocument("tariffs", "tariffs", 1).topics.empty());
}

}  // namespace
}  // namespace whosaid::nlp
