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
#include <vector>

#include "nlp/analysis.h"
#include "nlp/gender_words.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

ActorKind GuessActorKind(std::string_view name, const DiscoveryRules& rules);

// Whether `name`, which GuessActorKind takes for a person, is a body's by
// its first word, as the document `text` uses it: a word that is no given
// name `genders` knows, nor a title or role word of `rules` ("Prince
// Andrew" beside "the prince"), and that the text also writes in lower
// case as a
// word of its own ("Big Machine" beside "a big label", "Evidence Action"
// beside "the evidence"), or that names an organisation among `actors` by
// itself ("Google Stadia" beside "Google"). A name of one word says
// nothing. Reads the text once per call.
bool FirstWordNamesABody(std::string_view name, std::string_view text,
                         const std::vector<ActorInText>& actors,
                         const DiscoveryRules& rules,
                         const GenderWords& genders);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ACTOR_KIND_GUESS_H_
