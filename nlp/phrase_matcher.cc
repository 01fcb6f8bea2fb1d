#include "nlp/phrase_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cassert>
#include <array>
#include <cstring>
#include <tuple>
#include <type_traits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "absl/container/flat_hash_map.h"

#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

uint8_t Fold(uint8_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

constexpr std::array<bool, 256> AsciiWordTable() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9') || c == '_';
  }
  return table;
}
// ASCII letters, digits and '_', as one load; false for non-ASCII bytes.
constexpr std::array<bool, 256> kAsciiWord = AsciiWordTable();

// Whether the `n` bytes at `a` and at `b` are the same: eight at a time,
// the last eight (or four) read again from the end, with no call to
// memcmp for the few bytes of a name.
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    uint64_t x, y;
    for (size_t k = 0; k + 8 <= n; k += 8) {
      std::memcpy(&x, a + k, 8);
      std::memcpy(&y, b + k, 8);
      if (x != y) return false;
    }
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x, y, u, v;
    std::memcpy(&x, a, 4);
    std::memcpy(&y, b, 4);
    std::memcpy(&u, a + n - 4, 4);
    std::memcpy(&v, b + n - 4, 4);
    return ((x ^ y) | (u ^ v)) == 0;
  }
  for (size_t k = 0; k < n; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

// Proposes, block by block, the bytes that may begin a phrase, judged by
// bytes alone: an ASCII word byte after a byte that is not one, or a UTF-8
// lead byte in [lead_lo, lead_hi] (none when lead_lo > lead_hi). In full
// 16-byte blocks with ranges (PhraseMatcher::start_lo_), a byte is proposed
// when it lies in one of them and does not follow an ASCII letter: every
// word start in the ranges and a few bytes more, which MayStartAt and
// MatchAt turn down. Shorter blocks propose every word start, which
// MayStartAt then judges.
class BlockScanner {
 public:
  static constexpr int kRanges = 4;
  // `lo` and `hi` hold `count` <= kRanges ranges; with `count` < 0 every
  // word start is proposed.
  BlockScanner(uint8_t lead_lo, uint8_t lead_hi, const uint8_t* lo,
               const uint8_t* hi, int count)
      : use_ranges_(count >= 0), lead_lo_(lead_lo), lead_hi_(lead_hi) {
#ifdef __SSE2__
    for (int r = 0; r < kRanges; ++r) {
      // Unused slots repeat the last range; with no range at all, the
      // range {0, 0} holds no word byte.
      const uint8_t l = count <= 0 ? 0 : lo[std::min(r, count - 1)];
      const uint8_t h = count <= 0 ? 0 : hi[std::min(r, count - 1)];
      if (r > 0 && l != h) bytes_after_first_ = false;
      range_lo_[r] = _mm_set1_epi8(static_cast<char>(l));
      ranges_[r] = MakeRange(l, h);
    }
    lead_range_ = MakeRange(lead_lo, lead_hi);
#else
    (void)lo;
    (void)hi;
    (void)count;
#endif
  }

  bool use_ranges() const { return use_ranges_; }
  // Whether every range after the first holds a single byte: the
  // capitals and the lower-case first letters of a few phrases ("t" for
  // "the envoy"), the usual case for names.
  bool bytes_after_first() const { return bytes_after_first_; }

  // Bit k set: bytes[k] is proposed. `len` <= 16. `prev_word` tells
  // whether the byte before bytes[0] continues a word (an ASCII word byte;
  // in a full block with ranges, an ASCII letter), and is updated for the
  // next block.
  // kUseRanges must be true exactly when the scanner was built with
  // ranges (a template argument, so that each loop has no test for it),
  // and kBytesAfterFirst only when bytes_after_first() (the same mask,
  // with fewer compares).
  template <bool kUseRanges, bool kBytesAfterFirst = false>
  uint32_t Mask(const uint8_t* bytes, size_t len, bool& prev_word) const {
    // `word`: the bytes that may begin a word; `joins`: the bytes that
    // continue a word, so that the byte after one is no word start.
    uint32_t word = 0;
    uint32_t joins = 0;
    uint32_t lead = 0;
#ifdef __SSE2__
    if (len == 16) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
      Classify<kUseRanges, kBytesAfterFirst>(b, word, joins);
      // Lead bytes are >= 0xC0: a block of ASCII bytes (most of English
      // text) has none.
      if (lead_lo_ <= lead_hi_ && _mm_movemask_epi8(b) != 0) {
        lead =
            static_cast<uint32_t>(_mm_movemask_epi8(InRange(b, lead_range_)));
      }
    } else  // NOLINT(readability/braces): the scalar path below
#endif
    {
      for (size_t k = 0; k < len; ++k) {
        word |= static_cast<uint32_t>(kAsciiWord[bytes[k]]) << k;
        lead |= static_cast<uint32_t>(bytes[k] >= lead_lo_ &&
                                      bytes[k] <= lead_hi_) << k;
      }
      joins = word;
    }
    const uint32_t before = (joins << 1) | (prev_word ? 1u : 0u);
    prev_word = len > 0 && ((joins >> (len - 1)) & 1u) != 0;
    return (word & ~before) | lead;
  }

#ifdef __SSE2__
  // Mask for the 64 bytes at `bytes`, as four calls of Mask with 16 each
  // would give it (bit k: bytes[k]), for fewer instructions per byte: one
  // test for lead bytes, one carry of `prev_word` and one loop step per
  // 64 bytes instead of per 16.
  template <bool kUseRanges, bool kBytesAfterFirst = false>
  uint64_t Mask64(const uint8_t* bytes, bool& prev_word) const {
    uint64_t word = 0;
    uint64_t joins = 0;
    __m128i any = _mm_setzero_si128();
#pragma GCC unroll 4
    for (int k = 0; k < 4; ++k) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
      uint32_t w;
      uint32_t j;
      Classify<kUseRanges, kBytesAfterFirst>(b, w, j);
      word |= uint64_t{w} << (16 * k);
      joins |= uint64_t{j} << (16 * k);
      any = _mm_or_si128(any, b);
    }
    uint64_t lead = 0;
    if (lead_lo_ <= lead_hi_ && _mm_movemask_epi8(any) != 0) {
      for (int k = 0; k < 4; ++k) {
        const __m128i b =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
        lead |= uint64_t{static_cast<uint32_t>(
                    _mm_movemask_epi8(InRange(b, lead_range_)))}
                << (16 * k);
      }
    }
    const uint64_t before = (joins << 1) | (prev_word ? 1u : 0u);
    prev_word = (joins >> 63) != 0;
    return (word & ~before) | lead;
  }
