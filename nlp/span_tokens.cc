#include "nlp/span_tokens.h"

#include <algorithm>
#include <cstdint>

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
  // The document's tokens per byte, to guess where an offset's token lies:
  // a paragraph is dozens of tokens, and the guess from its length usually
  // lands within a few of the answer.
  const uint64_t bytes =
      n == 0 ? 1 : std::max<uint64_t>(1, tokens[n - 1].end - tokens[0].start);
  auto at_or_after = [&](size_t offset) {
    if (offset < walked) return TokenAtOrAfter(tokens, offset);
    walked = offset;
    if (cursor == n || tokens[cursor].start >= offset) return cursor;
    // tokens[cursor] starts before offset. From a guess at the token by
    // the mean pitch, gallop forward or back (doubling the step) until
    // [lo, hi) holds the answer, lo starting before offset and hi at or
    // after it (or the end); then search between.
    size_t lo = cursor;  // starts before offset
    size_t hi = n;       // n, or starts at or after offset
    const uint64_t ahead =
        static_cast<uint64_t>(offset - tokens[cursor].start) * n / bytes;
    const size_t guess =
        std::min<size_t>(n - 1, cursor + std::max<uint64_t>(1, ahead));
    if (guess > lo && tokens[guess].start < offset) {
      lo = guess;
      size_t step = 1;
      while (lo + step < n && tokens[lo + step].start < offset) {
        lo += step;
        step *= 2;
      }
      hi = std::min(n, lo + step);
    } else if (guess > lo) {
      hi = guess;
      size_t step = 1;
      while (hi - lo > step && tokens[hi - step].start >= offset) {
        hi -= step;
        step *= 2;
      }
      if (hi - lo > step) lo = hi - step;
    }
    cursor = std::lower_bound(tokens.begin() + lo + 1, tokens.begin() + hi,
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
