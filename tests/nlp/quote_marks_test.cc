#include "nlp/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

// Renders roles as a string: o(pen) c(lose) a(postrophe) ?(ambiguous).
std::string Roles(const std::string& text) {
  std::string out;
  for (const QuoteMark& m : ClassifyQuoteMarks(text)) {
    switch (m.role) {
      case QuoteMarkRole::kOpen: out += 'o'; break;
      case QuoteMarkRole::kClose: out += 'c'; break;
      case QuoteMarkRole::kApostrophe: out += 'a'; break;
      case QuoteMarkRole::kAmbiguous: out += '?'; break;
    }
  }
  return out;
}

TEST(ClassifyQuoteMarks, Table) {
  struct Case {
    const char* text;
    const char* roles;
  } cases[] = {
      {"“Yes,” he said.", "oc"},
      {"„Ja“, sagte er.", "oc"},
      {"«Oui», dit-il.", "oc"},
      {"‹Oui›", "oc"},
      {"\"Yes,\" he said.", "oc"},
      {"don’t", "a"},
      {"Xi’s plan", "a"},
      {"the ’90s", "a"},
      {"the '90s", "a"},
      {"rock ’n’ roll", "aa"},
      {"rock 'n' roll", "aa"},
      {"‘We will,’ she said.", "oc"},
      {"'We will,' she said.", "oc"},
      {"the traders’ deals", "c"},  // possessive; pairing treats it as such
      {"a \" b", "?"},
      {"“We were told ‘no’ before,” he said.", "oocc"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Roles(c.text), c.roles) << c.text;
  }
}

TEST(ClassifyQuoteMarks, OffsetsAndLengths) {
  const std::string text = "a “b” 'c'";
  const std::vector<QuoteMark> marks = ClassifyQuoteMarks(text);
  ASSERT_EQ(marks.size(), 4u);
  EXPECT_EQ(marks[0].offset, 2u);
  EXPECT_EQ(marks[0].length, 3u);
  EXPECT_TRUE(marks[0].is_double);
  EXPECT_FALSE(marks[2].is_double);
  EXPECT_TRUE(marks[2].straight);
}

// The scan stops at # $ % & and at lead bytes C2 and E2 of other
// characters (no-break space, dashes, euro sign): none is a mark. The texts
// are longer than sixteen bytes so the block scan, not only the byte loop
// at the end, meets them.
TEST(ClassifyQuoteMarks, BytesNearMarksAreNotMarks) {
  const std::string text =
      "#1 costs $5 & 10% more \xC2\xA0\xE2\x80\x94 \xE2\x82\xAC" "3, "
      "\"Yes\" #2 $6 & 20% more \xC2\xA0\xE2\x80\x94 'no' \xE2\x82\xAC" "4";
  const std::vector<QuoteMark> marks = ClassifyQuoteMarks(text);
  ASSERT_EQ(marks.size(), 4u);
  EXPECT_EQ(text[marks[0].offset], '"');
  EXPECT_EQ(text[marks[1].offset], '"');
  EXPECT_EQ(text[marks[2].offset], '\'');
  EXPECT_EQ(text[marks[3].offset], '\'');
  EXPECT_EQ(Roles(text), "ococ");
}

TEST(QuoteMarks, MarkCharsNextToAQuotation) {
  const std::string text = "called it \u201Ca joke\u201D, and \u2039b\u203A 'c'";
  const size_t open = text.find("a joke");
  EXPECT_EQ(OpeningMarkBefore(text, open).length, 3u);
  EXPECT_TRUE(OpeningMarkBefore(text, open).is_double);
  const size_t close = open + 6;
  EXPECT_EQ(ClosingMarkAt(text, close).length, 3u);
  EXPECT_EQ(ClosingMarkBefore(text, close + 3).length, 3u);
  EXPECT_EQ(ClosingMarkAt(text, 0).length, 0u);
  EXPECT_EQ(OpeningMarkBefore(text, 0).length, 0u);
  const size_t b = text.find('b');
  EXPECT_EQ(OpeningMarkBefore(text, b).length, 3u);
  EXPECT_FALSE(OpeningMarkBefore(text, b).is_double);
  EXPECT_EQ(ClosingMarkAt(text, b + 1).length, 3u);
  const size_t c = text.rfind('c');
  EXPECT_EQ(OpeningMarkBefore(text, c).length, 1u);
  EXPECT_EQ(ClosingMarkAt(text, c + 1).length, 1u);
  EXPECT_EQ(ClosingMarkAt(text, text.size()).length, 0u);
}

}  // namespace
}  // namespace whosaid::nlp
