// Internal to the quote extractor: which tokens of a document each of a
// list of byte spans covers, found by galloping forward over the tokens
// instead of two binary searches of the whole document per span.
//
// Not part of the public nlp interface. Thread-compatible.

#ifndef WHOSAID_NLP_SPAN_TOKENS_H_
#define WHOSAID_NLP_SPAN_TOKENS_H_

#include <cstddef>
#include <vector>

#include "nlp/document.h"
#include "nlp/speaker_phrase.h"

namespace whosaid::nlp {

// Index of the first token of `tokens` (sorted by start) that starts at or
// after byte `offset`; tokens.size() if none.
size_t TokenAtOrAfter(const std::vector<Token>& tokens, size_t offset);

// The tokens of one span: [first, end) = [TokenAtOrAfter(span.start),
// TokenAtOrAfter(span.end)).
struct TokenRange {
  size_t first = 0;
  size_t end = 0;
};

// For each span of `spans`, its TokenRange in `tokens` (sorted by start).
// Spans in document order (each starts at or after the end of the one
// before, as paragraphs do) are found by galloping on from the last answer,
// about 2 log2(m) steps for a span of m tokens; a span out of that order is
// looked up by binary search, with the same answer.
std::vector<TokenRange> TokenRangesOf(const std::vector<Token>& tokens,
                                      const std::vector<Span>& spans);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SPAN_TOKENS_H_
