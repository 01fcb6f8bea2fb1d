#include "nlp/span_tokens.h"

#include <algorithm>
#include <cstdint>

namespace whosaid::nlp {

size_t TokenAtOrAfter(const std::vector<Token>& tokens, size_t offset) {
  return std::lower_bound(tokens.begin(), tokens.end(), offset,
                          [](const Token& t, size_t v) { return t.start < v; }) -
         tokens.begin();
}

TokenRangeFinder::TokenRangeFinder(const std::vector<Token>& tokens)
    : tokens_(tokens),
      // The document's tokens per byte, to guess where an offset's token
      // lies: a paragraph is dozens of tokens, and the guess from its length
      // usually lands within a few of the answer.
      bytes_(tokens.empty() ? 1
                            : std::max<uint64_t>(1, tokens.back().end -
                                                        tokens.front().start)) {
}

size_t TokenRangeFinder::AtOrAfter(size_t offset) {
  const std::vector<Token>& tokens = tokens_;
  const size_t n = tokens.size();
  if (offset < walked_) return TokenAtOrAfter(tokens, offset);
  walked_ = offset;
  size_t cursor = cursor_;
  if (cursor == n || tokens[cursor].start >= offset) return cursor;
  // tokens[cursor] starts before offset. From a guess at the token by the
  // mean pitch, gallop forward or back (doubling the step) until [lo, hi)
  // holds the answer, lo starting before offset and hi at or after it (or
  // the end); then search between.
  size_t lo = cursor;  // starts before offset
  size_t hi = n;       // n, or starts at or after offset
  const uint64_t ahead =
      static_cast<uint64_t>(offset - tokens[cursor].start) * n / bytes_;
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
  cursor_ =
      std::lower_bound(tokens.begin() + lo + 1, tokens.begin() + hi, offset,
                       [](const Token& t, size_t v) { return t.start < v; }) -
      tokens.begin();
  return cursor_;
}

std::vector<TokenRange> TokenRangesOf(const std::vector<Token>& tokens,
                                      const std::vector<Span>& spans) {
  std::vector<TokenRange> out;
  out.reserve(spans.size());
  TokenRangeFinder finder(tokens);
  for (const Span& s : spans) out.push_back(finder.Of(s));
  return out;
}

}  // namespace whosaid::nlp
