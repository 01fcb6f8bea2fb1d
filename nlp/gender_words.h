// What words and given names tell of a person's gender, and what a text
// tells of one person's: the gendered words ("she", "Ms.", "spokeswoman")
// and given names ("Sarah") of the [discovery] rule pack (rule_pack.h).
//
// Gender is only ever used to rule a referent out: "she" never goes to a
// person the text shows to be a man. A person of whom the text tells
// nothing, or tells both, fits either pronoun. GenderWords is immutable
// after construction and safe to share; default-constructed it knows no
// words.

#ifndef WHOSAID_NLP_GENDER_WORDS_H_
#define WHOSAID_NLP_GENDER_WORDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "nlp/analysis.h"
#include "nlp/rule_pack.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

// What a word or a given name tells of a person's gender. As bits: a
// person the text gives both is one of whom nothing is known.
enum class Gender : uint8_t { kUnknown = 0, kFeminine = 1, kMasculine = 2 };

// The gender that collected Gender bits tell: kUnknown for none or both.
inline Gender GenderOfBits(uint8_t bits) {
  return bits == static_cast<uint8_t>(Gender::kFeminine) ||
                 bits == static_cast<uint8_t>(Gender::kMasculine)
             ? static_cast<Gender>(bits)
             : Gender::kUnknown;
}

// Whether a person of gender `known` may be the referent of a word of
// gender `wanted` ("she"): unless both are known and differ.
inline bool GenderFits(Gender known, Gender wanted) {
  return known == Gender::kUnknown || wanted == Gender::kUnknown ||
         known == wanted;
}

// The lower-case honorific written just before `pos` ("ms." in "Ms. Vale"),
// with its dot: the run of letters and dots that ends one space before
// `pos`, at most 8 bytes; empty when there is none.
std::string HonorificBefore(std::string_view text, size_t pos);

class GenderWords {
 public:
  GenderWords() = default;
  explicit GenderWords(const DiscoveryRules& rules);

  // The gender the lower-case word `lower` tells: a pronoun ("she"), an
  // honorific ("mr."), a title or role noun ("spokeswoman"); kUnknown for
  // any other word. A word in both of the pack's lists tells nothing.
  Gender WordGender(std::string_view lower) const;
  // The gender the lower-case pronoun `lower` tells, of any form ("she",
  // "her", "himself"); kUnknown for any other word.
  Gender PronounGender(std::string_view lower) const;
  // False when no pronoun form has the length and (lower-case) first and
  // last bytes of `word` as written: a filter before PronounGender, which
  // most words fail.
  bool MayBePronoun(std::string_view word) const {
    return pronoun_filter_.MayHold(word);
  }
  // The gender the given name `lower` (lower case: "sarah") tells.
  Gender GivenNameGender(std::string_view lower) const;
  // The gender the last gendered word of `lower` tells ("mr." of
  // {"mr."}); kUnknown when none has one.
  Gender LastWordGender(std::span<const std::string> lower) const;
  // What `text` tells of the gender of person `a` found in it: the given
  // name (the first of several words of a.name), the words of a.role, and
  // an honorific before any of a.mentions ("Ms. Vale").
  Gender OfPerson(std::string_view text, const ActorInText& a) const;

 private:
  absl::flat_hash_map<std::string, Gender> words_;
  absl::flat_hash_map<std::string, Gender> given_names_;  // lower case
  absl::flat_hash_map<std::string, Gender> pronouns_;
  WordListFilter pronoun_filter_;  // of pronouns_' keys
  // Of words_' keys: most words asked about (an appositive's "a",
  // "former", "trade") are none and stop there, before the hash lookup.
  // (Given names have none: most capitalised words asked about pass it.)
  WordListFilter words_filter_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_GENDER_WORDS_H_
