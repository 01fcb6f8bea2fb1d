#include "nlp/normalizer.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(Normalize, FoldsSpacesAndJoinsParagraphs) {
  NormalizedText n = Normalize("  One\xC2\xA0 two\t three \n\n\n Four\r\nfive ");
  EXPECT_EQ(n.text, "One two three\n\nFour\n\nfive");
  EXPECT_EQ(n.repaired_bytes, 0u);
}

TEST(Normalize, RepairsInvalidUtf8) {
  NormalizedText n = Normalize("a\xFF b\xC3");
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD b\xEF\xBF\xBD");
  EXPECT_EQ(n.repaired_bytes, 2u);
}

// Bad-input corpus (tests/badinput): NUL bytes used to reach the output and
// the store inside quote text.
TEST(Normalize, ReplacesNulBytes) {
  NormalizedText n = Normalize(std::string_view("a\0b\0\0c", 6));
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c");
  EXPECT_EQ(n.repaired_bytes, 3u);
}

TEST(Normalize, AppliesNfc) {
  // "e" + combining acute becomes the precomposed é.
  EXPECT_EQ(Normalize("Cafe\xCC\x81").text, "Caf\xC3\xA9");
}

}  // namespace
}  // namespace whosaid::nlp
