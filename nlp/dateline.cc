#include "nlp/dateline.h"

#include <cctype>

namespace whosaid::nlp {
namespace {

bool IsDash(std::string_view word) {
  return word == "-" || word == "—" || word == "–";
}

// Whether `word` is written in capitals only, with two letters or more:
// "VIENNA", "NEW".
bool IsAllCapsWord(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

size_t AfterDateline(std::string_view text, const std::vector<Token>& t,
                     size_t first, size_t end) {
  if (first >= end) return first;
  const bool capital_city = IsAllCapsWord(TokenText(text, t[first]));
  for (size_t m = first; m + 1 < end && m < first + 12; ++m) {
    const std::string_view word = TokenText(text, t[m]);
    if (word == ")" && IsDash(TokenText(text, t[m + 1]))) return m + 2;
    if (!capital_city) continue;
    if (m > first && IsDash(word)) return m + 1;
    if (std::islower(static_cast<unsigned char>(word[0]))) return first;
  }
  return first;
}

}  // namespace whosaid::nlp
