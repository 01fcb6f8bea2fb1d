#include "store/text_keys.h"

#include <gtest/gtest.h>

namespace whosaid::store {
namespace {

TEST(NameKey, FoldsCaseAndSpace) {
  EXPECT_EQ(NameKey("  Dana   WHITLOCK "), "dana whitlock");
  EXPECT_EQ(NameKey("ÉLISE Ngata"), NameKey("élise ngata"));
  EXPECT_EQ(NameKey(""), "");
}

TEST(QuoteKey, SameWordsSameKey) {
  const struct {
    const char* a;
    const char* b;
  } kSame[] = {
      {"We will not be rushed.", "we will NOT be rushed"},
      {"“We will not be rushed,”", "\"We will not be rushed\""},
      {"We won’t be rushed", "We won't be rushed"},
      {"We will... not be rushed", "We will … not be rushed"},
      {"We will . . . not be rushed", "we will [...] not be rushed"},
      {"A fair—and lasting—deal", "a fair and lasting deal"},
      {"...we will not be rushed...", "We will not be rushed"},
  };
  for (const auto& c : kSame) {
    EXPECT_EQ(QuoteKey(c.a), QuoteKey(c.b)) << c.a << " | " << c.b;
  }
}

TEST(QuoteKey, EllipsisIsASeparator) {
  EXPECT_EQ(QuoteKey("We will… not be rushed"), "we will | not be rushed");
  EXPECT_EQ(QuoteKey("!!! ???"), "");
  EXPECT_NE(QuoteKey("We will be rushed"), QuoteKey("We will not be rushed"));
}

TEST(KeyIsFragmentOf, Table) {
  const struct {
    const char* fragment;
    const char* whole;
    bool expected;
  } kCases[] = {
      {"a fair deal", "this is a fair deal for farmers", true},
      {"fair", "this is a fair deal", true},
      {"air", "this is a fair deal", false},  // not on a word boundary
      {"this is | for farmers", "this is a fair deal for farmers", true},
      {"for farmers | this is", "this is a fair deal for farmers", false},
      {"this is a fair deal", "this is a fair deal", false},  // same quote
      {"deal for", "this is a fair deal | for farmers", false},  // spans a gap
      {"", "anything", false},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(KeyIsFragmentOf(c.fragment, c.whole), c.expected)
        << c.fragment << " in " << c.whole;
  }
}

TEST(KeyWords, DropsEllipses) {
  EXPECT_EQ(KeyWords("One... two, THREE"),
            (std::vector<std::string>{"one", "two", "three"}));
}

}  // namespace
}  // namespace whosaid::store
