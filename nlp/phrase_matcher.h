// Finds many literal phrases in a text in one pass over it: a keyword trie
// (the goto function of an Aho-Corasick automaton) with a dense transition
// table over byte classes.
//
// Used for actor names and aliases (thousands of them), title references and
// cue words. Phrases match on word boundaries only ("Li" does not match
// inside "Lisbon"), so a match can only start where a word starts: the trie
// is walked from those positions and Aho-Corasick's failure links are not
// needed. Each phrase is either case-sensitive or ASCII case-insensitive.
// Built once, then immutable and thread-safe.

#ifndef WHOSAID_NLP_PHRASE_MATCHER_H_
#define WHOSAID_NLP_PHRASE_MATCHER_H_

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/document.h"

namespace whosaid::nlp {

namespace phrase_matcher_internal {
// Each byte with ASCII capitals folded to lower case, as a table: one load
// per byte in PhraseMatcher::PrefixBit, which runs at most word starts.
constexpr std::array<uint32_t, 256> FoldedBytes() {
  std::array<uint32_t, 256> table{};
  for (uint32_t x = 0; x < 256; ++x) {
    table[x] = (x >= 'A' && x <= 'Z') ? x + 32u : x;
  }
  return table;
}
inline constexpr std::array<uint32_t, 256> kPrefixFold = FoldedBytes();
}  // namespace phrase_matcher_internal

class PhraseMatcher {
 public:
  struct Phrase {
    std::string text;  // non-empty UTF-8
    bool case_sensitive = true;
  };
  struct Match {
    Span span;
    int phrase = 0;  // index into the phrases given to the constructor
  };

  // Compiles the automaton. Empty phrases are ignored. Identical phrases
  // keep the lowest index.
  explicit PhraseMatcher(std::vector<Phrase> phrases);

  // Returns the leftmost-longest non-overlapping matches in `text`, in text
  // order.
  std::vector<Match> FindAll(std::string_view text) const;

  size_t phrase_count() const { return phrases_.size(); }
  size_t state_count() const { return outputs_.size(); }

