#include "nlp/nfc_check.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace whosaid::nlp {
namespace {

// IsNfcStarter computed from ICU's properties: the NFC quick check, the
// combining class and NFC's boundary test read the same NFC data.
bool ComputeNfcStarter(const icu::Normalizer2* nfc, UChar32 c) {
  return nfc != nullptr &&
         u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass(c) == 0 && nfc->hasBoundaryBefore(c);
}

const icu::Normalizer2* NfcInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? nfc : nullptr;
}

struct StarterTable {
  // IsNfcStarter for each BMP code point, one bit each (8 KiB).
  std::array<uint64_t, 0x10000 / 64> bmp{};
  // Every code point below U+0300 is a starter: bytes below 0xCC (ASCII,
  // continuation bytes, and the lead bytes of U+0080 to U+02FF) need no
  // look-up. True for every Unicode version so far.
  bool below_u0300 = false;
  // Every code point from U+0400 to U+047F (the lead bytes D0 and D1:
  // the Cyrillic letters of Russian, Ukrainian, Bulgarian, Serbian) is.
  bool cyrillic = false;
  // Every code point from U+2010 to U+203F (E2 80 90 to E2 80 BF: dashes,
  // curly quote marks, ellipsis) is.
  bool punctuation = false;
};

const StarterTable& Starters() {
  static const StarterTable* const table = [] {
    auto* t = new StarterTable;
    const icu::Normalizer2* nfc = NfcInstance();
    for (UChar32 c = 0; c < 0x10000; ++c) {
      if (ComputeNfcStarter(nfc, c)) t->bmp[c >> 6] |= uint64_t{1} << (c & 63);
    }
    auto all = [&](UChar32 from, UChar32 to) {
      for (UChar32 c = from; c < to; ++c) {
        if ((t->bmp[c >> 6] >> (c & 63) & 1) == 0) return false;
      }
      return true;
    };
    t->below_u0300 = all(0, 0x300);
    t->cyrillic = all(0x400, 0x480);
    t->punctuation = all(0x2010, 0x2040);
    return t;
  }();
  return *table;
}

// The high bits of the eight bytes at `p`: zero when all are ASCII.
uint64_t HighBits(const uint8_t* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  return word & 0x8080808080808080ULL;
}

// The first position from `i` that starts eight ASCII bytes, or `length`.
int32_t NextAsciiWord(const uint8_t* s, int32_t i, int32_t length) {
  while (i + 8 <= length) {
    const uint64_t high = HighBits(s + i);
    if (high == 0) return i;
    if constexpr (std::endian::native == std::endian::little) {
      // No start at or before the last non-ASCII byte can do (byte k of
      // the load holds bits 8k to 8k+7).
      i += ((63 - __builtin_clzll(high)) >> 3) + 1;
    } else {
      ++i;
    }
  }
  return length;
}

// The first position from `i` (a character start; at most `length`) that
// holds a lead byte of U+0300 or above (0xCC to 0xFF), other than D0 and
// D1 when `starters.cyrillic` and E2 leading E2 80 90 to E2 80 BF when
// `starters.punctuation`: every character skipped is a starter (see
// StarterTable). Sixteen bytes at a time. REQUIRES: `s` valid UTF-8.
int32_t SkipStarters(const StarterTable& starters, const uint8_t* s, int32_t i,
                     int32_t length) {
#ifdef __SSE2__
  // Signed compares: 0xCC to 0xFF are -52 to -1, the only negative bytes
  // above -53; 0x90 to 0xBF are -112 to -65. b & 0xFE is 0xD0 exactly for
  // D0 and D1.
  const __m128i below = _mm_set1_epi8(static_cast<char>(0xCB));
  const __m128i even = _mm_set1_epi8(static_cast<char>(0xFE));
  const __m128i cyrillic = _mm_set1_epi8(static_cast<char>(0xD0));
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i x80 = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i below_x90 = _mm_set1_epi8(static_cast<char>(0x8F));
  const __m128i above_xbf = _mm_set1_epi8(static_cast<char>(0xC0));
  for (; i + 16 <= length; i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    unsigned mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(b, below), b)));
    if (mask != 0 && starters.cyrillic) {
      mask &= ~static_cast<unsigned>(
          _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(b, even), cyrillic)));
    }
    if (mask != 0 && starters.punctuation) {
      // E2 in lane k, 80 in lane k + 1 and 90 to BF in lane k + 2; a lead
      // byte in lane 14 or 15 stays a stop.
      const unsigned lead =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, e2)));
      const unsigned second =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, x80)));
      const unsigned third =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
              _mm_cmpgt_epi8(b, below_x90), _mm_cmplt_epi8(b, above_xbf))));
      mask &= ~(lead & (second >> 1) & (third >> 2));
    }
    if (mask != 0) return i + __builtin_ctz(mask);
  }
#endif
  const auto stops = [&starters](uint8_t b) {
    return b >= 0xCC && !(starters.cyrillic && (b == 0xD0 || b == 0xD1));
  };
  while (i < length && !stops(s[i])) ++i;
  return i;
}

}  // namespace

bool IsNfcStarter(UChar32 c) {
  if (c >= 0 && c < 0x10000) return Starters().bmp[c >> 6] >> (c & 63) & 1;
  return ComputeNfcStarter(NfcInstance(), c);
}

// A starter has a boundary before it, so NFC(x + y) = NFC(x) + NFC(y) when
// y starts with one, and a text is NFC exactly when every stretch between
// two such boundaries is; a stretch of one starter alone is NFC (its quick
// check is Yes). So only the stretches around other characters go to ICU:
// each starts with the character before one (a starter, which may combine
// with it, or the text start) and ends before eight ASCII bytes (starters)
// or at the text end. Ending only before eight ASCII bytes, not at the
// first one, hands ICU a whole paragraph of, say, Arabic with its vowel
// marks in one call: per call, its set-up costs as much as checking a few
// dozen characters.
bool IsNfcText(const icu::Normalizer2& nfc, std::string_view text,
               UErrorCode& status) {
  const StarterTable& starters = Starters();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t prev = 0;  // start of the character before i
  while (i < length) {
    const int32_t next =
        starters.below_u0300 ? SkipStarters(starters, s, i, length) : i;
    if (next > i) {
      // `i` starts a character, so the one before `next` starts after it.
      i = next;
      prev = i;
      U8_BACK_1(s, 0, prev);
      if (i >= length) break;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && IsNfcStarter(c)) {
      prev = start;
      continue;
    }
    const int32_t end = NextAsciiWord(s, i, length);
    if (!nfc.isNormalizedUTF8(icu::StringPiece(text.data() + prev, end - prev),
                              status)) {
      return false;
    }
    if (U_FAILURE(status)) return false;
    i = end;  // eight ASCII bytes follow, which set `prev` again
  }
  return true;
}

}  // namespace whosaid::nlp
