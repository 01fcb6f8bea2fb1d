#include "nlp/claim_extractor.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/ascii.h"
#include "nlp/function_words.h"
#include "nlp/gender_words.h"
#include "nlp/modal_words.h"
#include "nlp/phrase_matcher.h"
#include "nlp/quote_marks.h"
#include "nlp/static_word_set.h"
#include "nlp/topic_tagger.h"
#include "nlp/word_list_filter.h"
#include "nlp/word_phrase_finder.h"
#include "nlp/word_start_literals.h"

namespace whosaid::nlp {
namespace {

// How far before a cue its holder may be named: "Whitlock, who led the
// talks, insisted" still counts.
constexpr size_t kHolderWindow = 90;
// Shorter sentences inside a direct quote ("Absolutely.") are not claims.
constexpr size_t kMinQuotedClaimWords = 4;

// IsAsciiAlpha as one table load per byte instead of two range tests.
constexpr std::array<bool, 256> kLetter = []() {
  std::array<bool, 256> letter{};
  for (int c = 0; c < 256; ++c) letter[c] = IsAsciiAlpha(static_cast<char>(c));
  return letter;
}();

bool IsLetter(char c) { return kLetter[static_cast<uint8_t>(c)]; }

bool IsAbbreviation(std::string_view text, size_t dot) {
  static constexpr std::string_view kAbbrev[] = {
      "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "No", "Corp", "Inc", "Co",
      "Ltd", "Gov", "Sen", "Rep", "Gen", "Jan", "Feb", "Aug", "Sept", "Sep",
      "Oct", "Nov", "Dec", "vs", "Prof"};
  // The abbreviations' lengths and first letters: most words before a full
  // stop ("said", "talks") are rejected without searching the list.
  static constexpr size_t kMaxAbbrev = []() {
    size_t longest = 0;
    for (std::string_view a : kAbbrev) longest = std::max(longest, a.size());
    return longest;
  }();
  static constexpr uint64_t kAbbrevInitials = []() {
    uint64_t bits = 0;
    for (std::string_view a : kAbbrev) bits |= uint64_t{1} << (a[0] - 'A');
    return bits;
  }();
  // Four lower-case letters before the dot ("said.", "talks."): every
  // abbreviation but "vs" begins with a capital, and none is longer.
  static_assert(kMaxAbbrev == 4);
  if (dot >= 4 && IsAsciiLower(text[dot - 1]) && IsAsciiLower(text[dot - 2]) &&
      IsAsciiLower(text[dot - 3]) && IsAsciiLower(text[dot - 4])) {
    return false;
  }
  // The word before the dot, read back at most one letter past the
  // longest abbreviation: a longer one ("year.") is none.
  const size_t lowest = dot > kMaxAbbrev + 1 ? dot - (kMaxAbbrev + 1) : 0;
  size_t b = dot;
  while (b > lowest && IsLetter(text[b - 1])) --b;
  if (dot - b > kMaxAbbrev) return false;
  const std::string_view word(text.data() + b, dot - b);
  if (word.size() == 1 && IsAsciiUpper(word[0])) return true;  // U.S., J. Smith
  if (word.empty() || ((kAbbrevInitials >> (word[0] - 'A')) & 1u) == 0) {
    return false;
  }
  return std::find(std::begin(kAbbrev), std::end(kAbbrev), word) !=
         std::end(kAbbrev);
}

// True when a sentence ends just before `pos` (pos is the space or newline
// after the final punctuation and any closing quote).
bool EndsBefore(std::string_view text, size_t pos) {
  if (pos >= text.size() || (text[pos] != ' ' && text[pos] != '\n')) {
    return false;
  }
  if (text[pos] == '\n') return true;
  size_t p = pos;
  // Closing quote marks: " ” ’
  if (p >= 1 && text[p - 1] == '"') --p;
  if (p >= 3 && text[p - 3] == '\xE2' && text[p - 2] == '\x80' &&
      text[p - 1] == '\x9D') {
    p -= 3;
  }
  if (p == 0) return false;
  const char c = text[p - 1];
  if (c == '!' || c == '?') return true;
  return c == '.' && !IsAbbreviation(text, p - 1);
}

// Calls f(word) for every maximal run of ASCII letters in `text`, until f
// returns true; returns whether it did. A word matches on word boundaries
// exactly when it is such a run, so this replaces one search per word.
template <typename F>
bool AnyWord(std::string_view text, F&& f) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    if (!kLetter[s[i]]) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < n && kLetter[s[e]]) ++e;
    if (f(text.substr(i, e - i))) return true;
    i = e;
  }
  return false;
}

// The run of ASCII letters that ends one space before `pos` and starts the
// text or follows a non-letter; empty when there is none.
std::string_view WordBeforeSpace(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {};
  size_t b = pos - 1;
  while (b > 0 && IsLetter(text[b - 1])) --b;
  return text.substr(b, pos - 1 - b);
}

// Whether the word before `pos` (one space between) is `lower` in any
// ASCII case: EqualsLowerAscii(WordBeforeSpace(text, pos), lower) for a
// `lower` of letters, reading `lower`'s size and one byte more instead of
// the whole word before (asked of every cue: "you want").
bool WordBeforeSpaceIs(std::string_view text, size_t pos,
                       std::string_view lower) {
  const size_t size = lower.size();
  if (pos < size + 1 || text[pos - 1] != ' ') return false;
  const size_t b = pos - 1 - size;
  return (b == 0 || !IsLetter(text[b - 1])) &&
         EqualsLowerAscii(text.substr(b, size), lower);
}

// The personal pronouns a clause opens with as its subject, lower case.
constexpr std::string_view kSubjectPronouns[] = {"i",  "we",   "you", "he",
                                                 "she", "they", "it"};

// The letters glued by an apostrophe (' or ’) before `at`: "you" of
// "you'll", "didn" of "didn't"; empty when there is none.
std::string_view LettersBeforeApostrophe(std::string_view text, size_t at) {
  size_t end = at;
  if (end >= 1 && text[end - 1] == '\'') {
    end -= 1;
  } else if (end >= 3 && text.substr(end - 3, 3) == "\u2019") {
    end -= 3;
  } else {
    return {};
  }
  size_t b = end;
  while (b > 0 && IsLetter(text[b - 1])) --b;
  return text.substr(b, end - b);
}

// Whether the cue at `pos` has its object before its subject, so that no
// proposition follows it: "what PFF said about his performance", "Here's
// what I want you to remember", "who they wanted to reach"; or whether it
// opens a comment clause with the sentence (at `sentence_start`): "As I
// said earlier, ...", "As we've said time and time again, ...". The
// subject is a personal pronoun or a capitalised word, perhaps followed by
// one auxiliary.
bool CueAfterItsObject(std::string_view text, size_t pos,
                       size_t sentence_start) {
  static constexpr std::string_view kAuxiliaries[] = {
      "had", "has", "have", "did", "would", "will", "ve", "d", "ll"};
  std::string_view word = WordBeforeSpace(text, pos);
  if (word.empty()) return false;
  size_t at = static_cast<size_t>(word.data() - text.data());
  if (LowerIsOneOf(word, kAuxiliaries)) {
    word = word.size() <= 2 ? LettersBeforeApostrophe(text, at)
                            : WordBeforeSpace(text, at);
    if (word.empty()) return false;
    at = static_cast<size_t>(word.data() - text.data());
  }
  if (!LowerIsOneOf(word, kSubjectPronouns) && !IsAsciiUpper(word[0])) {
    return false;
  }
  const std::string_view before = WordBeforeSpace(text, at);
  if (EqualsLowerAscii(before, "what") || EqualsLowerAscii(before, "who") ||
      EqualsLowerAscii(before, "whom")) {
    return true;
  }
  return before == "As" &&
         static_cast<size_t>(before.data() - text.data()) == sentence_start;
}

// Whether the reader, "you", is the subject of the verb at `pos` behind
// one to three auxiliaries, negations or adverbs: "you'll want", "you would
// want", "you may not always want", "you didn't also want" (advice to
// whoever reads, which nobody holds).
bool ReaderBeforeAuxiliaries(std::string_view text, size_t pos) {
  static constexpr std::string_view kBetween[] = {
      "would", "will",   "may",  "might",  "could",  "should", "can",
      "must",  "do",     "does", "did",    "not",    "also",   "always",
      "just",  "really", "still", "never", "probably", "ll",   "d"};
  size_t at = pos;
  for (int words = 0; words < 4; ++words) {
    std::string_view word = WordBeforeSpace(text, at);
    if (word.empty()) return false;
    if (words > 0 && EqualsLowerAscii(word, "you")) return true;
    const size_t word_at = static_cast<size_t>(word.data() - text.data());
    if (EqualsLowerAscii(word, "t")) {
      // "didn't", "won't": the auxiliary is the word glued before.
      word = LettersBeforeApostrophe(text, word_at);
      if (word.empty()) return false;
      at = static_cast<size_t>(word.data() - text.data());
      continue;
    }
    if (!LowerIsOneOf(word, kBetween)) return false;
    if (EqualsLowerAscii(word, "ll") || EqualsLowerAscii(word, "d")) {
      return EqualsLowerAscii(LettersBeforeApostrophe(text, word_at), "you");
    }
    at = word_at;
  }
  return false;
}

// Whether "and" comes right before the verb at `pos`, or before up to two
// auxiliaries and adverbs in front of it: "..., and wants to", "..., and
// had also planned to".
bool AndBeforeVerb(std::string_view text, size_t pos) {
  for (int words = 0; words < 3; ++words) {
    if (WordBeforeSpaceIs(text, pos, "and")) return true;
    const std::string_view word = WordBeforeSpace(text, pos);
    if (word.empty() || !(IsAuxiliary(word) || IsSkippableAdverb(word))) {
      return false;
    }
    pos -= word.size() + 1;
  }
  return false;
}

// Whether the cue `cue` at `pos` holds nothing for its subject: after a
// modal of possibility or "hard to", in a condition ("if they want
// something to be done", "whether we intend to"), or in the passive ("the
// audience that's not intended to see it"; but "The Times is committed
// to" is the Times' pledge).
bool CueHoldsNothing(std::string_view text, size_t pos, std::string_view cue) {
  // ("s" is the end of "that's", "it's", "re" of "you're": WordBeforeSpace
  // stops at the apostrophe.)
  static constexpr std::string_view kPassive[] = {
      "is", "are", "was", "were", "be", "been", "being", "s", "re"};
  // "hard to believe", "no reason to believe": nobody holds it ("continues
  // to insist" still does).
  static constexpr std::string_view kNobodysInfinitive[] = {
      "hard", "easy", "difficult", "impossible", "reason", "tempting", "fair",
      "safe"};
  std::string_view before = WordBeforeSpace(text, pos);
  // "Others, though, might argue that": a possibility, not a holding.
  if (IsModalOfPossibility(before)) return true;
  if (EqualsLowerAscii(before, "to")) {
    const size_t at = static_cast<size_t>(before.data() - text.data());
    return LowerIsOneOf(WordBeforeSpace(text, at), kNobodysInfinitive);
  }
  if (LowerIsOneOf(before, kSubjectPronouns)) {
    const size_t at = static_cast<size_t>(before.data() - text.data());
    return IsConditionWord(WordBeforeSpace(text, at));
  }
  if (EqualsLowerAscii(before, "not")) {
    before = WordBeforeSpace(
        text, static_cast<size_t>(before.data() - text.data()));
  }
  return LowerIsOneOf(before, kPassive) &&
         !EqualsLowerAscii(cue.substr(0, 9), "committed");
}

