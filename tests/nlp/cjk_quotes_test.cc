#include "nlp/cjk_quotes.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

std::vector<CueVerb> Cues() {
  return {{"said", "say"},   {"说", "说"},     {"表示", "表示"},
          {"指出", "指出"}, {"称", "称"}};
}

std::vector<Quote> Find(const std::string& text,
                        const std::vector<ActorInText>* actors = nullptr) {
  CjkQuoteFinder finder(Cues());
  return finder.Find(text, {{0, text.size()}}, actors);
}

std::vector<ActorInText> LinMei() {
  return {{"Lin Mei", ActorKind::kPerson, "", "", false, {}},
          {"China", ActorKind::kPlace, "", "", true, {}}};
}

TEST(CjkQuoteFinder, LayoutsAndSpeakers) {
  const auto actors = LinMei();
  struct Case {
    std::string text;
    QuoteKind kind;
    std::string quote, speaker, mention, cue, rule;
  } cases[] = {
      {"林梅说：“对外开放不是礼物。”", QuoteKind::kDirect,
       "对外开放不是礼物。", "Lin Mei", "林梅", "说", "cjk.direct"},
      {"林梅指出：「这是选择。」", QuoteKind::kDirect, "这是选择。",
       "Lin Mei", "林梅", "指出", "cjk.direct"},
      {"贸易副部长林梅周四在上海表示，中国将放宽外资准入。",
       QuoteKind::kIndirect, "中国将放宽外资准入", "Lin Mei", "林梅", "表示",
       "cjk.indirect"},
      {"“开放是我们的选择，”林梅说。", QuoteKind::kDirect,
       "开放是我们的选择", "Lin Mei", "林梅", "说", "cjk.direct_after"},
      {"圆桌会主席克莱尔·唐纳利表示，执行才是考验。", QuoteKind::kIndirect,
       "执行才是考验", "克莱尔·唐纳利", "克莱尔·唐纳利", "表示",
       "cjk.indirect"},
  };
  for (const Case& c : cases) {
    const auto got = Find(c.text, &actors);
    ASSERT_EQ(got.size(), 1u) << c.text;
    EXPECT_EQ(got[0].kind, c.kind) << c.text;
    EXPECT_EQ(got[0].text, c.quote) << c.text;
    EXPECT_EQ(c.text.substr(got[0].span.start, got[0].span.size()),
              got[0].text);
    EXPECT_EQ(got[0].speaker.value_or(""), c.speaker) << c.text;
    EXPECT_EQ(got[0].speaker_mention, c.mention) << c.text;
    EXPECT_EQ(got[0].cue, c.cue) << c.text;
    EXPECT_EQ(got[0].rule, c.rule) << c.text;
  }
}

TEST(CjkQuoteFinder, DottedForeignNameMatchesTheDocumentPersonBySound) {
  std::vector<ActorInText> actors = {
      {"Claire Donnelly", ActorKind::kPerson, "", "", false, {}},
      {"Fang Lirong", ActorKind::kPerson, "", "", false, {}}};
  auto got = Find("圆桌会主席克莱尔·唐纳利表示，执行才是考验。", &actors);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker.value_or(""), "Claire Donnelly");
  EXPECT_EQ(got[0].speaker_mention, "克莱尔·唐纳利");
  // Two people who sound alike: the name stays as written.
  actors.push_back({"Karl Dent", ActorKind::kPerson, "", "", false, {}});
  got = Find("圆桌会主席克莱尔·唐纳利表示，执行才是考验。", &actors);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker.value_or(""), "克莱尔·唐纳利");
}

TEST(CjkQuoteFinder, SeveralSentencesInOneParagraph) {
  const auto actors = LinMei();
  const auto got =
      Find("林梅表示，开放将继续。林梅说：“我们不会后退。”", &actors);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "开放将继续");
  EXPECT_EQ(got[1].text, "我们不会后退。");
}

TEST(CjkQuoteFinder, NotCues) {
  for (const std::string text :
       {"这说明了问题。", "这个计划被称为“新政”。", "他说明天再谈。",
        "“Hello,” she said.", "林梅说"}) {
    EXPECT_TRUE(Find(text).empty()) << text;
  }
}

TEST(CjkQuoteFinder, UnknownSpeakerWithoutNameIsNull) {
  const auto got = Find("他表示，谈判仍在继续。");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].speaker.has_value());
}

TEST(HasCjkIdeograph, FindsIdeographsOnly) {
  EXPECT_FALSE(HasCjkIdeograph("“Quoted” — said the envoy, in 2025."));
  EXPECT_FALSE(HasCjkIdeograph(""));
  EXPECT_TRUE(HasCjkIdeograph("林"));
  EXPECT_TRUE(HasCjkIdeograph(std::string(200, 'a') + "梅" + "b"));
}

}  // namespace
}  // namespace whosaid::nlp
