// Words around quotations: a small tokenizer, the word classes attribution
// needs (titles, pronouns, determiners, organisation words), and the parser
// that finds who a cue verb's subject is ("Marta Keane, head of research at
// Ridgeline, said" → "Marta Keane" with the appositive's role words).
//
// Pure functions over caller-owned text; thread-safe. Tokens hold offsets
// into the text they were made from and stay valid as long as it does.
// SpeakerWords is immutable after construction and safe to share.

#ifndef WHOSAID_NLP_SPEAKER_PHRASE_H_
#define WHOSAID_NLP_SPEAKER_PHRASE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "nlp/ascii.h"
#include "nlp/document.h"
#include "nlp/function_words.h"
#include "nlp/gender_words.h"
#include "nlp/government_words.h"
#include "nlp/rule_pack.h"
#include "nlp/static_word_set.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

// A trivial type, without member initialisers, so that Tokenize can keep
// tokens in an uninitialised buffer and vectors of them copy as bytes:
// value-initialise one (Token{}, a kWord of [0, 0) with every flag false),
// and aggregate initialisation zeroes the fields it leaves out.
struct Token {
  uint32_t start;
  uint32_t end;
  enum Type : uint8_t { kWord, kPunct, kQuote } type;
  bool cap;         // starts with an upper-case letter
  bool all_caps;    // has letters, all upper case
  bool open_quote;  // for kQuote: opens (else closes)
};

// The text of token `t` of `text`. A token always lies inside its text, so
// no bounds are checked (string_view::substr would, and GCC does not
// inline it at -O2).
inline std::string_view TokenText(std::string_view text, const Token& t) {
  return std::string_view(text.data() + t.start, t.end - t.start);
}

// Splits text[range] into words, punctuation and quote marks. Words keep
// inner apostrophes, hyphens, dots of abbreviations (U.S., Mr.) and digits.
std::vector<Token> Tokenize(std::string_view text, Span range);

// The capitalised word after one to four lower-case title words that
// start at token `from` (all before `limit`): the name in "executive chair
// Marcelo Claure", "chief economist Ana Ruiz". `from` when there is none.
size_t NameAfterLowerTitles(std::string_view text,
                            const std::vector<Token>& tokens, size_t from,
                            size_t limit);

// Whether token `k` of `tokens` is a capitalised "The" inside its
// sentence, after a word in lower case or a comma: then it is part of the
// name after it ("told The Wrap", "a report by The Information"), as a
// sentence's first "The" may not be.
bool NamesArticleAt(std::string_view text, const std::vector<Token>& tokens,
                    size_t k);

// Word classes, compared in lower case.
bool IsTitleWord(std::string_view lower);         // envoy, minister, sen.
bool IsHonorific(std::string_view lower);         // mr., ms., dr.
bool IsPreposition(std::string_view lower);       // of, at, for, with
bool IsDeterminerOfDescriptor(std::string_view lower);  // a, an, three, some
bool IsGroupNoun(std::string_view lower);  // analysts, officials, some
bool IsSkippableAdverb(std::string_view lower);   // also, later, has
bool IsClauseBoundaryWord(std::string_view lower);  // and, but, because
// A word ending in 's or ’s: "Ostergaard’s", "Kelvin's".
bool IsPossessiveForm(std::string_view word);

// The capitalised stop words as written ("The", "But", "Monday"):
// IsCapitalizedStopWord's list, which also accepts each with a
// contraction ending ("It’s", "We've").
inline constexpr std::string_view kCapitalizedStopWords[] = {
    "The",       "A",        "An",       "In",       "On",       "At",
    "But",       "And",      "Or",       "If",       "When",     "While",
    "As",        "After",    "Before",   "Since",    "This",     "That",
    "These",     "Those",    "It",       "He",       "She",      "They",
    "We",        "I",        "His",      "Her",      "Its",      "Their",
    "Our",       "Asked",    "According", "Speaking", "Monday",  "Tuesday",
    "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",   "There",
    "Still",     "Yet",      "However",  "Meanwhile", "Even",    "For",
    "From",      "With",     "By",       "To",       "Of",       "Last",
    "Next",      "Both",     "Earlier",  "Later",    "Separately", "Asked",
    // The reader and sentence openers seen as false names on real news
    // ("You say", "During ..., said", "Correction: ..., the editors added").
    "You",       "During",   "Shortly",  "Under",    "Over",     "Instead",
    "Now",       "Then",     "So",       "Here",     "Also",     "Correction",
    "Although",  "Though",   "Because",  "Unless",   "Until",    "Whether",
    "Despite",   "Amid",     "Following", "Through",  "Across",   "Among",
    "Around",    "Throughout",
    // Adjectives that open a sentence before a name used as a modifier
    // ("Recent Samsung smart TVs also include ...").
    "Recent",    "Newer",    "Older"};

