#include "nlp/hyphenated_modifier.h"

#include <algorithm>
#include <iterator>

namespace whosaid::nlp {

bool EndsInModifierPart(std::string_view word) {
  size_t start = word.size();
  while (start > 0 && word[start - 1] >= 'a' && word[start - 1] <= 'z') {
    --start;
  }
  if (start < 2 || word[start - 1] != '-') return false;
  const std::string_view last = word.substr(start);
  if (last.size() < 3) return false;
  static constexpr std::string_view kModifiers[] = {
      "born", "run", "made", "grown", "leading", "wide", "style", "like"};
  return last.ends_with("ed") ||
         std::find(std::begin(kModifiers), std::end(kModifiers), last) !=
             std::end(kModifiers);
}

}  // namespace whosaid::nlp
