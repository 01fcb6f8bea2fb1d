// The rule pack's demonyms and the head words of government bodies, both as
// written, and the one rule that joins them: a country written in capitals
// before a government body's head word modifies the body ("the US Office of
// Maritime Trade Remedies" is the Office of Maritime Trade Remedies).
//
// The name scanner and the cue-subject parser both ask it, so the two read
// such a phrase the same way. Immutable after construction; thread-safe.

#ifndef WHOSAID_NLP_GOVERNMENT_WORDS_H_
#define WHOSAID_NLP_GOVERNMENT_WORDS_H_

#include <string_view>

#include "nlp/rule_pack.h"
#include "nlp/word_set.h"

namespace whosaid::nlp {

class GovernmentWords {
 public:
  GovernmentWords() = default;  // knows no words
  explicit GovernmentWords(const DiscoveryRules& rules);

  // "Chinese", "European", "US": a word of origin of the pack.
  bool IsDemonym(std::string_view word) const {
    return demonyms_.contains(word);
  }
  // "Ministry", "Bureau": a word that heads a government body.
  bool IsHead(std::string_view word) const { return heads_.contains(word); }

  // Whether `word`, written in capitals (`all_caps`) and a demonym ("US",
  // "U.K."), modifies the government body whose head word `next` is. "US
  // Steel" and "UK Export Finance" keep their names: their next words head
  // no government body.
  bool CountryModifiesBody(std::string_view word, bool all_caps,
                           std::string_view next) const {
    return all_caps && IsDemonym(word) && IsHead(next);
  }

  const FilteredWordSet& demonyms() const { return demonyms_; }
  const FilteredWordSet& heads() const { return heads_; }

 private:
  FilteredWordSet demonyms_;
  FilteredWordSet heads_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_GOVERNMENT_WORDS_H_
