// Whether a capitalised word is a compound modifier whose last part is a
// lower-case participle or adjective ("Sacramento-based", "Saudi-led",
// "NBA-leading", "Europe-wide"): it describes the name after it and is no
// part of one. Names joined by a hyphen keep a capital in every part
// ("Coca-Cola", "US-China") or end in a syllable of a given name ("Kim
// Jong-un", "Tsai Ing-wen"), which never ends in "ed" nor is one of the
// adjectives below. Used by the name scanner and the speaker registry, so
// that both cut the same names.

#ifndef WHOSAID_NLP_HYPHENATED_MODIFIER_H_
#define WHOSAID_NLP_HYPHENATED_MODIFIER_H_

#include <string_view>

namespace whosaid::nlp {

// The part after the last hyphen, out of line (few words get this far).
bool EndsInModifierPart(std::string_view word);

inline bool IsHyphenatedModifier(std::string_view word) {
  // Every modifier ends in "d", "n", "e" or "g", and most words fail here.
  if (word.size() < 5) return false;
  const char z = word.back();
  return (z == 'd' || z == 'n' || z == 'e' || z == 'g') &&
         EndsInModifierPart(word);
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_HYPHENATED_MODIFIER_H_