#endif

 private:
#ifdef __SSE2__
  // `word`: the bytes of the 16 in `b` that may begin a word; `joins`: the
  // bytes that continue a word, so that the byte after one is no word
  // start (see Mask).
  template <bool kUseRanges, bool kBytesAfterFirst>
  [[gnu::always_inline]] void Classify(__m128i b, uint32_t& word,
                                       uint32_t& joins) const {
    // (b | 0x20) is a..z exactly for ASCII letters.
    const __m128i folded = _mm_or_si128(b, _mm_set1_epi8(0x20));
    const __m128i letter = InRange(folded, MakeRange('a', 'z'));
    if constexpr (kUseRanges && kBytesAfterFirst) {
      // Ranges after the first of a single byte each ("c", "m", "t"
      // beside "A-Z"): one compare each instead of two.
      word = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(
          _mm_or_si128(InRange(b, ranges_[0]), _mm_cmpeq_epi8(b, range_lo_[1])),
          _mm_or_si128(_mm_cmpeq_epi8(b, range_lo_[2]),
                       _mm_cmpeq_epi8(b, range_lo_[3])))));
      joins = static_cast<uint32_t>(_mm_movemask_epi8(letter));
    } else if constexpr (kUseRanges) {
      // The bytes in the ranges stand for the word bytes, and only
      // letters join: a few more proposals (a range byte that is no
      // word byte, a letter after a digit or '_'), which MayStartAt and
      // MatchAt turn down, for fewer compares in every block.
      word = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(
          _mm_or_si128(InRange(b, ranges_[0]),
                       InRange(b, ranges_[1])),
          _mm_or_si128(InRange(b, ranges_[2]),
                       InRange(b, ranges_[3])))));
      joins = static_cast<uint32_t>(_mm_movemask_epi8(letter));
    } else {
      const __m128i digit = InRange(b, MakeRange('0', '9'));
      const __m128i underscore = _mm_cmpeq_epi8(b, _mm_set1_epi8('_'));
      word = static_cast<uint32_t>(_mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(letter, digit), underscore)));
      joins = word;
    }
  }
  // The bytes lo..hi (unsigned; none when lo > hi): adding `shift`
  // (128 - lo, mod 256) moves them, and no other byte, to the signed bytes
  // below `limit` (-128 + hi - lo + 1), so that one add and one signed
  // compare find them.
  struct Range {
    __m128i shift;
    __m128i limit;
  };
  static Range MakeRange(uint8_t lo, uint8_t hi) {
    assert(lo > hi || hi - lo < 255);
    const int limit = lo > hi ? -128 : -128 + (hi - lo) + 1;
    return {_mm_set1_epi8(static_cast<char>(static_cast<uint8_t>(128 - lo))),
            _mm_set1_epi8(static_cast<char>(limit))};
  }
  // 0xFF where a byte of `b` lies in `r`.
  static __m128i InRange(__m128i b, const Range& r) {
    return _mm_cmplt_epi8(_mm_add_epi8(b, r.shift), r.limit);
  }
  __m128i range_lo_[kRanges];
  Range ranges_[kRanges];
  Range lead_range_;
