// Merging the quotes of two finders that may have read the same words: the
// word-based QuoteExtractor and the Chinese CjkQuoteFinder both see the
// text inside “…” in a Chinese paragraph, and only one of them may know
// who said it.
//
// A pure function over caller-owned vectors; thread-safe.

#ifndef WHOSAID_NLP_QUOTE_MERGE_H_
#define WHOSAID_NLP_QUOTE_MERGE_H_

#include <vector>

#include "nlp/analysis.h"

namespace whosaid::nlp {

// Adds each quote of `more` to `quotes` unless its span overlaps a quote
// already there. When it overlaps only quotes without a speaker and has a
// speaker itself, it replaces them: an attributed reading of the same words
// beats an unattributed one. Quotes with an empty speaker ("") count as
// unattributed. `quotes` ends sorted by span start (stable).
void MergeQuotes(std::vector<Quote>& quotes, std::vector<Quote> more);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_MERGE_H_
