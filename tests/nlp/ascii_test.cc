#include "nlp/ascii.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

TEST(Ascii, LowerAscii) {
  const struct {
    std::string_view in;
    std::string_view out;
  } kCases[] = {
      {"", ""},
      {"Text/HTML; Charset=UTF-8", "text/html; charset=utf-8"},
      {"already lower 123", "already lower 123"},
      {"\xC3\x89T\xC3\x89", "\xC3\x89t\xC3\x89"},  // only ASCII letters change
      {"@[`{", "@[`{"},  // the neighbours of A-Z and a-z
  };
  for (const auto& c : kCases) EXPECT_EQ(LowerAscii(c.in), c.out) << c.in;
}

TEST(Ascii, TrimAscii) {
  const struct {
    std::string_view in;
    std::string_view out;
  } kCases[] = {
      {"", ""},
      {" \t\n\v\f\r", ""},
      {"  a b  ", "a b"},
      {"\tvalue\r\n", "value"},
      {"\xC2\xA0x\xC2\xA0", "\xC2\xA0x\xC2\xA0"},  // no-break space is not ASCII
  };
  for (const auto& c : kCases) EXPECT_EQ(TrimAscii(c.in), c.out) << c.in;
}

TEST(Ascii, EqualsIgnoreAsciiCase) {
  const struct {
    std::string_view a;
    std::string_view b;
    bool equal;
  } kCases[] = {
      {"", "", true},
      {"true", "TRUE", true},
      {"None", "nONE", true},
      {"true", "true ", false},
      {"true", "tru", false},
      {"@", "`", false},  // 0x40 and 0x60 differ by the case bit only
      {"\xC3\x89", "\xC3\xA9", false},  // É and é: not ASCII
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(EqualsIgnoreAsciiCase(c.a, c.b), c.equal) << c.a << " / " << c.b;
  }
}

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