// Whether `mention` lies in a clause that opens the sentence at `start`
// with a subordinating word ("After", "When", "Although", ...) and ends
// with a comma before the cue at `cue`.
bool InOpeningSubordinateClause(std::string_view text, size_t start,
                                Span mention, size_t cue) {
  size_t end = start;
  while (end < mention.start && end < text.size() && text[end] != ' ') ++end;
  const std::string_view first = text.substr(start, end - start);
  // Capitalised, as a sentence opens ("After Adam Neumann left, ...").
  if (first.empty() || first[0] < 'A' || first[0] > 'Z' ||
      !IsSubordinator(first)) {
    return false;
  }
  return text.substr(mention.end, cue - mention.end).find(", ") !=
         std::string_view::npos;
}

// Whether the actor mentioned at `mention` cannot hold a quantity claim
// that its sentence, from `start`, makes: the sentence opens with a
// personal pronoun, which is its subject ("They do not provide any insight
// into investments Yovanovitch made ... $17 million"), or a relative or
// complement clause opens before the mention ("investments that
// Yovanovitch may have made").
bool NamedOutsideTheSubject(std::string_view text, size_t start,
                            Span mention) {
  const std::string_view before = text.substr(start, mention.start - start);
  if (LowerIsOneOf(before.substr(0, before.find(' ')), kSubjectPronouns)) {
    return true;
  }
  for (std::string_view opener : {" that ", " which ", " who ", " whom "}) {
    if (before.find(opener) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the place mentioned at `place` is the subject of the cue at
// `cue`: only spaces between them, and no preposition before the place
// ("China expects", "The US wants"; not "analysts in Beijing expect").
bool PlaceIsSubject(std::string_view text, Span place, size_t cue) {
  if (text.substr(place.end, cue - place.end).find_first_not_of(' ') !=
      std::string_view::npos) {
    return false;
  }
  static constexpr std::string_view kPrepositions[] = {
      "in", "from", "at", "across", "of", "for", "to", "near", "outside",
      "inside", "throughout", "on", "with", "by"};
  std::string_view before = WordBeforeSpace(text, place.start);
  if (before == "the") {  // "in the US"
    before = WordBeforeSpace(text, static_cast<size_t>(before.data() -
                                                       text.data()));
  }
  return !LowerIsOneOf(before, kPrepositions);
}

// Whether the actor mentioned at `mention` opens the sentence that starts
// at `sentence_start` as its subject, perhaps after one conjunction or
// adverb ("Beijing is balking", "But Beijing is balking"): the mention
// starts there and a lower-case word follows it, for a place a verb-like
// one (an auxiliary, or ending in "s" or "ed": not "Hong Kong police").
bool OpensSentenceAsSubject(std::string_view text, size_t sentence_start,
                            Span mention, bool place) {
  size_t start = sentence_start;
  static constexpr std::string_view kOpeners[] = {"But ", "And ", "Yet ",
                                                  "Still ", "So ", "Now "};
  for (std::string_view opener : kOpeners) {
    if (text.substr(start, opener.size()) == opener) {
      start += opener.size();
      break;
    }
  }
  if (mention.start != start || mention.end + 1 >= text.size() ||
      text[mention.end] != ' ' ||
      !std::islower(static_cast<unsigned char>(text[mention.end + 1]))) {
    return false;
  }
  if (!place) return true;
  size_t end = mention.end + 1;
  while (end < text.size() && IsLetter(text[end])) ++end;
  const std::string_view next = text.substr(mention.end + 1,
                                            end - mention.end - 1);
  static constexpr std::string_view kAuxiliaries[] = {
      "is", "was", "has", "had", "will", "would", "could", "can", "may",
      "might", "should", "must", "does", "did"};
  return LowerIsOneOf(next, kAuxiliaries) || next.ends_with("ed") ||
         (next.ends_with('s') && !next.ends_with("ss"));
}

// The first verb of the sentence that starts at `sentence_start`, before
// `limit`: an auxiliary or a past form ("Hong Kong police have laid
// siege", "Marta Keane raised tariffs") within its first six words, after
// at least one; an empty span when there is none (a comma or another
// word first ends the search: no subject is that plain).
Span FirstVerb(std::string_view text, size_t sentence_start, size_t limit) {
  size_t pos = sentence_start;
  for (int words = 0; words < 6 && pos < limit; ++words) {
    size_t end = pos;
    while (end < limit && IsLetter(text[end])) ++end;
    if (end == pos) return {};
    const std::string_view word = text.substr(pos, end - pos);
    if (words > 0 && IsAsciiLower(word.front()) &&
        (IsAuxiliary(word) || (word.size() > 4 && word.ends_with("ed")))) {
      return {pos, end};
    }
    if (end >= limit || text[end] != ' ') return {};
    pos = end + 1;
  }
  return {};
}

// True when a closing quotation mark ends the text before `pos` (spaces
// skipped): the cue there attributes that quotation ("'...,' said the
// minister") and is followed by its speaker, not by a proposition.
bool AfterClosingQuote(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  // No mark ends in a letter or digit: most cues ("Keane said") stop here.
  if (pos == 0 || IsAsciiAlnum(static_cast<unsigned char>(text[pos - 1]))) {
    return false;
  }
  const MarkChar mark = ClosingMarkBefore(text, pos);
  if (mark.length == 0) return false;
  if (mark.is_double) return true;
  // A closing single mark after punctuation, not an apostrophe.
  const size_t at = pos - mark.length;
  return at > 0 && (text[at - 1] == ',' || text[at - 1] == '.');
}

// The words after which a claim cue's form is a noun or an adjective:
// determiners ("the plans", "its pledge") and prepositions ("four rounds
// of planned outages", "on claims that").
constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "my",
    "these", "those", "such", "any", "of", "for", "with", "about", "on",
    "in", "by", "from", "into"};

// True when the word before `pos` (one space between) is a determiner or
// a preposition.
bool AfterDeterminer(std::string_view text, size_t pos) {
  constexpr size_t kLongest = 5;
  if (pos < 2 || text[pos - 1] != ' ') return false;
  // WordBeforeSpace, read back at most one letter past the longest.
  const size_t end = pos - 1;
  size_t b = end;
  while (b > 0 && IsLetter(text[b - 1]) && end - b <= kLongest) --b;
  const size_t size = end - b;
  if (size == 0 || size > kLongest || (b > 0 && IsLetter(text[b - 1]))) {
    return false;
  }
  char buffer[kLongest];
  return StaticWordSet<kDeterminers>::Contains(
      LowerAsciiInto(text.substr(b, size), buffer));
}

// Whether the cue at `cue`, a form that is also a plural noun ("plans",
// "hopes", "promises"), is that noun: after "and" or "or" ("promises of
// access, and pledges to protect"), after a possessive one or two words
// back ("Google's big promises", "his team’s playoff hopes"), after a
// verb that takes it as its object ("denied claims that") or a quoted word
// ("denied 'sensational' claims"), or before a word that only follows a
// noun subject ("plans and IRAs", "hopes were", "plans since", "claims
// made").
bool PluralNounCue(std::string_view text, Span cue) {
  static constexpr std::string_view kPluralNouns[] = {
      "plans",  "hopes",   "promises", "claims",   "pledges",
      "fears",  "vows",    "warnings", "threats",  "demands"};
  const std::string_view form = text.substr(cue.start, cue.size());
  if (!LowerIsOneOf(form, kPluralNouns)) return false;
  static constexpr std::string_view kLinks[] = {"and", "or"};
  const std::string_view before = WordBeforeSpace(text, cue.start);
  if (LowerIsOneOf(before, kLinks)) return true;
  static constexpr std::string_view kObjectVerbs[] = {
      "denied",   "denies",   "deny",      "rejected", "rejects",
      "dismissed", "dismisses", "disputed", "disputes", "made",
      "repeated", "echoed",   "investigate", "investigated"};
  if (LowerIsOneOf(before, kObjectVerbs)) return true;
  if (cue.start >= 2 && text[cue.start - 1] == ' ' &&
      (text[cue.start - 2] == '\'' || text[cue.start - 2] == '"' ||
       text.substr(0, cue.start - 1).ends_with("\u2019") ||
       text.substr(0, cue.start - 1).ends_with("\u201D"))) {
    return true;
  }
  // The word before, and the one before it, with their apostrophes.
  size_t at = cue.start;
  for (int back = 0; back < 2 && at >= 2 && text[at - 1] == ' '; ++back) {
    size_t b = at - 1;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    const std::string_view word = text.substr(b, at - 1 - b);
    if (IsPossessiveForm(word)) return true;
    at = b;
  }
  static constexpr std::string_view kAfterNouns[] = {
      "and", "or", "since", "were", "have", "haven't", "haven\u2019t",
      "made"};
  size_t next = cue.end;
  if (next >= text.size() || text[next] != ' ') return false;
  ++next;
  size_t e = next;
  while (e < text.size() && text[e] != ' ' && text[e] != '\n' &&
         text[e] != ',' && text[e] != '.') {
    ++e;
  }
  return LowerIsOneOf(text.substr(next, e - next), kAfterNouns);
}

// The first position of `needle` (lower case) in `text` in any ASCII
// case: LowerAscii(text).find(needle) without the copy.
// REQUIRES: needle is not empty.
size_t FindIgnoringAsciiCase(std::string_view text, std::string_view needle) {
  const char first = needle.front();
  size_t i = 0;
#ifdef __SSE2__
  // A letter's two cases differ in bit 5 alone: with it set, one compare
  // finds both, 16 bytes at a time, for the first two letters ("ac" of
  // "according": "a" alone begins many words); each hit is then checked
  // whole.
  if (needle.size() >= 2 && IsAsciiLower(first) && IsAsciiLower(needle[1])) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i lower_first = _mm_set1_epi8(first);
    const __m128i lower_second = _mm_set1_epi8(needle[1]);
    for (; i + 17 <= text.size(); i += 16) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i next = _mm_loadu_si128(
          reinterpret_cast<const __m128i*>(text.data() + i + 1));
      for (int hits = _mm_movemask_epi8(_mm_and_si128(
               _mm_cmpeq_epi8(_mm_or_si128(v, case_bit), lower_first),
               _mm_cmpeq_epi8(_mm_or_si128(next, case_bit), lower_second)));
           hits != 0; hits &= hits - 1) {
        const size_t at = i + static_cast<size_t>(__builtin_ctz(hits));
        if (at + needle.size() <= text.size() &&
            EqualsIgnoreAsciiCase(text.substr(at, needle.size()), needle)) {
          return at;
        }
      }
    }
  }
#endif
  for (; i + needle.size() <= text.size(); ++i) {
    if (AsciiLower(text[i]) == first &&
        EqualsIgnoreAsciiCase(text.substr(i, needle.size()), needle)) {
      return i;
    }
  }
  return std::string_view::npos;
}