 private:
  // The code (see delta_) of the state after `byte` from the state whose
  // code is `code`, or -1. Shallow states (visited at every word start)
  // and states with many children have dense rows; the others, most with
  // a single child, keep their few edges in a compact array, so that
  // thousands of phrases do not spread the walk over megabytes of mostly
  // empty rows.
  int Next(int code, uint8_t byte) const {
    const uint8_t c = class_of_[byte];
    const size_t at = static_cast<size_t>(code >> 2);
    if ((code & 2) == 0) return delta_[at + c];
    const Edge* const header = edges_.data() + at;
    for (const Edge* edge = header + 1; edge <= header + header->byte_class;
         ++edge) {
      if (edge->byte_class == c) return edge->code;
    }
    return -1;
  }
  // The state whose code is `code`.
  int StateOf(int code) const {
    return (code & 2) == 0 ? (code >> 2) / classes_ : edges_[code >> 2].code;
  }
  bool Accepts(const Match& m, std::string_view text) const;
  // Records the byte pairs `p` can begin with, in every case it matches.
  void AddPairs(const Phrase& p);
  // The bit of the bytes a, b in pairs_ and short_pairs_: the two bytes
  // as a little-endian number, so that the pair at `bytes` is one load.
  static uint32_t PairBit(uint8_t a, uint8_t b) {
    return a | (uint32_t{b} << 8);
  }
  static uint32_t PairBitAt(const uint8_t* bytes) {
    uint16_t two;
    std::memcpy(&two, bytes, 2);
    if constexpr (std::endian::native == std::endian::big) {
      two = __builtin_bswap16(two);
    }
    return two;
  }
  void SetPair(uint8_t a, uint8_t b) {
    const uint32_t bit = PairBit(a, b);
    pairs_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  // The bit of three bytes, ASCII case folded, in prefixes_.
  static uint32_t PrefixBit(uint8_t a, uint8_t b, uint8_t c) {
    const auto& fold = phrase_matcher_internal::kPrefixFold;
    return ((fold[a] * 0x9E37u) ^ (fold[b] * 0x85EBu) ^ (fold[c] * 0xC2B3u)) &
           (kPrefixBits - 1);
  }
  // The bit of four bytes (as loaded from memory) in quads_exact_ and,
  // ASCII case folded first, in quads_folded_.
  static uint32_t QuadBit(uint32_t four) {
    return (four * 0x9E3779B1u) >> (32 - kQuadLog);
  }
  static bool Has(const uint64_t* bits, uint32_t bit) {
    return (bits[bit >> 6] >> (bit & 63)) & 1;
  }
  // The first four bytes of `p` (at least four long) in the quad filters,
  // its first six in sixes_ (or its first four in short_quads_), and its
  // first eight in eights_ (or its first six in short_sixes_).
  void AddQuad(const Phrase& p);
  // The bit of six bytes (as loaded from memory, the other two zero) in
  // sixes_.
  static uint32_t SixBit(uint64_t six) {
    return static_cast<uint32_t>((six * 0x9E3779B97F4A7C15ull) >>
                                 (64 - kSixLog));
  }
  // Calls `fn` with each way the first `count` bytes of `p` may be written
  // in a text it matches: as they are, or for a case-insensitive phrase,
  // with each ASCII letter in either case.
  template <typename Fn>
  static void ForEachCase(const Phrase& p, size_t count, Fn&& fn);
  // The mask that keeps the first six bytes of eight loaded from memory.
  static uint64_t SixBytes() {
    uint64_t mask = 0;
    std::memset(&mask, 0xFF, 6);
    return mask;
  }
  // Whether the four bytes at `bytes` begin some phrase (see quads_exact_)
  // and, when `left` (the bytes from there to the end of the text) holds
  // six, so do the six bytes there (see sixes_), and when it holds eight,
  // so do the eight (see eights_).
  bool QuadMayStart(const uint8_t* bytes, size_t left) const;
  // Whether a phrase may match at bytes[i..n): its first two bytes begin
  // some phrase, and its first three do too unless a phrase of one or two
  // bytes could end there, and its first four unless one of three could;
  // where the first four are the hot head, HotMayStart decides instead.
  // Forced inline: FindAll's loop calls it at every proposed word start,
  // and GCC no longer inlines it by itself since the hot head test.
  // kFar: the caller knows that i + 8 <= n, so that none of the tests of
  // the bytes left is needed (most word starts of a text).
  template <bool kFar = false>
  [[gnu::always_inline]] bool MayStartAt(const uint8_t* bytes, size_t i,
                                        size_t n) const {
    if (!kFar && i + 1 >= n) return ends_alone_[bytes[i]];
    const uint8_t a = bytes[i];
    const uint32_t pair = PairBitAt(bytes + i);
    if (!Has(pairs_, pair)) return false;
    if (kFar || i + 4 <= n) {
      uint32_t four;
      std::memcpy(&four, bytes + i, 4);
      if ((four | hot_fold_) == hot_head_) {
        return HotMayStart<kFar>(bytes + i, n - i);
      }
      if (hot_only_[a]) return false;
    }
    if ((!kFar && i + 2 >= n) || ends_alone_[a] || Has(short_pairs_, pair)) {
      return true;
    }
    const uint32_t bit = PrefixBit(a, bytes[i + 1], bytes[i + 2]);
    return Has(prefixes_, bit) &&
           ((!kFar && i + 3 >= n) || Has(three_byte_, bit) ||
            QuadMayStart(bytes + i, n - i));
  }
  // Whether a phrase may match at `bytes`, whose first four bytes are the
  // hot head (see hot_head_) and after which `left` bytes remain (>= 4;
  // >= 8 with kFar).
  template <bool kFar = false>
  bool HotMayStart(const uint8_t* bytes, size_t left) const {
    if (!kFar && left < 8) return true;
    uint64_t eight;
    std::memcpy(&eight, bytes, 8);
    const uint64_t folded = LowerAsciiBytes(eight);
    return Has(short_sixes_, SixBit(folded & SixBytes())) ||
           Has(eights_, SixBit(folded));
  }
  // Chooses the hot head and sets hot_only_, once the filters are built.
  void ChooseHotHead();
  // Appends the longest accepted phrase starting at byte i, if i starts a
  // word, and returns its end; returns i when there is none.
  size_t MatchAt(std::string_view text, size_t i,
                 std::vector<Match>& found) const;
  // Numbers the states breadth-first, those that keep dense rows first,
  // and sets dense_states_.
  void RenumberBreadthFirst(const std::vector<int32_t>& parent);
  // Moves the rows of states from dense_states_ on into edges_, and writes
  // the states in delta_ and edges_ as codes.
  void CompactDeepStates();

  std::vector<Phrase> phrases_;
  uint8_t class_of_[256] = {};
  int classes_ = 1;
  bool starts_[256] = {};                // bytes that can begin a phrase
  // Bit PairBit(a, b): some phrase can begin with the bytes a, b; a clear bit
  // rejects a word start before the walk. ends_alone_[a]: a phrase is the
  // single byte a.
  uint64_t pairs_[256 * 4] = {};
  bool ends_alone_[256] = {};
  // Like pairs_, for the phrases of exactly two bytes.
  uint64_t short_pairs_[256 * 4] = {};
  // Bit PrefixBit(a, b, c): some phrase of three bytes or more begins with
  // a, b, c (ASCII case folded; hashed, so a set bit may be shared); a
  // clear bit rejects a word start the pair test let through.
  static constexpr uint32_t kPrefixBits = 1u << 15;
  uint64_t prefixes_[kPrefixBits / 64] = {};
  // Bit PrefixBit of every phrase of exactly three bytes.
  uint64_t three_byte_[kPrefixBits / 64] = {};
  // Bit QuadBit of the first four bytes of every phrase of four bytes or
  // more: as written for the case-sensitive ones, folded for the others
  // (hashed: a set bit may be shared). A clear bit in both rejects a word
  // start that the three-byte test let through: most lower-case words
  // that begin like a capitalised name ("there" and "Theresa"), and
  // capitalised words that begin like no name past their third letter.
  static constexpr int kQuadLog = 16;
  uint64_t quads_exact_[(1u << kQuadLog) / 64] = {};
  uint64_t quads_folded_[(1u << kQuadLog) / 64] = {};
  // Bit SixBit of the first six bytes of every phrase of six bytes or
  // more, in every case it matches (hashed: a set bit may be shared); a
  // clear bit rejects a word start that the four-byte test let through
  // unless a phrase of four or five bytes begins with its first four
  // (short_quads_, bit QuadBit, in every case too). Unfolded, so that the
  // test needs no case folding. Most of those are "the " before a
  // word no title phrase continues with ("the first"), and capitalised
  // words that begin like a name for four bytes ("Whitlock" and "White
  // House").
  static constexpr int kSixLog = 17;
  uint64_t sixes_[(1u << kSixLog) / 64] = {};
  uint64_t short_quads_[(1u << kQuadLog) / 64] = {};
  // Bit SixBit of the first eight bytes of every phrase of eight bytes or
  // more, ASCII case folded (one variant per phrase, where eight letters
  // would give 256), and of the first six of every phrase of six or seven
  // bytes in short_sixes_: as sixes_ after six bytes, a clear bit in both
  // rejects a word start the six-byte test let through. Most of those are
  // "the " before a word that begins like a title word for two letters
  // and no further ("the plan", "the plastics"; "the end", "the envoy"),
  // where the walk would go six bytes deep and more before it failed.
  uint64_t eights_[(1u << kSixLog) / 64] = {};
  uint64_t short_sixes_[(1u << kSixLog) / 64] = {};
  // The first four bytes (as loaded from memory, ASCII letters in lower
  // case) that the most phrases begin with, in some case, when they are
  // many, preferring those a lower-case word may begin with: "the " for
  // the title phrases of an actor list ("the Treasury secretary", "the
  // envoy"), rather than "Dr. " for more of its aliases. A word start
  // whose four bytes OR hot_fold_ (the case bit of each letter among them)
  // equal hot_head_ skips the filters above, which all pass it, for the
  // tests of its first six and eight bytes (short_sixes_, eights_); 0 when
  // no head is hot, or when a phrase of five bytes or fewer could match
  // where it stands. hot_only_[a]: every phrase that can begin with byte
  // `a` begins with the hot head, so a word start with `a` whose four
  // bytes are not the head cannot match ("they", "there" for the title
  // phrases: no longer a six-byte test each).
  uint32_t hot_head_ = 0;
  uint32_t hot_fold_ = 0x20;  // so that, with no hot head, nothing matches
  bool hot_only_[256] = {};
  // Every byte in starts_ is an ASCII word byte or a UTF-8 lead byte, so
  // FindAll may scan 16-byte blocks for word starts (BlockScanner).
  bool block_scan_ = true;
  // Byte ranges that together hold every ASCII byte in starts_ (and maybe
  // more: when starts_ has more ranges than kStartRanges, the closest are
  // merged across their gap), so that the block scan drops, in a few
  // vector compares, the word starts that no phrase can begin with
  // ("said" for a list of capitalised names). MayStartAt still decides.
  static constexpr int kStartRanges = 4;
  uint8_t start_lo_[kStartRanges] = {};
  uint8_t start_hi_[kStartRanges] = {};
  // The number of ranges, or -1 when they would keep most lower-case word
  // starts anyway (case-insensitive cue lists): the range tests would then
  // cost more than they spare, and every word start is kept.
  int start_ranges_ = 0;
  // The lowest and highest lead bytes (0xC0 and up) in starts_; lo > hi
  // when no phrase begins with a non-ASCII character.
  uint8_t lead_lo_ = 0xFF;
  uint8_t lead_hi_ = 0;
  // dense_states_ x classes: the code of the state each byte class leads
  // to, or -1 when no phrase goes on. A code is 4 * k + 1 for a state
  // whose dense row starts at delta_[k], 4 * k + 2 + 1 for one whose edges
  // follow its header at edges_[k], less 1 when no phrase ends there
  // (outputs_ empty): the walk learns that a phrase ends, and where the
  // next state's row or edges are, from the code, without a look-up or a
  // multiplication per step.
  std::vector<int32_t> delta_;
  int dense_states_ = 0;
  // The states without a dense row, each as a header (its state in
  // `code`, its number of edges in `byte_class`) and then its edges (the
  // code of the state each leads to beside its byte class), so that a
  // step reads one place of one array.
  struct Edge {
    int32_t code;
    uint8_t byte_class;
  };
  std::vector<Edge> edges_;
  std::vector<std::vector<int>> outputs_;  // phrases ending exactly here
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_PHRASE_MATCHER_H_
