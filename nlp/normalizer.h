// Text normalisation: valid UTF-8, NFC, folded whitespace, paragraphs.
//
// Stateless functions; thread-safe.

#ifndef WHOSAID_NLP_NORMALIZER_H_
#define WHOSAID_NLP_NORMALIZER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid::nlp {

struct NormalizedText {
  std::string text;           // NFC, paragraphs joined by "\n\n"
  // Invalid UTF-8 sequences and NUL bytes replaced by U+FFFD.
  size_t repaired_bytes = 0;
};

// Replaces invalid UTF-8 and NUL bytes with U+FFFD, applies NFC, folds runs of spaces and
// tabs (and NBSP, thin and zero-width spaces) inside a paragraph to one
// space, and joins non-empty paragraphs (separated by blank lines or single
// newlines) with "\n\n".
NormalizedText Normalize(std::string_view raw);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_NORMALIZER_H_
