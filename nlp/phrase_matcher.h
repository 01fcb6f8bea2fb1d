// Finds many literal phrases in a text in one pass over it: a keyword trie
// (the goto function of an Aho-Corasick automaton) with a dense transition
// table over byte classes.
//
// Used for actor names and aliases (thousands of them), title references and
// cue words. Phrases match on word boundaries only ("Li" does not match
// inside "Lisbon"), so a match can only start where a word starts: the trie
// is walked from those positions and Aho-Corasick's failure links are not
// needed. Each phrase is either case-sensitive or ASCII case-insensitive.
// Built once, then immutable and thread-safe.

#ifndef WHOSAID_NLP_PHRASE_MATCHER_H_
#define WHOSAID_NLP_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/document.h"

namespace whosaid::nlp {

class PhraseMatcher {
 public:
  struct Phrase {
    std::string text;  // non-empty UTF-8
    bool case_sensitive = true;
  };
  struct Match {
    Span span;
    int phrase = 0;  // index into the phrases given to the constructor
  };

  // Compiles the automaton. Empty phrases are ignored. Identical phrases
  // keep the lowest index.
  explicit PhraseMatcher(std::vector<Phrase> phrases);

  // Returns the leftmost-longest non-overlapping matches in `text`, in text
  // order.
  std::vector<Match> FindAll(std::string_view text) const;

  size_t phrase_count() const { return phrases_.size(); }
  size_t state_count() const { return outputs_.size(); }

 private:
  int Next(int state, uint8_t byte) const {
    return delta_[static_cast<size_t>(state) * classes_ + class_of_[byte]];
  }
  bool Accepts(const Match& m, std::string_view text) const;
  void RenumberBreadthFirst(const std::vector<int32_t>& parent);

  std::vector<Phrase> phrases_;
  uint8_t class_of_[256] = {};
  int classes_ = 1;
  bool starts_[256] = {};                // bytes that can begin a phrase
  std::vector<int32_t> delta_;           // states x classes; -1: no phrase
  std::vector<std::vector<int>> outputs_;  // phrases ending exactly here
  std::vector<uint8_t> accepting_;       // outputs_ non-empty; small, hot
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_PHRASE_MATCHER_H_
