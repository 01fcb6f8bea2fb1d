// Finds case-insensitive phrases made of plain ASCII words ("expects",
// "committed to") in a text, with exactly PhraseMatcher's matches for the
// same phrases given as case-insensitive: leftmost-longest, non-overlapping,
// on word boundaries (ICU alphanumerics and '_' are word characters), in
// text order, identical phrases keeping the lowest index.
//
// Why not PhraseMatcher: a list of lower-case verbs begins with most
// letters, so the trie is tried at nearly every word start. Here each run
// of ASCII letters is found from 64-byte letter masks (runs shorter than
// every first word are dropped there), a table of lengths and initials
// rejects most runs, and one bit test on a hash of the run nearly all the
// rest, before any comparison.
// Only lists that Supports() accepts can be built. Built once; immutable
// and thread-safe.

#ifndef WHOSAID_NLP_WORD_PHRASE_FINDER_H_
#define WHOSAID_NLP_WORD_PHRASE_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/phrase_matcher.h"

namespace whosaid::nlp {

class WordPhraseFinder {
 public:
  // The longest first word a phrase may have.
  static constexpr size_t kMaxWord = 31;

  // True when every phrase is one or more runs of ASCII letters joined by
  // single spaces, with a first word of at most kMaxWord letters.
  static bool Supports(const std::vector<std::string>& phrases);

  // `phrases` must be Supported.
  explicit WordPhraseFinder(const std::vector<std::string>& phrases);

  // The matches PhraseMatcher(phrases, case-insensitive).FindAll(text)
  // returns; `phrase` indexes the constructor's list.
  std::vector<PhraseMatcher::Match> FindAll(std::string_view text) const;

  // The first words of the phrases, in lower case, each once.
  std::vector<std::string> HeadWords() const;

  // FindAll(text), given `starts`: increasing places in `text` that
  // include every word start (no ASCII letter, digit or '_' just before)
  // where some HeadWords() word begins, case-insensitively. Only those
  // places are looked at, so that a caller that walks the text's word
  // starts anyway (the topic scan) spares this finder its own walk.
  std::vector<PhraseMatcher::Match> FindAllAt(
      std::string_view text, const std::vector<size_t>& starts) const;

  // The size of the hashed filter (see candidates_), public for the hash
  // in the .cc.
  static constexpr uint32_t kCandidateBits = 1u << 14;

 private:
  // The phrases that begin with one word, in lower case: the word itself
  // (`alone`, or -1 when it is not a phrase by itself) and the phrases that
  // continue it (`tails`, longest first, each rest starting with a space).
  struct Tail {
    std::string rest;
    int phrase;
  };
  struct Head {
    std::string word;
    int alone = -1;
    std::vector<Tail> tails;
    uint64_t prefix = 0;  // PackedPrefix (in the .cc) of `word`
  };

  static size_t Bucket(size_t length, uint8_t first_letter) {
    return length * 26 + static_cast<size_t>((first_letter | 0x20) - 'a');
  }
  // Whether a run of `length` <= kMaxWord letters starting at
  // bytes[start] (of n) may be a head word: its length and first letter
  // pass initials_, its length and last letter finals_, and its bit is set
  // in candidates_.
  bool MayBeHead(const uint8_t* bytes, size_t start, size_t length,
                 size_t n) const;
  // The end of the longest phrase that matches at the run of letters
  // [start, end), or 0 when none does; sets *phrase.
  size_t MatchAt(std::string_view text, size_t start, size_t end,
                 int* phrase) const;

  // Bit (first letter - 'a') of initials_[length]: some head word has that
  // length and first letter. Cheaper than candidates_, and rejects most
  // runs already.
  uint32_t initials_[kMaxWord + 1] = {};
  // The same for the last letter: of the runs that pass initials_, it
  // rejects about half ("with", "were", "when" beside "want") before their
  // bit is computed.
  uint32_t finals_[kMaxWord + 1] = {};
  // Bit CandidateBit() (in the .cc) of every head word: a clear bit
  // rejects a run of letters before it is compared with any word. 2 KB, so
  // that a set bit is rarely shared.
  uint64_t candidates_[kCandidateBits / 64] = {};
  // Heads sorted by Bucket(); those of bucket k are
  // heads_[first_head_[k], first_head_[k + 1]).
  std::vector<Head> heads_;
  std::vector<uint32_t> first_head_;
  size_t min_length_ = 0;  // of the head words (kMaxWord with none)
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WORD_PHRASE_FINDER_H_
