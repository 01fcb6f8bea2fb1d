// A filter in front of a list of words: it records each listed word's
// length with its first and last bytes, and turns away any word whose
// length and ends no listed word has, before the word is lowered, hashed
// or compared. Most words asked about on the hot paths (every word near a
// quotation, every capitalised word of a document) are in no list and stop
// here. The one filter of nlp/: the word sets (word_set.h,
// static_word_set.h), the indirect-speech word lists and the pack's
// pronouns, document nouns and speech introductions all use it.
//
// Header-only and constexpr, so fixed lists get their filter at compile
// time (FilterOf); thread-safe for concurrent reads once filled.

#ifndef WHOSAID_NLP_WORD_LIST_FILTER_H_
#define WHOSAID_NLP_WORD_LIST_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/ascii.h"

namespace whosaid::nlp {

// MayHold... is false for every word that was not added; true does not
// promise that it was. Words of 1 to 31 bytes are filtered; an empty or
// longer word, once added, makes every empty or longer word pass.
class WordListFilter {
 public:
  constexpr void Add(std::string_view word) {
    if (!Filterable(word)) {
      holds_unfiltered_ = true;
      return;
    }
    const uint32_t bit = uint32_t{1} << word.size();
    first_[static_cast<unsigned char>(word.front())] |= bit;
    last_[static_cast<unsigned char>(word.back())] |= bit;
  }

  // For words added as they are: compares the ends byte for byte.
  constexpr bool MayHoldExact(std::string_view word) const {
    if (!Filterable(word)) return holds_unfiltered_;
    return Passes(word.size(), word.front(), word.back());
  }

  // For words added in ASCII lower case, asked about as written: folds the
  // case of the word's ends, so "Monday" passes where "monday" was added.
  constexpr bool MayHold(std::string_view word) const {
    if (!Filterable(word)) return holds_unfiltered_;
    return Passes(word.size(), AsciiLower(word.front()),
                  AsciiLower(word.back()));
  }

  // True when `word` is one the filter tests (1 to 31 bytes).
  static constexpr bool Filterable(std::string_view word) {
    return !word.empty() && word.size() < 32;
  }

 private:
  constexpr bool Passes(size_t size, char front, char back) const {
    return ((first_[static_cast<unsigned char>(front)] &
             last_[static_cast<unsigned char>(back)]) >>
            size) &
           1u;
  }

  // Bit n of first_[b] (last_[b]): an added word of n bytes starts (ends)
  // with byte b.
  std::array<uint32_t, 256> first_{};
  std::array<uint32_t, 256> last_{};
  bool holds_unfiltered_ = false;
};

// The filter of the words of `lists`.
template <size_t... N>
constexpr WordListFilter FilterOf(const std::string_view (&... lists)[N]) {
  WordListFilter filter;
  const auto add = [&filter](const auto& list) {
    for (std::string_view w : list) filter.Add(w);
  };
  (add(lists), ...);
  return filter;
}

// True when `word` in ASCII lower case is one of `lower`.
template <size_t N>
constexpr bool LowerIsOneOf(std::string_view word,
                            const std::string_view (&lower)[N]) {
  for (std::string_view l : lower) {
    if (EqualsLowerAscii(word, l)) return true;
  }
  return false;
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WORD_LIST_FILTER_H_
