// One word in ASCII lower case, held by value: in a buffer of its own for
// the words of running text (all but a few are shorter than 32 bytes) and
// on the heap only for a longer one. The speaker-phrase parser lowers each
// word it looks at, often several times, and a std::string per word cost
// more than the look-ups it was made for.
//
// Bytes outside ASCII stay as they are (as LowerAscii leaves them). A
// LowerWord owns its bytes: the views it gives stay valid while it lives
// and is not moved or assigned. Not thread-safe to share while assigned;
// otherwise a plain value.

#ifndef WHOSAID_NLP_LOWER_WORD_H_
#define WHOSAID_NLP_LOWER_WORD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "nlp/ascii.h"

namespace whosaid::nlp {

class LowerWord {
 public:
  explicit LowerWord(std::string_view word) : size_(word.size()) {
    if (word.size() <= kInline) [[likely]] {
      LowerAsciiTo(word, inline_);
    } else {
      LowerLong(word);
    }
  }
  LowerWord(const LowerWord&) = delete;
  LowerWord& operator=(const LowerWord&) = delete;

  std::string_view view() const {
    return size_ <= kInline ? std::string_view(inline_, size_)
                            : std::string_view(long_);
  }
  operator std::string_view() const { return view(); }  // NOLINT

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  char operator[](size_t i) const { return view()[i]; }
  char back() const { return view().back(); }
  bool ends_with(std::string_view suffix) const {
    return view().ends_with(suffix);
  }

  friend bool operator==(const LowerWord& a, std::string_view b) {
    return a.view() == b;
  }

 private:
  // Out of line, so that the common case inlines where it is used.
  [[gnu::noinline]] void LowerLong(std::string_view word) {
    long_.resize(word.size());
    LowerAsciiTo(word, long_.data());
  }

  static constexpr size_t kInline = 32;
  size_t size_;
  char inline_[kInline];
  std::string long_;  // the word when longer than kInline bytes
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_LOWER_WORD_H_
