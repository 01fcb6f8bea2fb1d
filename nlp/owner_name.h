// The name under which an account owner speaks. Platforms give a display
// name that often carries the owner's title ("Trade Envoy Dana Whitlock"),
// while the same person is quoted elsewhere by name ("Dana Whitlock"); both
// must give one speaker key in the store.
//
// SplitOwnerName strips the titles and honorifics of the discovery pack from
// the front of a display name, longest first and repeatedly ("Deputy Trade
// Envoy ..."), case-insensitively and only at word boundaries, and returns
// the rest as the name and the stripped words as the title. It strips
// nothing when what would remain is not a capitalised word, or is an
// organisation or government body by GuessActorKind ("Secretary of the
// Board" stays whole). Pure function; thread-safe.

#ifndef WHOSAID_NLP_OWNER_NAME_H_
#define WHOSAID_NLP_OWNER_NAME_H_

#include <string>
#include <string_view>

#include "nlp/rule_pack.h"

namespace whosaid::nlp {

struct OwnerName {
  std::string name;   // "Dana Whitlock"; the display name when nothing stripped
  std::string title;  // "Trade Envoy"; empty when nothing stripped
};

OwnerName SplitOwnerName(std::string_view display, const DiscoveryRules& rules);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_OWNER_NAME_H_
