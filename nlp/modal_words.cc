#include "nlp/modal_words.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

enum Says : uint8_t { kNegation, kHedge, kPlan };

// A word of at most 8 bytes as one number, byte k in bits 8k to 8k+7 and
// zeros after it: two words are equal when their numbers are.
constexpr uint64_t Pack(std::string_view w) {
  uint64_t packed = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    packed |= uint64_t{static_cast<uint8_t>(w[k])} << (8 * k);
  }
  return packed;
}

constexpr struct {
  std::string_view word;  // lower case
  Says says;
} kModalWords[] = {
    {"no", kNegation},    {"not", kNegation},  {"never", kNegation},
    {"may", kHedge},      {"might", kHedge},   {"could", kHedge},
    {"likely", kHedge},   {"perhaps", kHedge}, {"possibly", kHedge},
    {"probably", kHedge}, {"will", kPlan},     {"would", kPlan},
    {"shall", kPlan},     {"plans", kPlan},    {"intends", kPlan}};
constexpr size_t kMaxModalWord = 8;
constexpr size_t kMostOfOneSize = 6;  // never might could would shall plans

// The modal words of one size, packed: a word is compared only with those
// of its size.
struct OfOneSize {
  std::array<uint64_t, kMostOfOneSize> packed{};
  std::array<Says, kMostOfOneSize> says{};
  size_t count = 0;
};

constexpr std::array<OfOneSize, kMaxModalWord + 1> kBySize = [] {
  std::array<OfOneSize, kMaxModalWord + 1> by_size{};
  for (const auto& w : kModalWords) {
    OfOneSize& same = by_size[w.word.size()];
    same.packed[same.count] = Pack(w.word);
    same.says[same.count] = w.says;
    ++same.count;
  }
  return by_size;
}();

// Per byte: bit n set when a modal word of n letters begins with it in
// some case. Most words are rejected by their first byte, or by it and
// their size, before they are packed.
constexpr std::array<uint16_t, 256> kSizesByInitial = [] {
  std::array<uint16_t, 256> sizes{};
  for (const auto& w : kModalWords) {
    const uint16_t bit = uint16_t{1} << w.word.size();
    sizes[static_cast<uint8_t>(w.word[0])] |= bit;
    sizes[static_cast<uint8_t>(w.word[0] - 'a' + 'A')] |= bit;
  }
  return sizes;
}();

// Per first two letters, each as (byte | 0x20) & 31: bit n set when a
// modal word of n letters begins with them. A word of a modal word's size
// and first letter ("which", "since", "cases") is rejected by it before it
// is packed and compared.
constexpr size_t PairIndex(uint8_t first, uint8_t second) {
  return static_cast<size_t>((first | 0x20) & 31) * 32 + ((second | 0x20) & 31);
}
constexpr std::array<uint16_t, 32 * 32> kSizesByPair = [] {
  std::array<uint16_t, 32 * 32> sizes{};
  for (const auto& w : kModalWords) {
    sizes[PairIndex(static_cast<uint8_t>(w.word[0]),
                    static_cast<uint8_t>(w.word[1]))] |=
        uint16_t{1} << w.word.size();
  }
  return sizes;
}();

// Notes what the word text[i, e) (a maximal run of ASCII letters) says.
// REQUIRES: e - i <= kMaxModalWord.
void NoteWord(std::string_view text, size_t i, size_t e, ModalWords& found) {
  const size_t size = e - i;
  uint64_t written;
  if (std::endian::native == std::endian::little && i + 8 <= text.size()) {
    // Eight bytes at once, the word's kept: what Pack gives.
    std::memcpy(&written, text.data() + i, 8);
    written &= ~uint64_t{0} >> (8 * (kMaxModalWord - size));
  } else {
    written = Pack(text.substr(i, size));
  }
  // Every byte is a letter, so setting bit 5 of each lowers its case.
  const uint64_t lower =
      written | (0x2020202020202020ull >> (8 * (kMaxModalWord - size)));
  const OfOneSize& same = kBySize[size];
  for (size_t k = 0; k < same.count; ++k) {
    if (same.packed[k] != lower) continue;
    switch (same.says[k]) {
      case kNegation:
        if (written != lower) return;  // "Not", "NO": only as written
        if (size == 3) {
          // A contrast ("stability, not appreciation", "a speed bump, not
          // a wall") or "not only" leaves the proposition affirmed.
          const bool contrast = i >= 2 && text.substr(i - 2, 2) == ", ";
          found.negated |= !contrast && text.substr(e, 5) != " only";
        } else {
          found.negated = true;
        }
        return;
      case kHedge:
        found.hedged = true;
        return;
      case kPlan:
        found.planned = true;
        return;
    }
  }
}

