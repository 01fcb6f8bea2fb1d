#include "nlp/cjk_quotes.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

std::vector<CueVerb> Cues() {
  return {{"said", "say"},   {"说", "说"},     {"表示", "表示"},
          {"指出", "指出"}, {"称", "称"}};
}

// A few of the words of discovery.toml's cjk_* lists.
DiscoveryRules Words() {
  DiscoveryRules d;
  d.cjk_titles = {"主席", "部长", "发言人"};
  d.cjk_person_references = {"他", "她", "其", "该发言人"};
  d.cjk_organization_references = {"该部", "该公司"};
  return d;
}

std::vector<Quote> Find(const std::string& text,
                        const std::vector<ActorInText>* actors = nullptr,
                        const DiscoveryRules& words = Words()) {
  CjkQuoteFinder finder(Cues(), words);
  return finder.Find(text, {{0, text.size()}}, actors);
}

// The span of the first `what` in `text`.
Span SpanOf(std::string_view text, std::string_view what) {
  const size_t at = text.find(what);
  EXPECT_NE(at, std::string_view::npos) << what;
  return {at, at + what.size()};
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

TEST(CjkQuoteFinder, TitleWordsComeFromThePack) {
  const std::string text = "圆桌会主席克莱尔·唐纳利表示，执行才是考验。";
  auto got = Find(text);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker.value_or(""), "克莱尔·唐纳利");
  // Without 主席 among the titles the whole run is the name as written.
  got = Find(text, nullptr, DiscoveryRules());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker.value_or(""), "圆桌会主席克莱尔·唐纳利");
}

// A reference word as the subject of the cue names the person (or the
// organisation) named last before it.
TEST(CjkQuoteFinder, ReferenceWordsNameWhoWasNamedBefore) {
  const std::vector<ActorInText> lin_and_claire = {
      {"Lin Mei", ActorKind::kPerson, "", "", false, {}},
      {"Claire Donnelly", ActorKind::kPerson, "", "", false, {}}};
  struct Case {
    std::string text;
    std::string speaker, mention;  // of the last quote; "" = none
  } cases[] = {
      // A name earlier in the paragraph, not itself a speaker.
      {"林梅周四抵达上海。她表示，开放将继续。", "Lin Mei", "她"},
      // An earlier speaker.
      {"林梅说：“我们不会后退。”他表示，谈判仍在继续。", "Lin Mei", "他"},
      {"“开放是我们的选择，”林梅说。该发言人称，细节下周公布。", "Lin Mei",
       "该发言人"},
      {"林梅表示，开放将继续。其指出，外资准入会放宽。", "Lin Mei", "其"},
      // After the quote: "…，”她说。"
      {"林梅周四抵达上海。“开放不会停，”她说。", "Lin Mei", "她"},
      // The last person named wins.
      {"林梅表示，开放将继续。圆桌会主席克莱尔·唐纳利周四抵达北京。"
       "她说：“执行才是考验。”",
       "Claire Donnelly", "她"},
      // The last person named is no document person: no speaker.
      {"林梅表示，开放将继续。会长安德烈·帕尔默周四抵达北京。"
       "他说：“订单已经排满。”",
       "", ""},
      // Nothing named before: no speaker.
      {"他表示，谈判仍在继续。林梅随后离开。", "", ""},
      // A person is no antecedent of an organisation reference.
      {"林梅表示，开放将继续。该部表示，新规明年生效。", "", ""},
      // Not references: 其他 (other), 他们 (they), 他的 (his), and 其
      // before a title (its spokesperson).
      {"林梅表示，开放将继续。其他官员表示，谈判仍在继续。", "", ""},
      {"林梅表示，开放将继续。他们表示，谈判仍在继续。", "", ""},
      {"林梅表示，开放将继续。他国官员表示，谈判仍在继续。", "", ""},
      {"林梅表示，开放将继续。他的助手表示，谈判仍在继续。", "", ""},
      {"林梅表示，开放将继续。其发言人表示，谈判仍在继续。", "", ""},
  };
  for (const Case& c : cases) {
    const auto got = Find(c.text, &lin_and_claire);
    ASSERT_FALSE(got.empty()) << c.text;
    EXPECT_EQ(got.back().speaker.value_or(""), c.speaker) << c.text;
    EXPECT_EQ(got.back().speaker_mention, c.mention) << c.text;
    if (!c.mention.empty()) {
      EXPECT_EQ(got.back().speaker_span, SpanOf(c.text, c.mention.c_str()))
          << c.text;
    }
  }
}

