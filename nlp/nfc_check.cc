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

#include "nlp/utf8_next.h"

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
  // Every code point from U+B000 to U+CFFF (the lead bytes EB and EC:
  // Hangul syllables, most of Korean text) is.
  bool hangul = false;
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
    t->hangul = all(0xB000, 0xD000);
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

#ifdef __SSE2__
// The lanes of `b` that hold D0 or D1, the lead bytes of Cyrillic.
inline unsigned CyrillicLeads(__m128i b) {
  const __m128i even = _mm_set1_epi8(static_cast<char>(0xFE));
  const __m128i cyrillic = _mm_set1_epi8(static_cast<char>(0xD0));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(b, even), cyrillic)));
}

// The lanes of `b` that start E2 80 90..BF (dashes, curly quotes, the
// ellipsis): E2 in lane k, 80 in lane k + 1 and 90 to BF in lane k + 2. A
// lead byte in lane 14 or 15 is never one.
inline unsigned PunctuationLeads(__m128i b) {
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i x80 = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i below_x90 = _mm_set1_epi8(static_cast<char>(0x8F));
  const __m128i below_c0 = _mm_set1_epi8(static_cast<char>(0xC0));
  const unsigned lead =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, e2)));
  const unsigned second =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, x80)));
  const unsigned third = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(b, below_x90),
                                      _mm_cmplt_epi8(b, below_c0))));
  return lead & (second >> 1) & (third >> 2);
}

// The lanes of `b` that start a whole character led by EB or EC (U+B000 to
// U+CFFF): the lead byte in lane k, continuation bytes (`continuation`) in
// lanes k + 1 and k + 2, which is always well-formed. A lead byte in lane
// 14 or 15 is never one.
inline unsigned HangulLeads(__m128i b, unsigned continuation) {
  const __m128i eb = _mm_set1_epi8(static_cast<char>(0xEB));
  const __m128i ec = _mm_set1_epi8(static_cast<char>(0xEC));
  const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_or_si128(_mm_cmpeq_epi8(b, eb), _mm_cmpeq_epi8(b, ec))));
  return lead & (continuation >> 1) & (continuation >> 2);
}
#endif

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
  for (; i + 16 <= length; i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    unsigned mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(b, below), b)));
    if (mask != 0 && starters.cyrillic) mask &= ~CyrillicLeads(b);
    // A punctuation lead byte in lane 14 or 15 stays a stop.
    if (mask != 0 && starters.punctuation) mask &= ~PunctuationLeads(b);
    if (mask != 0) return i + __builtin_ctz(mask);
  }
#endif
  const auto stops = [&starters](uint8_t b) {
    return b >= 0xCC && !(starters.cyrillic && (b == 0xD0 || b == 0xD1));
  };
  while (i < length && !stops(s[i])) ++i;
  return i;
}

// The first position from `i` (at most `length`) holding a byte that is
// not ASCII, or is NUL when `stop_at_nul`.
int32_t SkipAscii(const uint8_t* s, int32_t i, int32_t length,
                  bool stop_at_nul) {
#ifdef __SSE2__
  // Sixteen bytes at a time: most text is ASCII.
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= length; i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i stop =
        stop_at_nul ? _mm_or_si128(b, _mm_cmpeq_epi8(b, zero)) : b;
    const int mask = _mm_movemask_epi8(stop);
    if (mask != 0) return i + __builtin_ctz(static_cast<unsigned>(mask));
  }
#endif
  while (i < length && s[i] < 0x80 && !(stop_at_nul && s[i] == 0)) ++i;
  return i;
}

#ifdef __SSE2__
// How many of the sixteen bytes at `p` (a character start) are ASCII other
// than NUL and whole two-byte sequences (a lead byte C2 to DF, then a
// continuation byte): 16, or 15 when only a lead byte at the end is cut
// off; 0 when they hold anything else. That is the usual Latin, Greek,
// Cyrillic, Hebrew and Arabic text, valid without decoding it.
int32_t SimpleUtf8Block(const uint8_t* p) {
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i zero = _mm_setzero_si128();
  // Signed compares: 0x80 to 0xBF are -128 to -65, 0xC2 to 0xDF are -62
  // to -33, and 0x01 to 0x7F are the positive bytes.
  const unsigned ascii =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(b, zero)));
  const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(-63)),
                    _mm_cmplt_epi8(b, _mm_set1_epi8(-32)))));
  const unsigned continuation = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmplt_epi8(b, _mm_set1_epi8(-64))));
  // Every lead byte is followed by a continuation byte and every
  // continuation byte follows a lead byte, within the block; a lead byte
  // in the last lane starts the next block instead.
  if ((ascii | lead | continuation) != 0xFFFF ||
      continuation != ((lead << 1) & 0xFFFF)) {
    return 0;
  }
  return (lead & 0x8000) != 0 ? 15 : 16;
}
#endif


