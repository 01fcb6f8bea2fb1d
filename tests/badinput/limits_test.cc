// One test per documented input cap (README, "Limits"): each builds input
// just past the cap and checks the per-item error, through the library
// calls. The caps on whole files and on the command line are hit through
// the whosaid binary in badinput_test.cc.

#include <gtest/gtest.h>

#include <string>

#include "absl/status/status.h"
#include "ingest/document_reader.h"
#include "ingest/feed_parser.h"
#include "ingest/html_extractor.h"
#include "ingest/json_depth.h"
#include "nlp/analyzer.h"
#include "nlp/rule_pack.h"
#include "store/store.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(Limits, HtmlPageOverTwentyMebibytesIsRefused) {
  const ingest::HtmlLimits defaults;
  ASSERT_EQ(defaults.max_bytes, size_t{20} << 20);
  std::string page = "<html><body><p>" +
                     std::string(defaults.max_bytes, 'a') + "</p></body></html>";
  auto doc = ingest::ExtractHtml(page);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(doc.status().message().find("over the limit of 20971520"),
            std::string::npos)
      << doc.status();
}

TEST(Limits, HtmlNestedDeeperThanAThousandElementsIsCut) {
  const ingest::HtmlLimits defaults;
  ASSERT_EQ(defaults.max_depth, 1000);
  // Paragraphs long enough for the main-text extractor to keep.
  const std::string words = Repeat(
      "Negotiators said the truce on tariffs would hold through spring. ", 4);
  auto page = [&](int divs) {
    return "<html><head><title>Deep</title></head><body><p>Words before. " +
           words + "</p>" + Repeat("<div>", divs) + "<p>Deep words. " + words +
           "</p>" + Repeat("</div>", divs) + "<p>Words after. " + words +
           "</p></body></html>";
  };
  // Counting html as level 1, an element keeps its content while it is
  // less than 1000 levels deep: html, body, 996 divs and the p (level 999).
  auto ok = ingest::ExtractHtmlPage(page(996), "", "");
  ASSERT_TRUE(ok.ok()) << ok.status();
  EXPECT_EQ(ok->depth_cut, 0u);
  EXPECT_NE(ok->doc.text.find("Deep words."), std::string::npos) << ok->doc.text;
  auto deep = ingest::ExtractHtmlPage(page(997), "", "");
  ASSERT_TRUE(deep.ok()) << deep.status();
  EXPECT_EQ(deep->depth_cut, 1u);
  EXPECT_EQ(deep->doc.text.find("Deep words."), std::string::npos);
  // libxml2 alone would stop at 256 levels and drop the rest of the page.
  EXPECT_NE(deep->doc.text.find("Words after."), std::string::npos)
      << deep->doc.text;
}

TEST(Limits, JsonlLineNestedDeeperThanSixtyFourLevelsIsSkipped) {
  ASSERT_EQ(ingest::kMaxJsonDepth, 64);
  auto line = [](int extra) {
    // The object itself is one level; `extra` arrays nest inside it.
    return R"({"id":"n)" + std::to_string(extra) + R"(","text":"Fine.","x":)" +
           Repeat("[", extra) + Repeat("]", extra) + "}\n";
  };
  nlp::CollectingReporter reporter;
  auto docs = ingest::ReadDocuments("in.jsonl", line(63) + line(64),
                                    ingest::InputFormat::kJsonl, reporter);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "n63");
  ASSERT_EQ(reporter.entries().size(), 1u);
  EXPECT_EQ(reporter.entries()[0].item, "in.jsonl:2");
  EXPECT_EQ(reporter.entries()[0].reason,
            "JSON nested deeper than 64 levels; skipped");
}

TEST(Limits, FeedItemsPastFiveThousandAreDroppedAndCounted) {
  const ingest::FeedLimits defaults;
  ASSERT_EQ(defaults.max_items, 5000u);
  std::string rss = "<rss version=\"2.0\"><channel><title>Many</title>";
  for (size_t i = 0; i < defaults.max_items + 2; ++i) {
    rss += "<item><title>Item " + std::to_string(i) +
           "</title><link>https://example.org/" + std::to_string(i) +
           "</link></item>";
  }
  rss += "</channel></rss>";
  auto feed = ingest::ParseFeed(rss, "https://example.org/feed");
  ASSERT_TRUE(feed.ok()) << feed.status();
  EXPECT_EQ(feed->items.size(), defaults.max_items);
  EXPECT_EQ(feed->dropped_items, 2u);
  EXPECT_EQ(feed->items.back().title, "Item 4999");
}

TEST(Limits, FeedOverTwentyMebibytesIsRefused) {
  const ingest::FeedLimits defaults;
  ASSERT_EQ(defaults.max_bytes, size_t{20} << 20);
  const std::string rss = "<rss version=\"2.0\"><channel><title>" +
                          std::string(defaults.max_bytes, 'a') +
                          "</title></channel></rss>";
  auto feed = ingest::ParseFeed(rss, "");
  ASSERT_FALSE(feed.ok());
  EXPECT_EQ(feed.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(Limits, RulePackNestedDeeperThanTomlLimitIsRefused) {
  // toml++ refuses values nested deeper than 256 levels (its
  // TOML_MAX_NESTED_VALUES); the pack is then refused with file and line.
  auto pack = [](int depth) {
    return std::vector<nlp::RuleFile>{
        {"deep.toml", "x = " + Repeat("[", depth) + Repeat("]", depth) + "\n"}};
  };
  EXPECT_TRUE(nlp::LoadRulePack(pack(250)).ok());
  auto deep = nlp::LoadRulePack(pack(300));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(deep.status().message().find("deep.toml:1: "), std::string::npos)
      << deep.status();
}

TEST(Limits, QuotesPastTenThousandPerDocumentAreDroppedAndReported) {
  ASSERT_EQ(nlp::kMaxQuotesPerDocument, 10000u);
  auto pack = nlp::LoadRulePack(nlp::BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  auto analyzer = nlp::Analyzer::Create(*std::move(pack));
  ASSERT_TRUE(analyzer.ok());
  nlp::Document doc;
  doc.id = "many";
  doc.text = Repeat("“Fine,” Ann Lee said. ", nlp::kMaxQuotesPerDocument + 3);
  nlp::CollectingReporter reporter;
  nlp::Analysis a = (*analyzer)->Analyze(doc, &reporter);
  EXPECT_EQ(a.quotes.size(), nlp::kMaxQuotesPerDocument);
  ASSERT_EQ(reporter.entries().size(), 1u);
  EXPECT_EQ(reporter.entries()[0].item, "many");
  EXPECT_EQ(reporter.entries()[0].reason,
            "more than 10000 quotes; dropped the 3 after the limit");
}

TEST(Limits, QueryOverFourKibibytesIsRefused) {
  ASSERT_EQ(store::kMaxQueryBytes, 4096u);
  testutil::TempDir dir;
  auto s = store::OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(s.ok()) << s.status();
  store::QuoteQuery q;
  q.sort = "date";
  q.text_match = std::string(store::kMaxQueryBytes - q.sort.size(), 'a');
  EXPECT_TRUE((*s)->Quotes(q).ok());
  q.text_match += 'a';
  auto rows = (*s)->Quotes(q);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(rows.status().message(),
            "query is 4097 bytes, over the limit of 4096");
}

}  // namespace
}  // namespace whosaid
