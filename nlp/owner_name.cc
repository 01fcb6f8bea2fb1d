#include "nlp/owner_name.h"

#include <algorithm>
#include <cctype>

#include "nlp/actor_kind_guess.h"
#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

std::string_view StripFront(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view StripBack(std::string_view s) {
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Length of the longest of `words` that `text` starts with, followed by a
// space; 0 when none does.
size_t LongestPrefixWord(std::string_view text,
                         const std::vector<std::string>& words) {
  size_t best = 0;
  for (const std::string& w : words) {
    if (w.empty() || w.size() <= best || text.size() <= w.size()) continue;
    if (text[w.size()] != ' ') continue;
    if (EqualsIgnoreAsciiCase(text.substr(0, w.size()), w)) best = w.size();
  }
  return best;
}

}  // namespace

OwnerName SplitOwnerName(std::string_view display,
                         const DiscoveryRules& rules) {
  display = StripBack(StripFront(display));
  std::string_view rest = display;
  while (true) {
    const size_t n = std::max(LongestPrefixWord(rest, rules.titles),
                              LongestPrefixWord(rest, rules.honorifics));
    if (n == 0) break;
    rest = StripFront(rest.substr(n));
  }
  if (rest.size() == display.size() || rest.empty() ||
      !std::isupper(static_cast<unsigned char>(rest[0])) ||
      GuessActorKind(rest, rules) != ActorKind::kPerson) {
    return {std::string(display), ""};
  }
  std::string_view title = StripBack(
      display.substr(0, display.size() - rest.size()));
  return {std::string(rest), std::string(title)};
}

}  // namespace whosaid::nlp