// For up to 64 bytes: bit k of `letters` set when bytes[k] is an ASCII
// letter, of `marks` when it is ' or the first byte of ’ (any E2).
struct BlockMasks {
  uint64_t letters = 0;
  uint64_t marks = 0;
};

// `before` bytes before `bytes` belong to the text too, and may be read.
BlockMasks MasksOf(const uint8_t* bytes, size_t len, size_t before) {
  BlockMasks masks;
#ifdef __SSE2__
  // A byte is a letter when (byte | 0x20) - 'a' < 26 unsigned; adding
  // 0x80 - 'a' instead turns that into a signed test SSE2 has.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i apostrophe = _mm_set1_epi8('\'');
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  // Adds the masks of 16 bytes, less the first `skip`, at bit `at`.
  auto add = [&](const uint8_t* at_bytes, size_t at, unsigned skip) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(at_bytes));
    const __m128i shifted = _mm_add_epi8(_mm_or_si128(v, case_bit), shift);
    const unsigned letters = static_cast<uint16_t>(
        _mm_movemask_epi8(_mm_cmplt_epi8(shifted, limit)));
    const unsigned marks = static_cast<uint16_t>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, apostrophe), _mm_cmpeq_epi8(v, e2))));
    masks.letters |= static_cast<uint64_t>(letters >> skip) << at;
    masks.marks |= static_cast<uint64_t>(marks >> skip) << at;
  };
  size_t at = 0;
  for (; at + 16 <= len; at += 16) add(bytes + at, at, 0);
  if (at < len) {
    const size_t rest = len - at;
    if (before + len >= 16) {
      // The 16 bytes that end with the block, all in the text: their
      // last `rest` are the ones wanted. No copy, and nothing read past
      // the text.
      add(bytes + len - 16, at, static_cast<unsigned>(16 - rest));
    } else {
      // A text shorter than 16 bytes. Zeros are neither letters nor marks.
      uint8_t padded[16] = {};
      std::memcpy(padded, bytes + at, rest);
      add(padded, at, 0);
    }
  }
#else
  (void)before;
  for (size_t k = 0; k < len; ++k) {
    const char c = static_cast<char>(bytes[k]);
    masks.letters |= static_cast<uint64_t>(IsAsciiAlpha(c)) << k;
    masks.marks |= static_cast<uint64_t>(c == '\'' || bytes[k] == 0xE2) << k;
  }
#endif
  return masks;
}

}  // namespace

ModalWords ScanModalWords(std::string_view text) {
  ModalWords found;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  uint64_t letter_before = 0;  // 1 when the byte before the block is a letter
  for (size_t base = 0; base < n; base += 64) {
    const size_t len = std::min<size_t>(64, n - base);
    const BlockMasks masks = MasksOf(s + base, len, base);
    // "don't", "won’t": an n before ' or ’ and t.
    for (uint64_t m = masks.marks; m != 0 && !found.negated; m &= m - 1) {
      const size_t p = base + static_cast<size_t>(__builtin_ctzll(m));
      found.negated =
          p > 0 && s[p - 1] == 'n' &&
          (text.substr(p, 2) == "'t" || text.substr(p, 4) == "\xE2\x80\x99t");
    }
    // The words that begin in this block and may be modal words.
    uint64_t starts = masks.letters & ~((masks.letters << 1) | letter_before);
    letter_before = masks.letters >> 63;
    for (; starts != 0; starts &= starts - 1) {
      const size_t k = static_cast<size_t>(__builtin_ctzll(starts));
      const size_t i = base + k;
      const uint16_t sizes = kSizesByInitial[s[i]];
      if (sizes == 0) continue;
      // The word ends at the first non-letter after it in the block (a
      // short block's missing bytes count as non-letters); one running
      // into the next block is followed past kMaxModalWord at most.
      const uint64_t after = ~masks.letters >> k;
      size_t e;
      if (after != 0) {
        e = i + static_cast<size_t>(__builtin_ctzll(after));
      } else {
        e = base + 64;
        while (e < n && e - i <= kMaxModalWord &&
               IsAsciiAlpha(static_cast<char>(s[e]))) {
          ++e;
        }
      }
      // A word of a modal word's size has two letters or more: s[i + 1]
      // is its second.
      if (e - i <= kMaxModalWord && ((sizes >> (e - i)) & 1u) != 0 &&
          ((kSizesByPair[PairIndex(s[i], s[i + 1])] >> (e - i)) & 1u) != 0) {
        NoteWord(text, i, e, found);
      }
    }
  }
  return found;
}

}  // namespace whosaid::nlp
