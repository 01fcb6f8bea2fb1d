#include "nlp/span_tokens.h"

#include <algorithm>

namespace whosaid::nlp {

size_t TokenAtOrAfter(const std::vector<Token>& tokens, size_t offset) {
  return std::lower_bound(tokens.begin(), tokens.end(), offset,
                          [](const Token& t, size_t v) { return t.start < v; }) -
         tokens.begin();
}

std::vector<TokenRange> TokenRangesOf(const std::vector<Token>& tokens,
                                      const std::vector<Span>& spans) {
  std::vector<TokenRange> out;
  out.reserve(spans.size());
  const size_t n = tokens.size();
  // The walk's cursor: every token before it starts before `walked`, the
  // last offset asked for, so for any offset >= walked the answer is at or
  // after the cursor.
  size_t cursor = 0;
  size_t walked = 0;
  auto at_or_after = [&](size_t offset) {
    if (offset < walked) return TokenAtOrAfter(tokens, offset);
    walked = offset;
    if (cursor == n || tokens[cursor].start >= offset) return cursor;
    // Galloping: tokens[cursor] starts before offset; double the step
    // until a token at or after it (or the end) bounds the answer, then
    // search between. A paragraph of m tokens costs about 2 log2(m)
    // comparisons rather than m.
    size_t below = cursor;  // starts before offset
    size_t step = 1;
    while (below + step < n && tokens[below + step].start < offset) {
      below += step;
      step *= 2;
    }
    const size_t bound = std::min(n, below + step);  // n or starts at/after
    cursor = std::lower_bound(tokens.begin() + below + 1, tokens.begin() + bound,
                              offset,
                              [](const Token& t, size_t v) { return t.start < v; }) -
             tokens.begin();
    return cursor;
  };
  for (const Span& s : spans) {
    TokenRange r;
    r.first = at_or_after(s.start);
    r.end = at_or_after(s.end);
    out.push_back(r);
  }
  return out;
}

}  // namespace whosaid::nlp
