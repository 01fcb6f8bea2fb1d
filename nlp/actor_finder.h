// Finds the actors a text names.
//
// Known actors come from rule packs: every name and alias goes into one
// PhraseMatcher (an Aho-Corasick automaton), so thousands of aliases cost one
// pass over the text. Dated roles ("Treasury Secretary" from 2025-01-28)
// let "the Treasury secretary" resolve to whoever held the title on the
// article's date.
//
// Unknown actors are discovered from the text with the DiscoveryRules word
// lists: a name after a title ("Trade Envoy Dana Whitlock"), a name with an
// appositive ("Marta Keane, head of research at Ridgeline Commodities,"),
// a name next to a cue verb ("said Carl Brandvold"), a surname-first name
// ("Chen Haoran"), and capitalised phrases ending in an organisation word
// ("Harbor Institute", "Ministry of ..."). What the text says about them
// (role, affiliation) is kept. Later surname-only, honorific ("Ms. Lin") and
// title ("the envoy") references within the document count as mentions of
// the same actor.
//
// Built once from a RulePack; immutable and thread-safe afterwards.

#ifndef WHOSAID_NLP_ACTOR_FINDER_H_
#define WHOSAID_NLP_ACTOR_FINDER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

class PhraseMatcher;

class ActorFinder {
 public:
  // Known actors only; nothing is discovered.
  explicit ActorFinder(std::vector<KnownActor> actors);
  // Known actors plus discovery. `cue_forms` are the lower-case words that
  // introduce speech or belief ("said", "told", "believes"): a capitalised
  // name next to one is taken for a person.
  ActorFinder(std::vector<KnownActor> actors, DiscoveryRules discovery,
              std::vector<std::string> cue_forms);
  ~ActorFinder();

  // Returns every actor named in `text` (normalised) with all its mentions,
  // in order of first mention. `date` (YYYY-MM-DD, may be empty) selects the
  // dated roles in force; without a date, title references resolve only
  // when one actor ever held the title.
  std::vector<ActorInText> Find(std::string_view text,
                                std::string_view date) const;

  // The known actor whose name or alias is `name` (exact), or nullptr.
  const KnownActor* Lookup(std::string_view name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The actor among `actors` (one document's) that `written` at `span` names:
// the actor with a mention overlapping `span`, else one whose canonical name
// is `written`, else the single person whose surname `written` ends with
// ("Ms. Whitlock", "Whitlock"). Returns nullptr when none or several match.
const ActorInText* ResolveActor(const std::vector<ActorInText>& actors,
                                Span span, std::string_view written);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ACTOR_FINDER_H_
