#include "nlp/nfc_check.h"
#include "nlp/utf8_next.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <string_view>

namespace whosaid::nlp {
namespace {

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  EXPECT_TRUE(U_SUCCESS(status));
  return *nfc;
}

// ICU's answer for the whole text at once: the reference.
bool IcuIsNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const bool nfc = Nfc().isNormalizedUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  EXPECT_TRUE(U_SUCCESS(status));
  return nfc;
}

bool CheckedIsNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const bool nfc = IsNfcText(Nfc(), text, status);
  EXPECT_TRUE(U_SUCCESS(status)) << text;
  return nfc;
}

TEST(IsNfcStarter, MatchesTheNfcProperties) {
  const struct {
    UChar32 c;
    bool starter;
  } cases[] = {
      {'a', true},      {0x00E9, true},  // é, precomposed
      {0x0301, false},                   // combining acute
      {0x0340, false},   // combining grave tone mark: NFC replaces it
      {0x0438, true},    // и, which a breve after it composes with
      {0x0439, true},    // й
      {0x0483, false},   // combining Cyrillic titlo
      {0x064E, false},   // Arabic fatha
      {0x1100, true},    // Hangul leading jamo
      {0x1161, false},   // Hangul vowel jamo: composes with what precedes
      {0x11A8, false},   // Hangul final jamo
      {0xAC00, true},    // 가
      {0x212B, false},   // ANGSTROM SIGN: NFC makes it Å
      {0x2019, true},    // ’
      {0x2001, false},   // EM QUAD: NFC makes it EM SPACE
      {0x1F600, true},   // an emoji, beyond the table
      {0x1D15E, false},  // MUSICAL SYMBOL HALF NOTE: excluded from NFC
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsNfcStarter(c.c), c.starter) << std::hex << c.c;
  }
}

// IsNfcText skips these ranges by their lead bytes without a look-up.
TEST(IsNfcStarter, HoldsForTheRangesSkippedByLeadByte) {
  for (UChar32 c = 0; c < 0x300; ++c) EXPECT_TRUE(IsNfcStarter(c)) << c;
  for (UChar32 c = 0x400; c < 0x480; ++c) EXPECT_TRUE(IsNfcStarter(c)) << c;
  for (UChar32 c = 0x2010; c < 0x2040; ++c) EXPECT_TRUE(IsNfcStarter(c)) << c;
}

TEST(IsNfcText, AgreesWithIcuOnEdgeCases) {
  const std::string long_ascii(40, 'x');
  const std::string cyrillic =
      "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "  // Привет
      "\xD0\xBC\xD0\xB8\xD1\x80 ";                         // мир
  const std::string cases[] = {
      "",
      "plain ASCII",
      "e\xCC\x81",               // e + acute: composes
      long_ascii + "e\xCC\x81",  // after a long ASCII run
      long_ascii + "\xCC\x81",   // a mark after ASCII that stays
      "\xCC\x81" + long_ascii,   // a mark at the start
      cyrillic + cyrillic + "\xD0\xB8\xCC\x86",  // и + breve: й
      cyrillic + cyrillic + "\xD0\xB9",          // й
      cyrillic + "\xD2\x83" + cyrillic,          // with a titlo: NFC
      "\xE1\x84\x80\xE1\x85\xA1",                // jamo L + V: 가
      "\xEA\xB0\x80\xE1\x86\xA8",                // 가 + final jamo: 각
      "\xEA\xB0\x81",                            // 각
      "x \xE1\x85\xA1 y",                        // a lone vowel jamo stays
      "\xE2\x84\xAB",                            // ANGSTROM SIGN
      long_ascii + "\xE2\x84\xAB" + long_ascii,
      "a\xCC\x81\xCC\xA3",                 // marks out of canonical order
      "a\xCC\xA3\xCC\x81",                 // in order, but composable
      "\xE1\xBA\xA1\xCC\x81",              // ạ + acute: ậ-like composition
      "\xC2\xA0\xE2\x80\x9C\xE2\x80\x9D",  // NBSP and curly quotes
      "\xF0\x9F\x98\x80\xCC\x81",          // emoji + acute
      "\xF0\x9D\x85\x9E",                  // excluded musical symbol
      "a\r\nb\xCC\x81",                    // CRLF before a composition
  };
  for (const std::string& text : cases) {
    EXPECT_EQ(CheckedIsNfc(text), IcuIsNfc(text)) << text;
  }
}

