// Finds every occurrence of a fixed set of byte strings that begins at a
// word start of a text: where the byte before is not a word byte (RE2's
// \b: ASCII letters, digits, '_'; IsWordByte) or the text begins. ASCII
// letters compare case-insensitively, other bytes exactly.
//
// Built for the topic tagger, whose rules mostly match whole words: only
// the text's word starts are looked at (found sixty-four bytes at a
// time, and each judged by its first four bytes without a branch), and
// only those whose first four bytes may begin some literal are compared
// in full (eight bytes at a time), with only the literals that share
// those four bytes (or are shorter and begin them). Built once;
// immutable and thread-safe.

#ifndef WHOSAID_NLP_WORD_START_LITERALS_H_
#define WHOSAID_NLP_WORD_START_LITERALS_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/word_pattern.h"

namespace whosaid::nlp {

class WordStartLiterals {
 public:
  // Whether `literal` may be one of the constructor's: at least 2 bytes
  // long and beginning with a word byte. (A caller that hands its words to
  // a finder built on this one, as the topic tagger's extra words are,
  // asks it first.)
  static bool CanFind(std::string_view literal) {
    return literal.size() >= 2 && IsWordByte(literal.front());
  }

  // REQUIRES: CanFind(literal) for every literal. Duplicates are allowed
  // (each is reported under its index).
  explicit WordStartLiterals(std::vector<std::string> literals);
  ~WordStartLiterals();

  const std::string& literal(int index) const { return literals_[index]; }
  int size() const { return static_cast<int>(literals_.size()); }

  // Calls on_hit(start, index) for each occurrence of literal `index` at
  // a word start `start` of `text`, in increasing order of `start`, then
  // of `index`.
  template <typename OnHit>
  void ForEachHit(std::string_view text, OnHit&& on_hit) const;

  // The eight bytes of `text` from `i` (REQUIRES: i <= text.size()) as
  // one word, first byte lowest (as memcpy lays out a folded string's),
  // ASCII letters folded to lower case and zeros past the text's end.
  static uint64_t FoldedHead(std::string_view text, size_t i);

 private:
  // Bit i of the result: byte i of the sixteen at `p` is a word byte.
  static unsigned WordBytes(const char* p);
  // The same for the sixty-four at `p`.
  static uint64_t WordBytes64(const char* p);
  // 1 when some literal may begin at `p` (REQUIRES: the text has four
  // bytes from it), by its first two bytes and those after them, 0 when
  // none may; without a branch.
  unsigned MayBegin(const char* p) const;
  // The same at `i` of `text`, which has a byte after it.
  unsigned MayBeginAt(std::string_view text, size_t i) const;
  // A range [begin, end) of entries_.
  struct Range {
    uint32_t begin, end;
  };
  // The entries of the literals that may begin at `i` (MayBeginAt), where
  // the text's bytes are `head` (FoldedHead): those of the quad there, or
  // those of its first two bytes' bucket when no quad is.
  template <bool kRoom = false>
  Range EntriesAt(std::string_view text, size_t i, uint64_t head) const;
  // Reports the literals that begin at `i` (MayBeginAt). Always inlined
  // (GCC 12 would not): as a call, saving and restoring its registers cost
  // about a fifth of its work. With kRoom, the text has eight bytes from
  // `i`, so that neither their load nor EntriesAt asks.
  template <bool kRoom = false, typename OnHit>
  void HitsAt(std::string_view text, size_t i, OnHit& on_hit) const;
  // FoldedHead of the eight bytes at `p`.
  static uint64_t Fold8(const char* p);
  // `v` with each byte that is an ASCII capital made lower case.
  static uint64_t FoldWord(uint64_t v);

  // A literal as compared at a word start: its first eight bytes (folded;
  // fewer, zero-padded, when it is shorter) against the text's next eight
  // folded, then any bytes after them.
  struct Entry {
    uint64_t head;
    uint64_t mask;  // 0xFF for each byte of `head` the literal has
    uint32_t size;
    int index;
  };
  // The literals with the same folded first two bytes. Its entries are
  // those of its literals shorter than four bytes: the others are found
  // by their first four (Quad).
  struct Bucket {
    uint32_t begin, end;  // range of entries_
  };
  // What the bytes after a bucket's first two may be. Bit (c & 63) is set
  // for the third byte c of each literal (either case), all bits when one
  // has only two: a word start whose third byte's bit is clear begins none
  // of them. `fourths` the same for the fourth byte, all bits when a
  // literal has three or fewer.
  struct Follow {
    uint64_t thirds;
    uint64_t fourths;
  };