// The first position from `i` (a character start; at most `length`) that
// does not start a character CheckUtf8Form vouches for without decoding
// it: ASCII other than NUL, and whole two-byte characters below U+0300 or
// from D0 or D1, whole E2 80 90 to E2 80 BF and whole characters led by
// EB or EC, as far as `starters` says they are starters (see StarterTable). All of those are valid UTF-8 and
// NFC starters. Sixteen bytes at a time; the byte there may be the lead
// byte of such a character the block boundary cut.
int32_t SkipSimpleStarters(const StarterTable& starters, const uint8_t* s,
                           int32_t i, int32_t length) {
#ifdef __SSE2__
  // Signed compares: 0x01 to 0x7F are the positive bytes, 0x80 to 0xBF
  // are -128 to -65, 0xC2 to 0xCB are -62 to -53 and 0x90 to 0xBF are
  // -112 to -65. b & 0xFE is 0xD0 exactly for D0 and D1.
  const __m128i zero = _mm_setzero_si128();
  const __m128i above_c1 = _mm_set1_epi8(static_cast<char>(0xC1));
  const __m128i below_cc = _mm_set1_epi8(static_cast<char>(0xCC));
  const __m128i below_c0 = _mm_set1_epi8(static_cast<char>(0xC0));
  while (i + 16 <= length) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const unsigned ascii =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(b, zero)));
    if (ascii == 0xFFFF) {
      i += 16;
      // More ASCII: thirty-two bytes a step while it lasts (English text
      // mostly is). Text in other scripts seldom gets here.
      while (i + 32 <= length &&
             _mm_movemask_epi8(_mm_and_si128(
                 _mm_cmpgt_epi8(_mm_loadu_si128(
                                    reinterpret_cast<const __m128i*>(s + i)),
                                zero),
                 _mm_cmpgt_epi8(
                     _mm_loadu_si128(
                         reinterpret_cast<const __m128i*>(s + i + 16)),
                     zero))) == 0xFFFF) {
        i += 32;
      }
      continue;
    }
    const unsigned continuation =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(b, below_c0)));
    unsigned lead2 = 0;
    if (starters.below_u0300) {
      lead2 = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
          _mm_cmpgt_epi8(b, above_c1), _mm_cmplt_epi8(b, below_cc))));
    }
    if (starters.cyrillic) lead2 |= CyrillicLeads(b);
    lead2 &= continuation >> 1;
    unsigned covered = ascii | lead2 | (lead2 << 1);
    if (covered != 0xFFFF) {
      // Three-byte characters, looked for only in a block that would stop
      // without them (not in Cyrillic or Greek text).
      unsigned lead3 = starters.punctuation ? PunctuationLeads(b) : 0;
      if (starters.hangul) lead3 |= HangulLeads(b, continuation);
      covered |= lead3 | (lead3 << 1) | (lead3 << 2);
    }
    // Every lane up to the first one not covered is part of a whole
    // character of those kinds: lane 0 starts a character, and a lane
    // covered as a continuation byte follows its own lead byte (no lead
    // byte is a continuation byte).
    const unsigned stop = ~covered & 0xFFFF;
    if (stop == 0) {
      i += 16;
      continue;
    }
    const int lane = __builtin_ctz(stop);
    // A lead byte in one of the last two lanes may start a character the
    // block boundary cut (in Cyrillic text, every other block ends so):
    // the next block starts there instead.
    if (lane < 14 || s[i + lane] < 0xC0) return i + lane;
    i += lane;
  }
#endif
  while (i < length && s[i] != 0 && s[i] < 0x80) ++i;
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

bool IsValidUtf8(std::string_view raw) {
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t length = static_cast<int32_t>(raw.size());
  int32_t i = 0;  // always at the start of a character
  while (i < length) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      if (b == 0) return false;
      i = SkipAscii(s, i + 1, length, /*stop_at_nul=*/true);
      continue;
    }
#ifdef __SSE2__
    // Text in another script: sixteen bytes at a time while it lasts.
    int32_t block;
    while (i + 16 <= length && (block = SimpleUtf8Block(s + i)) > 0) {
      i += block;
    }
    if (i >= length || s[i] < 0x80) continue;
#endif
    // A lead byte E1 to EC, EE or EF and two continuation bytes are always
    // well-formed (E0 and ED restrict their second byte): quote marks,
    // dashes, CJK and Hangul, checked without the general decoder.
    const uint8_t lead = s[i];
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < length &&
        (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

Utf8Form CheckUtf8Form(const icu::Normalizer2& nfc, std::string_view text,
                       UErrorCode& status) {
  const StarterTable& starters = Starters();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;  // always at the start of a character
  while (i < length) {
    i = SkipSimpleStarters(starters, s, i, length);
    if (i >= length) break;
    const int32_t start = i;
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      i = NextNonAscii(s, i, length, c);
    }
    if (c <= 0) return Utf8Form::kInvalid;  // NUL or an invalid sequence
    if (c < 0x10000 ? (starters.bmp[c >> 6] >> (c & 63) & 1) != 0
                    : IsNfcStarter(c)) {
      continue;
    }
    // As in IsNfcText: ICU judges the stretch from the character before
    // this one to the next eight ASCII bytes, once it is known to be valid.
    int32_t prev = start;
    if (prev > 0) U8_BACK_1(s, 0, prev);
    const int32_t end = NextAsciiWord(s, i, length);
    if (!IsValidUtf8(text.substr(i, end - i))) return Utf8Form::kInvalid;
    const bool nfc_stretch = nfc.isNormalizedUTF8(
        icu::StringPiece(text.data() + prev, end - prev), status);
    if (U_FAILURE(status) || !nfc_stretch) {
      // The rest need only be valid.
      if (!IsValidUtf8(text.substr(end))) return Utf8Form::kInvalid;
      return U_FAILURE(status) ? Utf8Form::kNfc : Utf8Form::kNotNfc;
    }
    i = end;
  }
  return Utf8Form::kNfc;
}

}  // namespace whosaid::nlp
