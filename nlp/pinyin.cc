#include "nlp/pinyin.h"

#include <array>
#include <cstddef>

#include "nlp/ascii.h"

namespace whosaid::nlp {

namespace {

constexpr std::array<std::string_view, 23> kInitials = {
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
    "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w"};

constexpr std::array<std::string_view, 32> kFinals = {
    "a",   "ai",  "an",  "ang", "ao",  "e",    "ei",  "en",
    "eng", "er",  "i",   "ia",  "ian", "iang", "iao", "ie",
    "in",  "ing", "iong", "iu", "o",   "ong",  "ou",  "u",
    "ua",  "uai", "uan", "uang", "ue", "ui",   "un",  "uo"};

constexpr size_t kMaxSyllables = 3;
constexpr size_t kMaxWord = 24;

// Whether lower[from, end) splits into at most `left` syllables.
bool Splits(std::string_view lower, size_t from, size_t left) {
  if (from == lower.size()) return true;
  if (left == 0) return false;
  const std::string_view rest = lower.substr(from);
  // With no initial, then with each initial that starts the rest.
  for (size_t i = 0; i <= kInitials.size(); ++i) {
    size_t at = from;
    if (i < kInitials.size()) {
      if (!rest.starts_with(kInitials[i])) continue;
      at += kInitials[i].size();
    }
    const std::string_view after = lower.substr(at);
    for (const std::string_view final_part : kFinals) {
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