bool HasWord(std::string_view text, std::string_view word) {
  return AnyWord(text, [&](std::string_view w) { return w == word; });
}

// Refines a cue's modality by the proposition's own modal verbs.
Modality Refine(Modality m, const ModalWords& words) {
  if (m != Modality::kAsserted) return m;
  if (words.hedged) return Modality::kHedged;
  return words.planned ? Modality::kPlanned : m;
}

// A sentence that asks rather than states: its last non-space, non-quote
// character is "?".
bool IsQuestion(std::string_view text, Span sentence) {
  size_t e = std::min(sentence.end, text.size());
  while (e > sentence.start) {
    const unsigned char c = static_cast<unsigned char>(text[e - 1]);
    if (c == ' ' || c == '"' || c >= 0x80) {
      --e;  // spaces, straight and curly closing quotes
      continue;
    }
    return c == '?';
  }
  return false;
}

// True when `s` holds at least `n` words (runs of non-spaces); stops
// reading at the n-th.
bool HasWords(std::string_view s, size_t n) {
  size_t words = 0;
  bool in_word = false;
  size_t i = 0;
#ifdef __SSE2__
  // 16 bytes at a time: a word starts at each non-space after a space (or
  // after the non-space state carried from the block before).
  const __m128i space = _mm_set1_epi8(' ');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const unsigned word_bytes =
        ~static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space))) &
        0xFFFFu;
    const unsigned starts =
        word_bytes & ~((word_bytes << 1) | static_cast<unsigned>(in_word));
    // Counted one by one up to n (fewer steps than a library popcount).
    for (unsigned left = starts; left != 0 && words < n; left &= left - 1) {
      ++words;
    }
    if (words >= n) return true;
    in_word = (word_bytes >> 15) != 0;
  }
#endif
  for (char c : s.substr(i)) {
    const bool space = c == ' ';
    if (!space && !in_word && ++words >= n) return true;
    in_word = !space;
  }
  return words >= n;
}

// `s` without the words that joined it to the next clause: "X and said"
// becomes "X".
std::string_view StripTrailingLinks(std::string_view s) {
  static constexpr std::string_view kLinks[] = {
      "and", "but", "that", "said", "says", "added", "adding", "saying"};
  for (bool again = true; again;) {
    again = false;
    while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
    const size_t space = s.rfind(' ');
    const std::string_view last =
        space == std::string_view::npos ? s : s.substr(space + 1);
    for (std::string_view link : kLinks) {
      if (last == link) {
        s.remove_suffix(last.size());
        again = true;
        break;
      }
    }
  }
  return s;
}

// `s` without a closing ", SUBJECT [AUXILIARIES] CUE" of up to five words
// that ends it ("there is no need to worry, it has also acknowledged"
// before another claim of the cue "acknowledged"); else `s`.
std::string_view WithoutClosingCue(std::string_view s, std::string_view cue) {
  if (cue.empty() || s.size() <= cue.size() ||
      !EqualsIgnoreAsciiCase(s.substr(s.size() - cue.size()), cue) ||
      s[s.size() - cue.size() - 1] != ' ') {
    return s;
  }
  const size_t comma = s.rfind(", ");
  if (comma == std::string_view::npos) return s;
  const std::string_view tail = s.substr(comma + 2);
  if (std::count(tail.begin(), tail.end(), ' ') > 4) return s;
  return s.substr(0, comma);
}

// Whether a possessive ending and a lower-case word follow `end`: "’s
// friends", "'s aides".
bool PossessiveBeforeNoun(std::string_view text, size_t end) {
  size_t after = 0;
  if (text.compare(end, 3, "'s ") == 0) {
    after = end + 3;
  } else if (text.compare(end, 5, "\u2019s ") == 0) {
    after = end + 5;
  } else {
    return false;
  }
  return after < text.size() && IsAsciiLower(text[after]);
}

// Whether `name` is the object of a verb before it, joined by "and" to the
// cue at `cue` ("his colleagues loved Ford and wanted ..."): a lower-case
// word other than a conjunction right before it, and " and " (perhaps
// with auxiliaries, AndBeforeVerb) between it and the cue.
bool ObjectBeforeAndVerb(std::string_view text, Span name, size_t cue) {
  static constexpr std::string_view kJoins[] = {
      "and", "but", "or", "then", "while", "when", "as", "because", "if",
      "that", "which", "who"};
  if (text.compare(name.end, 5, " and ") != 0 || !AndBeforeVerb(text, cue)) {
    return false;
  }
  const std::string_view before = WordBeforeSpace(text, name.start);
  return !before.empty() && IsAsciiLower(before.front()) &&
         !LowerIsOneOf(before, kJoins);
}

struct Mention {
  Span span;
  const ActorInText* actor;
};

// Whether `m` is the object of a preposition, or joined by "and" to one:
// "a protégé of John Bolton and Dick Cheney". `mentions` are all the
// text's mentions.
bool ObjectOfPreposition(std::string_view text, const Mention& m,
                         const std::vector<Mention>& mentions) {
  static constexpr std::string_view kPrepositions[] = {
      "of", "to", "for", "with", "at", "by", "from", "about", "against"};
  // After an article and its modifiers ("his comrades on the powerful
  // Standing Committee"), "on", "in" and "among" make objects too.
  static constexpr std::string_view kBeforeArticle[] = {"on", "in", "among"};
  Span span = m.span;
  for (int links = 0; links < 4; ++links) {
    const std::string_view before = WordBeforeSpace(text, span.start);
    if (LowerIsOneOf(before, kPrepositions)) return true;
    // Back over up to three lower-case words to "the".
    size_t at = span.start;
    std::string_view word = before;
    for (int modifiers = 0; modifiers < 3 && !word.empty() &&
                            IsAsciiLower(word.front()) && word != "the";
         ++modifiers) {
      at -= word.size() + 1;
      word = WordBeforeSpace(text, at);
    }
    if (word == "the") {
      const std::string_view prep = WordBeforeSpace(text, at - 4);
      if (LowerIsOneOf(prep, kPrepositions) ||
          LowerIsOneOf(prep, kBeforeArticle)) {
        return true;
      }
    }
    if (before != "and" || span.start < 5) return false;
    // The mention that ends right before " and " (mentions sorted by
    // start may overlap, so not sorted by end: a plain search).
    const size_t end = span.start - 5;
    const auto it = std::find_if(
        mentions.begin(), mentions.end(),
        [end](const Mention& x) { return x.span.end == end; });
    if (it == mentions.end()) return false;
    span = it->span;
  }
  return false;
}

std::string_view Trim(std::string_view s, size_t* start) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) {
    s.remove_prefix(1);
    ++*start;
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ' ' || s.back() == ',' ||
                        s.back() == ';' || s.back() == ':')) {
    s.remove_suffix(1);
  }
  return s;
}

// s up to a closing parenthesis opened before it: "(Alden announced that
// it had become the largest shareholder.) But public companies ..." gives
// "it had become the largest shareholder." (the caller trims the stop).
std::string_view BeforeUnopenedParenthesis(std::string_view s) {
  size_t open = 0;
  size_t i = 0;
#ifdef __SSE2__
  // Most propositions hold no parenthesis: up to the first one, 16 bytes
  // at a time.
  const __m128i opening = _mm_set1_epi8('('), closing = _mm_set1_epi8(')');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const int found = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, opening), _mm_cmpeq_epi8(v, closing)));
    if (found != 0) {
      i += static_cast<size_t>(__builtin_ctz(found));
      break;
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if (s[i] == '(') {
      ++open;
    } else if (s[i] == ')') {
      if (open == 0) return s.substr(0, i);
      --open;
    }
  }
  return s;
}

// s.find(" that ") in one pass over the bytes, without a library call per
// space: 16 positions at a time where SSE2 is available (each of the six
// bytes compared at once for all of them), then one by one.
size_t FindThat(std::string_view s) {
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 16 + 5 <= s.size(); i += 16) {
    const char* p = s.data() + i;
    auto is = [p](int k, char c) {
      return _mm_cmpeq_epi8(
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)),
          _mm_set1_epi8(c));
    };
    const __m128i that = _mm_and_si128(
        _mm_and_si128(_mm_and_si128(is(0, ' '), is(1, 't')),
                      _mm_and_si128(is(2, 'h'), is(3, 'a'))),
        _mm_and_si128(is(4, 't'), is(5, ' ')));
    const int found = _mm_movemask_epi8(that);
    if (found != 0) return i + static_cast<size_t>(__builtin_ctz(found));
  }
#endif
  for (; i + 6 <= s.size(); ++i) {
    if (s[i] == ' ' && s[i + 1] == 't' && s[i + 2] == 'h' && s[i + 3] == 'a' &&
        s[i + 4] == 't' && s[i + 5] == ' ') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Whether ", " comes in `s` before its first "." or ";" (or its end):
// s.substr(0, s.find_first_of(".;")).find(", ") != npos in one pass.
bool HasCommaBeforeStop(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.' || s[i] == ';') return false;
    if (s[i] == ',' && i + 1 < s.size() && s[i + 1] == ' ') return true;
  }
  return false;
}

// Whether the cue at `pos` opens a relative clause set off by a comma:
// "Assange, who denies the accusation, has avoided ...".
bool InCommaRelative(std::string_view text, size_t pos) {
  const std::string_view word = WordBeforeSpace(text, pos);
  if (word != "who" && word != "which") return false;
  const size_t at = pos - 1 - word.size();
  return at >= 2 && text[at - 1] == ' ' && text[at - 2] == ',';
}

// Whether the end of `before` lies inside a quotation: after an odd
// number of straight marks, or after a curly opening mark with no closing
// one after it.
bool InsideQuotation(std::string_view before) {
  const size_t open = before.rfind("\u201C");
  return (open != std::string_view::npos &&
          before.find("\u201D", open) == std::string_view::npos) ||
         std::count(before.begin(), before.end(), '"') % 2 != 0;
}

