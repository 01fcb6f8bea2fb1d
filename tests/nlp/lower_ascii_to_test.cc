#include "nlp/ascii.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

std::string Lowered(std::string_view in) {
  std::string out(in.size(), '#');
  LowerAsciiTo(in, out.data());
  return out;
}

TEST(LowerAsciiTo, LowersAsciiLettersOnly) {
  EXPECT_EQ(Lowered(""), "");
  EXPECT_EQ(Lowered("A"), "a");
  EXPECT_EQ(Lowered("Keane"), "keane");           // 4 + 1
  EXPECT_EQ(Lowered("WHITLOCK"), "whitlock");     // 8
  EXPECT_EQ(Lowered("Ostergaard’S"), "ostergaard’s");  // 8 + 4 + 2
  EXPECT_EQ(Lowered("@[`{AZaz09"), "@[`{azaz09");  // the bytes around A-Z, a-z
  EXPECT_EQ(Lowered("ÉMILE ZOË"), "Émile zoË");    // non-ASCII stays
}

// Every byte value, at every place in words of every length up to 20,
// comes out as LowerAscii makes it.
TEST(LowerAsciiTo, MatchesLowerAsciiOnEveryByte) {
  for (int c = 0; c < 256; ++c) {
    for (size_t size = 1; size <= 20; ++size) {
      for (size_t at = 0; at < size; ++at) {
        std::string in(size, 'Q');
        in[at] = static_cast<char>(c);
        ASSERT_EQ(Lowered(in), LowerAscii(in)) << c << " " << size << " " << at;
      }
    }
  }
}

}  // namespace
}  // namespace whosaid::nlp
