// Words around quotations: a small tokenizer, the word classes attribution
// needs (titles, pronouns, determiners, organisation words), and the parser
// that finds who a cue verb's subject is ("Marta Keane, head of research at
// Ridgeline, said" → "Marta Keane" with the appositive's role words).
//
// Pure functions over caller-owned text; thread-safe. Tokens hold offsets
// into the text they were made from and stay valid as long as it does.

#ifndef WHOSAID_NLP_SPEAKER_PHRASE_H_
#define WHOSAID_NLP_SPEAKER_PHRASE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/document.h"

namespace whosaid::nlp {

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  enum Type : uint8_t { kWord, kPunct, kQuote } type = kWord;
  bool cap = false;       // starts with an upper-case letter
  bool all_caps = false;  // has letters, all upper case
  bool open_quote = false;  // for kQuote: opens (else closes)
};

// Splits text[range] into words, punctuation and quote marks. Words keep
// inner apostrophes, hyphens, dots of abbreviations (U.S., Mr.) and digits.
std::vector<Token> Tokenize(std::string_view text, Span range);

// Word classes, compared in lower case.
bool IsTitleWord(std::string_view lower);         // envoy, minister, sen.
bool IsHonorific(std::string_view lower);         // mr., ms., dr.
bool IsPersonPronoun(std::string_view lower);     // he, she
bool IsDeterminerOfDescriptor(std::string_view lower);  // a, an, three, some
bool IsOrganizationWord(std::string_view lower);  // ministry, office, group
bool IsSkippableAdverb(std::string_view lower);   // also, later, has
bool IsCapitalizedStopWord(std::string_view word);  // The, In, But, Monday
bool IsClauseBoundaryWord(std::string_view lower);  // and, but, because

// What a subject phrase is.
enum class PhraseKind { kNone, kName, kPronoun, kRole, kDescriptor };

struct SubjectPhrase {
  PhraseKind kind = PhraseKind::kNone;
  Span span;            // the head phrase: "Marta Keane", "the envoy"
  std::string text;     // its words as written
  std::string head;     // lower-case head noun for kRole ("envoy")
  // Words that describe the subject: titles before a name and appositive
  // words ("head", "oilseeds", "research"). Lower case.
  std::vector<std::string> role_words;
};

// Parses the subject that ends just before token `end` of `tokens`
// (exclusive), walking back over adverbs, an appositive between commas and
// the noun phrase itself, never before token `floor`. kNone if no subject.
SubjectPhrase SubjectBefore(std::string_view text,
                            const std::vector<Token>& tokens, size_t floor,
                            size_t end);

// Parses the subject that starts at token `begin` (after an inverted cue:
// "said Marta Keane, head of ..."), stopping at a comma, quote or sentence
// punctuation, never at or after token `ceiling`.
SubjectPhrase SubjectAfter(std::string_view text,
                           const std::vector<Token>& tokens, size_t begin,
                           size_t ceiling);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SPEAKER_PHRASE_H_
