// Finds the actors a text names: known ones from rule packs (names and
// aliases) and, as the extraction grows, unknown ones discovered from the
// text itself.
//
// Built once from the actors of a RulePack; immutable and thread-safe
// afterwards.

#ifndef WHOSAID_NLP_ACTOR_FINDER_H_
#define WHOSAID_NLP_ACTOR_FINDER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

class ActorFinder {
 public:
  explicit ActorFinder(std::vector<KnownActor> actors);
  ~ActorFinder();

  // Returns every actor named in `text` (normalised) with all its mentions,
  // in order of first mention. `date` (YYYY-MM-DD, may be empty) selects
  // the dated roles in force.
  std::vector<ActorInText> Find(std::string_view text,
                                std::string_view date) const;

  // The known actor whose name or alias is `name` (exact), or nullptr.
  const KnownActor* Lookup(std::string_view name) const;

 private:
  std::vector<KnownActor> actors_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ACTOR_FINDER_H_
