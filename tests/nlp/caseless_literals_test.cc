#include "nlp/caseless_literals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace whosaid::nlp {
namespace {

using Hits = std::vector<std::pair<size_t, int>>;

std::string FoldAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(FoldAsciiByte(static_cast<unsigned char>(c)));
  return out;
}

// Every occurrence, found the slow way.
Hits NaiveHits(const std::vector<std::string>& literals, std::string_view text) {
  Hits hits;
  const std::string folded = FoldAscii(text);
  for (size_t i = 0; i < literals.size(); ++i) {
    const std::string literal = FoldAscii(literals[i]);
    for (size_t at = folded.find(literal); at != std::string::npos;
         at = folded.find(literal, at + 1)) {
      hits.emplace_back(at, static_cast<int>(i));
    }
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

Hits AllHits(const CaselessLiterals& literals, std::string_view text) {
  Hits hits;
  literals.ForEachHit(text, [&](size_t start, int index) {
    hits.emplace_back(start, index);
    return true;
  });
  std::sort(hits.begin(), hits.end());
  return hits;
}

TEST(CaselessLiterals, FoldsAsciiLettersOnly) {
  const std::vector<std::string> words = {"Tariff", "ev", "dollar’s", "É1",
                                          "a b", "ev"};
  const CaselessLiterals literals(words);
  struct Case {
    std::string text;
    Hits want;
  } cases[] = {
      {"TARIFFS", {{0, 0}}},
      {"tariff", {{0, 0}}},
      {"Eve", {{0, 1}, {0, 5}}},
      {"the DOLLAR’S", {{4, 2}}},
      {"the dollar's", {}},      // ' is not ’
      {"é1 É1", {{4, 3}}},       // É is not folded to é
      {"A B", {{0, 4}}},
      {"", {}},
      {"e", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(AllHits(literals, c.text), c.want) << c.text;
  }
}

TEST(CaselessLiterals, FindsWhatANaiveSearchFinds) {
  const std::vector<std::string> words = {
      "the", "th", "he", "negotiat", "AGREEMENT", "ev", "vehicle", "’s",
      "\xC5\xBF", "\xE2\x84\xAA", "ee", "eee", "e ", " t", "market"};
  const CaselessLiterals literals(words);
  const std::vector<std::string> pieces = {
      "t", "T", "h", "E", "e", " ", "negotiat", "Agreement", "EV", "vehicle",
      "’", "s", "\xC5", "\xBF", "\xE2\x84\xAA", "mar", "KET", "\n", "x"};
  std::mt19937 rng(3);
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    EXPECT_EQ(AllHits(literals, text), NaiveHits(words, text)) << text;
  }
}

TEST(CaselessLiterals, StopsWhenAskedTo) {
  const CaselessLiterals literals({"ab"});
  int calls = 0;
  EXPECT_FALSE(literals.ForEachHit("ab ab ab", [&](size_t, int) {
    ++calls;
    return false;
  }));
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(literals.ForEachHit("none", [](size_t, int) { return false; }));
}

TEST(CaselessLiterals, RarestPartIsPartOfTheLiteral) {
  for (const std::string literal :
       {"negotiation", "the market", "ev", "dollar’s", "aircraft"}) {
    for (size_t length : {2u, 5u, 8u, 20u}) {
      const std::string_view part = CaselessLiterals::RarestPart(literal, length);
      EXPECT_EQ(part.size(), std::min(length, literal.size())) << literal;
      EXPECT_NE(literal.find(part), std::string::npos) << literal;
    }
  }
  // Rare letters win over common ones.
  EXPECT_EQ(CaselessLiterals::RarestPart("the jazz", 2), "zz");
}

}  // namespace
}  // namespace whosaid::nlp
