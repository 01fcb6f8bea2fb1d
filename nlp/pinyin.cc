#include "nlp/pinyin.h"

#include <array>
#include <cstddef>
#include <span>

#include "nlp/ascii.h"

namespace whosaid::nlp {

namespace {

constexpr std::array<std::string_view, 32> kFinals = {
    "a",   "ai",  "an",  "ang", "ao",  "e",    "ei",  "en",
    "eng", "er",  "i",   "ia",  "ian", "iang", "iao", "ie",
    "in",  "ing", "iong", "iu", "o",   "ong",  "ou",  "u",
    "ua",  "uai", "uan", "uang", "ue", "ui",   "un",  "uo"};

constexpr size_t kMaxSyllables = 3;
constexpr size_t kMaxWord = 24;

// Whether `c` is an initial of one letter: b, p, m, f, d, t, n, l, g, k,
// h, j, q, x, r, z, c, s, y or w (the two-letter zh, ch and sh start with
// one too).
bool IsOneLetterInitial(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' &&
         c != 'o' && c != 'u' && c != 'v';
}

// The finals that start with `c`, a span of kFinals (which is sorted):
// every final starts with a vowel, so for any other byte it is empty.
std::span<const std::string_view> FinalsStartingWith(char c) {
  const std::span<const std::string_view> all(kFinals);
  switch (c) {
    case 'a': return all.subspan(0, 5);
    case 'e': return all.subspan(5, 5);
    case 'i': return all.subspan(10, 10);
    case 'o': return all.subspan(20, 3);
    case 'u': return all.subspan(23, 9);
    default: return {};
  }
}

// Whether lower[from, end) splits into at most `left` syllables. A final
// starts where no initial is, after a one-letter initial or after zh, ch
// or sh, and only the finals that start with the letter there are
// compared: most English words fail at once.
bool Splits(std::string_view lower, size_t from, size_t left) {
  if (from == lower.size()) return true;
  if (left == 0) return false;
  size_t final_starts[3];
  size_t count = 0;
  final_starts[count++] = from;  // no initial
  const char c = lower[from];
  if (IsOneLetterInitial(c)) {
    final_starts[count++] = from + 1;
    if ((c == 'z' || c == 'c' || c == 's') && from + 1 < lower.size() &&
        lower[from + 1] == 'h') {
      final_starts[count++] = from + 2;
    }
  }
  for (size_t k = 0; k < count; ++k) {
    const size_t at = final_starts[k];
    if (at >= lower.size()) continue;
    const std::string_view after = lower.substr(at);
    for (const std::string_view final_part : FinalsStartingWith(after[0])) {
      if (after.starts_with(final_part) &&
          Splits(lower, at + final_part.size(), left - 1)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool IsPinyinWord(std::string_view word) {
  if (word.empty() || word.size() > kMaxWord) return false;
  char buffer[kMaxWord];
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    if (!IsAsciiAlpha(c)) return false;
    buffer[k] = AsciiLower(c);
  }
  return Splits(std::string_view(buffer, word.size()), 0, kMaxSyllables);
}

bool IsSurnameHeName(std::string_view first, std::string_view second) {
  return first == "He" && IsPinyinWord(second);
}

}  // namespace whosaid::nlp