// Random texts of pieces that compose, block composition, or neither,
// with ASCII runs of every length around the sixteen-byte blocks.
TEST(IsNfcText, AgreesWithIcuOnRandomTexts) {
  const std::string_view pieces[] = {
      "a",
      "e",
      " ",
      ".",
      "\n",
      "\xCC\x81",          // combining acute
      "\xCC\xA3",          // combining dot below
      "\xCD\x80",          // combining grave tone mark
      "\xD0\xB8",          // и
      "\xD0\x98",          // И
      "\xD1\x96",          // і
      "\xD1\x97",          // ї
      "\xD0\xB9",          // й
      "\xCC\x86",          // combining breve
      "\xCC\x88",          // combining diaeresis
      "\xD2\x83",          // combining titlo
      "\xD8\xA8\xD9\x8E",  // Arabic letter with fatha
      "\xE1\x84\x80",      // jamo L
      "\xE1\x85\xA1",      // jamo V
      "\xE1\x86\xA8",      // jamo T
      "\xEA\xB0\x80",      // 가
      "\xE2\x84\xAB",      // ANGSTROM SIGN
      "\xE2\x80\x99",      // ’
      "\xE2\x80\x9C",      // “
      "\xE2\x80\x80",      // EN QUAD: NFC makes it EN SPACE
      "\xE2\x80\x81",      // EM QUAD
      "\xE2\x81\x80",      // U+2040, past the skipped range
      "\xC3\xA9",          // é
      "\xF0\x9F\x98\x80",  // emoji
      "\xF0\x9D\x85\x9E",  // excluded musical symbol
  };
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> ascii_run(0, 40), count(1, 30);
  int non_nfc = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = count(rng);
    for (int k = 0; k < n; ++k) {
      if (rng() % 4 == 0) text.append(ascii_run(rng), 'x');
      // Cyrillic runs cross the block boundaries too.
      if (rng() % 4 == 0) {
        for (int r = ascii_run(rng); r > 0; --r) text += "\xD0\xB0";
      }
      text += pieces[pick(rng)];
    }
    const bool expected = IcuIsNfc(text);
    non_nfc += !expected;
    ASSERT_EQ(CheckedIsNfc(text), expected) << text;
  }
  EXPECT_GT(non_nfc, 1000);  // both answers are exercised
}

// The reference for CheckUtf8Form: a decoder's verdict on every character
// (NUL counts as invalid), then IsNfcText.
Utf8Form ExpectedForm(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c <= 0) return Utf8Form::kInvalid;
  }
  return CheckedIsNfc(text) ? Utf8Form::kNfc : Utf8Form::kNotNfc;
}

Utf8Form CheckedForm(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const Utf8Form form = CheckUtf8Form(Nfc(), text, status);
  EXPECT_TRUE(U_SUCCESS(status)) << text;
  return form;
}

TEST(IsValidUtf8, RejectsNulAndInvalidSequences) {
  const std::string long_ascii(40, 'x');
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8(long_ascii + "\xE2\x80\x9C\xD0\xB8\xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8(std::string_view("a\0b", 3)));
  EXPECT_FALSE(IsValidUtf8(long_ascii + std::string(1, '\0') + long_ascii));
  EXPECT_FALSE(IsValidUtf8("\xC3"));                    // cut short
  EXPECT_FALSE(IsValidUtf8(long_ascii + "\xE2\x80"));   // cut short
  EXPECT_FALSE(IsValidUtf8("\x80" + long_ascii));       // stray continuation
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));                // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));            // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));        // beyond U+10FFFF
}

TEST(CheckUtf8Form, AgreesWithIsValidUtf8AndIsNfcTextOnEdgeCases) {
  const std::string long_ascii(40, 'x');
  std::string cut_cyrillic;  // D0 B0 pairs across every block boundary
  for (int k = 0; k < 40; ++k) cut_cyrillic += "\xD0\xB0";
  const std::string cases[] = {
      "",
      "plain ASCII",
      std::string("a\0b", 3),
      long_ascii + std::string(1, '\0'),
      "e\xCC\x81",
      long_ascii + "e\xCC\x81",
      long_ascii + "e\xCC\x81\xC3",  // not NFC, and cut short after
      long_ascii + "e\xCC\x81" + long_ascii + "\xFF",
      "\xCC\x81" + long_ascii,
      cut_cyrillic,
      "x" + cut_cyrillic,
      cut_cyrillic + "\xD0",            // a lead byte cut off at the end
      "x" + cut_cyrillic + "\xD0\xCC",  // a lead byte before another one
      long_ascii + "\xE2\x80\x99" + long_ascii,
      "xxxxxxxxxxxxxx\xE2\x80\x99xxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "xxxxxxxxxxxxxxx\xE2\x80\x99xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "xxxxxxxxxxxxxxx\xE2\x80" + long_ascii,  // cut short
      "xxxxxxxxxxxxxxx\xC3\xA9" + long_ascii,
      "xxxxxxxxxxxxxxx\xC3" + long_ascii,      // cut short
      "\xC2\xA0\xE2\x80\x9C\xE2\x80\x9D",
      "\xE2\x84\xAB",
      "\xED\xA0\x80" + long_ascii,
      "\xF0\x9D\x85\x9E",
  };
  for (const std::string& text : cases) {
    EXPECT_EQ(CheckedForm(text), ExpectedForm(text)) << text;
  }
}

