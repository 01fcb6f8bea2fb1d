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
  // last offset it was moved to, so for any offset >= walked the answer is
  // at or after the cursor.
  size_t cursor = 0;
  size_t walked = 0;
  auto at_or_after = [&](size_t offset) {
    if (offset < walked) return TokenAtOrAfter(tokens, offset);
    while (cursor < n && tokens[cursor].start < offset) ++cursor;
    walked = offset;
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