TEST(CjkQuoteFinder, ReferenceToAnActorMentionInAnEarlierParagraph) {
  const std::string first = "北风贸易公司周二发布声明，沈若溪出席了发布会。";
  const std::string second =
      "该公司表示，将扩大对华出口。他说：“订单已经排满。”";
  const std::string text = first + "\n\n" + second;
  const std::vector<ActorInText> actors = {{"Northwind Trading",
                                            ActorKind::kOrganization,
                                            "",
                                            "",
                                            false,
                                            {SpanOf(text, "北风贸易公司")}},
                                           {"Shen Ruoxi",
                                            ActorKind::kPerson,
                                            "",
                                            "",
                                            false,
                                            {SpanOf(text, "沈若溪")}}};
  CjkQuoteFinder finder(Cues(), Words());
  const auto got = finder.Find(
      text, {{0, first.size()}, {first.size() + 2, text.size()}}, &actors);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "将扩大对华出口");
  EXPECT_EQ(got[0].speaker.value_or(""), "Northwind Trading");
  EXPECT_EQ(got[0].speaker_mention, "该公司");
  EXPECT_EQ(got[1].text, "订单已经排满。");
  EXPECT_EQ(got[1].speaker.value_or(""), "Shen Ruoxi");
  EXPECT_EQ(got[1].speaker_mention, "他");
}

TEST(CjkQuoteFinder, NoPersonWhenSomeoneUnknownWasNamedInAnEarlierParagraph) {
  const std::vector<std::string> paragraphs = {
      "林梅表示，开放将继续。", "会长安德烈·帕尔默周四抵达北京。",
      "他表示，谈判仍在继续。"};
  std::string text;
  std::vector<Span> spans;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    spans.push_back({text.size(), text.size() + p.size()});
    text += p;
  }
  const auto actors = LinMei();
  CjkQuoteFinder finder(Cues(), Words());
  const auto got = finder.Find(text, spans, &actors);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].speaker.value_or(""), "Lin Mei");
  EXPECT_FALSE(got[1].speaker.has_value());
}

TEST(CjkQuoteFinder, NoOrganisationWhenAnotherWasWrittenSince) {
  const std::string named = "Harbourline Shipping周二发布声明。";
  for (const auto& [between, speaker] :
       std::vector<std::pair<std::string, std::string>>{
           {"", "Harbourline Shipping"},
           // A company the actors do not know, written in Chinese.
           {"南桥物流公司随后宣布合作。", ""}}) {
    const std::string text = named + between + "该公司表示，新航线明年开通。";
    const std::vector<ActorInText> actors = {
        {"Harbourline Shipping",
         ActorKind::kOrganization,
         "",
         "",
         false,
         {SpanOf(text, "Harbourline Shipping")}}};
    const auto got = Find(text, &actors);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].speaker.value_or(""), speaker) << text;
  }
}

TEST(HasCjkIdeograph, FindsIdeographsOnly) {
  EXPECT_FALSE(HasCjkIdeograph("“Quoted” — said the envoy, in 2025."));
  EXPECT_FALSE(HasCjkIdeograph(""));
  EXPECT_TRUE(HasCjkIdeograph("林"));
  std::string long_text(200, 'a');  // appended, not "+": GCC 12 warns there
  long_text += "梅b";
  EXPECT_TRUE(HasCjkIdeograph(long_text));
}

// The scan reads 64 and 16 bytes at a time, then single bytes: an
// ideograph is found wherever it falls, and the lead bytes just outside
// E4..E9 (E3: kana, EA: Yi and Hangul) count for nothing anywhere.
TEST(HasCjkIdeograph, FindsAnIdeographAtEveryOffset) {
  for (size_t at = 0; at <= 150; ++at) {
    std::string text(at, 'x');
    text += "\xE9\xBE\xA5";  // U+9FA5, the last lead byte
    text += std::string(150 - at, 'y');
    EXPECT_TRUE(HasCjkIdeograph(text)) << at;
    std::string kana = text;
    kana[at] = '\xE3';
    EXPECT_FALSE(HasCjkIdeograph(kana)) << at;
    std::string hangul = text;
    hangul[at] = '\xEA';
    EXPECT_FALSE(HasCjkIdeograph(hangul)) << at;
    std::string first = text;
    first[at] = '\xE4';  // U+4E00's lead byte
    EXPECT_TRUE(HasCjkIdeograph(first)) << at;
  }
}

}  // namespace
}  // namespace whosaid::nlp