// Whether `word` is one of kCapitalizedStopWords as written, without the
// contraction endings IsCapitalizedStopWord also accepts: inline, for
// callers that ask it of every capitalised word and can let the rarer
// contraction through to a later test.
inline bool IsListedCapitalizedStopWord(std::string_view word) {
  return StaticWordSet<kCapitalizedStopWords>::Contains(word);
}

// Organisation words, compared in lower case: "ministry", "office",
// "group". Inline: the speaker registry asks it of every capitalised word.
inline constexpr std::string_view kOrganizationWords[] = {
    "ministry", "office", "commission", "department", "agency", "bureau",
    "council", "board", "committee", "administration", "institute",
    "association", "alliance", "federation", "union", "group", "company",
    "corporation", "corp.", "inc.", "ltd.", "co.", "bank", "fund",
    "university", "center", "centre", "party", "government", "embassy",
    "consulate", "court", "congress", "parliament", "senate", "secretariat",
    "exchange", "authority", "service", "foundation", "project", "reserve",
    "commodities", "system", "systems", "holdings", "partners", "capital",
    "motors", "airlines", "solar", "technologies", "technology", "microsystems",
    "analytics", "securities", "press", "chamber", "coalition", "network",
    "labs", "industries", "electronics", "semiconductor", "semiconductors",
    "aerospace", "logistics", "shipping", "steel", "chemicals", "wire",
    "news", "times", "post", "journal", "daily", "forum", "organization",
    "organisation", "firm", "grains", "advisory", "consulting",
    "consultancy", "research", "investments", "management", "lab",
    "roundtable", "trust", "insurance", "associates", "ventures", "bureau",
    "police", "customs", "directorate", "office", "fund", "markets",
    "institution", "academy", "society", "league", "mission", "delegation"};
inline bool IsOrganizationWord(std::string_view lower) {
  return StaticWordSet<kOrganizationWords>::Contains(lower);
}

// A kCapitalizedStopWords word with a contraction ending ("It’s",
// "We’ve", "You’re", "That'll"): IsCapitalizedStopWord's rarer half.
bool IsContractedStopWord(std::string_view word);

// Whether `word`, as written, is a capitalised stop word ("The", "In",
// "But", "Monday") or one with a contraction ending ("It’s"). Inline, as
// most words asked about are turned away by the list's filter and the
// two bytes where every contraction's apostrophe (' or the last byte of
// ’) would be.
inline bool IsCapitalizedStopWord(std::string_view word) {
  if (IsListedCapitalizedStopWord(word)) return true;
  if (word.size() < 3) return false;
  const auto apostrophe = [](char c) { return c == '\'' || c == '\x99'; };
  if (!apostrophe(word[word.size() - 2]) &&
      !apostrophe(word[word.size() - 3])) {
    return false;
  }
  return IsContractedStopWord(word);
}

// What a subject phrase is.
enum class PhraseKind { kNone, kName, kPronoun, kRole, kDescriptor };

// Whom a pronoun subject stands for (DiscoveryRules::*_pronouns).
enum class PronounKind : uint8_t {
  kNone,          // not a pronoun
  kPerson,        // "he": the person named last
  kOrganization,  // "it": the organisation named last
  kGroup,         // "they": nobody the sieve resolves
  kFirstPerson,   // "we", "I": the writer; a subject only before its cue
};

// The rule pack's English words for speaker parsing and resolution: the
// pronoun lists, possessive pronouns, document nouns, publish verbs,
// demonyms, government head words, gendered words and given names of
// [discovery] (rule_pack.h). Default-constructed it knows no words.
class SpeakerWords {
 public:
  SpeakerWords() = default;
  explicit SpeakerWords(const DiscoveryRules& rules);

