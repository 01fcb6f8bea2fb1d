// Internal to the quote extractor: putting a paragraph's quotes in text
// order without moving more of them than needed (a Quote holds seven
// strings and vectors, so each move costs about a hundred instructions).
//
// Not part of the public nlp interface. A pure function; thread-safe.

#ifndef WHOSAID_NLP_QUOTE_ORDER_H_
#define WHOSAID_NLP_QUOTE_ORDER_H_

#include <span>

#include "nlp/analysis.h"

namespace whosaid::nlp {

// True when `a` starts before `b`.
inline bool StartsBefore(const Quote& a, const Quote& b) {
  return a.span.start < b.span.start;
}

// Sorts `quotes` by span start, stably (quotes starting together keep
// their order), as std::stable_sort would. A few quotes, mostly in order
// (a paragraph's direct quotes, then its indirect ones), are sorted by
// insertion: each quote that starts before the one ahead of it moves back
// past those that start after it, and no other quote moves. More than
// kMaxInsertionSort go to std::stable_sort, whose moves stay n log n.
void StableSortByStart(std::span<Quote> quotes);

inline constexpr size_t kMaxInsertionSort = 32;

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_ORDER_H_
