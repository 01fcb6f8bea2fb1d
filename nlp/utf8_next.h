// Decoding one non-ASCII UTF-8 character as ICU's U8_NEXT does, with the
// usual ones decoded inline.
//
// The text-preparation scans (nfc_check.cc, normalizer.cc,
// sentence_breaks.cc) step over most text sixteen bytes at a time and
// decode only the characters they stop at: quote marks, dashes, Hangul,
// CJK and letters of other scripts. Nearly all of those are whole two- or
// three-byte characters, which take a few instructions here instead of
// U8_NEXT's forty. Stateless.

#ifndef WHOSAID_NLP_UTF8_NEXT_H_
#define WHOSAID_NLP_UTF8_NEXT_H_

#include <unicode/utf8.h>

#include <cstdint>

namespace whosaid::nlp {

// Decodes the character at s[i] (0 <= i < length < 2^31, s[i] >= 0x80)
// into `c` and returns the position after it: what U8_NEXT(s, i, length,
// c) leaves in `i` and `c` (a negative `c` for an invalid sequence).
// Inline: the scans call it once a character they stop at.
template <typename Index>
[[gnu::always_inline]] inline Index NextNonAscii(const uint8_t* s, Index i,
                                                 Index length, UChar32& c) {
  const uint8_t b = s[i];
  if (b >= 0xC2 && b < 0xE0 && i + 1 < length && (s[i + 1] & 0xC0) == 0x80) {
    c = ((b & 0x1F) << 6) | (s[i + 1] & 0x3F);
    return i + 2;
  }
  // A lead byte E1 to EC, EE or EF and two continuation bytes are always
  // well-formed (E0 and ED restrict their second byte).
  if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < length &&
      (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
    c = ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    return i + 3;
  }
  int32_t k = static_cast<int32_t>(i);
  U8_NEXT(s, k, static_cast<int32_t>(length), c);
  return static_cast<Index>(k);
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_UTF8_NEXT_H_