// `s` up to its first ", " outside a quotation (straight or curly), or
// all of it.
std::string_view UntilComma(std::string_view s) {
  for (size_t at = s.find(", "); at != std::string_view::npos;
       at = s.find(", ", at + 1)) {
    if (!InsideQuotation(s.substr(0, at))) return s.substr(0, at);
  }
  return s;
}

// `s` up to a contrast the writer adds after a comma (", but it was out
// of print"), outside a quotation; ", but that ..." goes on with the
// report. Else all of `s`.
std::string_view BeforeContrast(std::string_view s) {
  for (size_t at = s.find(", but "); at != std::string_view::npos;
       at = s.find(", but ", at + 1)) {
    if (s.compare(at + 6, 5, "that ") == 0) continue;
    if (!InsideQuotation(s.substr(0, at))) return s.substr(0, at);
  }
  return s;
}

// Whether the cue `cue` comes right after a comma and before a
// capitalised word. When that comma is its sentence's first, the cue is
// an attribution put after its words ("..., said The We Company’s
// executive chair Marcelo Claure"), whose words after it name the
// speaker even when no quote was found for it; after an appositive
// ("Gao Ruoxi, spokesman for the office, said China had") it is not.
bool InvertedAfterComma(std::string_view text, Span cue) {
  return cue.start >= 2 && text[cue.start - 1] == ' ' &&
         text[cue.start - 2] == ',' && cue.end + 1 < text.size() &&
         text[cue.end] == ' ' && IsAsciiUpper(text[cue.end + 1]);
}

// How long the titles or role before a speaker's name may be: "said
// another witness in the impeachment probe, former White House Russia
// adviser".
constexpr size_t kApposedRoleBytes = 96;

// How far after a cue and the punctuation right after it ("said — and
// wrote — that") its "that" may be unless a comma closes an aside before it.
constexpr size_t kNearThat = 16;

// Whether the words right after a cue that mostly takes a noun phrase
// open a clause all the same: a gerund first ("acknowledged having
// erred") or an auxiliary among the first eight words, before any "that"
// ("confirmed the plant would close"); not "announced the Phase 1 deal
// during a meeting", nor "confirmed the belief that X has ...".
bool OpensClauseAfterNounCue(std::string_view rest) {
  size_t pos = 0;
  for (int word = 0; word < 8 && pos < rest.size(); ++word) {
    const size_t space = std::min(rest.find(' ', pos), rest.size());
    const std::string_view w = rest.substr(pos, space - pos);
    if ((word == 0 && w.size() > 4 && w.ends_with("ing")) || IsAuxiliary(w)) {
      return true;
    }
    // A clause's end or a relative word stops the search: an auxiliary
    // after "that" is the relative clause's ("the belief that X has").
    if ((!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';')) ||
        w == "that" || w == "which" || w == "who") {
      return false;
    }
    pos = space + 1;
  }
  return false;
}

// Whether `rest` opens with an article or a possessive determiner: after a
// cue that mostly takes a noun phrase, that phrase ("confirms the belief
// that ...", "announced a plan that ..."), whose "that" is its own.
bool OpensNounPhrase(std::string_view rest) {
  static constexpr std::string_view kDeterminers[] = {
      "the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
      "this", "these", "those"};
  const std::string_view first = rest.substr(0, rest.find(' '));
  return LowerIsOneOf(first, kDeterminers);
}

// Whether `rest` opens with a time counted back from now: "two weeks
// ago", "a month ago", "years ago". An adverbial, as "on Tuesday" is.
bool OpensWithTimeAgo(std::string_view rest) {
  const size_t ago = rest.substr(0, 32).find(" ago");
  if (ago == std::string_view::npos) return false;
  const size_t after = ago + 4;
  if (after < rest.size() && IsAsciiAlnum(rest[after])) return false;
  // The unit is the word before "ago", perhaps after one word more.
  std::string_view head = rest.substr(0, ago);
  const size_t space = head.rfind(' ');
  if (space != std::string_view::npos && head.find(' ') != space) {
    return false;  // more than two words before "ago"
  }
  std::string_view unit =
      space == std::string_view::npos ? head : head.substr(space + 1);
  if (unit.ends_with('s')) unit.remove_suffix(1);
  static constexpr std::string_view kUnits[] = {
      "minute", "hour", "day", "night", "week", "month", "year", "decade"};
  return LowerIsOneOf(unit, kUnits);
}

// Narrows `rest` (the text after a cue, starting at `start`) to the
// proposition: after "that", never an adverbial ("on Tuesday", "in a
// briefing") or an inverted speaker ("said Marta Keane, head of ..."), and
// not past a closing quote mark. After a cue with a `noun_object` only
// "that" or OpensClauseAfterNounCue leads to one. False when there is no
// proposition.
bool Proposition(std::string_view& rest, size_t& start, bool intention,
                 bool noun_object) {
  auto advance = [&](size_t n) {
    rest.remove_prefix(n);
    start += n;
  };
  while (!rest.empty() && rest.front() == ' ') advance(1);
  // "said Monday the victim was ...", "said Tuesday night that ...": the
  // day is when, and the proposition (if any) comes after it.
  static constexpr std::string_view kWhen[] = {
      "Monday ",   "Tuesday ", "Wednesday ", "Thursday ", "Friday ",
      "Saturday ", "Sunday ",  "morning ",   "afternoon ", "evening ",
      "night "};
  // Their first letters: most propositions begin with none of them, and
  // then no word of kWhen can follow either.
  static constexpr std::array<bool, 256> kWhenInitial = [] {
    std::array<bool, 256> initial{};
    for (std::string_view when : kWhen) {
      initial[static_cast<uint8_t>(when.front())] = true;
    }
    return initial;
  }();
  if (!rest.empty() && kWhenInitial[static_cast<uint8_t>(rest.front())]) {
    for (std::string_view when : kWhen) {
      // The first letter alone rejects most: one byte, not a call.
      if (!rest.empty() && rest.front() == when.front() &&
          rest.starts_with(when)) {
        advance(when.size());
      }
    }
  }
  // "committed to that timeline": a "that" before a single word points
  // at a thing and opens no clause.
  bool after_that = false;
  if (rest.starts_with("that ")) {
    advance(5);
    after_that = true;
  } else {
    // After punctuation ("Keane said.") only a "that" can lead to one:
    // the first word need not be read.
    const bool punctuation =
        rest.empty() || !std::isalpha(static_cast<unsigned char>(rest.front()));
    bool needs_that = punctuation;
    if (!needs_that) {
      const std::string_view written = rest.substr(0, rest.find(' '));
      // "everything we wanted was still in front of us": a verb right
      // after an intention's cue makes the cue part of a relative clause
      // whose object is the main clause's subject; nothing is intended.
      // (After a belief or speech cue the relative clause lacks its own
      // subject instead, and holds a claim: "which Nissan claims is a 20%
      // improvement".)
      if (intention && IsAuxiliary(written)) return false;
      static constexpr std::string_view kAdverbial[] = {
          "on",   "in",      "at",       "after",     "before",     "last",
          "this", "during",  "speaking", "with",      "for",        "by",
          "from", "earlier", "later",    "yesterday", "separately", "on",
          "of",   "to",      "in",       "when",      "while",      "according",
          "as",   "told",    "via",      "through",   "under",
          "until", "within"};
      // Per lower-case first letter, bit n set when an adverbial of n
      // letters begins with it: most first words fail this and are
      // neither lowered nor compared.
      static constexpr std::array<uint16_t, 256> kSizesByInitial = [] {
        std::array<uint16_t, 256> sizes{};
        for (std::string_view a : kAdverbial) {
          sizes[static_cast<uint8_t>(a.front())] |= uint16_t{1} << a.size();
        }
        return sizes;
      }();
      bool adverbial = false;
      if (written.size() < 16 &&
          ((kSizesByInitial[static_cast<uint8_t>(AsciiLower(written.front()))] >>
            written.size()) &
           1u) != 0) {
        char buffer[16];
        const std::string_view first = LowerAsciiInto(written, buffer);
        // Length and first letter before the bytes: most words differ there.
        adverbial =
            std::any_of(std::begin(kAdverbial), std::end(kAdverbial),
                        [&](std::string_view a) {
                          return a.size() == first.size() &&
                                 a[0] == first[0] && a == first;
                        }) &&
            !(intention && first == "to");
      }
      adverbial = adverbial || OpensWithTimeAgo(rest);
      const bool inverted = IsAsciiUpper(rest.front()) &&
                            HasCommaBeforeStop(rest) &&
                            FindThat(rest) == std::string_view::npos;
      const bool noun_phrase = noun_object && !OpensClauseAfterNounCue(rest);
      if (noun_phrase && OpensNounPhrase(rest)) return false;
      needs_that = adverbial || inverted || noun_phrase;
    }
    if (needs_that) {
      const size_t that = FindThat(rest);
      if (that == std::string_view::npos) return false;
      // After punctuation the "that" must be near or close an aside ("said,
      // in a statement released by the ministry, that"): "the quality
      // Google promised – it's revealed in a review that ..." is another
      // verb's.
      if (punctuation && that > kNearThat && rest[that - 1] != ',') {
        return false;
      }
      // "said of that on-ramp", "spoke about that": after a preposition
      // "that" points at a thing and opens no proposition.
      static constexpr std::string_view kPrepositions[] = {
          "of", "on", "in", "at", "for", "with", "to", "by", "from", "about"};
      // (`that` is the space before it.)
      const std::string_view head = rest.substr(0, that);
      const size_t space = head.rfind(' ');
      const std::string_view before =
          space == std::string_view::npos ? head : head.substr(space + 1);
      if (LowerIsOneOf(before, kPrepositions)) return false;
      advance(that + 6);
      after_that = true;
    }
  }
  // A cue inside a quotation: stop where the quotation closes. Each close
  // needs a ” (whose last byte is 9D) or a ": most texts have neither.
  struct Marks {
    std::string_view close, open;
  };
  const bool curly = rest.find('\x9D') != std::string_view::npos;
  const bool straight = rest.find('"') != std::string_view::npos;
  for (const Marks& q : {Marks{",\xE2\x80\x9D", "\xE2\x80\x9C"},
                         Marks{".\xE2\x80\x9D", "\xE2\x80\x9C"},
                         Marks{",\"", "\""}, Marks{".\"", "\""}}) {
    if (!(q.open == "\"" ? straight : curly)) continue;
    const size_t at = rest.find(q.close);
    if (at != std::string_view::npos &&
        rest.substr(0, at).find(q.open) == std::string_view::npos) {
      rest = rest.substr(0, at);
    }
  }
  return !rest.empty() && (!after_that || HasWords(rest, 2));
}

