#include "nlp/word_start_literals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace whosaid::nlp {
namespace {

using Hits = std::vector<std::pair<size_t, int>>;

Hits Find(const WordStartLiterals& literals, std::string_view text) {
  Hits hits;
  literals.ForEachHit(text, [&](size_t start, int index) {
    hits.emplace_back(start, index);
  });
  return hits;
}

Hits Sorted(Hits hits) {
  std::sort(hits.begin(), hits.end());
  return hits;
}

// Every occurrence at a word start, found the slow way, by start then
// index.
Hits NaiveFind(const std::vector<std::string>& literals,
               std::string_view text) {
  auto fold = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  };
  Hits hits;
  for (size_t start = 0; start < text.size(); ++start) {
    if (start > 0 && IsWordByte(text[start - 1])) continue;
    for (size_t i = 0; i < literals.size(); ++i) {
      const std::string& literal = literals[i];
      if (literal.size() > text.size() - start) continue;
      bool equal = true;
      for (size_t k = 0; k < literal.size() && equal; ++k) {
        equal = fold(text[start + k]) == fold(literal[k]);
      }
      if (equal) hits.emplace_back(start, static_cast<int>(i));
    }
  }
  return hits;
}


TEST(WordStartLiterals, FindsOnlyOccurrencesAtWordStarts) {
  const WordStartLiterals literals({"ev", "oil", "EVEN", "u.s. ", "ev"});
  EXPECT_EQ(Sorted(Find(literals, "even EV; never evs_ toil OIL U.S. oil")),
            (Hits{{0, 0}, {0, 2}, {0, 4}, {5, 0}, {5, 4}, {15, 0}, {15, 4},
                  {25, 1}, {29, 3}, {34, 1}}));
  EXPECT_TRUE(Find(literals, "").empty());
  EXPECT_TRUE(Find(literals, "e").empty());
  EXPECT_EQ(Find(literals, "ev"), (Hits{{0, 0}, {0, 4}}));
}

TEST(WordStartLiterals, FindsWhatANaiveSearchFinds) {
  const std::vector<std::string> words = {
      "ev", "Oil", "even", "trade war", "u.s.", "ab", "a_b", "9x", "ba",
      "b\xC3\xA9", "tariff", "tariffs"};
  const WordStartLiterals literals(words);
  const std::vector<std::string> pieces = {
      "ev", "EV", "e", "v", "oil", "o", "il", " ", "_", "-", "\n", "trade",
      " war", "U.S.", "a", "b", "9", "x", "\xC3\xA9", "\xC3", "tariff", "s",
      "T", "1", "\xE2\x80\x99"};
  std::mt19937 rng(3);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    EXPECT_EQ(Sorted(Find(literals, text)), NaiveFind(words, text))
        << "text: " << text;
  }
}

// Texts long enough for several 64-byte blocks, so that words and
// literals cross the blocks' edges.
TEST(WordStartLiterals, FindsWhatANaiveSearchFindsInLongTexts) {
  const std::vector<std::string> words = {
      "ev", "Oil", "even", "trade war", "u.s.", "ab", "a_b", "9x", "ba",
      "b\xC3\xA9", "tariff", "tariffs", "cor", "corn", "co-op"};
  const WordStartLiterals literals(words);
  const std::vector<std::string> pieces = {
      "ev", "EV", "e", "v", "oil", "o", "il", " ", "_", "-", "\n", "trade",
      " war", "U.S.", "a", "b", "9", "x", "\xC3\xA9", "tariff", "s", "T",
      "co", "rn", "r", "op", "\xE2\x80\x99"};
  std::mt19937 rng(11);
  for (int i = 0; i < 1000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    EXPECT_EQ(Sorted(Find(literals, text)), NaiveFind(words, text))
        << "text: " << text;
  }
}

// Literals that share their first two or three bytes and differ in the
// fourth (or end before it), as the bucket filters see them, also where
// the text ends after three bytes.
TEST(WordStartLiterals, FourthByteFilterKeepsEveryHit) {
  const std::vector<std::string> words = {"coal", "corn", "count", "cor",
                                          "co-op", "cou", "ma", "market"};
  const WordStartLiterals literals(words);
  const std::vector<std::string> pieces = {
      "co", "CO", "c", "o", "al", "AL", "rn", "r", "unt", "u", "n", "t", "-",
      "op", " ", "ma", "rket", "RK", "e", "\xC3\xA9", "_", "7"};
  std::mt19937 rng(5);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    EXPECT_EQ(Sorted(Find(literals, text)), NaiveFind(words, text))
        << "text: " << text;
  }
}

// Literals sharing their first four bytes, with shorter ones that begin
// them: at one start, the hits come in index order.
TEST(WordStartLiterals, ReportsTheHitsAtAStartInIndexOrder) {
  const std::vector<std::string> words = {
      "buying g", "buy", "buyers", "BUYING", "bu", "buying goods", "buy",
      "buyer", "order 1", "order", "ord", "orders 1", "or"};
  const WordStartLiterals literals(words);
  const std::vector<std::string> pieces = {
      "buy", "BUY", "ing", "er", "s", " ", "g", "oods", "or", "OR", "der",
      "1", "b", "u", "_", "\xC3\xA9"};
  std::mt19937 rng(9);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    EXPECT_EQ(Find(literals, text), NaiveFind(words, text))
        << "text: " << text;
  }
}

TEST(WordStartLiterals, FoldedHeadFoldsOnlyAsciiLettersAndPadsWithZeros) {
  auto word = [](std::string_view bytes) {
    uint64_t v = 0;
    std::memcpy(&v, bytes.data(), bytes.size());
    return v;
  };
  const std::string text = "@AZ[az`{\xC3\x89T";
  EXPECT_EQ(WordStartLiterals::FoldedHead(text, 0), word("@az[az`{"));
  EXPECT_EQ(WordStartLiterals::FoldedHead(text, 3), word("[az`{\xC3\x89t"));
  EXPECT_EQ(WordStartLiterals::FoldedHead(text, 8), word("\xC3\x89t"));
  EXPECT_EQ(WordStartLiterals::FoldedHead(text, text.size()), 0u);
  EXPECT_EQ(WordStartLiterals::FoldedHead("", 0), 0u);
}

}  // namespace
}  // namespace whosaid::nlp