#endif
  bool use_ranges_;
  bool bytes_after_first_ = true;
  uint8_t lead_lo_;
  uint8_t lead_hi_;
};

bool IsWordChar(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || c == '_');
}

// The code point ending just before `pos`, or -1 at the start.
UChar32 CharBefore(std::string_view text, size_t pos) {
  if (pos == 0) return -1;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return c;
}

UChar32 CharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return -1;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return c;
}

}  // namespace

PhraseMatcher::PhraseMatcher(std::vector<Phrase> phrases)
    : phrases_(std::move(phrases)) {
  // Byte classes: every folded byte that occurs in a phrase gets its own
  // class; all other bytes share class 0, which leads nowhere.
  bool used[256] = {};
  for (const Phrase& p : phrases_) {
    for (char ch : p.text) used[Fold(static_cast<uint8_t>(ch))] = true;
  }
  for (int b = 0; b < 256; ++b) {
    if (used[b]) class_of_[b] = static_cast<uint8_t>(classes_++);
  }
  for (int b = 'A'; b <= 'Z'; ++b) class_of_[b] = class_of_[b + 32];

  std::vector<int32_t> parent;
  auto add_state = [&](int from) {
    delta_.resize(delta_.size() + classes_, -1);
    outputs_.emplace_back();
    parent.push_back(from);
    return static_cast<int>(outputs_.size() - 1);
  };
  add_state(-1);
  for (size_t i = 0; i < phrases_.size(); ++i) {
    const std::string& text = phrases_[i].text;
    if (text.empty()) continue;
    // A case-sensitive phrase starts only with its own first byte; most
    // are capitalised, so lower-case words are skipped at once.
    const auto first = static_cast<uint8_t>(text[0]);
    starts_[first] = true;
    if (!phrases_[i].case_sensitive) {
      starts_[Fold(first)] = true;
      if (first >= 'a' && first <= 'z') starts_[first - 32] = true;
    }
    AddPairs(phrases_[i]);
    if (text.size() >= 3) {
      const uint32_t bit = PrefixBit(first, static_cast<uint8_t>(text[1]),
                                     static_cast<uint8_t>(text[2]));
      prefixes_[bit >> 6] |= uint64_t{1} << (bit & 63);
      if (text.size() == 3) three_byte_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
    if (text.size() >= 4) AddQuad(phrases_[i]);
    int state = 0;
    for (char ch : text) {
      const size_t slot = static_cast<size_t>(state) * classes_ +
                          class_of_[static_cast<uint8_t>(ch)];
      if (delta_[slot] < 0) {
        const int fresh = add_state(state);
        delta_[slot] = fresh;
      }
      state = delta_[slot];
    }
    outputs_[state].push_back(static_cast<int>(i));
  }
  RenumberBreadthFirst(parent);
  CompactDeepStates();
  ChooseHotHead();
  // FindAll's block scan proposes only ASCII word bytes and UTF-8 lead
  // bytes; a phrase beginning with anything else needs the byte loop.
  for (int b = 0; b < 256; ++b) {
    if (starts_[b] && !kAsciiWord[b] && b < 0xC0) block_scan_ = false;
  }
  // Only lead bytes that begin some phrase are proposed: MayStartAt fails
  // for every other byte, so English or Cyrillic-free phrase lists skip
  // Cyrillic text without looking at each of its characters.
  for (int b = 0xC0; b < 256; ++b) {
    if (!starts_[b]) continue;
    lead_lo_ = std::min(lead_lo_, static_cast<uint8_t>(b));
    lead_hi_ = std::max(lead_hi_, static_cast<uint8_t>(b));
  }
  // The ASCII bytes of starts_ as ranges; while there are too many, the
  // two separated by the smallest gap become one (a superset is safe).
  std::vector<std::pair<uint8_t, uint8_t>> ranges;
  for (int b = 0; b < 128; ++b) {
    if (!starts_[b]) continue;
    if (!ranges.empty() && ranges.back().second + 1 == b) {
      ranges.back().second = static_cast<uint8_t>(b);
    } else {
      ranges.push_back({static_cast<uint8_t>(b), static_cast<uint8_t>(b)});
    }
  }
  while (ranges.size() > static_cast<size_t>(kStartRanges)) {
    size_t closest = 0;
    for (size_t r = 1; r + 1 < ranges.size(); ++r) {
      if (ranges[r + 1].first - ranges[r].second <
          ranges[closest + 1].first - ranges[closest].second) {
        closest = r;
      }
    }
    ranges[closest].second = ranges[closest + 1].second;
    ranges.erase(ranges.begin() + static_cast<std::ptrdiff_t>(closest) + 1);
  }
  start_ranges_ = static_cast<int>(ranges.size());
  int lower_kept = 0;
  for (const auto& [lo, hi] : ranges) {
    for (int b = lo; b <= hi; ++b) lower_kept += b >= 'a' && b <= 'z';
  }
  if (lower_kept > 13) start_ranges_ = -1;
  for (size_t r = 0; r < ranges.size(); ++r) {
    start_lo_[r] = ranges[r].first;
    start_hi_[r] = ranges[r].second;
  }
}

void PhraseMatcher::AddPairs(const Phrase& p) {
  auto variants = [&](uint8_t b) {
    std::array<uint8_t, 2> v = {b, b};
    if (!p.case_sensitive && ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
      v = {static_cast<uint8_t>(b | 0x20), static_cast<uint8_t>(b & ~0x20)};
    }
    return v;
  };
  const auto first = static_cast<uint8_t>(p.text[0]);
  for (uint8_t a : variants(first)) {
    if (p.text.size() == 1) {
      for (int b = 0; b < 256; ++b) SetPair(a, static_cast<uint8_t>(b));
      ends_alone_[a] = true;
      continue;
    }
    for (uint8_t b : variants(static_cast<uint8_t>(p.text[1]))) {
      SetPair(a, b);
      if (p.text.size() == 2) {
        const uint32_t bit = PairBit(a, b);
        short_pairs_[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
    }
  }
}

template <typename Fn>
void PhraseMatcher::ForEachCase(const Phrase& p, size_t count, Fn&& fn) {
  char bytes[8] = {};
  std::memcpy(bytes, p.text.data(), count);
  // The positions of the ASCII letters that may be written in either case.
  size_t letters[8];
  size_t letter_count = 0;
  for (size_t k = 0; k < count && !p.case_sensitive; ++k) {
    const auto b = static_cast<uint8_t>(bytes[k]);
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') letters[letter_count++] = k;
  }
  for (uint32_t cases = 0; cases < (1u << letter_count); ++cases) {
    for (size_t l = 0; l < letter_count; ++l) {
      char& c = bytes[letters[l]];
      c = static_cast<char>(((cases >> l) & 1) ? (c & ~0x20) : (c | 0x20));
    }
    fn(bytes);
  }
}

void PhraseMatcher::AddQuad(const Phrase& p) {
  uint32_t four;
  std::memcpy(&four, p.text.data(), 4);
  uint64_t* bits = p.case_sensitive ? quads_exact_ : quads_folded_;
  const uint32_t bit =
      QuadBit(p.case_sensitive ? four : LowerAsciiBytes(four));
  bits[bit >> 6] |= uint64_t{1} << (bit & 63);
  if (p.text.size() >= 8) {
    uint64_t eight;
    std::memcpy(&eight, p.text.data(), 8);
    const uint32_t eight_bit = SixBit(LowerAsciiBytes(eight));
    eights_[eight_bit >> 6] |= uint64_t{1} << (eight_bit & 63);
  } else if (p.text.size() >= 6) {
    uint64_t six = 0;
    std::memcpy(&six, p.text.data(), 6);
    const uint32_t six_bit = SixBit(LowerAsciiBytes(six));
    short_sixes_[six_bit >> 6] |= uint64_t{1} << (six_bit & 63);
  }
  if (p.text.size() >= 6) {
    ForEachCase(p, 6, [&](const char* bytes) {
      uint64_t six = 0;
      std::memcpy(&six, bytes, 6);
      const uint32_t six_bit = SixBit(six);
      sixes_[six_bit >> 6] |= uint64_t{1} << (six_bit & 63);
    });
  } else {
    ForEachCase(p, 4, [&](const char* bytes) {
      uint32_t variant;
      std::memcpy(&variant, bytes, 4);
      const uint32_t short_bit = QuadBit(variant);
      short_quads_[short_bit >> 6] |= uint64_t{1} << (short_bit & 63);
    });
  }
}

// Out of line: MayStartAt stays small enough to inline into FindAll's
// loop, and most word starts are settled before this test.
bool PhraseMatcher::QuadMayStart(const uint8_t* bytes, size_t left) const {
  uint32_t four;
  std::memcpy(&four, bytes, 4);
  const uint32_t bit = QuadBit(four);
  if (!Has(quads_exact_, bit) &&
      !Has(quads_folded_, QuadBit(LowerAsciiBytes(four)))) {
    return false;
  }
  if (left < 6 || Has(short_quads_, bit)) return true;
  if (left < 8) {
    uint64_t six = 0;
    std::memcpy(&six, bytes, 6);
    return Has(sixes_, SixBit(six));
  }
  uint64_t eight;
  std::memcpy(&eight, bytes, 8);
  const uint64_t six = eight & SixBytes();
  if (!Has(sixes_, SixBit(six))) return false;
  // Case folded from here: one fold of all eight bytes serves both tests.
  const uint64_t folded = LowerAsciiBytes(eight);
  return Has(short_sixes_, SixBit(folded & SixBytes())) ||
         Has(eights_, SixBit(folded));
}

void PhraseMatcher::ChooseHotHead() {
  // A head pays off only where many phrases share it: a few phrases are
  // told apart by the general filters well enough.
  constexpr int kHotPhrases = 16;
  auto folded_head = [](const Phrase& p) {
    uint32_t four;
    std::memcpy(&four, p.text.data(), 4);
    return LowerAsciiBytes(four);
  };
  // Per head: how many phrases begin with it, and whether one of them may
  // be written with a lower-case first letter. Such a head is preferred
  // when it has enough phrases: most words of running text are in lower
  // case, so "the " (the title phrases) stands at far more word starts
  // than "Dr. " (a name list's aliases) however many phrases each has.
  struct HeadCount {
    int count = 0;
    bool lower = false;
  };
  absl::flat_hash_map<uint32_t, HeadCount> heads;
  for (const Phrase& p : phrases_) {
    if (p.text.size() < 4) continue;
    HeadCount& h = heads[folded_head(p)];
    ++h.count;
    h.lower |= IsAsciiLower(p.text[0]) ||
               (!p.case_sensitive && IsAsciiAlpha(p.text[0]));
  }
  uint32_t head = 0;
  HeadCount most;
  for (const auto& [h, c] : heads) {
    if (c.count < kHotPhrases) continue;
    if (std::tie(c.lower, c.count) > std::tie(most.lower, most.count) ||
        (c.lower == most.lower && c.count == most.count && h < head)) {
      head = h;
      most = c;
    }
  }
  if (most.count < kHotPhrases) return;
  char head_bytes[4];
  std::memcpy(head_bytes, &head, 4);
  uint32_t fold = 0;
  for (int k = 0; k < 4; ++k) {
    if (IsAsciiLower(head_bytes[k])) fold |= uint32_t{0x20} << (8 * k);
  }
  bool other_start[256] = {};
  for (const Phrase& p : phrases_) {
    if (p.text.empty()) continue;
    const bool hot = p.text.size() >= 4 && folded_head(p) == head;
    // HotMayStart looks at six bytes and more: a shorter phrase that
    // could stand at a hot head's place ("the", "the ab") keeps the
    // general filters.
    const size_t shared = std::min<size_t>(4, p.text.size());
    if (p.text.size() <= 5 &&
        EqualsLowerAscii(std::string_view(p.text).substr(0, shared),
                         std::string_view(head_bytes, shared))) {
      return;
    }
    if (hot) continue;
    const auto first = static_cast<uint8_t>(p.text[0]);
    other_start[first] = true;
    if (!p.case_sensitive && IsAsciiAlpha(static_cast<char>(first))) {
      other_start[first | 0x20] = true;
      other_start[first & ~0x20] = true;
    }
  }
  hot_head_ = head;
  hot_fold_ = fold;
  for (int b = 0; b < 256; ++b) hot_only_[b] = starts_[b] && !other_start[b];
}

void PhraseMatcher::CompactDeepStates() {
  const size_t n = outputs_.size();
  // Where each state's header goes in edges_, for states without a dense
  // row: after the headers and edges of the states before it.
  std::vector<size_t> header(n, 0);
  size_t next_header = 0;
  for (size_t s = dense_states_; s < n; ++s) {
    header[s] = next_header;
    const int32_t* row = &delta_[s * classes_];
    next_header += 1 + static_cast<size_t>(
                           std::count_if(row, row + classes_,
                                         [](int32_t t) { return t >= 0; }));
  }
  assert(static_cast<size_t>(dense_states_) * classes_ < (size_t{1} << 29) &&
         next_header < (size_t{1} << 29));
  auto code = [&](int32_t t) -> int32_t {
    if (t < 0) return -1;
    const int ends = outputs_[t].empty() ? 0 : 1;
    if (t < dense_states_) {
      return static_cast<int32_t>(4 * static_cast<size_t>(t) * classes_ + ends);
    }
    return static_cast<int32_t>(4 * header[t] + 2 + ends);
  };
  edges_.reserve(next_header);
  for (size_t s = dense_states_; s < n; ++s) {
    const size_t h = edges_.size();
    edges_.push_back({static_cast<int32_t>(s), 0});
    for (int c = 0; c < classes_; ++c) {
      const int32_t t = delta_[s * classes_ + c];
      if (t < 0) continue;
      edges_.push_back({code(t), static_cast<uint8_t>(c)});
      // Fewer than kDenseChildren edges: the count fits the byte.
      assert(edges_[h].byte_class < 255);
      ++edges_[h].byte_class;
    }
  }
  delta_.resize(static_cast<size_t>(dense_states_) * classes_);
  delta_.shrink_to_fit();
  for (int32_t& t : delta_) t = code(t);
}

// Shallow states are visited most; numbering them first keeps their rows of
// the transition table together in cache. They keep dense rows (a few
// hundred KB at most), and so do the deeper states with four children or
// more, where a search of the edges would cost most: "the " before every
// title word of a title list is one, passed at every "the" of a text.
// (The builtin packs have about 120 such states; 10,000 synthetic names,
// about 1,800.)
void PhraseMatcher::RenumberBreadthFirst(const std::vector<int32_t>& parent) {
  constexpr size_t kShallowStates = 512;
  constexpr int kDenseChildren = 4;
  const size_t n = outputs_.size();
  std::vector<int32_t> order;
  order.reserve(n);
  order.push_back(0);
  std::vector<uint8_t> dense(n);
  for (size_t head = 0; head < order.size(); ++head) {
    const int s = order[head];
    int children = 0;
    for (int c = 0; c < classes_; ++c) {
      const int t = delta_[static_cast<size_t>(s) * classes_ + c];
      if (t > 0 && parent[t] == s) order.push_back(t);
      children += t >= 0;
    }
    dense[s] = head < kShallowStates || children >= kDenseChildren;
  }
  // The dense states first, each part in breadth-first order.
  std::stable_partition(order.begin(), order.end(),
                        [&](int32_t s) { return dense[s] != 0; });
  dense_states_ = static_cast<int>(
      std::count_if(dense.begin(), dense.end(), [](uint8_t d) { return d; }));
  std::vector<int32_t> new_id(n);
  for (size_t i = 0; i < order.size(); ++i) {
    new_id[order[i]] = static_cast<int32_t>(i);
  }
  std::vector<int32_t> delta(delta_.size());
  std::vector<std::vector<int>> outputs(n);
  for (size_t old = 0; old < n; ++old) {
    const size_t fresh = new_id[old];
    for (int c = 0; c < classes_; ++c) {
      const int32_t t = delta_[old * classes_ + c];
      delta[fresh * classes_ + c] = t < 0 ? -1 : new_id[t];
    }
    outputs[fresh] = std::move(outputs_[old]);
  }
  delta_ = std::move(delta);
  outputs_ = std::move(outputs);
}

[[gnu::always_inline]] inline bool PhraseMatcher::Accepts(
    const Match& m, std::string_view text) const {
  const Phrase& p = phrases_[m.phrase];
  // Most candidates sit inside a longer word: reject those cheaply.
  if (m.span.start > 0) {
    const auto before = static_cast<uint8_t>(text[m.span.start - 1]);
    const auto first = static_cast<uint8_t>(p.text[0]);
    const bool word_before = (before | 0x20) >= 'a' && (before | 0x20) <= 'z';
    const bool word_first = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
    if (word_before && word_first) return false;
  }
  if (p.case_sensitive &&
      (m.span.size() != p.text.size() ||
       !SameBytes(text.data() + m.span.start, p.text.data(), p.text.size()))) {
    return false;
  }
  // Most phrases begin and end with an ASCII byte beside ASCII text: the
  // word test is then a table load (u_isalnum agrees with it on ASCII),
  // with no decoding.
  const auto phrase_first = static_cast<uint8_t>(p.text.front());
  const auto phrase_last = static_cast<uint8_t>(p.text.back());
  const uint8_t before =
      m.span.start > 0 ? static_cast<uint8_t>(text[m.span.start - 1]) : ' ';
  const uint8_t after =
      m.span.end < text.size() ? static_cast<uint8_t>(text[m.span.end]) : ' ';
  if ((phrase_first | phrase_last | before | after) < 0x80) {
    return !(kAsciiWord[phrase_first] && kAsciiWord[before]) &&
           !(kAsciiWord[phrase_last] && kAsciiWord[after]);
  }
  // A boundary is needed only where the phrase itself has a word character.
  if (IsWordChar(CharAt(p.text, 0)) &&
      IsWordChar(CharBefore(text, m.span.start))) {
    return false;
  }
  if (IsWordChar(CharBefore(p.text, p.text.size())) &&
      IsWordChar(CharAt(text, m.span.end))) {
    return false;
  }
  return true;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(
    std::string_view text) const {
  std::vector<Match> found;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  if (!block_scan_) {
    for (size_t i = 0; i < n; ++i) {
      if (!starts_[bytes[i]]) continue;
      const size_t end = MatchAt(text, i, found);
      if (end > i) i = end - 1;
    }
    return found;
  }
  // Blocks of 64 bytes, then of 16 in the last 63: only the bytes
  // BlockScanner proposes are looked at, the start of every word and every
  // non-ASCII character. The proposals inside the last match are cleared
  // from a block's mask, once when it is scanned and once after each
  // match, rather than tested one by one against the match's end.
  size_t resume = 0;  // the end of the last match
  // The bits from `k` on (none when k >= 64).
  auto From64 = [](size_t k) -> uint64_t {
    return k >= 64 ? 0 : ~uint64_t{0} << k;
  };
  static_assert(BlockScanner::kRanges == kStartRanges);
  const BlockScanner scanner(lead_lo_, lead_hi_, start_lo_, start_hi_,
                             start_ranges_);
  bool prev_word = false;
  auto scan = [&](auto use_ranges, auto bytes_after_first) {
    size_t base = 0;
#ifdef __SSE2__
    for (; base + 64 <= n; base += 64) {
      uint64_t mask = scanner.Mask64<decltype(use_ranges)::value,
                                     decltype(bytes_after_first)::value>(
          bytes + base, prev_word);
      if (resume > base) mask &= From64(resume - base);
      // Far from the text's end (every start in the block has eight bytes
      // after it), MayStartAt needs no test of the bytes left.
      auto starts = [&](auto far) {
        while (mask != 0) {
          const size_t i = base + static_cast<size_t>(__builtin_ctzll(mask));
          mask &= mask - 1;
          if (!MayStartAt<decltype(far)::value>(bytes, i, n)) continue;
          const size_t end = MatchAt(text, i, found);
          if (end > i) {
            resume = end;
            mask &= From64(end - base);
          }
        }
      };
      if (base + 72 <= n) {
        starts(std::true_type());
      } else {
        starts(std::false_type());
      }
    }
#endif
    for (; base < n; base += 16) {
      uint32_t mask = scanner.Mask<decltype(use_ranges)::value,
                                   decltype(bytes_after_first)::value>(
          bytes + base, std::min<size_t>(16, n - base), prev_word);
      if (resume > base) mask &= static_cast<uint32_t>(From64(resume - base));
      while (mask != 0) {
        const size_t i = base + static_cast<size_t>(__builtin_ctz(mask));
        mask &= mask - 1;
        if (!MayStartAt(bytes, i, n)) continue;
        const size_t end = MatchAt(text, i, found);
        if (end > i) {
          resume = end;
          mask &= static_cast<uint32_t>(From64(end - base));
        }
      }
    }
  };
  if (scanner.use_ranges() && scanner.bytes_after_first()) {
    scan(std::true_type(), std::true_type());
  } else if (scanner.use_ranges()) {
    scan(std::true_type(), std::false_type());
  } else {
    scan(std::false_type(), std::false_type());
  }
  return found;
}

size_t PhraseMatcher::MatchAt(std::string_view text, size_t i,
                              std::vector<Match>& found) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  // Only where a word starts (or at a phrase's own punctuation).
  if (i > 0) {
    const uint8_t prev = bytes[i - 1];
    if (prev < 0x80 && bytes[i] < 0x80) {
      if (kAsciiWord[prev] && kAsciiWord[bytes[i]]) return i;
    } else if (IsWordChar(CharAt(text, i)) &&
               IsWordChar(CharBefore(text, i))) {
      return i;
    }
  }
  // The longest accepted phrase starting here.
  // Kept in locals rather than a Match, so that they stay in registers.
  size_t best_end = i;
  int best_phrase = -1;
  int code = 0;  // the root's: it has the first dense row
  for (size_t j = i; j < n; ++j) {
    code = Next(code, bytes[j]);
    if (code < 0) break;
    if ((code & 1) == 0) continue;
    for (int id : outputs_[StateOf(code)]) {
      if (Accepts(Match{{i, j + 1}, id}, text)) {
        best_end = j + 1;
        best_phrase = id;
        break;
      }
    }
  }
  if (best_phrase < 0) return i;
  found.push_back({{i, best_end}, best_phrase});
  return best_end;
}

}  // namespace whosaid::nlp
