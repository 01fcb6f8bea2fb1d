// ASCII lower-casing of a word into a caller's buffer, eight (then four)
// bytes at a time: the speaker registry lowers every capitalised word of a
// document (and every name it resolves), and most of those words are
// longer than the byte-at-a-time loop is cheap for. Bytes outside ASCII
// (every byte of a non-ASCII character) are left as they are, as
// LowerAscii leaves them. Header-only and stateless.

#ifndef WHOSAID_NLP_LOWER_ASCII_TO_H_
#define WHOSAID_NLP_LOWER_ASCII_TO_H_

#include <cstdint>
#include <cstring>
#include <string_view>

#include "nlp/ascii.h"

namespace whosaid::nlp {

namespace lower_ascii_internal {

// `x` with each of its bytes in 'A'..'Z' lowered. Each byte's low seven
// bits plus a constant below 0x40 cannot carry into the next byte, so the
// high bit of each sum tells whether that byte is at least 'A' (or more
// than 'Z'); bytes with the high bit set are not ASCII and stay.
template <typename Word>
constexpr Word LowerBytes(Word x) {
  constexpr Word kOnes = static_cast<Word>(~Word{0}) / 0xFF;  // 0x0101...
  constexpr Word kHigh = kOnes * 0x80;
  const Word low7 = x & ~kHigh;
  const Word at_least_a = low7 + kOnes * (0x80 - 'A');
  const Word above_z = low7 + kOnes * (0x80 - 'Z' - 1);
  const Word upper = at_least_a & ~above_z & ~x & kHigh;
  return x | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
}

}  // namespace lower_ascii_internal

// Writes `in` in ASCII lower case to `out` (in.size() bytes or more).
inline void LowerAsciiTo(std::string_view in, char* out) {
  using lower_ascii_internal::LowerBytes;
  size_t i = 0;
  for (; i + 8 <= in.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, in.data() + i, 8);
    x = LowerBytes(x);
    std::memcpy(out + i, &x, 8);
  }
  if (i + 4 <= in.size()) {
    uint32_t x;
    std::memcpy(&x, in.data() + i, 4);
    x = LowerBytes(x);
    std::memcpy(out + i, &x, 4);
    i += 4;
  }
  for (; i < in.size(); ++i) out[i] = AsciiLower(in[i]);
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_LOWER_ASCII_TO_H_
