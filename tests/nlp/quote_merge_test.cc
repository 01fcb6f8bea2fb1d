#include "nlp/quote_merge.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "nlp/analyzer.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {
namespace {

Quote Q(size_t start, size_t end, std::optional<std::string> speaker,
        std::string rule) {
  Quote q;
  q.span = {start, end};
  q.speaker = std::move(speaker);
  q.rule = std::move(rule);
  return q;
}

TEST(MergeQuotes, Table) {
  struct Case {
    const char* what;
    std::vector<Quote> quotes, more;
    std::vector<std::string> rules;  // the merged quotes' rules, in order
  } cases[] = {
      {"no overlap: both kept, sorted",
       {Q(10, 20, "A", "first")},
       {Q(0, 5, std::nullopt, "second")},
       {"second", "first"}},
      {"attributed newcomer replaces an unattributed quote",
       {Q(10, 20, std::nullopt, "general")},
       {Q(10, 20, "Lin Mei", "cjk")},
       {"cjk"}},
      {"an empty speaker is no speaker",
       {Q(10, 20, "", "general")},
       {Q(12, 18, "Lin Mei", "cjk")},
       {"cjk"}},
      {"attributed quote stays against an attributed newcomer",
       {Q(10, 20, "A", "general")},
       {Q(10, 20, "B", "cjk")},
       {"general"}},
      {"unattributed newcomer never displaces",
       {Q(10, 20, std::nullopt, "general")},
       {Q(10, 20, std::nullopt, "cjk")},
       {"general"}},
      {"one attributed quote among the overlapped ones blocks",
       {Q(0, 12, std::nullopt, "g1"), Q(14, 30, "A", "g2")},
       {Q(10, 20, "B", "cjk")},
       {"g1", "g2"}},
      {"it replaces every unattributed quote it overlaps",
       {Q(0, 12, std::nullopt, "g1"), Q(14, 30, std::nullopt, "g2"),
        Q(40, 50, std::nullopt, "g3")},
       {Q(10, 20, "B", "cjk")},
       {"cjk", "g3"}},
  };
  for (auto& c : cases) {
    SCOPED_TRACE(c.what);
    std::vector<Quote> quotes = c.quotes;
    MergeQuotes(quotes, c.more);
    std::vector<std::string> rules;
    for (const Quote& q : quotes) rules.push_back(q.rule);
    EXPECT_EQ(rules, c.rules);
  }
}

// Issue 3 (quality4): in 她说：“…” the word-based extractor took the
// quotation first without a speaker and the Chinese finder's attributed
// reading of it was dropped as overlapping.
TEST(MergeQuotes, Issue3ChinesePronounQuoteKeepsItsSpeaker) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  auto analyzer = Analyzer::Create(*std::move(pack));
  ASSERT_TRUE(analyzer.ok()) << analyzer.status();
  Document doc;
  doc.id = "issue3";
  doc.text =
      "Vice Minister Lin Mei spoke in Shanghai on Thursday.\n\n"
      "林梅周四在上海发表讲话。她说：“对外开放不是礼物，而是选择。”";
  const Analysis a = (*analyzer)->Analyze(doc, nullptr);
  const Quote* found = nullptr;
  for (const Quote& q : a.quotes) {
    if (q.text.find("对外开放") != std::string::npos) {
      EXPECT_EQ(found, nullptr) << "the quotation was reported twice";
      found = &q;
    }
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->speaker.value_or("<none>"), "Lin Mei");
  EXPECT_EQ(found->rule, "cjk.direct");
}

}  // namespace
}  // namespace whosaid::nlp