  // The entries of the literals that begin with the folded four bytes
  // `key` (first byte lowest; 0 for an empty slot): those at least four
  // bytes long with them, and the shorter ones they begin with, by index.
  struct Quad {
    uint32_t key;
    uint32_t begin, end;  // range of entries_
    // Bit (c & 63) for the fifth byte c of each of those literals (either
    // case), all bits when one has four bytes or fewer: the others are
    // passed over at a start whose fifth byte's bit is clear.
    uint64_t fifths;
  };
  // The slot of quads_ where the search for `key` begins.
  size_t QuadSlot(uint32_t key) const {
    return (key * 0x9E3779B1u) >> quad_shift_;
  }

  std::vector<std::string> literals_;  // folded
  std::vector<Entry> entries_;         // by bucket, then by quad
  std::vector<Bucket> buckets_;
  // Per bucket_of_pair_ value: none for 0 (no bit set), else its bucket's.
  std::vector<Follow> follows_;
  // An open-addressing table (linear probing, a power of two long, at
  // most half full) of the quads that some literal begins with.
  std::vector<Quad> quads_;
  unsigned quad_shift_ = 32;
  size_t quad_mask_ = 0;  // quads_.size() - 1
  // Per raw pair of bytes (first byte low): 1 + the index of the bucket of
  // the literals beginning with them once folded, or 0 when none does.
  std::unique_ptr<uint16_t[]> bucket_of_pair_;
  // What MayBegin asks, in two look-ups of a raw pair of bytes each. Each
  // bucket has a class below kNoClass (its index modulo kNoClass), and
  // class_of_pair_ gives a raw pair's bucket's class, kNoClass when it has
  // none. Bit c of classes_after_[raw third and fourth bytes] is set when
  // some literal of a bucket of class c may go on with them (any byte
  // where it has none): both bytes are judged together, not each alone.
  static constexpr uint8_t kNoClass = 63;
  std::unique_ptr<uint8_t[]> class_of_pair_;
  std::unique_ptr<uint64_t[]> classes_after_;
};

inline unsigned WordStartLiterals::WordBytes(const char* p) {
#ifdef __SSE2__
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Whether x is in [low, low + count), as one add and one signed compare:
  // adding 0x80 - low moves that range onto the lowest signed bytes.
  auto in_range = [](__m128i x, char low, int count) {
    return _mm_cmplt_epi8(
        _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - low))),
        _mm_set1_epi8(static_cast<char>(-128 + count)));
  };
  // ASCII letters are those whose byte with 0x20 set is in 'a'..'z'.
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter = in_range(lower, 'a', 26);
  const __m128i digit = in_range(v, '0', 10);
  const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  return static_cast<unsigned>(_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(letter, digit), underscore)));
#else
  unsigned word = 0;
  for (int k = 0; k < 16; ++k) word |= (IsWordByte(p[k]) ? 1u : 0u) << k;
  return word;
#endif
}

inline uint64_t WordStartLiterals::WordBytes64(const char* p) {
  return uint64_t{WordBytes(p)} | uint64_t{WordBytes(p + 16)} << 16 |
         uint64_t{WordBytes(p + 32)} << 32 | uint64_t{WordBytes(p + 48)} << 48;
}

inline uint64_t WordStartLiterals::FoldWord(uint64_t v) {
  // Per byte, without carries between bytes (each sum stays below 0x100):
  // the high bit of `from_a` is set for bytes (less their own high bit)
  // from 'A' up, that of `past_z` for those past 'Z'; a byte below 0x80
  // with the first and not the second is an upper-case letter, and gets
  // 0x20 added.
  constexpr uint64_t kOnes = 0x0101010101010101;
  const uint64_t low7 = v & (0x7F * kOnes);
  const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;
  const uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;
  const uint64_t upper = (from_a & ~past_z) & ~v & (0x80 * kOnes);
  return v | (upper >> 2);
}

inline uint64_t WordStartLiterals::Fold8(const char* p) {
  uint64_t v;
  __builtin_memcpy(&v, p, sizeof v);  // one load
  return FoldWord(v);
}

inline uint64_t WordStartLiterals::FoldedHead(std::string_view text,
                                              size_t i) {
  if (text.size() - i >= sizeof(uint64_t)) return Fold8(text.data() + i);
  uint64_t v = 0;
  __builtin_memcpy(&v, text.data() + i, text.size() - i);
  return FoldWord(v);
}

inline unsigned WordStartLiterals::MayBegin(const char* p) const {
  uint16_t first, next;
  __builtin_memcpy(&first, p, sizeof first);
  __builtin_memcpy(&next, p + 2, sizeof next);
  return static_cast<unsigned>(
      (classes_after_[next] >> class_of_pair_[first]) & 1);
}

