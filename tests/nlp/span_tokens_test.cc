#include "nlp/span_tokens.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

// The ranges found by binary search alone, for comparison.
std::vector<TokenRange> BySearch(const std::vector<Token>& tokens,
                                 const std::vector<Span>& spans) {
  std::vector<TokenRange> out;
  for (const Span& s : spans) {
    out.push_back({TokenAtOrAfter(tokens, s.start), TokenAtOrAfter(tokens, s.end)});
  }
  return out;
}

TEST(TokenRangesOf, MatchesBinarySearch) {
  const std::string text =
      "First paragraph, two words.\n\n“Quoted,” she said.\n\nLast one";
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  struct Case {
    const char* name;
    std::vector<Span> spans;
  };
  const std::vector<Case> cases = {
      {"paragraphs in order", {{0, 27}, {29, 48}, {50, text.size()}}},
      {"empty list", {}},
      {"empty spans and gaps", {{0, 0}, {5, 5}, {29, 29}, {60, 60}}},
      {"out of order", {{50, text.size()}, {0, 27}, {29, 48}}},
      {"overlapping", {{0, 40}, {10, 20}, {30, text.size()}}},
      {"past the end", {{text.size(), text.size() + 10}}},
      {"mid-token offsets", {{2, 7}, {8, 33}}},
  };
  for (const Case& c : cases) {
    const std::vector<TokenRange> got = TokenRangesOf(tokens, c.spans);
    const std::vector<TokenRange> want = BySearch(tokens, c.spans);
    ASSERT_EQ(got.size(), want.size()) << c.name;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].first, want[i].first) << c.name << " span " << i;
      EXPECT_EQ(got[i].end, want[i].end) << c.name << " span " << i;
    }
  }
}

TEST(TokenRangesOf, LongSpansInOrder) {
  // Spans of many tokens, at every length from 0 to 120 bytes, so that the
  // galloping runs both short and long.
  std::string text;
  for (int i = 0; i < 400; ++i) {
    text += 'w';
    text += std::to_string(i);
    text += i % 9 ? " " : ", ";
  }
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  std::vector<Span> spans;
  size_t at = 0;
  for (size_t length = 0; at + length <= text.size(); length = (length + 7) % 121) {
    spans.push_back({at, at + length});
    at += length + length % 3;
  }
  const std::vector<TokenRange> got = TokenRangesOf(tokens, spans);
  const std::vector<TokenRange> want = BySearch(tokens, spans);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].first, want[i].first) << "span " << i;
    EXPECT_EQ(got[i].end, want[i].end) << "span " << i;
  }
}

TEST(TokenRangesOf, UnevenTokenLengths) {
  // Long words, then runs of one-letter words and marks, then long words
  // again: a guess from the document's mean token length falls short in
  // one part and overshoots in another, so the search runs both ways.
  std::string text;
  for (int i = 0; i < 60; ++i) text += "extraordinarily-long-word" + std::to_string(i) + " ";
  for (int i = 0; i < 300; ++i) text += i % 4 ? "a " : ", ";
  for (int i = 0; i < 60; ++i) text += "another-rather-long-word" + std::to_string(i) + " ";
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t bound) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % bound;
  };
  for (int round = 0; round < 50; ++round) {
    std::vector<Span> spans;
    size_t at = next(20);
    while (at < text.size()) {
      const size_t length = std::min<size_t>(next(400), text.size() - at);
      spans.push_back({at, at + length});
      at += length + next(5);
    }
    const std::vector<TokenRange> got = TokenRangesOf(tokens, spans);
    const std::vector<TokenRange> want = BySearch(tokens, spans);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].first, want[i].first) << "round " << round << " span " << i;
      EXPECT_EQ(got[i].end, want[i].end) << "round " << round << " span " << i;
    }
  }
}

TEST(TokenRangesOf, NoTokens) {
  const std::vector<TokenRange> got = TokenRangesOf({}, {{0, 4}, {2, 9}});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].first, 0u);
  EXPECT_EQ(got[1].end, 0u);
}

TEST(TokenAtOrAfter, FirstTokenStartingAtOrAfter) {
  const std::string text = "a bb, c";
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 4u);  // a, bb, ",", c
  EXPECT_EQ(TokenAtOrAfter(tokens, 0), 0u);
  EXPECT_EQ(TokenAtOrAfter(tokens, 1), 1u);
  EXPECT_EQ(TokenAtOrAfter(tokens, 2), 1u);
  EXPECT_EQ(TokenAtOrAfter(tokens, 3), 2u);
  EXPECT_EQ(TokenAtOrAfter(tokens, 7), 4u);
}

}  // namespace
}  // namespace whosaid::nlp