// Random texts as for IsNfcText, with NUL, invalid and cut sequences too.
TEST(CheckUtf8Form, AgreesWithIsValidUtf8AndIsNfcTextOnRandomTexts) {
  const std::string_view pieces[] = {
      "a",
      " ",
      "\xCC\x81",          // combining acute
      "\xCD\x80",          // combining grave tone mark
      "\xD0\xB8",          // и
      "\xD0\xB9",          // й
      "\xCC\x86",          // combining breve
      "\xD2\x83",          // combining titlo
      "\xD8\xA8\xD9\x8E",  // Arabic letter with fatha
      "\xE1\x85\xA1",      // jamo V
      "\xEA\xB0\x80",      // 가
      "\xE2\x84\xAB",      // ANGSTROM SIGN
      "\xE2\x80\x99",      // ’
      "\xE2\x80\x81",      // EM QUAD
      "\xE2\x81\x80",      // U+2040
      "\xC3\xA9",          // é
      "\xC2\xAB",          // «
      "\xEB\x80\xA8",      // U+B028, a Hangul LV syllable
      "\xEC\x95\x88",      // 안
      "\xE1\x86\xA8",      // jamo T, which composes with an LV syllable
      "\xF0\x9F\x98\x80",  // emoji
      std::string_view("\0", 1),
      "\xD0",              // lead bytes alone
      "\xC3",
      "\xE2\x80",
      "\xEB\x80",
      "\xA9",              // a stray continuation byte
      "\xC0\xAF",          // overlong
      "\xED\xA0\x80",      // a surrogate
      "\xFF",
  };
  std::mt19937 rng(20261130);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> ascii_run(0, 40), count(1, 20);
  int seen[3] = {0, 0, 0};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = count(rng);
    for (int k = 0; k < n; ++k) {
      if (rng() % 3 == 0) text.append(ascii_run(rng), 'x');
      if (rng() % 4 == 0) {
        for (int r = ascii_run(rng); r > 0; --r) text += "\xD0\xB0";
      }
      if (rng() % 8 == 0) {  // Hangul syllables, led by EB and EC
        for (int r = ascii_run(rng); r > 0; --r) {
          text += rng() % 2 == 0 ? "\xEB\x80\xA8" : "\xEC\x95\x88";
        }
      }
      // Mostly well-formed pieces, so that all three answers come up.
      size_t p = pick(rng);
      if (p >= 21 && rng() % 4 != 0) p = rng() % 21;
      text += pieces[p];
    }
    const Utf8Form expected = ExpectedForm(text);
    ++seen[static_cast<int>(expected)];
    ASSERT_EQ(CheckedForm(text), expected) << text;
    ASSERT_EQ(IsValidUtf8(text), expected != Utf8Form::kInvalid) << text;
  }
  for (const int n : seen) EXPECT_GT(n, 1000);
}

// NextNonAscii (utf8_next.h), which CheckUtf8Form, Fold and the sentence
// scanner decode with: the answers of U8_NEXT for every byte from 0x80 and
// every one or two bytes after it, cut off after each.
TEST(NextNonAscii, MatchesU8NextOnEveryShortSequence) {
  uint8_t s[4] = {0, 0, 0, 0x41};
  for (int lead = 0x80; lead < 0x100; ++lead) {
    for (int second = 0; second < 0x100; ++second) {
      for (int third = 0; third < 0x100; ++third) {
        s[0] = static_cast<uint8_t>(lead);
        s[1] = static_cast<uint8_t>(second);
        s[2] = static_cast<uint8_t>(third);
        for (int32_t length = 1; length <= 4; ++length) {
          int32_t expected_end = 0;
          UChar32 expected;
          U8_NEXT(s, expected_end, length, expected);
          UChar32 c = 0;
          const int32_t end = NextNonAscii<int32_t>(s, 0, length, c);
          ASSERT_EQ(end, expected_end) << lead << " " << second << " " << third;
          ASSERT_EQ(c, expected) << lead << " " << second << " " << third;
          const size_t wide_end = NextNonAscii<size_t>(s, 0, length, c);
          ASSERT_EQ(wide_end, static_cast<size_t>(expected_end));
        }
      }
    }
  }
}

}  // namespace
}  // namespace whosaid::nlp
