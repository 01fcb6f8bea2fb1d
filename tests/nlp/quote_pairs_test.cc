#include "nlp/quote_pairs.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/segmenter.h"

namespace whosaid::nlp {
namespace {

std::vector<QuotePair> Pairs(const std::string& text,
                             std::vector<size_t>* unbalanced = nullptr) {
  return PairQuotes(ClassifyQuoteMarks(text), Segment(text).paragraphs,
                    unbalanced);
}

std::string Inner(const std::string& text, const QuotePair& p) {
  return text.substr(p.open_end, p.close - p.open_end);
}

TEST(PairQuotes, OutermostOnly) {
  const std::string text = "“We were told ‘no’ before,” he said.";
  auto pairs = Pairs(text);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(Inner(text, pairs[0]), "We were told ‘no’ before,");
}

TEST(PairQuotes, BritishSingleQuotesAndPossessives) {
  const std::string text = "‘The traders’ deals are done,’ she said.";
  auto pairs = Pairs(text);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(Inner(text, pairs[0]), "The traders’ deals are done,");
}

TEST(PairQuotes, MultiParagraphQuoteContinues) {
  const std::string text = "“First part.\n\n“Second part.”";
  auto pairs = Pairs(text);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_FALSE(pairs[0].closed);
  EXPECT_EQ(Inner(text, pairs[0]), "First part.");
  EXPECT_TRUE(pairs[1].closed);
}

TEST(PairQuotes, UnbalancedMarkIsDroppedAndReported) {
  const std::string text = "“Never closed.\n\nPlain text.\n\n“Closed.”";
  std::vector<size_t> unbalanced;
  auto pairs = Pairs(text, &unbalanced);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(Inner(text, pairs[0]), "Closed.");
  ASSERT_EQ(unbalanced.size(), 1u);
  EXPECT_EQ(unbalanced[0], 0u);
}

TEST(PairQuotes, StraightQuotes) {
  const std::string text = "\"One,\" he said, \"two.\"";
  auto pairs = Pairs(text);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(Inner(text, pairs[1]), "two.");
}

}  // namespace
}  // namespace whosaid::nlp
