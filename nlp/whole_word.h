// Whole-word occurrences of a word in a text: the places where no ASCII
// letter or digit touches the word on either side ("Health" in "Health
// bosses", not in "Healthy"). Non-ASCII bytes count as word edges. Header
// only; pure and thread-safe.

#ifndef WHOSAID_NLP_WHOLE_WORD_H_
#define WHOSAID_NLP_WHOLE_WORD_H_

#include <cstddef>
#include <string_view>

#include "nlp/ascii.h"

namespace whosaid::nlp {

// Calls `fn(at)` for each whole-word occurrence of non-empty `word` in
// `text`, in text order, until `fn` returns true; returns whether it did.
template <typename Fn>
bool AnyWholeWord(std::string_view text, std::string_view word, Fn&& fn) {
  if (word.empty()) return false;
  for (size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at > 0 && IsAsciiAlnum(text[at - 1])) ||
        (end < text.size() && IsAsciiAlnum(text[end]))) {
      continue;
    }
    if (fn(at)) return true;
  }
  return false;
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WHOLE_WORD_H_
