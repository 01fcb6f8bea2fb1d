// Finds every occurrence of a fixed set of byte strings in a text, with
// ASCII letters compared case-insensitively ('A'..'Z' equal 'a'..'z') and
// every other byte compared exactly, in one pass over the text.
//
// Built for the topic tagger's prefilter. Each literal is keyed by the
// byte pair in it that is likely rarest in English text (a guess from
// letter frequencies); each position of a text costs one table look-up of
// the two bytes there, and only positions whose pair keys some literal are
// compared in full. Built once; immutable and thread-safe.

#ifndef WHOSAID_NLP_CASELESS_LITERALS_H_
#define WHOSAID_NLP_CASELESS_LITERALS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

class CaselessLiterals {
 public:
  // REQUIRES: every literal is at least 2 bytes long. Duplicates are
  // allowed (each is reported under its own index).
  explicit CaselessLiterals(std::vector<std::string> literals);
  ~CaselessLiterals();

  // The `length` bytes of `literal` (all of it when shorter) that are
  // likely rarest in English text: a text that holds `literal` holds them,
  // and holds them less often when it does not.
  static std::string_view RarestPart(std::string_view literal, size_t length);

  // How common the pair of folded bytes (a, b) is in English text, higher
  // for commoner: a guess from letter frequencies, used to choose keys.
  static int PairCommonness(unsigned char a, unsigned char b);

  const std::string& literal(int index) const { return literals_[index]; }
  int size() const { return static_cast<int>(literals_.size()); }

  // Calls on_hit(start, index) for each occurrence of literal `index` at
  // byte `start` of `text` (in no promised order). Stops early, returning
  // false, when on_hit returns false; returns true otherwise.
  template <typename OnHit>
  bool ForEachHit(std::string_view text, OnHit&& on_hit) const;

 private:
  // The literals keyed by one folded byte pair.
  struct Bucket {
    uint16_t pair;  // folded first byte | folded second byte << 8
    uint32_t begin, end;  // range of by_pair_
  };
  // A literal in a bucket, and where its key pair is in it.
  struct Keyed {
    int index;
    uint32_t offset;
    bool has_third;       // the literal has a byte after its key pair:
    unsigned char third;  // this one, folded
  };

  // True when literal `index` occurs at `start`.
  bool MatchesAt(std::string_view text, size_t start, int index) const;
  // The bucket of a pair marked kSearch.
  const Bucket& SearchBucket(unsigned raw) const;

  std::vector<std::string> literals_;  // folded
  std::vector<Bucket> buckets_;        // sorted by pair
  std::vector<Keyed> by_pair_;         // grouped by bucket
  // bucket_of_[raw two bytes, first byte low]: 0 when no literal is keyed
  // by those bytes once folded; else 1 + the bucket's index, or kSearch
  // when that does not fit (the bucket is then found by its pair).
  static constexpr uint8_t kSearch = 255;
  std::unique_ptr<uint8_t[]> bucket_of_;
};

// The two bytes at `p` as one table index (in the machine's byte order;
// the tables are built with the same function).
inline unsigned PairAt(const unsigned char* p) {
  uint16_t pair;
  std::memcpy(&pair, p, sizeof pair);
  return pair;
}

// ASCII lower case of a byte; other bytes unchanged.
inline unsigned char FoldAsciiByte(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A'))
                              : c;
}

template <typename OnHit>
bool CaselessLiterals::ForEachHit(std::string_view text,
                                  OnHit&& on_hit) const {
  if (literals_.empty() || text.size() < 2) return true;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const uint8_t* bucket_of = bucket_of_.get();
  const unsigned char* const last = bytes + text.size() - 1;  // no pair here
  const unsigned char* p = bytes;
  while (true) {
    // The pairs at p, p+1, ... up to the first that keys some literal;
    // eight at a time while eight remain.
    while (last - p >= 8 &&
           (bucket_of[PairAt(p)] | bucket_of[PairAt(p + 1)] |
            bucket_of[PairAt(p + 2)] | bucket_of[PairAt(p + 3)] |
            bucket_of[PairAt(p + 4)] | bucket_of[PairAt(p + 5)] |
            bucket_of[PairAt(p + 6)] | bucket_of[PairAt(p + 7)]) == 0) {
      p += 8;
    }
    while (p < last && bucket_of[PairAt(p)] == 0) ++p;
    if (p >= last) break;
    const uint8_t mark = bucket_of[PairAt(p)];
    const Bucket& bucket =
        mark != kSearch ? buckets_[mark - 1] : SearchBucket(PairAt(p));
    const auto i = static_cast<size_t>(p - bytes);
    for (uint32_t k = bucket.begin; k < bucket.end; ++k) {
      const Keyed& keyed = by_pair_[k];
      if (keyed.offset > i) continue;
      // The byte after the key pair first, for the many pairs that key a
      // literal but do not start one.
      if (keyed.has_third &&
          (i + 2 >= text.size() || FoldAsciiByte(bytes[i + 2]) != keyed.third)) {
        continue;
      }
      const size_t start = i - keyed.offset;
      if (MatchesAt(text, start, keyed.index) && !on_hit(start, keyed.index)) {
        return false;
      }
    }
    ++p;
  }
  return true;
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_CASELESS_LITERALS_H_
