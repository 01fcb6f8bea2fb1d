// Discovers names a rule pack does not know, from capitalised phrases and
// the words around them. Used by ActorFinder.
//
// The scanner walks runs of capitalised words ("Trade Envoy Dana Whitlock",
// "Office of the Trade Envoy") and classifies each part:
// - organisations and government bodies: a phrase ending in an organisation
//   word ("Harbor Institute") or a head word with "of"/"for" ("Ministry of
//   Commerce", "Commission for International Trade Coordination");
// - people: a name after a title or honorific (also across a portfolio:
//   "Deputy Director for Licensing Aaron Feld"), or a two- or three-word name
//   next to a cue verb, after a lower-case role word ("analyst Jane Roe"),
//   followed by an appositive (", a senior fellow at Harbor Institute,"), or
//   starting with a surname written first ("Chen Haoran");
// - surname references: a lone capitalised word, or a title with one name
//   word ("Minister Chen"), for ActorFinder to resolve within the document.
// Thread-safe: Scan only reads the word lists.

#ifndef WHOSAID_NLP_NAME_SCANNER_H_
#define WHOSAID_NLP_NAME_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "nlp/analysis.h"
#include "nlp/government_words.h"
#include "nlp/name_word_classes.h"
#include "nlp/word_set.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

class NameScanner {
 public:
  using WordSet = FilteredWordSet;
  struct Words {
    WordSet title_heads;    // lower case: "secretary", "envoy"
    WordSet honorifics;     // as written: "Ms."
    WordSet role_words;     // lower case, with the title heads
    WordSet organization;   // as written: "Institute"
    WordSet surnames_first; // as written: "Chen"
    WordSet not_names;      // as written: "The"
    WordSet name_before;    // lower case: "by"
    WordSet naming;         // lower case: "called"
    WordSet place_words;    // as written: "County"
    WordSet cues;           // lower case: "said"
    GovernmentWords government;  // demonyms and government head words
    // Derived by From: not_names, organization, government, demonyms and
    // honorifics in one set, the words that keep a lone capitalised word
    // from being a surname reference (so one lookup decides, not five).
    WordSet not_lone_names;
    // Derived by From: for each word of not_names, organization,
    // government (heads and demonyms), honorifics, place_words and
    // surnames_first, the lists it is in, so that a word of a capitalised
    // run is looked up once (Token::classes), not once per list.
    NameWordClasses classes;
    static Words From(const DiscoveryRules& rules,
                      const std::vector<std::string>& cue_forms);
  };

  // kOther: a capitalised phrase of one to three words that is none of the
  // others; ActorFinder may still take it for a place ("Perham, Minnesota").
  enum What { kPerson, kOrganization, kGovernment, kPlace, kSurnameRef, kOther };
  // The string views point into the text given to Scan (they are cut from
  // it, so a candidate is a plain value, cheap to make and to move) and are
  // valid as long as that text is.
  struct Candidate {
    What what = kPerson;
    Span span;                  // the name itself, without title or honorific
    std::string_view role;      // the title before it, or the appositive's role
    bool titled = false;        // a title or honorific introduced it
    std::string_view honorific;  // that honorific as written ("Mrs."), if one
    bool surname_first = false;  // kPerson: its first word is a surnames_first
    std::string_view affiliation;  // from an appositive; may be empty
    Span affiliation_span;
    ActorKind affiliation_kind = ActorKind::kOrganization;
  };

  // `words` must outlive the scanner.
  explicit NameScanner(const Words& words) : words_(words) {}

  // Candidates in text order.
  std::vector<Candidate> Scan(std::string_view text) const;
  // The same, except that the capitalised words standing alone ("The",
  // "But", "Whitlock": most capitalised words of a text) go to
  // `lone_words` (cleared first), in text order and unjudged: Scan gives
  // each as a kSurnameRef when IsLoneName holds for it, and drops it
  // otherwise. For ActorFinder, which keeps a lone word only when it is
  // the surname of a person the document names (or stands before a
  // place): it asks IsLoneName about those few words rather than have the
  // word lists asked about each.
  std::vector<Candidate> ScanUnjudged(std::string_view text,
                                      std::vector<Span>& lone_words) const;
  // What Scan makes of a lone word: true for a surname reference, false
  // when a word list claims it (not_names, organisation and government
  // words, demonyms, honorifics, title words).
  bool IsLoneName(std::string_view word) const;

 private:
  struct Token {
    size_t start = 0;
    size_t end = 0;
    bool connector = false;  // "of", "the", "for", "and", "&"
    bool all_caps = false;
    // Words::classes of the word; set by ScanRun, for words only.
    NameWordClasses::Bits classes = 0;
  };
  // Sets the classes of `run`'s words first.
  void ScanRun(std::string_view text, std::vector<Token>& run,
               std::vector<Candidate>& out) const;
  bool TitledAcrossPortfolio(
      std::string_view text, const std::vector<Token>& run, size_t b, size_t e,
      const absl::InlinedVector<std::pair<size_t, size_t>, 8>& segments,
      size_t s, std::vector<Candidate>& out) const;
  void ScanSegment(std::string_view text, const Token* begin,
                   const Token* end, std::vector<Candidate>& out) const;
  bool HasPersonContext(std::string_view text, Span name) const;
  // True when the phrase that a name ending at byte `end` is in ends with
  // it, for a name after "by" (name_before), which a thing's or a body's
  // name is as often ("sacked by Harbor United in May").
  bool EndsPhrase(std::string_view text, size_t end) const;
  // The role (and affiliation) that an appositive (", a senior fellow at
  // the Harbor Institute,") or a copular introduction (" is chairwoman of
  // Gulfview Grain") at byte `after` gives candidate `c`; false, leaving
  // `c` as it was, when there is none with a role word.
  bool ParseAppositive(std::string_view text, size_t after,
                       Candidate& c) const;
  // The run of capitalised words (with connectors between them) that
  // starts at `start`; empty when no word does.
  std::vector<Token> RunAt(std::string_view text, size_t start) const;
  // The same into `run` (cleared first), for the run whose first word,
  // [start, first_end), WordEnd has found (`has_lower` as it set it), so
  // that a scan reuses one vector and walks no word twice.
  void RunFrom(std::string_view text, size_t start, size_t first_end,
               bool has_lower, std::vector<Token>& run) const;
  // True when the capital letter at `at`, with the dot after it, is a
  // middle initial: a space and a capitalised word that may go on a name
  // follow ("E." in "Mary E. Lovely", but not "B." in "Plan B. The").
  // REQUIRES: text[at + 1] == '.' and at + 3 < text.size().
  bool IsMiddleInitial(std::string_view text, size_t at) const;
  // The end of the word at `start`; sets *has_lower when it holds an ASCII
  // lower-case letter, so that RunAt need not walk it again.
  size_t WordEnd(std::string_view text, size_t start, bool* has_lower) const;
  // WordEnd past its first run of ASCII letters and digits, which ends at
  // `i` before a byte that may join more to the word ("-", "'", ".", a
  // non-ASCII letter); `lower` tells whether that run held a lower-case
  // letter.
  size_t WordEndFrom(std::string_view text, size_t start, size_t i, bool lower,
                     bool* has_lower) const;

  const Words& words_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_NAME_SCANNER_H_
