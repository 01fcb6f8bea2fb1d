#include "nlp/ascii_alnum_run.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

// The byte-by-byte definition AsciiAlnumRunEnd must agree with.
size_t SlowRunEnd(const std::string& s, size_t i, bool* has_lower) {
  while (i < s.size() && IsAsciiAlnum(static_cast<unsigned char>(s[i]))) {
    if (s[i] >= 'a' && s[i] <= 'z') *has_lower = true;
    ++i;
  }
  return i;
}

TEST(AsciiAlnumRun, EndsAtTheFirstByteNoLetterOrDigit) {
  const auto* s = reinterpret_cast<const uint8_t*>("Whitlock, 42 said");
  bool lower = false;
  EXPECT_EQ(AsciiAlnumRunEnd(s, 0, 17, &lower), 8u);
  EXPECT_TRUE(lower);
  lower = false;
  EXPECT_EQ(AsciiAlnumRunEnd(s, 10, 17, &lower), 12u);  // "42"
  EXPECT_FALSE(lower);
  EXPECT_EQ(AsciiAlnumRunEnd(s, 8, 17, &lower), 8u);    // at the comma
  EXPECT_EQ(AsciiAlnumRunEnd(s, 13, 17, &lower), 17u);  // to the end
}

TEST(AsciiAlnumRun, AgreesWithByteByByteAtEveryOffset) {
  // Runs shorter and longer than a block, capitals only, digits, the
  // bytes next to each range ('@', '[', '`', '{', '/', ':'), non-ASCII
  // bytes and a NUL.
  const std::string texts[] = {
      "NATO SUMMIT in BRUSSELS, 2026",
      "Supercalifragilisticexpialidocious words",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz",
      "A@B[C`D{E/F:G",
      "Zo\xc3\xab Kravitz \xe2\x80\x9cquoted\xe2\x80\x9d",
      std::string("NUL\0inside", 10),
      "",
      "x",
  };
  for (const std::string& text : texts) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    for (size_t i = 0; i <= text.size(); ++i) {
      bool want_lower = false, got_lower = false;
      const size_t want = SlowRunEnd(text, i, &want_lower);
      EXPECT_EQ(AsciiAlnumRunEnd(s, i, text.size(), &got_lower), want)
          << text << " at " << i;
      EXPECT_EQ(got_lower, want_lower) << text << " at " << i;
    }
  }
}

// Every byte value, inside a block of letters: the run ends at it exactly
// when it is no ASCII letter or digit, and only a..z count as lower case.
TEST(AsciiAlnumRun, AgreesWithByteByByteForEveryByte) {
  for (int b = 0; b < 256; ++b) {
    const std::string text =
        std::string("AB") + static_cast<char>(b) + "CDEFGHIJKLMNOPQRST";
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    for (size_t i : {size_t{0}, size_t{2}}) {
      bool want_lower = false, got_lower = false;
      const size_t want = SlowRunEnd(text, i, &want_lower);
      EXPECT_EQ(AsciiAlnumRunEnd(s, i, text.size(), &got_lower), want)
          << "byte " << b << " at " << i;
      EXPECT_EQ(got_lower, want_lower) << "byte " << b << " at " << i;
    }
  }
}

TEST(AsciiAlnumRun, LeavesHasLowerSetByTheCaller) {
  const auto* s = reinterpret_cast<const uint8_t*>("ABC");
  bool lower = true;
  EXPECT_EQ(AsciiAlnumRunEnd(s, 0, 3, &lower), 3u);
  EXPECT_TRUE(lower);
}

}  // namespace
}  // namespace whosaid::nlp