// Bit k set: bytes[k] is "\n", ".", "!" or "?"; `len` <= 64.
uint64_t MarkMask(const uint8_t* bytes, size_t len) {
#ifdef __SSE2__
  if (len == 64) {
    // The mask of bytes[16 * k, 16 * k + 16) at bit 16 * k. Written out
    // for the four blocks below: GCC does not unroll a loop over them.
    auto block = [bytes](int k) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
      const int marks = _mm_movemask_epi8(_mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8('?')))));
      return static_cast<uint64_t>(static_cast<uint16_t>(marks)) << (16 * k);
    };
    return block(0) | block(1) | block(2) | block(3);
  }
#endif
  uint64_t mask = 0;
  for (size_t k = 0; k < len; ++k) {
    const uint8_t c = bytes[k];
    mask |= static_cast<uint64_t>(c == '\n' || c == '.' || c == '!' || c == '?')
            << k;
  }
  return mask;
}

// Every position where EndsBefore holds, found in one pass, so that the
// sentence around each of many cues costs two binary searches instead of a
// walk over the sentence. Around(pos) == SentenceAround(text, pos).
class SentenceEnds {
 public:
  // `marks` (may be null) holds the offset of every '.', '!', '?' and
  // '\n' of `text` in increasing order; without it they are searched for.
  SentenceEnds(std::string_view text, const std::vector<size_t>* marks)
      : text_(text) {
    // EndsBefore(p) holds only at a line break or at a space 1, 2, 4 or 5
    // bytes after . ! or ? (past an optional ” and "): test just that one.
    // Room for a sentence per 64 bytes, more than most texts hold: the
    // list is not moved as it grows.
    ends_.reserve(text.size() / 64 + 8);
    if (marks != nullptr) {
      for (const size_t q : *marks) AddEndAfter(q);
    } else {
      // The marks found 64 bytes at a time (MarkMask), then one by one.
      const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
      for (size_t base = 0; base < text.size(); base += 64) {
        uint64_t found =
            MarkMask(bytes + base, std::min<size_t>(64, text.size() - base));
        while (found != 0) {
          AddEndAfter(base + static_cast<size_t>(__builtin_ctzll(found)));
          found &= found - 1;
        }
      }
    }
    // Already in order, without repeats: an end lies at its mark or at
    // most 5 bytes after it, and the bytes between are a closing quote
    // and the space that ends it, which hold no mark. So each mark's end
    // comes before the next mark, hence before that mark's end.
    assert(std::adjacent_find(ends_.begin(), ends_.end(),
                              std::greater_equal<size_t>()) == ends_.end());
  }

  Span Around(size_t pos) const {
    const size_t p = std::min(pos, text_.size());
    const auto it = std::lower_bound(ends_.begin(), ends_.end(), p);
    return {it == ends_.begin() ? 0 : *(it - 1) + 1,
            it == ends_.end() ? text_.size() : *it};
  }

 private:
  // Adds the end that the mark at `q` (a '.', '!', '?' or '\n') makes, if
  // any.
  void AddEndAfter(size_t q) {
    const std::string_view text = text_;
    if (text[q] == '\n') {
      ends_.push_back(q);
      return;
    }
    // The mark may end a sentence only if a space follows it, maybe
    // after a " or a ” (or ” and "): the byte after it says which.
    size_t d = 0;
    if (q + 1 < text.size() && text[q + 1] == ' ') {
      d = 1;
    } else if (q + 1 < text.size() && text[q + 1] == '"') {
      d = 2;
    } else if (q + 4 <= text.size() && text[q + 1] == '\xE2' &&
               text[q + 2] == '\x80' && text[q + 3] == '\x9D') {  // ”
      d = q + 4 < text.size() && text[q + 4] == '"' ? 5 : 4;
    }
    // Then EndsBefore(text, q + d) reads back to the mark itself: it
    // holds unless the mark is the full stop of an abbreviation.
    if (d != 0 && q + d < text.size() && text[q + d] == ' ' &&
        (text[q] != '.' || !IsAbbreviation(text, q))) {
      ends_.push_back(q + d);
    }
  }

  std::string_view text_;
  std::vector<size_t> ends_;
};

// The words a partial quote starting at `quote_start` labels: those
// between the labelling verb `cue` (as written, the quote's cue) and the
// quote's opening mark, in "called the commitments “a promissory note”"
// the span of "the commitments". Empty unless the verb is in the same
// sentence, at most kMaxLabelled words before the mark, and the words are
// an object: not a preposition that makes the verb another one ("called
// for", "called on"), and no punctuation but commas and apostrophes.
constexpr size_t kMaxLabelled = 12;

Span LabelledWords(std::string_view text, std::string_view cue,
                   size_t quote_start) {
  size_t end = std::min(quote_start, text.size());
  // Back over the opening mark and the space before it.
  end -= OpeningMarkBefore(text, end).length;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t words = 0;
  size_t pos = end;
  while (pos > 0 && words <= kMaxLabelled) {
    size_t b = pos;
    while (b > 0 && text[b - 1] != ' ') --b;
    const std::string_view w = text.substr(b, pos - b);
    if (w.size() == cue.size() && EqualsIgnoreAsciiCase(w, cue)) {
      if (words == 0) return {};
      const size_t start = pos + 1;
      const std::string_view object = text.substr(start, end - start);
      static constexpr std::string_view kNotObjects[] = {
          "for", "on", "upon", "off", "out", "up", "back", "in", "at", "to",
          "by", "with", "as"};
      const std::string_view first = object.substr(0, object.find(' '));
      for (std::string_view p : kNotObjects) {
        if (EqualsIgnoreAsciiCase(first, p)) return {};
      }
      // One pass with a switch; find_first_of searches the set per byte.
      const bool punctuated =
          std::any_of(object.begin(), object.end(), [](char c) {
            switch (c) {
              case '.':
              case '!':
              case '?':
              case ';':
              case ':':
              case '"':
              case '(':
              case ')':
                return true;
              default:
                return false;
            }
          });
      if (punctuated) return {};
      return {start, end};
    }
    ++words;
    if (b == 0) break;
    pos = b - 1;
  }
  return {};
}

// The subject right before the cue at `cue`, in its sentence from
// `sentence_start`, as the quote rules parse a speaker (SubjectBefore), for
// a claim that no quote or actor mention gave a holder: "Analysts expect",
// "The report claims", "Beijing also wants". A name is the actor's whose
// name it is or, for a person, ends with; a role or descriptor is written
// as the speaker registry writes a speaker ("analysts", "the report"; not
// "the Pentagon", whose first word holds no role). Nullopt
// for a pronoun (the caller's rule) or no subject.
std::optional<std::string> SubjectHolder(
    std::string_view text, size_t sentence_start, Span cue,
    const std::vector<ActorInText>* actors, const SpeakerWords& words) {
  // The cue's tokens too: SubjectBefore reads the token at `end`.
  const std::vector<Token> tokens =
      Tokenize(text, {sentence_start, cue.end});
  size_t at = 0;  // the cue's first token
  while (at < tokens.size() && tokens[at].start < cue.start) ++at;
  if (at == 0 || at == tokens.size()) return std::nullopt;
  const SubjectPhrase subject = SubjectBefore(text, tokens, 0, at, words);
  const std::string& name = subject.text;
  if (name.empty()) return std::nullopt;
  switch (subject.kind) {
    case PhraseKind::kName:
      if (actors != nullptr) {
        for (const ActorInText& a : *actors) {
          if (a.name == name ||
              (a.kind == ActorKind::kPerson && a.name.size() > name.size() &&
               a.name.ends_with(name) &&
               a.name[a.name.size() - name.size() - 1] == ' ')) {
            return a.name;
          }
        }
      }
      return name;
    case PhraseKind::kRole:        // "The report" → "the report"
    case PhraseKind::kDescriptor:  // "Analysts" → "analysts"
      return SpeakerAsWritten(subject, &words, text);
    default:
      return std::nullopt;
  }
}

// A claim before its strings are made. Which claims a text holds depends
// on their spans alone (no two overlap, and the first found wins), so
// Extract decides that with drafts and then makes each Claim once, in
// text order: no claim is built only to be dropped, moved into place, or
// moved again to sort them.
struct ClaimDraft {
  Span span;
  // The proposition: a view of the text or of a quote's `text`.
  std::string_view text;
  const std::string* holder = nullptr;  // null: nobody
  std::string_view cue;
  std::string_view rule;
  Modality modality = Modality::kAsserted;  // the cue's, before Refine
  bool negated = false;                     // the cue's own negation
  // When not null and the quotes are tagged, the claim takes this quote's
  // topics.
  const Quote* known = nullptr;
  // When not kNoTags, the claim's topics are already found, at this index
  // of Extract's list of them.
  size_t tags = kNoTags;
  static constexpr size_t kNoTags = static_cast<size_t>(-1);
};

// A non-empty claim's start and its index among the drafts.
struct ClaimStart {
  size_t start;
  uint32_t index;
};

// The indexes of `drafts` in text order (by start). Claims never overlap,
// so their starts differ unless a span is empty; equal starts come in the
// order std::sort gives them, as when the claims themselves were sorted.
// `by_start` holds the non-empty drafts by start: when there is no other,
// it is that order already and nothing is sorted.
std::vector<uint32_t> TextOrder(const std::vector<ClaimDraft>& drafts,
                                const std::vector<ClaimStart>& by_start) {
  std::vector<uint32_t> order(drafts.size());
  if (by_start.size() == drafts.size()) {
    for (size_t i = 0; i < order.size(); ++i) order[i] = by_start[i].index;
    return order;
  }
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return drafts[a].span.start < drafts[b].span.start;
  });
  return order;
}

}  // namespace

Span SentenceAround(std::string_view text, size_t pos) {
  size_t start = std::min(pos, text.size());
  while (start > 0 && !EndsBefore(text, start - 1)) --start;
  size_t end = std::min(pos, text.size());
  while (end < text.size() && !EndsBefore(text, end)) ++end;
  return {start, end};
}

