// A set of words for membership tests on hot paths: an Abseil flat hash
// set behind a WordListFilter, which answers "no" for most words without
// hashing them. Case-sensitive; store
// and ask in the same case.
//
// Thread-safe for concurrent reads once filled; not for writes.

#ifndef WHOSAID_NLP_WORD_SET_H_
#define WHOSAID_NLP_WORD_SET_H_

#include <string>
#include <string_view>

#include "nlp/ascii.h"
#include "nlp/string_set.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

class FilteredWordSet {
 public:
  using const_iterator = FlatStringSet::const_iterator;

  void insert(std::string word) {
    filter_.Add(word);
    set_.insert(std::move(word));
  }

  // True when `word` was inserted.
  bool contains(std::string_view word) const {
    return filter_.MayHoldExact(word) && set_.contains(word);
  }

  // contains(LowerAscii(word)), for sets stored in ASCII lower case; the
  // filter sees the folded first and last bytes, so most words are
  // rejected before they are lowered.
  bool ContainsLowerAscii(std::string_view word) const {
    if (!filter_.MayHold(word)) return false;
    char buffer[32];
    return set_.contains(LowerAsciiInto(word, buffer));
  }

  size_t size() const { return set_.size(); }
  bool empty() const { return set_.empty(); }
  // Iteration order is unspecified (see FlatStringSet).
  const_iterator begin() const { return set_.begin(); }
  const_iterator end() const { return set_.end(); }

 private:
  FlatStringSet set_;
  WordListFilter filter_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WORD_SET_H_
