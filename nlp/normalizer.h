// Text normalisation: valid UTF-8, NFC, folded whitespace and dashes,
// paragraphs, classified quote marks, and an offset map back to the input.
//
// Stateless functions; thread-safe.

#ifndef WHOSAID_NLP_NORMALIZER_H_
#define WHOSAID_NLP_NORMALIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/quote_marks.h"

namespace whosaid::nlp {

// Maps byte offsets of one text back to the text it was made from, in the
// manner of sentencepiece's norm_to_orig but sparse: an anchor says that
// `to` begins where `from` began, and offsets between two anchors advance
// together (clamped at the next anchor).
class OffsetMap {
 public:
  // REQUIRES: `to` not less than the previous call's.
  void Add(size_t to, size_t from);
  // The offset in the source text for offset `to` of the derived text.
  size_t Map(size_t to) const;
  bool empty() const { return anchors_.empty(); }

 private:
  struct Anchor {
    size_t to;
    size_t from;
  };
  std::vector<Anchor> anchors_;
};

struct NormalizedText {
  std::string text;           // NFC, paragraphs joined by "\n\n"
  // Invalid UTF-8 sequences and NUL bytes replaced by U+FFFD.
  size_t repaired_bytes = 0;
  // Every quote mark of `text`, in order (see quote_marks.h).
  std::vector<QuoteMark> quote_marks;
  // Stage maps, first stage first; ToOriginal applies them in reverse.
  std::vector<OffsetMap> maps;

  // The byte offset in the raw input that offset `offset` of `text` came
  // from. Offsets inside a replaced sequence map to its start (or a point
  // within the original sequence); text.size() maps to raw.size().
  size_t ToOriginal(size_t offset) const;
};

// Replaces invalid UTF-8 and NUL bytes with U+FFFD, applies NFC, and folds whitespace:
// runs of spaces and tabs (and NBSP, thin and other Unicode spaces) inside a
// paragraph become one space; zero-width spaces, BOMs and soft hyphens are
// dropped; hyphen variants (U+2010, U+2011, U+2212) become "-" and the
// horizontal bar U+2015 and two-/three-em dashes become "—" (en and em
// dashes stay). Paragraphs are separated by blank lines; when the input has
// no blank line at all, every line break separates paragraphs, otherwise a
// single line break is a soft wrap and becomes a space. Non-empty paragraphs
// are joined with "\n\n". Quote marks are classified on the result.
NormalizedText Normalize(std::string_view raw);

// Normalize(raw).text alone, for short strings such as a title whose quote
// marks and offsets nobody reads.
std::string NormalizeText(std::string_view raw);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_NORMALIZER_H_