ClaimExtractor::ClaimExtractor(std::vector<ClaimCue> cues,
                               const DiscoveryRules& words,
                               const std::vector<CueVerb>& speech_cues)
    : cues_(std::move(cues)), words_(words) {
  for (const CueVerb& c : speech_cues) {
    if (c.complement == CueComplement::kLabel) label_forms_.insert(c.form);
  }
  std::vector<std::string> forms;
  for (const ClaimCue& c : cues_) {
    forms.push_back(c.form);
    modality_.emplace(c.form, c.modality);  // the first cue's stays
  }
  // Plain word forms (every built-in one) take the faster finder; both
  // find the same matches.
  if (WordPhraseFinder::Supports(forms)) {
    finder_ = std::make_unique<WordPhraseFinder>(forms);
    cue_words_ = finder_->HeadWords();
    // Where a word the topic scan cannot search for begins (a one-letter
    // one) is not listed for us.
    if (!std::all_of(cue_words_.begin(), cue_words_.end(),
                     [](const std::string& w) {
                       return WordStartLiterals::CanFind(w);
                     })) {
      cue_words_.clear();
    }
    return;
  }
  std::vector<PhraseMatcher::Phrase> phrases;
  for (std::string& form : forms) phrases.push_back({std::move(form), false});
  matcher_ = std::make_unique<PhraseMatcher>(std::move(phrases));
}

ClaimExtractor::~ClaimExtractor() = default;

std::vector<std::string> ClaimExtractor::CueWords() const { return cue_words_; }

Modality ClaimExtractor::CueModality(std::string_view cue) const {
  char buffer[32];
  const auto it = modality_.find(LowerAsciiInto(cue, buffer));
  return it == modality_.end() ? Modality::kAsserted : it->second;
}

