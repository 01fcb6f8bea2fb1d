// A set of words for membership tests on hot paths: an Abseil flat hash
// set plus a filter on each word's length and first and last bytes, which
// answers "no" for most words without hashing them. Case-sensitive; store
// and ask in the same case.
//
// Thread-safe for concurrent reads once filled; not for writes.

#ifndef WHOSAID_NLP_WORD_SET_H_
#define WHOSAID_NLP_WORD_SET_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "nlp/ascii.h"
#include "nlp/string_set.h"

namespace whosaid::nlp {

class FilteredWordSet {
 public:
  using const_iterator = FlatStringSet::const_iterator;

  void insert(std::string word) {
    if (word.empty() || word.size() > kMaxFiltered) {
      has_unfiltered_ = true;
    } else {
      const uint32_t bit = uint32_t{1} << word.size();
      first_len_[static_cast<unsigned char>(word.front())] |= bit;
      last_len_[static_cast<unsigned char>(word.back())] |= bit;
    }
    set_.insert(std::move(word));
  }

  // True when `word` was inserted.
  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxFiltered) {
      return has_unfiltered_ && set_.contains(word);
    }
    const uint32_t bit = uint32_t{1} << word.size();
    if ((first_len_[static_cast<unsigned char>(word.front())] & bit) == 0 ||
        (last_len_[static_cast<unsigned char>(word.back())] & bit) == 0) {
      return false;
    }
    return set_.contains(word);
  }

  // contains(LowerAscii(word)), for sets stored in ASCII lower case; the
  // filter sees the folded first and last bytes, so most words are
  // rejected before they are lowered.
  bool ContainsLowerAscii(std::string_view word) const {
    if (word.empty() || word.size() > kMaxFiltered) {
      return has_unfiltered_ && set_.contains(LowerAscii(word));
    }
    const uint32_t bit = uint32_t{1} << word.size();
    if ((first_len_[static_cast<unsigned char>(AsciiLower(word.front()))] &
         bit) == 0 ||
        (last_len_[static_cast<unsigned char>(AsciiLower(word.back()))] &
         bit) == 0) {
      return false;
    }
    char buffer[kMaxFiltered];
    for (size_t i = 0; i < word.size(); ++i) buffer[i] = AsciiLower(word[i]);
    return set_.contains(std::string_view(buffer, word.size()));
  }

  size_t size() const { return set_.size(); }
  bool empty() const { return set_.empty(); }
  // Iteration order is unspecified (see FlatStringSet).
  const_iterator begin() const { return set_.begin(); }
  const_iterator end() const { return set_.end(); }

 private:
  static constexpr size_t kMaxFiltered = 31;
  FlatStringSet set_;
  // Bit n of first_len_[b] (last_len_[b]): a word of n bytes starts (ends)
  // with byte b.
  std::array<uint32_t, 256> first_len_{};
  std::array<uint32_t, 256> last_len_{};
  bool has_unfiltered_ = false;  // an empty word or one over 31 bytes
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WORD_SET_H_
