// Guesses the kind of an actor known only by its name, such as a document's
// owner ("Office of the Trade Envoy", "Federal Agricultural Export Board")
// that speaks without being named in the body.
//
// The head word decides: the word before the first " of " or " for "
// ("Bureau of ...", "Institute for ..."), otherwise the last word. A head in
// the discovery pack's government_words makes a government body, one in its
// organization_words an organisation; a name of one word ("NASA",
// "Twitter") is an organisation too; anything else is a person. Pure
// function; thread-safe.

#ifndef WHOSAID_NLP_ACTOR_KIND_GUESS_H_
#define WHOSAID_NLP_ACTOR_KIND_GUESS_H_

#include <string_view>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

ActorKind GuessActorKind(std::string_view name, const DiscoveryRules& rules);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ACTOR_KIND_GUESS_H_