inline unsigned WordStartLiterals::MayBeginAt(std::string_view text,
                                              size_t i) const {
  if (text.size() - i >= 4) return MayBegin(text.data() + i);
  uint16_t raw;
  __builtin_memcpy(&raw, text.data() + i, sizeof raw);
  const unsigned bucket = bucket_of_pair_[raw];
  const Follow& f = follows_[bucket];
  auto bit = [&](uint64_t bytes, size_t at) -> uint64_t {
    if (at >= text.size()) return bucket != 0 ? 1 : 0;
    return bytes >> (static_cast<unsigned char>(text[at]) & 63);
  };
  return static_cast<unsigned>(bit(f.thirds, i + 2) & bit(f.fourths, i + 3) &
                               1);
}

template <bool kRoom>
inline WordStartLiterals::Range WordStartLiterals::EntriesAt(
    std::string_view text, size_t i, uint64_t head) const {
  if (kRoom || text.size() - i >= 4) {
    const auto key = static_cast<uint32_t>(head);
    for (size_t slot = QuadSlot(key);; slot = (slot + 1) & quad_mask_) {
      const Quad& quad = quads_[slot];
      if (quad.key == key) {
        const bool may = ((quad.fifths >> ((head >> 32) & 63)) & 1) != 0;
        return {quad.begin, may ? quad.end : quad.begin};
      }
      if (quad.key == 0) break;
    }
  }
  uint16_t raw;
  __builtin_memcpy(&raw, text.data() + i, sizeof raw);
  const Bucket& b = buckets_[bucket_of_pair_[raw] - 1];
  return {b.begin, b.end};
}

template <bool kRoom, typename OnHit>
[[gnu::always_inline]] inline void WordStartLiterals::HitsAt(
    std::string_view text, size_t i, OnHit& on_hit) const {
  const uint64_t head =
      kRoom ? Fold8(text.data() + i) : FoldedHead(text, i);
  const Range entries = EntriesAt<kRoom>(text, i, head);
  for (uint32_t k = entries.begin; k < entries.end; ++k) {
    const Entry& e = entries_[k];
    if (((head ^ e.head) & e.mask) != 0 || e.size > text.size() - i) continue;
    const std::string& literal = literals_[e.index];
    size_t j = 8;
    while (j < literal.size()) {
      char c = text[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
      if (c != literal[j]) break;
      ++j;
    }
    if (j >= literal.size()) on_hit(i, e.index);
  }
}

template <typename OnHit>
void WordStartLiterals::ForEachHit(std::string_view text,
                                   OnHit&& on_hit) const {
  if (literals_.empty() || text.size() < 2) return;
  const size_t n = text.size();
  // Whether the byte before the block is a word byte.
  uint64_t carry = 0;
  size_t i = 0;
  // Blocks of sixty-four with seven bytes after them, so that each word
  // start in one has eight bytes from it. Most word starts begin no
  // literal: they are judged first without a branch each (which would
  // often be mispredicted), each written to `may` and kept there only
  // when it may, and only those are looked at.
  for (; i + 64 + 7 <= n; i += 64) {
    const char* const block = text.data() + i;
    const uint64_t word = WordBytes64(block);
    uint64_t starts = word & ~((word << 1) | carry);
    carry = word >> 63;
    uint8_t may[64];
    size_t count = 0;  // as wide as an address: no copy to index `may`
    while (starts != 0) {
      const auto k = static_cast<unsigned>(__builtin_ctzll(starts));
      starts &= starts - 1;
      may[count] = static_cast<uint8_t>(k);
      count += MayBegin(block + k);
    }
    for (size_t c = 0; c < count; ++c) {
      HitsAt<true>(text, i + may[c], on_hit);
    }
  }
  // The rest (and short texts, as titles) sixteen at a time.
  for (; i + 16 + 3 <= n; i += 16) {
    const unsigned word = WordBytes(text.data() + i);
    unsigned starts = word & ~((word << 1) | static_cast<unsigned>(carry));
    carry = word >> 15;
    while (starts != 0) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(starts));
      starts &= starts - 1;
      if (MayBegin(text.data() + at) != 0) HitsAt(text, at, on_hit);
    }
  }
  for (; i + 1 < n; ++i) {
    const unsigned word = IsWordByte(text[i]) ? 1 : 0;
    if (word != 0 && carry == 0 && MayBeginAt(text, i) != 0) {
      HitsAt(text, i, on_hit);
    }
    carry = word;
  }
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WORD_START_LITERALS_H_
