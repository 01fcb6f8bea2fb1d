// Internal to the quote extractor: which tokens of a document each of a
// list of byte spans covers, found by a guess and a short search on from
// the last answer instead of two binary searches of the whole document per
// span.
//
// Not part of the public nlp interface. Thread-compatible.

#ifndef WHOSAID_NLP_SPAN_TOKENS_H_
#define WHOSAID_NLP_SPAN_TOKENS_H_

#include <cstddef>
#include <cstdint>
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

// TokenAtOrAfter and span TokenRanges asked one at a time, for a caller
// that needs only some spans' ranges. Offsets asked in increasing order (as
// the spans of TokenRangesOf below) are found on from the last answer, from
// a guess by the document's mean token length; an offset before the last
// one asked is looked up by binary search, with the same answer. Keeps a
// reference to `tokens`, which must outlive it.
class TokenRangeFinder {
 public:
  explicit TokenRangeFinder(const std::vector<Token>& tokens);

  // TokenAtOrAfter(tokens, offset).
  size_t AtOrAfter(size_t offset);
  // The TokenRange of `span`.
  TokenRange Of(Span span) {
    TokenRange r;
    r.first = AtOrAfter(span.start);
    r.end = AtOrAfter(span.end);
    return r;
  }

 private:
  const std::vector<Token>& tokens_;
  // Every token before cursor_ starts before walked_, the last offset
  // asked for, so for any offset >= walked_ the answer is at or after it.
  size_t cursor_ = 0;
  size_t walked_ = 0;
  uint64_t bytes_;  // the bytes the tokens cover, at least 1
};

// For each span of `spans`, its TokenRange in `tokens` (sorted by start).
// Spans in document order (each starts at or after the end of the one
// before, as paragraphs do) are found on from the last answer: from a guess
// by the document's mean token length, galloping forward or back to bound
// the answer, then a binary search between (a few steps when the guess is
// close, about 2 log2(d) when it is d tokens off); a span out of that order
// is looked up by binary search, with the same answer.
std::vector<TokenRange> TokenRangesOf(const std::vector<Token>& tokens,
                                      const std::vector<Span>& spans);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SPAN_TOKENS_H_
