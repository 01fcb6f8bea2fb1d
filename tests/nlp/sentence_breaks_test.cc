#include "nlp/sentence_breaks.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

// Every '.', '!', '?' and '\n' of `text`: what SentenceBreaks' marks must
// be.
std::vector<size_t> Marks(const std::string& text) {
  std::vector<size_t> marks;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?' || c == '\n') marks.push_back(i);
  }
  return marks;
}

// The breaks, checking the marks found with them (and that asking for the
// marks changes no break).
std::vector<size_t> Fast(const std::string& text) {
  std::vector<size_t> out, with_marks, marks = {1, 2, 3};
  EXPECT_TRUE(SentenceBreaks(text, out));
  EXPECT_TRUE(SentenceBreaks(text, with_marks, &marks));
  EXPECT_EQ(with_marks, out) << text;
  EXPECT_EQ(marks, Marks(text)) << text;
  return out;
}

std::vector<size_t> Icu(const std::string& text) {
  std::vector<size_t> out;
  EXPECT_TRUE(IcuSentenceBreaks(text, out));
  return out;
}

TEST(SentenceBreaks, Examples) {
  const std::string cases[] = {
      "",
      "One. Two.",
      "Mr. Lin met Gov. Ames. They talked.",
      "He said 3.5 percent. etc. and more. 4. Then",
      "“Stop!” he said. Then he left.",
      "Really?! Yes.) No.\" (Maybe.) [x]",
      "U.S. Trade. e.g. this. A.B. Smith",
      "Line one\nline two. Next\n\nPara. “Quote.” Done.",
      "Wait... what? ...and then.  Two  spaces.\tTab.",
      "Trailing space. ",
      "a.\r\nB. Carriage return.",
      "Cafe\xCC\x81. Combining mark. Soft\xC2\xAD"
      "hyphen. End.",
      "中文。下一句。English. 全角．Ｘ",
      "Invalid \xFF byte. Next.",
      "Emoji \xF0\x9F\x98\x80. Selector \xE2\x9D\xA4\xEF\xB8\x8F. End",
      // The usual ends ScanLine judges by the bytes, and their near misses.
      "End.” The end.” the end.’ The end.\" the end!” the end?” The",
      "Para.\nPara!”\nPara?\"\nPara.’\n\nA.\n",
      "a. b! c? D. E! F? g.  H.”  i.”” J.’” k.\t L.” 5. M.”, n",
      "Ends.”",
      "Ends. ",
      "Ends.\xE2\x80",
      "Ends.\xE2\x80\x9D",
      "x.\t\ty. \x01z. A",
  };
  for (const std::string& text : cases) {
    EXPECT_EQ(Fast(text), Icu(text)) << text;
  }
}

// Random strings over characters of every Sentence_Break class, ASCII and
// not, with the invalid bytes and line breaks that make lines go to ICU.
TEST(SentenceBreaks, RandomStringsMatchIcu) {
  const std::vector<std::string> alphabet = {
      // Lower, Upper, OLetter, Numeric
      "a",
      "b",
      "x",
      "e",
      "\xC3\xA9",
      "\xC2\xAA",
      "A",
      "Z",
      "U",
      "\xC3\x89",
      "\xE2\x84\xAA",
      "\xE4\xB8\xAD",
      "1",
      "9",
      "\xD9\xA3",
      // ATerm, STerm
      ".",
      ".",
      ".",
      "!",
      "?",
      "\xE2\x80\xA4",
      "\xEF\xBC\x8E",
      "\xE3\x80\x82",
      "\xE2\x80\xBC",
      // Close, SContinue, Sp
      "\"",
      "'",
      "(",
      ")",
      "[",
      "]",
      "\xE2\x80\x9C",
      "\xE2\x80\x9D",
      "\xE2\x80\x99",
      "\xC2\xBB",
      ",",
      ":",
      "-",
      "\xE2\x80\x94",
      "\xE2\x80\x93",
      " ",
      " ",
      " ",
      " ",
      "\t",
      "\xC2\xA0",
      "\xE2\x80\x89",
      // Other
      ";",
      "$",
      "%",
      "#",
      "/",
      "\xE2\x80\xA6",
      "\xF0\x9F\x98\x80",
      "\x01",
      // LF, and what only ICU judges: CR, Sep, Extend, Format, invalid
      "\n",
      "\n",
      "\r",
      "\xE2\x80\xA8",
      "\xCC\x81",
      "\xEF\xB8\x8F",
      "\xE2\x80\x8D",
      "\xC2\xAD",
      "\xFF",
      "\xC3",
  };
  std::mt19937 rng(29);
  for (int n = 0; n < 40000; ++n) {
    std::string text;
    const size_t length = rng() % 40;
    // Half the strings stay ASCII-like, so that whole lines reach the
    // scanner rather than ICU.
    const size_t limit = n % 2 == 0 ? 45 : alphabet.size();
    for (size_t i = 0; i < length; ++i) text += alphabet[rng() % limit];
    ASSERT_EQ(Fast(text), Icu(text)) << "case " << n << ": " << text;
  }
}

// Cyrillic text, which the scanner steps over sixteen bytes at a time:
// words long enough to cross the blocks, with terminators, quote marks,
// capitals after abbreviations, and broken sequences (a lead byte without
// its continuation byte, a stray continuation byte) that send a line to ICU.
TEST(SentenceBreaks, RandomCyrillicMatchesIcu) {
  const std::vector<std::string> pieces = {
      "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82",  // Привет
      "\xD0\xBC\xD0\xB8\xD1\x80",                          // мир
      "\xD0\x90",                                          // А
      "\xD1\x8F",                                          // я
      "\xD1\x96\xD1\x97",                                  // її
      "\xD0\xB3.",                                         // г.
      "\xD1\x82.\xD0\xB4.",                                // т.д.
      " ",
      " ",
      " ",
      " ",
      ". ",
      "! ",
      "? ",
      ".",
      ",",
      "\n",
      "a",
      "B",
      "1",
      "\xE2\x80\x9C",
      "\xE2\x80\x9D",
      "\xC2\xAB",
      "\xC2\xBB",  // “ ” « »
      "\xD2\x83",  // titlo: Extend
      "\xD0",      // lead alone
      "\x80",      // stray byte
  };
  std::mt19937 rng(1129);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = rng() % 60;
    // Most strings keep to valid Cyrillic text.
    const size_t limit = n % 4 == 0 ? pieces.size() : pieces.size() - 3;
    for (size_t i = 0; i < length; ++i) text += pieces[rng() % limit];
    ASSERT_EQ(Fast(text), Icu(text)) << "case " << n << ": " << text;
  }
}

// Word-like random text: sentences of capitalised or lower-case words with
// terminators, closing marks and spaces between them.
TEST(SentenceBreaks, RandomProseMatchesIcu) {
  const std::vector<std::string> words = {
      "the",   "U.S.", "Mr.", "said", "Trade",    "3.5",  "a.m.",
      "No.",   "e.g.", "“We", "go,”", "it.”",     "(see", "this)",
      "Ok!",   "why?", "—",   "etc.", "Inc.",     "J.",   "Smith",
      "1,200", "’90s", "é.",  "É",    "\"Yes.\"", "x..."};
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = rng() % 25;
    for (size_t i = 0; i < length; ++i) {
      text += words[rng() % words.size()];
      const unsigned sep = rng() % 12;
      text += sep == 0 ? "\n\n" : sep == 1 ? ". " : sep == 2 ? "  " : " ";
    }
    ASSERT_EQ(Fast(text), Icu(text)) << "case " << n << ": " << text;
  }
}

}  // namespace
}  // namespace whosaid::nlp
