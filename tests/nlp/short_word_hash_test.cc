#include "nlp/short_word_hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::nlp {
namespace {

TEST(ShortWordHash, EqualWordsHashEqualWhateverTheirType) {
  const ShortWordHash hash;
  for (const std::string& w :
       {std::string(), std::string("a"), std::string("lin"),
        std::string("keane"), std::string("whitlock"),
        std::string("counternarcotics"), std::string("o’brien")}) {
    EXPECT_EQ(hash(w), hash(std::string_view(w))) << w;
    EXPECT_EQ(hash(w), hash(std::string(w))) << w;
  }
}

TEST(ShortWordHash, TellsShortWordsApart) {
  // Every word of one to nine letters over a small alphabet, and each
  // word's length matters ("ab" is not "aab").
  std::vector<std::string> words = {""};
  for (size_t k = 0; k < words.size() && words.size() < 20000; ++k) {
    if (words[k].size() == 9) continue;
    for (char c : std::string_view("aeiklnrst")) words.push_back(words[k] + c);
  }
  const ShortWordHash hash;
  std::set<size_t> hashes;
  std::set<size_t> control_bytes;  // absl's tables use the low seven bits
  for (const std::string& w : words) {
    hashes.insert(hash(w));
    control_bytes.insert(hash(w) & 0x7F);
  }
  EXPECT_EQ(hashes.size(), words.size());
  EXPECT_EQ(control_bytes.size(), 128u);
}

TEST(ShortWordHash, LongWordsDifferingInTheMiddleMayCollideButStillWork) {
  const ShortWordHash hash;
  // Only the first and last eight bytes count past sixteen bytes.
  EXPECT_EQ(hash("abcdefgh-one-ijklmnop"), hash("abcdefgh-two-ijklmnop"));
  EXPECT_NE(hash("abcdefgh-one-ijklmnop"), hash("abcdefgh-one-ijklmnoq"));
}

}  // namespace
}  // namespace whosaid::nlp
