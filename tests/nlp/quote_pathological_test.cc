// Hostile inputs: the extractor must stay linear and give sensible output.
// These tests assert correctness, not timing; they would time out if a
// stage went quadratic.

#include <gtest/gtest.h>

#include <string>

#include "nlp/normalizer.h"
#include "nlp/quote_extractor.h"
#include "nlp/segmenter.h"

namespace whosaid::nlp {
namespace {

std::vector<Quote> ExtractAll(const std::string& raw, std::vector<size_t>* unbalanced) {
  static const QuoteExtractor* extractor = new QuoteExtractor(
      {{"said", "say"}, {"told", "tell"}});
  const NormalizedText n = Normalize(raw);
  const Segmentation seg = Segment(n.text);
  return extractor->Extract(n.text, n.quote_marks, seg, {}, unbalanced);
}

TEST(Pathological, HundredThousandQuoteMarks) {
  std::string raw;
  for (int i = 0; i < 50000; ++i) raw += "“a” ";
  std::vector<size_t> unbalanced;
  const auto quotes = ExtractAll(raw, &unbalanced);
  // One-word fragments without attribution are not speech.
  EXPECT_TRUE(quotes.empty());
  EXPECT_TRUE(unbalanced.empty());
}

// Every unattributed quotation after reported speech looks back for it:
// thirty thousand in one paragraph must not make that quadratic.
TEST(Pathological, ThirtyThousandQuotesAfterReportedSpeech) {
  std::string raw = "Lin said the talks would go on.";
  for (int i = 0; i < 30000; ++i) raw += " “Yes, we will.”";
  const auto quotes = ExtractAll(raw, nullptr);
  ASSERT_EQ(quotes.size(), 30001u);
  EXPECT_EQ(quotes.back().speaker.value_or(""), "Lin");
}

TEST(Pathological, HundredThousandOpeningMarks) {
  std::string raw(100000 * 3, ' ');
  raw.clear();
  for (int i = 0; i < 100000; ++i) raw += "“";
  raw += "\n\n“Fine,” Lin said.";
  std::vector<size_t> unbalanced;
  const auto quotes = ExtractAll(raw, &unbalanced);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "Fine");
  // The next paragraph opens with a mark, so the first reads as a quote
  // continued there; it holds no words and yields nothing.
  EXPECT_TRUE(unbalanced.empty());
}

TEST(Pathological, MegabyteParagraphWithoutSpaces) {
  std::string raw(1 << 20, 'x');
  raw += "\n\n“Still found,” Lin said.";
  const auto quotes = ExtractAll(raw, nullptr);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.value_or(""), "Lin");
}

TEST(Pathological, TenThousandNestedQuotes) {
  std::string raw = "“Deep ";
  for (int i = 0; i < 5000; ++i) raw += "‘x “y ";
  for (int i = 0; i < 5000; ++i) raw += "z” w’ ";
  raw += "end,” Lin said.";
  const auto quotes = ExtractAll(raw, nullptr);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].text.starts_with("Deep ‘x “y"));
  EXPECT_TRUE(quotes[0].text.ends_with("w’ end"));
  EXPECT_EQ(quotes[0].speaker.value_or(""), "Lin");
}

TEST(Pathological, UnbalancedMarkNeverSwallowsTheDocument) {
  std::string raw = "“Opened and never closed.\n\n";
  for (int i = 0; i < 1000; ++i) raw += "Filler sentence number " + std::to_string(i) + ".\n\n";
  raw += "“Last words,” Lin said.";
  std::vector<size_t> unbalanced;
  const auto quotes = ExtractAll(raw, &unbalanced);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "Last words");
  EXPECT_EQ(unbalanced.size(), 1u);
}

TEST(Pathological, InvalidUtf8IsRepaired) {
  const std::string raw = "“Bad \xFF\xFE bytes,” Lin said.";
  const NormalizedText n = Normalize(raw);
  EXPECT_EQ(n.repaired_bytes, 2u);
  const auto quotes = ExtractAll(raw, nullptr);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
}

}  // namespace
}  // namespace whosaid::nlp
