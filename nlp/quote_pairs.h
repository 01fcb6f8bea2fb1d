// Pairs classified quote marks into quotations, paragraph by paragraph.
//
// One pass with a stack, so linear in the number of marks even for 10,000
// nested quotations. Only outermost quotations are returned (single quotes
// nested in double ones stay part of their text). A quotation left open at
// the end of its paragraph continues (multi-paragraph quote) when the next
// paragraph opens with a quote mark; otherwise it is dropped and reported,
// so an unbalanced mark never swallows the rest of the document.
// Stateless; thread-safe.

#ifndef WHOSAID_NLP_QUOTE_PAIRS_H_
#define WHOSAID_NLP_QUOTE_PAIRS_H_

#include <cstddef>
#include <vector>

#include "nlp/document.h"
#include "nlp/quote_marks.h"

namespace whosaid::nlp {

struct QuotePair {
  size_t open = 0;         // offset of the opening mark
  size_t open_end = 0;     // just after it
  size_t close = 0;        // offset of the closing mark, or paragraph end
  size_t close_end = 0;    // just after the closing mark, or paragraph end
  bool closed = true;      // false: runs on into the next paragraph
  bool single = false;     // ‘ ’ or ' as the outer marks (British style)
  size_t paragraph = 0;    // index into the paragraphs given
};

// `marks` from ClassifyQuoteMarks over the same text; `paragraphs` in text
// order. `unbalanced` (may be null) receives the offsets of opening marks
// that never closed and were dropped.
std::vector<QuotePair> PairQuotes(const std::vector<QuoteMark>& marks,
                                  const std::vector<Span>& paragraphs,
                                  std::vector<size_t>* unbalanced);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_PAIRS_H_
