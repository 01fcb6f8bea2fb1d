#include "nlp/actor_kind_guess.h"

#include <algorithm>
#include <string>

#include "nlp/ascii.h"
#include "nlp/whole_word.h"

namespace whosaid::nlp {

ActorKind GuessActorKind(std::string_view name, const DiscoveryRules& rules) {
  size_t end = name.size();
  for (std::string_view link : {" of ", " for "}) {
    end = std::min(end, name.find(link));
  }
  std::string_view head = name.substr(0, end);
  const size_t space = head.rfind(' ');
  if (space != std::string_view::npos) head.remove_prefix(space + 1);
  auto in = [&](const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), head) != words.end();
  };
  if (in(rules.government_words)) return ActorKind::kGovernment;
  if (in(rules.organization_words)) return ActorKind::kOrganization;
  // One word: an acronym ("NASA") or a brand ("Twitter") far more often
  // than a person, whom news text introduces by full name first.
  if (!name.empty() && name.find(' ') == std::string_view::npos) {
    return ActorKind::kOrganization;
  }
  return ActorKind::kPerson;
}

bool FirstWordNamesABody(std::string_view name, std::string_view text,
                         const std::vector<ActorInText>& actors,
                         const DiscoveryRules& rules,
                         const GenderWords& genders) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  const std::string_view first = name.substr(0, space);
  std::string lower(first);
  for (char& c : lower) c = AsciiLower(c);
  if (genders.GivenNameGender(lower) != Gender::kUnknown) return false;
  auto listed = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return w.size() == lower.size() &&
             std::equal(w.begin(), w.end(), lower.begin(),
                        [](char a, char b) { return AsciiLower(a) == b; });
    });
  };
  if (listed(rules.titles) || listed(rules.role_words) ||
      listed(rules.honorifics)) {
    return false;
  }
  for (const ActorInText& a : actors) {
    if (a.kind == ActorKind::kOrganization && a.name == first) return true;
  }
  if (lower == first) return false;  // written in lower case already
  return AnyWholeWord(text, lower, [](size_t) { return true; });
}

}  // namespace whosaid::nlp
