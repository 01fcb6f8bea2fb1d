// Short fixed lists of lower-case words, asked about words as written (in
// any ASCII case) without lowering them first: a filter on each word's
// length and first and last bytes that turns most words away, and a
// compare that folds case as it goes. For the indirect-speech rules, which
// test many words after a cue against lists of a few dozen entries.
//
// Header-only and constexpr; the filters are built at compile time and
// are thread-safe.

#ifndef WHOSAID_NLP_WORD_LIST_FILTER_H_
#define WHOSAID_NLP_WORD_LIST_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/ascii.h"

namespace whosaid::nlp {

// Bit n of first[b] (last[b]) is set when a listed word of n bytes starts
// (ends) with byte b. MayHold is false for every word, in any case, that
// is in none of the lists; true does not promise that it is in one.
struct WordListFilter {
  std::array<uint32_t, 256> first{};
  std::array<uint32_t, 256> last{};

  bool MayHold(std::string_view word) const {
    if (word.empty() || word.size() >= 32) return false;
    const auto f = static_cast<unsigned char>(AsciiLower(word.front()));
    const auto l = static_cast<unsigned char>(AsciiLower(word.back()));
    return ((first[f] & last[l]) >> word.size()) & 1u;
  }
};

// The filter of the words of `lists`. REQUIRES: each word is non-empty,
// under 32 bytes and in lower case (a longer one fails to compile).
template <size_t... N>
constexpr WordListFilter FilterOf(const std::string_view (&... lists)[N]) {
  WordListFilter filter;
  const auto add = [&filter](const auto& list) {
    for (std::string_view w : list) {
      const uint32_t bit = uint32_t{1} << w.size();
      filter.first[static_cast<unsigned char>(w.front())] |= bit;
      filter.last[static_cast<unsigned char>(w.back())] |= bit;
    }
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
