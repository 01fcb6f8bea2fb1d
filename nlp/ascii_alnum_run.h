// The run of ASCII letters and digits at a position, found sixteen bytes
// at a time: most words of news text are a handful of ASCII letters, and a
// byte-by-byte loop spends several instructions on each of them.
//
// Pure functions; thread-safe.

#ifndef WHOSAID_NLP_ASCII_ALNUM_RUN_H_
#define WHOSAID_NLP_ASCII_ALNUM_RUN_H_

#include <cstddef>
#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/ascii.h"

namespace whosaid::nlp {

// The first index from `i` (up to `n`, the length of `s`) whose byte is no
// ASCII letter or digit, or `n`. Sets *has_lower when the bytes from `i` to
// that index hold an ASCII lower-case letter; leaves it alone otherwise.
// Reads only s[0, n).
inline size_t AsciiAlnumRunEnd(const uint8_t* s, size_t i, size_t n,
                               bool* has_lower) {
#ifdef __SSE2__
  while (i + 16 <= n) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // x in [lo, hi] (bytes as unsigned): adding 128 - lo (mod 256) moves
    // that range, and nothing else, to the lowest signed bytes, so that one
    // signed compare finds it. (b | 0x20) is a..z exactly for ASCII letters.
    auto in = [](__m128i x, char lo, char hi) {
      const __m128i shifted =
          _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(128 - lo)));
      return _mm_cmplt_epi8(
          shifted, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo) + 1)));
    };
    const __m128i lower = in(b, 'a', 'z');
    const __m128i letter = in(_mm_or_si128(b, _mm_set1_epi8(0x20)), 'a', 'z');
    const uint32_t alnum = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_or_si128(letter, in(b, '0', '9'))));
    uint32_t lower_bits = static_cast<uint32_t>(_mm_movemask_epi8(lower));
    const uint32_t stop = ~alnum & 0xFFFFu;
    if (stop != 0) {
      const unsigned k = static_cast<unsigned>(__builtin_ctz(stop));
      lower_bits &= (1u << k) - 1;
      if (lower_bits != 0) *has_lower = true;
      return i + k;
    }
    if (lower_bits != 0) *has_lower = true;
    i += 16;
  }
#endif
  while (i < n && kAsciiAlnum[s[i]]) {
    if (s[i] >= 'a') *has_lower = true;
    ++i;
  }
  return i;
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ASCII_ALNUM_RUN_H_
