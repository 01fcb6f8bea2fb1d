#include "nlp/actor_kind_guess.h"

#include <algorithm>
#include <string>

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

}  // namespace whosaid::nlp