  // The kind of the lower-case word `lower`; kNone if it is no pronoun.
  PronounKind Pronoun(std::string_view lower) const;
  bool IsPossessive(std::string_view lower) const;
  bool IsDocumentNoun(std::string_view lower) const;
  bool IsPublishVerb(std::string_view lower) const;
  // A profession or role of the pack's [discovery] role words ("planner",
  // "scholar"), which, like a title, may stand right before a name.
  bool IsRoleWord(std::string_view lower) const;
  // The pack's gendered words and given names.
  const GenderWords& genders() const { return genders_; }
  // The number of tokens of a speech introduction ("the following
  // remarks") that starts at tokens[k] of `text`; 0 when none does.
  size_t IntroductionAt(std::string_view text, const std::vector<Token>& tokens,
                        size_t k) const;
  // Cheap test of a word as written: false when no introduction starts
  // with a word of its length and (lower-case) first and last bytes, and
  // IntroductionAt would return 0 at it.
  bool MayStartIntroduction(std::string_view word) const {
    return introduction_filter_.MayHold(word);
  }
  // A word of origin that can modify a group noun, token `t` of `text` as
  // written: a demonym of the pack ("Chinese") or a dotted capital
  // abbreviation ("U.S.").
  bool IsOriginModifier(std::string_view text, const Token& t) const;
  // The pack's demonyms and government head words.
  const GovernmentWords& government() const { return government_; }
  // Cheap test of a word as written before lower-casing it: false when no
  // document noun has its length and (lower-case) first and last bytes.
  bool MayBeDocumentNoun(std::string_view word) const {
    return document_filter_.MayHold(word);
  }

 private:
  absl::flat_hash_map<std::string, PronounKind> pronouns_;
  // Most words asked about are no pronoun, and fail this filter before
  // they are hashed.
  WordListFilter pronoun_filter_;
  absl::flat_hash_set<std::string> possessives_;
  absl::flat_hash_set<std::string> documents_;
  WordListFilter document_filter_;
  absl::flat_hash_set<std::string> publish_verbs_;
  absl::flat_hash_set<std::string> role_words_;
  GovernmentWords government_;
  GenderWords genders_;
  std::vector<std::vector<std::string>> introductions_;  // words of each
  WordListFilter introduction_filter_;  // of each introduction's first word
};

struct SubjectPhrase {
  PhraseKind kind = PhraseKind::kNone;
  Span span;            // the head phrase: "Marta Keane", "the envoy"
  std::string text;     // its words as written
  // Lower-case head noun for kRole ("envoy"); for kPronoun the pronoun,
  // without a contracted auxiliary ("he" of "he’d").
  std::string head;
  // Words that describe the subject: titles before a name and appositive
  // words ("head", "oilseeds", "research"). Lower case.
  std::vector<std::string> role_words;
  // For kPronoun: whom it stands for.
  PronounKind pronoun = PronounKind::kNone;
};

// A role or descriptor subject (kRole, kDescriptor) as it is written as a
// speaker or a claim's holder: a role in lower case from its article ("the
// report"); a descriptor so when it opens with a determiner ("a senior
// official") or with a common word whose capital only starts the sentence
// ("analysts at ..."), but not with a possessive name ("Ostergaard’s
// research group"), a demonym of `words` ("British ceramics makers") or the
// first word of a longer name ("Wall Street analysts"). Any other kind of
// subject: its text as written. `words` may be null.
// With the phrase's `text`, a descriptor of two words or more keeps the
// capital of a first word that the text writes capitalised inside a
// sentence too, a name: "Alibaba leaders" where the text has "shares of
// Alibaba", not "Company officials".
std::string SpeakerAsWritten(const SubjectPhrase& p, const SpeakerWords* words,
                             std::string_view text = {});

// Parses the subject that ends just before token `end` of `tokens`
// (exclusive), walking back over adverbs, an appositive between commas and
// the noun phrase itself, never before token `floor`. kNone if no subject.
// Pronouns are those of `words`.
SubjectPhrase SubjectBefore(std::string_view text,
                            const std::vector<Token>& tokens, size_t floor,
                            size_t end, const SpeakerWords& words);

// Parses the subject that starts at token `begin` (after an inverted cue:
// "said Marta Keane, head of ..."), stopping at a comma, quote or sentence
// punctuation, never at or after token `ceiling`. Pronouns are those of
// `words`, first-person ones excepted.
SubjectPhrase SubjectAfter(std::string_view text,
                           const std::vector<Token>& tokens, size_t begin,
                           size_t ceiling, const SpeakerWords& words);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SPEAKER_PHRASE_H_
