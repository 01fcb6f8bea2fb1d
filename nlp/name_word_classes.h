// The word lists a capitalised word may be in, for the name scanner: one
// filter test and at most one hash lookup answer for all the lists at
// once, where asking each list would filter (and often hash) the word once
// per list. Case-sensitive: words are stored and asked about as written.
//
// Thread-safe for concurrent reads once filled; not for writes.

#ifndef WHOSAID_NLP_NAME_WORD_CLASSES_H_
#define WHOSAID_NLP_NAME_WORD_CLASSES_H_

#include <cstdint>
#include <string_view>

#include "nlp/string_set.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

class NameWordClasses {
 public:
  // One bit per list; a word may be in several.
  using Bits = uint8_t;

  // Puts `word` in the lists of `bits` too.
  void Add(std::string_view word, Bits bits) {
    filter_.Add(word);
    auto [it, fresh] = bits_.try_emplace(std::string(word), bits);
    if (!fresh) it->second |= bits;
  }

  // The lists `word` was added to; 0 for none.
  Bits Of(std::string_view word) const {
    if (!filter_.MayHoldExact(word)) return 0;
    auto it = bits_.find(word);
    return it == bits_.end() ? 0 : it->second;
  }

 private:
  FlatStringMap<Bits> bits_;
  WordListFilter filter_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_NAME_WORD_CLASSES_H_