std::vector<Claim> ClaimExtractor::Extract(const ClaimInputs& in) const {
  const std::string_view text = in.text;
  // Holders that are no actor's name (SubjectHolder), kept for the drafts
  // that point at them.
  // (Each in its own block, so that the pointers stay valid; a deque
  // would allocate even when, as in most documents, there is none.)
  std::vector<std::unique_ptr<std::string>> subject_holders;
  std::vector<Mention> mentions;
  if (in.actors) {
    size_t count = 0;
    for (const ActorInText& a : *in.actors) count += a.mentions.size();
    mentions.reserve(count);
    for (const ActorInText& a : *in.actors) {
      for (const Span& s : a.mentions) mentions.push_back({s, &a});
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) {
              return a.span.start < b.span.start;
            });
  const std::vector<Quote> no_quotes;
  const std::vector<Quote>& quotes = in.quotes ? *in.quotes : no_quotes;
  // The first quote (in the quotes' order) whose span contains `s`. The
  // quotes come in text order: then, with the largest end among the first
  // i quotes, the first quote reaching past s.end is the only candidate
  // (every earlier one ends before s.end, every later one starts after
  // it), and a binary search finds it.
  const bool quotes_in_order = std::is_sorted(
      quotes.begin(), quotes.end(), [](const Quote& a, const Quote& b) {
        return a.span.start < b.span.start;
      });
  std::vector<size_t> farthest_end;  // per quote, the largest end so far
  if (quotes_in_order) {
    // Written in place: a push_back per quote is a call each.
    farthest_end.resize(quotes.size());
    size_t farthest = 0;
    for (size_t q = 0; q < quotes.size(); ++q) {
      farthest = std::max(farthest, quotes[q].span.end);
      farthest_end[q] = farthest;
    }
  }
  auto quote_at = [&](Span s) -> const Quote* {
    if (!quotes_in_order) {
      for (const Quote& q : quotes) {
        if (q.span.Contains(s)) return &q;
      }
      return nullptr;
    }
    const auto it =
        std::lower_bound(farthest_end.begin(), farthest_end.end(), s.end);
    if (it == farthest_end.end()) return nullptr;
    const Quote& q = quotes[static_cast<size_t>(it - farthest_end.begin())];
    return q.span.Contains(s) ? &q : nullptr;
  };
  // The quotes with a speaker's subject in the text, by the subject's
  // start and by its end (ties in the quotes' order), so that a cue finds
  // those near it without walking all (a long document may hold thousands
  // of quotes and cues).
  std::vector<size_t> by_subject(quotes.size());
  size_t subjects = 0;
  for (size_t q = 0; q < quotes.size(); ++q) {
    if (quotes[q].speaker && !quotes[q].speaker_span.empty()) {
      by_subject[subjects++] = q;
    }
  }
  by_subject.resize(subjects);
  std::vector<size_t> by_subject_end = by_subject;
  // Mostly in order already (the quotes are in text order): a stable sort
  // of a sorted list leaves it as it is, and costs far more than the test.
  auto sort_by = [&](std::vector<size_t>& list, auto key) {
    auto before = [&](size_t a, size_t b) {
      return key(quotes[a]) < key(quotes[b]);
    };
    if (!std::is_sorted(list.begin(), list.end(), before)) {
      std::stable_sort(list.begin(), list.end(), before);
    }
  };
  sort_by(by_subject, [](const Quote& q) { return q.speaker_span.start; });
  sort_by(by_subject_end, [](const Quote& q) { return q.speaker_span.end; });
  // The quote the cue at `cue` attributes: its speaker's words end right
  // before the cue ("A spokesman for the ministry said China was 'paying
  // close attention'"), and the quote names the same cue.
  auto attributed_by = [&](Span cue) -> const Quote* {
    const std::string_view written = text.substr(cue.start, cue.size());
    // The first such quote in the quotes' order.
    size_t first = quotes.size();
    for (auto it = std::lower_bound(
             by_subject_end.begin(), by_subject_end.end(),
             cue.start > 0 ? cue.start - 1 : 0,
             [&](size_t q, size_t pos) {
               return quotes[q].speaker_span.end < pos;
             });
         it != by_subject_end.end() &&
         quotes[*it].speaker_span.end <= cue.start;
         ++it) {
      if (*it < first && EqualsIgnoreAsciiCase(quotes[*it].cue, written)) {
        first = *it;
      }
    }
    return first < quotes.size() ? &quotes[first] : nullptr;
  };
  // Whether the cue at `cue` attributes the quote before it, whose speaker
  // follows the cue: "..., said Scott Paul, who heads the Alliance". Its
  // words after it name the speaker, not a proposition. An article may
  // come between them ("..., says the World Health Organization"), titles
  // ("..., said study co-author Anezina Solomonidou") or a role the name
  // is apposed to ("..., said the spokeswoman, Lena Brandt"), within the
  // sentence.
  auto inverts = [&](Span cue) {
    const auto it = std::lower_bound(
        by_subject.begin(), by_subject.end(), cue.end,
        [&](size_t q, size_t pos) { return quotes[q].speaker_span.start < pos; });
    if (it == by_subject.end()) return false;
    const Quote& q = quotes[*it];
    if (q.span.end > cue.start ||
        !EqualsIgnoreAsciiCase(q.cue, text.substr(cue.start, cue.size()))) {
      return false;
    }
    const size_t gap = q.speaker_span.start - cue.end;
    return gap <= kApposedRoleBytes &&
           text.substr(cue.end, gap).find_first_of(".;!?\n") ==
               std::string_view::npos;
  };
  // The actor mentioned last before `pos` that is a person (or not); for a
  // person, one whose gender is not known to differ from `gender`.
  auto latest = [&](size_t pos, bool person,
                    Gender gender = Gender::kUnknown) -> const ActorInText* {
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
      if (it->span.end > pos) continue;
      const bool is_person = it->actor->kind == ActorKind::kPerson;
      if (is_person != person) continue;
      if (person && gender != Gender::kUnknown &&
          !GenderFits(words_.genders().OfPerson(text, *it->actor), gender)) {
        continue;
      }
      return it->actor;
    }
    return nullptr;
  };

  std::optional<SentenceEnds> sentence_ends;  // built on first use
  auto sentence_around = [&](size_t pos) {
    if (!sentence_ends) sentence_ends.emplace(text, in.sentence_marks);
    return sentence_ends->Around(pos);
  };

  // The topics of the claim text at `start`: TagPart (the same tags) when
  // the text has been scanned.
  auto tag = [&](size_t start, std::string_view claim) {
    return in.text_scan != nullptr
               ? in.topics->TagPart(*in.text_scan, start, claim)
               : in.topics->Tag(claim);
  };

  std::vector<size_t> in_sentence;  // per cue, reused

  // The cues: from where the caller saw their first words, when it did.
  std::vector<PhraseMatcher::Match> cue_matches;
  if (!finder_) {
    cue_matches = matcher_->FindAll(text);
  } else if (in.cue_word_starts != nullptr && !cue_words_.empty()) {
    cue_matches = finder_->FindAllAt(text, *in.cue_word_starts);
  } else {
    cue_matches = finder_->FindAll(text);
  }
  std::vector<ClaimDraft> claims;
  claims.reserve(2 * quotes.size() + cue_matches.size() +
                 (in.quantities ? in.quantities->size() : 0));
  std::vector<TopicTagger::Tags> found_tags;  // ClaimDraft::tags
  // No two claims overlap, so the non-empty ones are disjoint intervals:
  // `claim_at` holds them sorted by start, and an overlap test or a
  // search for claims starting in a range takes a binary search, not a
  // walk over every claim (a long document may hold thousands). Claims
  // with an empty span, if any, are kept apart. A document holds a few
  // dozen claims, and each source adds its own in text order: inserting
  // into one sorted array moves a few bytes and costs less than a tree
  // node per claim (a long document's insert is one memmove, no walk).
  std::vector<ClaimStart> claim_at;
  claim_at.reserve(claims.capacity());
  auto by_start = [](const ClaimStart& c, size_t pos) { return c.start < pos; };
  std::vector<size_t> empty_claims;
  // Sets *place (when not null) to where in claim_at a claim with `span`
  // would go, found by the same search.
  auto overlaps_a_claim = [&](Span span,
                              std::vector<ClaimStart>::iterator* place =
                                  nullptr) {
    for (size_t i : empty_claims) {
      if (claims[i].span.Overlaps(span)) return true;
    }
    auto it = std::lower_bound(claim_at.begin(), claim_at.end(), span.start,
                               by_start);
    if (place != nullptr) *place = it;
    if (it != claim_at.end() && it->start < span.end) return true;
    if (it == claim_at.begin()) return false;
    return claims[std::prev(it)->index].span.end > span.start;
  };
  // True when a kept claim contains `from` and runs to `to` or further.
  // No two claims overlap: only the last one starting at or before `from`
  // may.
  auto covered_to = [&](size_t from, size_t to) {
    auto it = std::upper_bound(
        claim_at.begin(), claim_at.end(), from,
        [](size_t pos, const ClaimStart& c) { return pos < c.start; });
    return it != claim_at.begin() &&
           claims[std::prev(it)->index].span.end >= to;
  };
  // The claims starting after `from` and before `to`, in `claims` order.
  std::vector<size_t> starting_between;  // reused
  auto claims_starting_between = [&](size_t from, size_t to) {
    starting_between.clear();
    for (auto it = std::lower_bound(claim_at.begin(), claim_at.end(),
                                    from + 1, by_start);
         it != claim_at.end() && it->start < to; ++it) {
      starting_between.push_back(it->index);
    }
    for (size_t i : empty_claims) {
      if (claims[i].span.start > from && claims[i].span.start < to) {
        starting_between.push_back(i);
      }
    }
    std::sort(starting_between.begin(), starting_between.end());
    return starting_between;
  };
  // The quantities in text order, so that a claim finds its own by
  // binary search (else by walking them all).
  const std::vector<Quantity> no_quantities;
  const std::vector<Quantity>& quantities =
      in.quantities ? *in.quantities : no_quantities;
  const bool quantities_in_order = std::is_sorted(
      quantities.begin(), quantities.end(),
      [](const Quantity& a, const Quantity& b) {
        return a.span.start < b.span.start;
      });
  // Keeps `c`, which overlaps no claim kept before and goes at `place` in
  // claim_at (overlaps_a_claim says both); `tagged` (may be null) holds
  // the claim text's own tags, so that they need not be tagged again.
  auto keep = [&](const ClaimDraft& c, std::vector<ClaimStart>::iterator place,
                  TopicTagger::Tags* tagged = nullptr) {
    if (c.span.empty()) {
      empty_claims.push_back(claims.size());
    } else {
      // No claim kept starts there: it would overlap.
      claim_at.insert(place,
                      {c.span.start, static_cast<uint32_t>(claims.size())});
    }
    claims.push_back(c);
    if (tagged != nullptr) {
      // Only quantity claims come tagged, one per quantity at most.
      if (found_tags.empty()) found_tags.reserve(quantities.size());
      claims.back().tags = found_tags.size();
      found_tags.push_back(std::move(*tagged));
    }
  };
  // Keeps `c` unless it overlaps a claim kept before.
  auto add = [&](const ClaimDraft& c) {
    auto place = claim_at.end();
    if (!overlaps_a_claim(c.span, &place)) keep(c, place);
  };
  auto holder_of = [](const std::optional<std::string>& speaker) {
    return speaker ? &*speaker : nullptr;
  };

  // Reported speech. Most quotes share their cue with the one before
  // ("said"): its modality is looked up again only when it changes.
  bool looked_up = false;
  std::string_view last_cue;
  Modality last_modality = Modality::kAsserted;
  for (const Quote& q : quotes) {
    if (q.kind != QuoteKind::kIndirect) continue;
    if (!looked_up || q.cue != last_cue) {
      looked_up = true;
      last_cue = q.cue;
      last_modality = CueModality(q.cue);
    }
    ClaimDraft c;
    c.holder = holder_of(q.speaker);
    c.text = q.text;
    c.span = q.span;
    c.cue = q.cue;
    c.modality = last_modality;
    c.rule = "claim.reported";
    c.known = &q;  // the same text: the quote's own topics
    add(c);
  }

  // Labels: "Brandvold called the commitments “a promissory note, not a
  // paycheck”" holds that they are one. The claim runs from the labelled
  // words through the quote's closing mark.
  char cue_buffer[32];
  for (const Quote& q : quotes) {
    if (q.kind != QuoteKind::kPartial || !q.speaker || q.span.empty() ||
        !label_forms_.contains(LowerAsciiInto(q.cue, cue_buffer))) {
      continue;
    }
    const Span labelled = LabelledWords(text, q.cue, q.span.start);
    if (labelled.empty()) continue;
    const size_t end = q.span.end + ClosingMarkAt(text, q.span.end).length;
    ClaimDraft c;
    c.holder = holder_of(q.speaker);
    c.span = {labelled.start, end};
    c.text = text.substr(c.span.start, c.span.size());
    c.cue = q.cue;
    c.modality = Modality::kAsserted;
    c.rule = "claim.label";
    add(c);
  }

  // Whether the comma right before the cue `cue` is its sentence's first.
  auto first_comma_before = [&](Span cue) {
    const size_t start = sentence_around(cue.start).start;
    return start + 2 > cue.start ||
           text.substr(start, cue.start - 2 - start).find(", ") ==
               std::string_view::npos;
  };

  // Belief, intention and speech verbs.
  for (const PhraseMatcher::Match& m : cue_matches) {
    if (AfterClosingQuote(text, m.span.start) || inverts(m.span) ||
        (InvertedAfterComma(text, m.span) && first_comma_before(m.span))) {
      continue;
    }
    // "If you want ad-free Hulu", "in case you want to know": the reader,
    // addressed, holds nothing.
    if (WordBeforeSpaceIs(text, m.span.start, "you")) continue;
    const ClaimCue& cue = cues_[m.phrase];
    const Span sentence = sentence_around(m.span.start);
    // The proposition first: most cues have none ("Keane said.") or one a
    // claim found before holds, and need no holder.
    size_t start = m.span.end;
    // It starts at the first non-space after the cue or later, and a kept
    // one holds at least 8 bytes before the sentence's end: when a claim
    // kept already runs from there to within 7 bytes of that end (the
    // reported speech after "said"), the proposition would overlap it.
    size_t first = start;
    while (first < sentence.end && text[first] == ' ') ++first;
    if (sentence.end >= start && covered_to(first, sentence.end - 7)) continue;
    std::string_view rest = text.substr(start, sentence.end - start);
    // "“We don't want those people” working in federal prisons, she
    // said": a cue inside a quotation holds no more than its words.
    if (const Quote* q = quote_at(m.span);
        q != nullptr && q->kind != QuoteKind::kIndirect &&
        q->span.end < sentence.end) {
      rest = rest.substr(0, q->span.end > start ? q->span.end - start : 0);
    }
    if (!Proposition(rest, start, cue.modality == Modality::kPlanned,
                     cue.noun_object)) {
      continue;
    }
    // After a determiner or a preposition the cue's form is a noun or an
    // adjective: "the plans", "its claims about", "of planned outages".
    // (Rare: asked only of cues with a proposition.)
    if (AfterDeterminer(text, m.span.start) ||
        PluralNounCue(text, m.span)) {
      continue;
    }
    // "Want the best tools to get healthy?": a question holds nothing;
    // nor does advice to the reader ("you'll want to"), nor a cue whose
    // object came before it ("what PFF said about").
    if (CueHoldsNothing(text, m.span.start,
                        text.substr(m.span.start, m.span.size())) ||
        IsQuestion(text, sentence) ||
        ReaderBeforeAuxiliaries(text, m.span.start) ||
        CueAfterItsObject(text, m.span.start, sentence.start)) {
      continue;
    }
    rest = Trim(BeforeUnopenedParenthesis(rest), &start);
    // A relative clause's proposition ends where the clause does.
    if (InCommaRelative(text, m.span.start)) rest = UntilComma(rest);
    rest = Trim(BeforeContrast(rest), &start);
    // "acknowledged that X would be hard and said Y": Y is already a
    // reported claim, so this one stops where it begins.
    // (Only claims starting in the clause as it is now can cut it: it
    // only ever gets shorter.)
    for (size_t i : claims_starting_between(start, start + rest.size())) {
      const ClaimDraft& other = claims[i];
      if (other.span.start > start && other.span.start < start + rest.size()) {
        rest = StripTrailingLinks(rest.substr(0, other.span.start - start));
        rest = Trim(WithoutClosingCue(rest, other.cue), &start);
        // "believed the waitress, who said that I started it": the cue's
        // object is a noun phrase whose relative clause reports the other
        // claim, and no proposition.
        if (rest.ends_with(", who") || rest.ends_with(", which")) rest = {};
      }
    }
    if (rest.size() < 8) continue;
    const Span span{start, start + rest.size()};
    // Where it goes: nothing is kept before it is.
    auto place = claim_at.end();
    if (overlaps_a_claim(span, &place)) continue;
    ClaimDraft c;
    c.cue = text.substr(m.span.start, m.span.size());
    c.modality = cue.modality;
    c.rule = "claim.cue";
    // Holder: inside a quote, its speaker; else the speaker of the quote
    // this cue attributes (its speaker's words end right before the cue);
    // else the subject that attributed a quote of this sentence ("a
    // spokesman for the Ministry said China was “paying close
    // attention”"): a quote after the cue, else the nearest one with no
    // other actor named between its subject and the cue; else the actor
    // named just before.
    const Quote* attributed = attributed_by(m.span);
    const std::string* own_subject = nullptr;
    if (attributed == nullptr) {
      bool after_cue = false;
      // The quotes whose subject lies in the sentence before the cue, in
      // the quotes' order (the choice below depends on it).
      in_sentence.clear();
      for (auto it = std::lower_bound(
               by_subject.begin(), by_subject.end(), sentence.start,
               [&](size_t q, size_t pos) {
                 return quotes[q].speaker_span.start < pos;
               });
           it != by_subject.end() &&
           quotes[*it].speaker_span.start <= m.span.start;
           ++it) {
        const Quote& q = quotes[*it];
        if (q.speaker_span.end <= m.span.start && q.span.end <= sentence.end) {
          in_sentence.push_back(*it);
        }
      }
      std::sort(in_sentence.begin(), in_sentence.end());
      for (size_t index : in_sentence) {
        const Quote& q = quotes[index];
        const bool after = q.span.start >= m.span.end;
        if (!after_cue && (after || !attributed ||
                           q.speaker_span.end > attributed->speaker_span.end)) {
          attributed = &q;
          after_cue = after;
        }
      }
      // Another actor named between that subject and the cue: the cue is
      // not the quote's.
      if (attributed && !after_cue) {
        for (auto it = std::lower_bound(
                 mentions.begin(), mentions.end(),
                 attributed->speaker_span.end,
                 [](const Mention& mention, size_t pos) {
                   return mention.span.start < pos;
                 });
             it != mentions.end() && it->span.start <= m.span.start; ++it) {
          if (it->span.end <= m.span.start &&
              it->actor->kind != ActorKind::kPlace) {
            attributed = nullptr;
            break;
          }
        }
      }
      // "(44 percent of Americans say they want ...), but shows that most
      // Americans want Congress to ...": a subject of the cue's own after
      // that quote has ended holds it. In a relative clause ("denied
      // claims made in a post that said ..."), the noun before "that" or
      // "which" is the subject, or nobody the rules can name.
      if (attributed && !after_cue && attributed->span.end <= m.span.start) {
        const std::string_view before = WordBeforeSpace(text, m.span.start);
        const bool relative = before == "that" || before == "which";
        const Span subject_of =
            relative ? Span{m.span.start - before.size() - 1,
                            m.span.start - 1}
                     : m.span;
        if (std::optional<std::string> subject = SubjectHolder(
                text, sentence.start, subject_of, in.actors, words_)) {
          own_subject = subject_holders
                            .emplace_back(std::make_unique<std::string>(
                                *std::move(subject)))
                            .get();
        }
        if (own_subject || relative) attributed = nullptr;
      }
    }
    if (const Quote* q = quote_at(m.span)) {
      c.holder = holder_of(q->speaker);
    } else if (own_subject) {
      c.holder = own_subject;
    } else if (attributed) {
      c.holder = holder_of(attributed->speaker);
    } else {
      for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
        if (it->span.end > m.span.start) continue;
        if (it->span.start < sentence.start ||
            m.span.start - it->span.end > kHolderWindow) {
          break;
        }
        // A place is where, not who, unless it is the cue's subject: "The
        // US wants the UK to extradite him", "China expects"; not "analysts
        // in Beijing expect".
        if (it->actor->kind == ActorKind::kPlace &&
            !PlaceIsSubject(text, it->span, m.span.start)) {
          continue;
        }
        // "The whistleblower, a protégé of John Bolton and Dick Cheney,
        // would have claimed": a preposition's object is not the subject.
        if (ObjectOfPreposition(text, *it, mentions)) continue;
        // "Matthesen and Ford’s friends wanted": a possessive names whose
        // the subject is, not who holds it.
        if (PossessiveBeforeNoun(text, it->span.end)) break;
        // "his colleagues loved Ford and wanted": the first verb's object.
        if (ObjectBeforeAndVerb(text, it->span, m.span.start)) break;
        // "After Adam Neumann left in October, SoftBank, its largest
        // investor, committed to": a name in an opening subordinate clause
        // is not the cue's subject.
        if (InOpeningSubordinateClause(text, sentence.start, it->span,
                                       m.span.start)) {
          break;
        }
        c.holder = &it->actor->name;
        // "Priya Natarajan, a fellow at the Harbor Institute, said" or
        // "Zhou Hanbin of the State Trade Coordination Office said": the
        // person the appositive describes holds it, not the institute.
        if (it->actor->kind != ActorKind::kPerson) {
          for (auto back = it + 1; back != mentions.rend(); ++back) {
            if (back->span.start < sentence.start ||
                m.span.start - back->span.end > kHolderWindow) {
              break;
            }
            if (back->actor->kind == ActorKind::kPerson &&
                (text.substr(back->span.end, 2) == ", " ||
                 text.substr(back->span.end, 4) == " of " ||
                 text.substr(back->span.end, 4) == " at ")) {
              c.holder = &back->actor->name;
              break;
            }
          }
        }
        break;
      }
      // "But Beijing is balking at committing to ..., and wants to": a
      // cue coordinated by "and" shares the subject that opens the
      // sentence, however far back.
      if (!c.holder && AndBeforeVerb(text, m.span.start)) {
        const auto first = std::lower_bound(
            mentions.begin(), mentions.end(), sentence.start,
            [](const Mention& mention, size_t pos) {
              return mention.span.start < pos;
            });
        if (first != mentions.end() && first->span.start < m.span.start &&
            OpensSentenceAsSubject(text, sentence.start, first->span,
                                   first->actor->kind == ActorKind::kPlace)) {
          c.holder = &first->actor->name;
        }
        // "Hong Kong police have laid siege to a university, pinning 800
        // students inside and threatened to": the subject of the
        // sentence's first verb, when no actor opens it.
        const Span verb = c.holder ? Span{}
                                   : FirstVerb(text, sentence.start,
                                               m.span.start);
        if (!verb.empty()) {
          if (std::optional<std::string> subject = SubjectHolder(
                  text, sentence.start, verb, in.actors, words_)) {
            c.holder = subject_holders
                           .emplace_back(std::make_unique<std::string>(
                               *std::move(subject)))
                           .get();
          }
        }
      }
      if (!c.holder) {
        if (std::optional<std::string> subject = SubjectHolder(
                text, sentence.start, m.span, in.actors, words_)) {
          c.holder = subject_holders
                         .emplace_back(std::make_unique<std::string>(
                             *std::move(subject)))
                         .get();
        }
      }
      if (!c.holder) {
        // A subject pronoun just before the cue: "She denied", "it expects".
        char buffer[16];
        const std::string_view word =
            LowerAsciiInto(WordBeforeSpace(text, m.span.start), buffer);
        const PronounKind pronoun = words_.Pronoun(word);
        const bool person = pronoun == PronounKind::kPerson;
        const bool group = pronoun == PronounKind::kOrganization ||
                           pronoun == PronounKind::kGroup;
        if (person || group) {
          // "She denied": the woman named last, not the man ("Mr. Dorn").
          const Gender gender = person ? words_.genders().WordGender(word) : Gender::kUnknown;
          if (const ActorInText* a = latest(m.span.start, person, gender)) {
            c.holder = &a->name;
          }
        }
      }
    }
    // Negation of the cue itself: "did not expect", "doesn't believe".
    const size_t from = m.span.start >= 8 ? m.span.start - 8 : 0;
    const std::string_view before = text.substr(from, m.span.start - from);
    c.negated = HasWord(before, "not") ||
                before.find("n't") != std::string_view::npos ||
                before.find("n’t") != std::string_view::npos;
    c.text = rest;
    c.span = span;
    keep(c, place);
  }

  // Quantities about a topic.
  if (in.quantities && in.topics) {
    // The last sentence found to have no topic: the next quantity in it
    // need not tag it again.
    Span untagged{1, 0};
    for (const Quantity& q : *in.quantities) {
      const Span sentence = sentence_around(q.span.start);
      size_t start = sentence.start;
      std::string_view body =
          Trim(text.substr(sentence.start, sentence.size()), &start);
      const Span span{start, start + body.size()};
      auto place = claim_at.end();
      if (overlaps_a_claim(span, &place) || IsQuestion(text, sentence) ||
          (span.start == untagged.start && span.end == untagged.end)) {
        continue;
      }
      TopicTagger::Tags tags = tag(start, body);
      if (tags.topics.empty()) {
        untagged = span;
        continue;
      }
      ClaimDraft c;
      c.text = body;
      c.span = span;
      c.rule = "claim.quantity";
      if (const Quote* quote = quote_at(q.span)) {
        c.holder = holder_of(quote->speaker);
      } else {
        const size_t according = FindIgnoringAsciiCase(body, "according to ");
        if (according != std::string::npos) {
          const size_t at = start + according + 13;
          for (const Mention& mention : mentions) {
            if (mention.span.start >= at && mention.span.start < at + 12) {
              c.holder = &mention.actor->name;
              c.cue = "according to";
              break;
            }
          }
        }
        if (!c.holder && !in.default_holder.empty()) {
          c.holder = &in.default_holder;
        }
        // "Under the agreement, Sky Phoenix Leasing will buy 150 jets": the
        // first person or organisation named before the quantity.
        if (!c.holder) {
          for (const Mention& mention : mentions) {
            if (mention.span.start >= q.span.start) break;
            if (mention.span.start < span.start ||
                mention.actor->kind == ActorKind::kPlace) {
              continue;
            }
            // "Revenues from the Trump-imposed tariffs", "under a deal with
            // Boeing, Sky Leasing will buy": a preposition's object or a
            // compound's part is not the subject; one may come after it.
            if (ObjectOfPreposition(text, mention, mentions) ||
                (mention.span.end < text.size() &&
                 text[mention.span.end] == '-')) {
              continue;
            }
            if (!NamedOutsideTheSubject(text, span.start, mention.span)) {
              c.holder = &mention.actor->name;
            }
            break;
          }
        }
      }
      keep(c, place, &tags);
    }
  }
  // Each statement sentence of a direct quote is a claim of its speaker.
  for (const Quote& q : quotes) {
    if (q.kind != QuoteKind::kDirect || !q.speaker || q.span.empty()) continue;
    for (size_t pos = q.span.start; pos < q.span.end;) {
      const Span sentence = sentence_around(pos);
      size_t start = std::max(sentence.start, q.span.start);
      const size_t end = std::min(sentence.end, q.span.end);
      pos = std::max(end, pos + 1);
      while (pos < q.span.end && text[pos] == ' ') ++pos;
      if (end <= start || IsQuestion(text, {start, end})) continue;
      std::string_view body = Trim(text.substr(start, end - start), &start);
      if (!HasWords(body, kMinQuotedClaimWords)) continue;
      ClaimDraft c;
      c.holder = holder_of(q.speaker);
      c.text = body;
      c.span = {start, start + body.size()};
      c.cue = q.cue;
      c.modality = Modality::kAsserted;
      c.rule = "claim.quoted";
      // A quote without topics has none in any of its sentences, and a
      // one-sentence quote has the quote's own; only the rest are tagged.
      const bool whole = c.text.size() + 3 >= q.text.size();
      if (q.topics.empty() || whole) c.known = &q;
      add(c);
    }
  }

  // The claims, each made once in its place. They come in text order and
  // never overlap, so the quantities of each begin at or after those of
  // the one before (when the quantities are in order too).
  std::vector<Claim> made;
  made.reserve(claims.size());
  auto first_quantity = quantities.begin();
  for (uint32_t i : TextOrder(claims, claim_at)) {
    const ClaimDraft& d = claims[i];
    Claim& c = made.emplace_back();
    if (d.holder != nullptr) c.holder = *d.holder;
    c.text = d.text;
    c.span = d.span;
    c.cue = d.cue;
    const ModalWords words = ScanModalWords(d.text);
    c.negated = d.negated || words.negated;
    c.modality = Refine(d.modality, words);
    auto from = quantities.begin();
    if (quantities_in_order) {
      while (first_quantity != quantities.end() &&
             first_quantity->span.start < c.span.start) {
        ++first_quantity;
      }
      from = first_quantity;
    }
    // Counted first, so that the list is allocated once, at its size.
    auto to = from;
    size_t count = 0;
    for (; to != quantities.end(); ++to) {
      if (quantities_in_order && to->span.start > c.span.end) break;
      count += c.span.Contains(to->span);
    }
    if (count > 0) {
      c.quantities.reserve(count);
      for (auto q = from; q != to; ++q) {
        if (c.span.Contains(q->span)) c.quantities.push_back(*q);
      }
    }
    if (d.known != nullptr && in.quotes_tagged) {
      // Most quotes have no topics: nothing to copy.
      if (!d.known->topics.empty()) {
        c.topics = d.known->topics;
        c.topic_rules = d.known->topic_rules;
      }
    } else if (d.tags != ClaimDraft::kNoTags) {
      c.topics = std::move(found_tags[d.tags].topics);
      c.topic_rules = std::move(found_tags[d.tags].rules);
    } else if (in.topics) {
      TopicTagger::Tags tags = tag(c.span.start, d.text);
      c.topics = std::move(tags.topics);
      c.topic_rules = std::move(tags.rules);
    }
    c.rule = d.rule;
  }
  return made;
}

}  // namespace whosaid::nlp
