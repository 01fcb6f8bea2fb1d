// Indirect speech: X said (that) CLAUSE; X told reporters (that) CLAUSE;
// CLAUSE, X said; according to X, CLAUSE; CLAUSE, according to X; and
// participles after a quote (", adding that CLAUSE").

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <cctype>

#include "nlp/dateline.h"
#include "nlp/function_words.h"
#include "nlp/quote_paragraph.h"
#include "nlp/span_tokens.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {
namespace {

std::string Lower(std::string_view text, const Token& t) {
  return LowerAscii(TokenText(text, t));
}

// Room for a word in lower case on the stack (LowerAsciiInto): longer
// words, which no list below holds, go to a thread-local string.
constexpr size_t kLowerBuffer = 32;

// A word in lower case for a single look-up: valid until the next call on
// this thread.
std::string_view LowerWord(std::string_view text, const Token& t) {
  thread_local char buffer[kLowerBuffer];
  return LowerAsciiInto(TokenText(text, t), buffer);
}

// Prepositions that open an adjunct between a cue and its "that": "said
// at a ceremony with state officials that". `word` in any case.
bool OpensAdjunct(std::string_view word) {
  static constexpr std::string_view kAdjunctPrepositions[] = {
      "at", "in", "on", "during", "after", "before", "with", "to", "for",
      "from", "outside", "following"};
  return LowerIsOneOf(word, kAdjunctPrepositions);
}

bool IsComma(std::string_view text, const Token& t) {
  return t.type == Token::kPunct && t.end - t.start == 1 &&
         text[t.start] == ',';
}

// Whether an auxiliary or modal verb ("was", "had", "would") comes among
// the first eight words from t[from] on, before any punctuation: the mark
// of a clause after a verb that mostly takes an object ("the study found
// the mass could be cut"), which a noun phrase lacks ("found evidence of
// plumes").
bool AuxiliaryOpensVerb(std::string_view text, const std::vector<Token>& t,
                        size_t from, size_t end) {
  for (size_t k = from; k < end && k < from + 8; ++k) {
    if (t[k].type != Token::kWord) return false;
    if (IsAuxiliary(TokenText(text, t[k]))) return true;
  }
  return false;
}

// An auxiliary, perhaps with a contracted "not" ("doesn't", "won’t"),
// `w` in lower case.
bool IsAuxiliaryOrNegation(std::string_view w) {
  if (IsAuxiliary(w)) return true;
  for (std::string_view nt : {std::string_view("n't"),
                              std::string_view("n\xE2\x80\x99t")}) {
    if (w.size() > nt.size() && w.ends_with(nt)) {
      const std::string_view stem = w.substr(0, w.size() - nt.size());
      return IsAuxiliary(stem) || stem == "wo" || stem == "ca" ||
             stem == "is" || stem == "are" || stem == "was" || stem == "were";
    }
  }
  return false;
}

bool IsObjectPronoun(std::string_view w) {
  return w == "him" || w == "her" || w == "them" || w == "us" || w == "me" ||
         w == "reporters" || w == "journalists" || w == "lawmakers";
}

// Words after which no reported clause can start. An object pronoun is
// what was found or told, not a subject: "found them in the lining"; a
// question word opens an embedded question ("did not say which"), and
// "which" after a noun cue a relative clause ("a rough estimate, which");
// "because" or "although" opens the reason for speaking, not what was
// said ("said on Monday because talks were private").
// Sorted (as bytes), for the binary search below.
constexpr std::string_view kNonClauseStarts[] = {
    "about", "across", "after", "afterwards", "against", "although", "and",
    "anything", "as", "at", "back", "because", "before", "but", "by", "down",
    "during", "earlier",
    "for", "from", "goodbye", "hello", "him", "how", "if", "in", "into",
    "last", "later", "little", "me", "more", "never", "no", "not", "nothing",
    "of", "off", "on", "only", "or", "otherwise", "out", "over",
    "separately", "so", "so,", "something", "sorry", "them", "this",
    "though", "through", "to", "unless", "up", "us", "what", "when",
    "whether", "which", "while", "who", "why", "with", "yes"};

static_assert(std::is_sorted(std::begin(kNonClauseStarts),
                             std::end(kNonClauseStarts)));

constexpr WordListFilter kNonClauseStartFilter = FilterOf(kNonClauseStarts);

bool IsNonClauseStart(std::string_view w) {
  return kNonClauseStartFilter.MayHold(w) &&
         std::binary_search(std::begin(kNonClauseStarts),
                            std::end(kNonClauseStarts), w);
}

bool IsTimeWord(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" ||
         w == "thursday" || w == "friday" || w == "saturday" ||
         w == "sunday" || w == "week" || w == "month" || w == "year" ||
         w == "day" || w == "night" || w == "morning" || w == "evening" ||
         w == "afternoon" || w == "weekend" || w == "time";
}

bool IsMediumWord(std::string_view w) {
  return w == "statement" || w == "interview" || w == "post" ||
         w == "filing" || w == "report" || w == "note" || w == "speech" ||
         w == "briefing" || w == "letter" || w == "release" ||
         w == "conference" || w == "email" || w == "message" ||
         w == "meeting" || w == "call" || w == "hearing" || w == "video" ||
         w == "testimony" || w == "memo" || w == "notice" ||
         w == "announcement" || w == "tweet" || w == "podcast" ||
         w == "broadcast" || w == "remarks" || w == "address" ||
         w == "op-ed" || w == "column" || w == "editorial" ||
         w == "essay" || w == "newsletter" || w == "presentation" ||
         w == "rally" || w == "debate" || w == "sermon" || w == "lecture" ||
         w == "phone" || w == "telephone" || w == "e-mail" || w == "text" ||
         w == "twitter" || w == "facebook" || w == "instagram" ||
         w == "linkedin" || w == "television" || w == "radio" ||
         w == "website" || w == "blog" || w == "show" || w == "webinar";
}

// "said no decision had been made": "no", a noun or two, then an
// auxiliary opens a clause; "said no", "said no to the plan" do not.
bool NoPhraseOpensClause(const ParagraphWork& w, size_t no, size_t last) {
  const auto& t = w.tokens;
  for (size_t k = no + 1; k < last && k <= no + 3; ++k) {
    if (t[k].type != Token::kWord || t[k].cap) return false;
    const std::string_view word = TokenText(w.text, t[k]);
    if (k > no + 1 && IsAuxiliary(word)) return true;
    if (word == "to" || word == "longer" || word == "one" || word == "more") {
      return false;
    }
  }
  return false;
}

// "said about 1,200 containers had arrived", "said more than 15,000
// people registered": "about", "more than", "less than" or "fewer than"
// before a number at token `k` opens a clause, not what was talked about.
bool AmountOpensClause(const ParagraphWork& w, size_t k, size_t last) {
  const auto& t = w.tokens;
  auto word_is = [&](size_t m, std::string_view lower) {
    return m < last && t[m].type == Token::kWord &&
           EqualsLowerAscii(TokenText(w.text, t[m]), lower);
  };
  size_t number = k + 1;
  if (!word_is(k, "about")) {
    if (!(word_is(k, "more") || word_is(k, "less") || word_is(k, "fewer")) ||
        !word_is(k + 1, "than")) {
      return false;
    }
    number = k + 2;
  }
  return number < last && t[number].type == Token::kWord &&
         std::isdigit(static_cast<unsigned char>(w.text[t[number].start]));
}

// Skips adjuncts between a cue and its clause: "on Tuesday", "last week",
// "in a statement", "on Twitter", "by phone", "on condition of anonymity",
// "separately", "afterwards", and a day's name alone ("the union said
// Monday", "said Tuesday night"), as wire copy writes it.
size_t SkipAdjuncts(const ParagraphWork& w, size_t j, size_t last) {
  static constexpr std::string_view kAdverbs[] = {
      "separately", "afterwards", "later", "earlier", "yesterday", "today",
      "publicly", "privately", "repeatedly", "also", "again"};
  static constexpr std::string_view kDays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday"};
  static constexpr std::string_view kPartsOfDay[] = {
      "morning", "afternoon", "evening", "night"};
  static constexpr std::string_view kBeforeTimes[] = {
      "on", "last", "this", "next", "late", "early"};
  static constexpr std::string_view kBeforeMedia[] = {
      "in", "at", "during", "on", "by", "via", "over"};
  // "said while visiting the conference in San Francisco": up to the
  // sentence's next punctuation.
  static constexpr std::string_view kBeforeParticiples[] = {
      "after", "before", "when", "while"};
  static constexpr WordListFilter kOpeners = FilterOf(
      kAdverbs, kDays, kBeforeTimes, kBeforeMedia, kBeforeParticiples);
  const auto& t = w.tokens;
  for (int rounds = 0; rounds < 4 && j < last; ++rounds) {
    if (t[j].type != Token::kWord) break;
    const std::string_view a = TokenText(w.text, t[j]);
    // "two weeks ago", "a month ago": any first word.
    if (j + 2 < last && t[j + 1].type == Token::kWord &&
        TokenText(w.text, t[j + 2]) == "ago") {
      std::string_view unit = LowerWord(w.text, t[j + 1]);
      if (unit.ends_with('s')) unit.remove_suffix(1);
      if (IsTimeWord(unit)) {
        j += 3;
        continue;
      }
    }
    // Most words after a cue open no adjunct, and are turned away here.
    if (!kOpeners.MayHold(a)) break;
    if (LowerIsOneOf(a, kAdverbs)) {
      ++j;
      continue;
    }
    if (t[j].cap && LowerIsOneOf(a, kDays)) {
      ++j;
      if (j < last && t[j].type == Token::kWord &&
          LowerIsOneOf(TokenText(w.text, t[j]), kPartsOfDay)) {
        ++j;
      }
      continue;
    }
    if (LowerIsOneOf(a, kBeforeTimes) && j + 1 < last &&
        t[j + 1].type == Token::kWord &&
        IsTimeWord(LowerWord(w.text, t[j + 1]))) {
      j += 2;
      continue;
    }
    if (LowerIsOneOf(a, kBeforeParticiples) && j + 1 < last &&
        t[j + 1].type == Token::kWord &&
        TokenText(w.text, t[j + 1]).ends_with("ing")) {
      j += 2;
      while (j < last && t[j].type == Token::kWord) ++j;
      break;
    }
    // "on condition of anonymity", "on the condition of anonymity".
    if (a == "on") {
      size_t m = j + 1;
      if (m < last && TokenText(w.text, t[m]) == "the") ++m;
      if (m + 3 <= last && TokenText(w.text, t[m]) == "condition" &&
          TokenText(w.text, t[m + 1]) == "of" &&
          TokenText(w.text, t[m + 2]) == "anonymity") {
        j = m + 3;
        continue;
      }
    }
    if (LowerIsOneOf(a, kBeforeMedia) && j + 1 < last) {
      size_t m = j + 1;
      // Up to five words before it: "in the campaign’s public service
      // announcement".
      while (m < last && m < j + 6 && t[m].type == Token::kWord &&
             !IsMediumWord(LowerWord(w.text, t[m]))) {
        ++m;
      }
      if (m < last && t[m].type == Token::kWord &&
          IsMediumWord(LowerWord(w.text, t[m]))) {
        j = m + 1;
        // "in a conference call": a medium of two nouns.
        while (j < last && t[j].type == Token::kWord &&
               IsMediumWord(LowerWord(w.text, t[j]))) {
          ++j;
        }
        continue;
      }
    }
    break;
  }
  return j;
}

// True when the sentence ends after the adjuncts from token `j` on, as a
// clause before its speaker and cue does: "..., the minister said on
// Tuesday." Not when a comma leads to a quotation ("Marchetti said,
// “...”"), which the cue introduces.
bool EndsAfterAdjuncts(const ParagraphWork& w, size_t j, size_t last) {
  const auto& t = w.tokens;
  const size_t tail = SkipAdjuncts(w, j, last);
  if (tail >= last) return true;
  if (tail + 1 < last && IsComma(w.text, t[tail]) &&
      t[tail + 1].type == Token::kQuote) {
    return false;
  }
  if (t[tail].type != Token::kPunct) return false;
  const std::string_view p = TokenText(w.text, t[tail]);
  // "A major part of the reason, McKinley said, is the flow of drugs": a
  // verb after the comma goes on with the sentence the cue interrupts.
  if (p == "," && tail + 1 < last && t[tail + 1].type == Token::kWord &&
      IsAuxiliary(TokenText(w.text, t[tail + 1]))) {
    return false;
  }
  return p == "." || p == "," || p == "?" || p == "!";
}

// Whether a verb of its own comes between a cue's object, from token `j`,
// and the "that" at token `that`, so that the clause "that" opens is that
// verb's, not the cue's: an auxiliary ("said Trump has decided that"), a
// participle or relative pronoun after a comma (", showing that", ", who
// said that"), or ", and" / ", but" joining another verb's clauses ("it
// responded to molecules ..., and that signals ...").
bool ThatBelongsToAnotherVerb(const ParagraphWork& w, size_t j, size_t that) {
  const auto& t = w.tokens;
  for (size_t m = j + 1; m < that; ++m) {
    if (t[m].type != Token::kWord) continue;
    const std::string_view word = TokenText(w.text, t[m]);
    if (IsAuxiliary(word)) return true;
    if (IsComma(w.text, t[m - 1]) &&
        (word == "and" || word == "but" || word.ends_with("ing") ||
         word == "who" || word == "which")) {
      return true;
    }
  }
  return false;
}

// Whether the "that" at token `that` is the subject of the clause, not
// the word that opens it: a verb follows it ("Apple says that is what you
// can expect").
bool ThatIsTheSubject(const ParagraphWork& w, size_t that, size_t last) {
  static constexpr std::string_view kVerbs[] = {
      "is",     "was",   "will",  "would", "could", "can",   "should",
      "may",    "might", "has",   "had",   "does",  "did",   "means",
      "meant",  "seems", "makes", "made",  "remains"};
  const auto& t = w.tokens;
  return that + 1 < last && t[that + 1].type == Token::kWord &&
         LowerIsOneOf(TokenText(w.text, t[that + 1]), kVerbs);
}

// Whether the "that" at token `that` follows "the" or "a" and a noun
// whose content it gives ("confirms the belief that ...", "disputed the
// notion that ..."): the cue's object is the noun, and nobody is reported
// saying the clause.
bool ThatGivesANounsContent(const ParagraphWork& w, size_t j, size_t that) {
  static constexpr std::string_view kContentNouns[] = {
      "assumption", "belief", "fact",    "idea",       "impression",
      "notion",     "perception", "possibility", "premise", "sense",
      "theory",     "view"};
  if (that != j + 2) return false;
  const std::string_view article = TokenText(w.text, w.tokens[j]);
  return (EqualsLowerAscii(article, "the") || EqualsLowerAscii(article, "a")) &&
         LowerIsOneOf(TokenText(w.text, w.tokens[j + 1]), kContentNouns);
}

// Whether the "that" at token `that` opens the report of the cue at
// `cue`, whose words after it start at token `j`. A cue that takes a
// hearer ("told a jury that", "warned investors that") may have an object
// first. Any other cue has only an adjunct there: a prepositional phrase,
// a time or an adverb ("said on Twitter that", "announced this week
// that", "said Monday that", "argued for decades that"). Other words make
// the "that" part of the report or of an object: "say a stabbing that
// killed a passenger may have occurred", "said it submitted a proposal
// that", "reported details of the reunion tour that".
bool ThatOpensReport(const ParagraphWork& w, const CueMatch& cue, size_t j,
                     size_t that) {
  static constexpr std::string_view kHearerCues[] = {
      "assure", "ask", "brief", "promise", "show", "tell", "urge", "warn"};
  // Beside OpensAdjunct's prepositions: other prepositions, times and
  // adverbs that open an adjunct.
  static constexpr std::string_view kAdjunctOpeners[] = {
      "again",   "also",      "earlier", "last",  "later", "next",
      "once",    "over",      "since",   "then",  "this",  "today",
      "tonight", "yesterday", "via",     "amid",  "despite", "through",
      "throughout", "until"};
  if (that == j || std::find(std::begin(kHearerCues), std::end(kHearerCues),
                             cue.lemma) != std::end(kHearerCues)) {
    return true;
  }
  const std::string_view first = TokenText(w.text, w.tokens[j]);
  const std::string_view lower = LowerWord(w.text, w.tokens[j]);
  if (OpensAdjunct(first) || LowerIsOneOf(first, kAdjunctOpeners) ||
      IsTimeWord(lower) || IsMonthName(first) ||
      (lower.size() > 4 && lower.ends_with("ly"))) {
    return true;
  }
  // "said the next day that": a time after an article.
  if (IsArticle(first)) {
    for (size_t m = j + 1; m < that; ++m) {
      if (IsTimeWord(LowerWord(w.text, w.tokens[m]))) return true;
    }
  }
  return false;
}

// Whether the cue at token `k`, whose subject spans the bytes `subject` in
// a sentence from token `first`, reports speech that may never have
// happened: under a modal of possibility ("others may argue that", "might
// argue", "could claim"), a counterfactual ("I would have said"), or in a
// condition ("if they really believed", "depends on whether he believes").
bool HypotheticalCue(const ParagraphWork& w, size_t first, Span subject,
                     size_t k) {
  // The two words right before the cue, when they follow the subject
  // ("might argue", "may also argue", "would have said"); not a modal
  // further back ("Keane, who might run, said").
  for (size_t back = 1; back <= 2 && k >= first + back; ++back) {
    const Token& t = w.tokens[k - back];
    if (t.start < subject.end || t.type != Token::kWord) break;
    const std::string_view word = TokenText(w.text, t);
    if (IsModalOfPossibility(word)) return true;
    if (back == 1 && k >= first + 2 && EqualsLowerAscii(word, "have") &&
        EqualsLowerAscii(TokenText(w.text, w.tokens[k - 2]), "would")) {
      return true;
    }
  }
  size_t m = k;
  while (m > first && w.tokens[m - 1].start >= subject.start) --m;
  // m is the subject's first token.
  return m > first && w.tokens[m - 1].type == Token::kWord &&
         IsConditionWord(TokenText(w.text, w.tokens[m - 1]));
}

// Whether the cue at token `k`, whose subject spans the bytes `subject` in
// a sentence from token `first`, sits in a relative clause whose gap is the
// subject of what the cue would report: "away from the metrics it once
// told people had immense value" (the metrics had value; "it" reported no
// clause of its own). The subject follows a noun phrase with a determiner
// ("the metrics", "its old claims") with no "that" or comma between, and
// the cue is "tell" whose clause would open with its hearer, one bare word
// right before an auxiliary ("told people had"): the hearer cannot be the
// clause's subject too, so the subject is the gap. (After "said", a clause
// that opens with an auxiliary, "the targets she said were vital", is no
// good clause already.)
bool CueInObjectRelative(const ParagraphWork& w, size_t first, Span subject,
                         size_t k, size_t clause, size_t last,
                         const CueMatch& cue) {
  static constexpr std::string_view kDeterminers[] = {
      "the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
      "these", "those", "every", "many", "some", "all"};
  if (cue.lemma != "tell" || clause != k + cue.length || clause + 1 >= last ||
      w.tokens[clause].type != Token::kWord || w.tokens[clause].cap ||
      w.tokens[clause + 1].type != Token::kWord ||
      !IsAuxiliary(TokenText(w.text, w.tokens[clause + 1]))) {
    return false;
  }
  size_t m = k;
  while (m > first && w.tokens[m - 1].start >= subject.start) --m;
  // m is the subject's first token; before it, the noun the clause
  // modifies, up to two more words, and its determiner.
  for (size_t back = 1; back <= 3 && m >= first + back; ++back) {
    const Token& t = w.tokens[m - back];
    if (t.type != Token::kWord || t.cap) return false;
    char buffer[kLowerBuffer];
    const std::string_view word =
        LowerAsciiInto(TokenText(w.text, t), buffer);
    if (back > 1 && LowerIsOneOf(word, kDeterminers)) return true;
    if (IsArticle(word) || IsAuxiliary(word) || IsPreposition(word) ||
        IsClauseBoundaryWord(word) || IsNonClauseStart(word) ||
        IsTimeWord(word) || word == "that" ||
        w.words->Pronoun(word) != PronounKind::kNone) {
      return false;
    }
  }
  return false;
}

// Where a sentence from token `first` to `last` ends for a cue at `k`:
// at the first comma after the cue when the sentence opens with a
// subordinate clause that holds the cue ("Although the family suggested
// he was murdered, Sawyer told lawmakers ..."), or with a prepositional
// phrase whose relative clause holds it ("On the day that Samsung
// announced its features were shipping, I rushed ..."); else at `last`.
size_t OpeningClauseEnd(const ParagraphWork& w, size_t first, size_t k,
                        size_t last) {
  if (first >= k || w.tokens[first].type != Token::kWord ||
      !w.tokens[first].cap) {
    return last;
  }
  char buffer[kLowerBuffer];
  const std::string_view opener =
      LowerAsciiInto(TokenText(w.text, w.tokens[first]), buffer);
  const bool subordinator = IsSubordinator(opener);
  if (!subordinator && !IsPreposition(opener)) return last;
  bool relative = false;  // a "that", "when" or "where" before the cue
  for (size_t m = first + 1; m < k; ++m) {
    if (IsComma(w.text, w.tokens[m])) return last;  // the cue is past it
    const std::string_view word = TokenText(w.text, w.tokens[m]);
    relative = relative || word == "that" || word == "when" || word == "where";
  }
  if (!subordinator && !relative) return last;
  for (size_t m = k + 1; m < last; ++m) {
    if (IsComma(w.text, w.tokens[m]) && !w.InQuote(m)) return m;
  }
  return last;
}

// Whether the tokens from `from` to the sentence's end `sentence_end` are
// an attribution that closes it: up to four words, the first capitalised
// or "he", "she" or "they", then a cue, then only punctuation
// ("Morrison testified.", "he said.").
bool ClosingAttribution(const ParagraphWork& w, size_t from,
                        size_t sentence_end) {
  const auto& t = w.tokens;
  if (from >= sentence_end || t[from].type != Token::kWord) return false;
  if (!t[from].cap) {
    const std::string_view first = TokenText(w.text, t[from]);
    if (first != "he" && first != "she" && first != "they") return false;
  }
  for (size_t m = from + 1; m < sentence_end && m <= from + 4; ++m) {
    if (t[m].type != Token::kWord) return false;
    if (!w.StartsCue(m)) continue;
    const CueMatch& cue = w.CueAt(m);
    if (cue.partial_only()) return false;
    for (size_t r = m + cue.length; r < sentence_end; ++r) {
      if (t[r].type != Token::kPunct) return false;
    }
    return true;
  }
  return false;
}

// The end of the reported clause that starts at token `from`: the sentence
// end, the comma before a closing attribution (", Morrison testified.") or
// before a participle cue (", adding that ..."), or the parenthesis that
// closes one the report was opened in ("(44 percent say they want it),
// but ...").
size_t ClauseEnd(const ParagraphWork& w, size_t from, size_t sentence_end) {
  const auto& t = w.tokens;
  int open_parens = 0;  // opened inside the clause and not yet closed
  for (size_t k = from; k < sentence_end; ++k) {
    // Only a one-byte mark (";", ",", a parenthesis) or a three-letter
    // word ("but", "and") can end the clause.
    const uint32_t len = t[k].end - t[k].start;
    if (len != 1 && len != 3) continue;
    if (t[k].type == Token::kPunct) {
      const char mark = w.text[t[k].start];
      if (mark == ';') return k;
      if (mark == '(') ++open_parens;
      if (mark == ')') {
        if (open_parens == 0 && !w.InQuote(k)) return k;
        if (open_parens > 0) --open_parens;
      }
    }
    // "..., but said the optics would matter": a second reported clause.
    if (t[k].type == Token::kWord && k > from + 2 && k + 1 < sentence_end) {
      const std::string_view word = TokenText(w.text, t[k]);
      if ((word == "but" || word == "and") && !w.InQuote(k) &&
          (w.StartsCue(k + 1) || TokenText(w.text, t[k + 1]) == "that")) {
        return IsComma(w.text, t[k - 1]) ? k - 1 : k;
      }
    }
    if (IsComma(w.text, t[k]) && k + 1 < sentence_end && !w.InQuote(k)) {
      char buffer[kLowerBuffer];
      const std::string_view next =
          LowerAsciiInto(TokenText(w.text, t[k + 1]), buffer);
      if (IsParticipleCue(next) && w.StartsCue(k + 1)) {
        return k;
      }
      if (next == "according" && k + 2 < sentence_end &&
          EqualsLowerAscii(TokenText(w.text, t[k + 2]), "to")) {
        return k;
      }
      // "Sondland said he had relayed ..., Morrison testified.": a
      // closing attribution of its own ends the reported clause.
      if (ClosingAttribution(w, k + 1, sentence_end)) return k;
      // "said it is committed to the formula, while the city's police
      // deny ...": a contrast with a subject of its own is the writer's.
      // Not ", while keeping ...", which goes on with the report.
      if ((next == "while" || next == "whereas") && k + 2 < sentence_end &&
          t[k + 2].type == Token::kWord &&
          !TokenText(w.text, t[k + 2]).ends_with("ing")) {
        return k;
      }
      // "..., which he described as “...”": a relative clause with a cue
      // of its own is a second statement, not part of the first.
      if (next == "which" || next == "who") {
        for (size_t m = k + 2; m < sentence_end && m < k + 5; ++m) {
          if (t[m].type != Token::kWord) break;
          if (w.StartsCue(m)) return k;
        }
      }
    }
  }
  return sentence_end;
}

// The first token of the clause holding token k of a sentence whose
// tokens start at `first`: after the last "while", "whereas", "although"
// or "though" (lower case), or semicolon, before k; else `first`.
size_t ClauseStart(const ParagraphWork& w, size_t first, size_t k) {
  static constexpr std::string_view kOpeners[] = {"while", "whereas",
                                                  "although", "though"};
  const auto& t = w.tokens;
  for (size_t m = k; m-- > first + 1;) {
    const std::string_view word = TokenText(w.text, t[m]);
    if (word == ";" || (t[m].type == Token::kWord && !t[m].cap &&
                        LowerIsOneOf(word, kOpeners))) {
      return m + 1;
    }
  }
  return first;
}

// Builds the clause span [from, to) without a final period, nor a
// bracket the sentence opens after it ("... emotional eating (" before a
// reference number in its own paragraph).
Span ClauseSpan(const ParagraphWork& w, size_t from, size_t to) {
  const auto& t = w.tokens;
  while (to > from && t[to - 1].type == Token::kPunct &&
         (TokenText(w.text, t[to - 1]) == "." ||
          TokenText(w.text, t[to - 1]) == "," ||
          TokenText(w.text, t[to - 1]) == ":" ||
          TokenText(w.text, t[to - 1]) == "(" ||
          TokenText(w.text, t[to - 1]) == "[")) {
    --to;
  }
  if (to <= from) return {};
  return {t[from].start, t[to - 1].end};
}

// A clause worth reporting: three words or more, not merely a quotation
// ("said the company “does not comment”" leaves only the partial quote).
bool GoodClause(const ParagraphWork& w, size_t from, size_t to) {
  const auto& t = w.tokens;
  if (from >= to || t[from].type != Token::kWord) return false;
  // The quotation holding token k is the last one opened at or before k
  // (as InSpeechQuote finds it); walking k upwards, it only moves on, so
  // one search at `from` serves the whole clause.
  const auto& quotes = w.quotes;
  size_t q =
      std::upper_bound(quotes.begin(), quotes.end(), from,
                       [](size_t v, const ParagraphWork::QuoteTokens& x) {
                         return v < x.open_tok;
                       }) -
      quotes.begin();  // one past the quotation holding `from`
  size_t words = 0;
  // Most clauses hold no quotation (none holds `from`, and the next opens
  // at `to` or later): then three words are enough.
  if ((q == 0 || quotes[q - 1].close_tok < from) &&
      (q == quotes.size() || quotes[q].open_tok >= to)) {
    for (size_t k = from; k < to && words < 3; ++k) {
      words += t[k].type == Token::kWord;
    }
    return words >= 3;
  }
  for (size_t k = from; k < to; ++k) {
    if (t[k].type != Token::kWord) continue;
    ++words;
    while (q < quotes.size() && quotes[q].open_tok <= k) ++q;
    // When a reported clause contains a partial quote, only the partial
    // quote is reported (the news corpus convention).
    if (q > 0 && k <= quotes[q - 1].close_tok && w.speech[q - 1]) {
      return false;
    }
  }
  return words >= 3;
}

// True when tokens [j, last) are one short prepositional phrase that ends
// the sentence: "in a note to members." A relative word or a comma in it
// means more follows ("in a note that said ...").
bool EndsAfterPrepositionalPhrase(const ParagraphWork& w, size_t j,
                                  size_t last) {
  const auto& t = w.tokens;
  if (j >= last || t[j].type != Token::kWord ||
      !OpensAdjunct(TokenText(w.text, t[j]))) {
    return false;
  }
  size_t words = 0;
  for (size_t m = j; m < last; ++m) {
    if (t[m].type != Token::kWord) {
      const std::string_view p = TokenText(w.text, t[m]);
      if (m + 1 == last && (p == "." || p == "!" || p == "?")) return true;
      return false;
    }
    const std::string_view lower = LowerWord(w.text, t[m]);
    if (++words > 8 || lower == "that" || lower == "which" || lower == "who") {
      return false;
    }
  }
  return true;
}

// Whether a lower-case word can open the subject of an inverted
// attribution: "the", "a", "three", or a title ("said spokeswoman Lena
// Brandt"). A capitalised word always can.
bool OpensInvertedSubject(std::string_view lower) {
  return lower == "the" || IsDeterminerOfDescriptor(lower) ||
         IsTitleWord(lower);
}

// Whether a capitalised word follows one to three lower-case words from
// token `from` (before `last`): what "study co-author Anezina" needs
// before SubjectAfter parses it.
bool CapitalAfterLowerWords(const std::vector<Token>& t, size_t from,
                            size_t last) {
  for (size_t m = from + 1; m < last && m <= from + 3; ++m) {
    if (t[m].type != Token::kWord) return false;
    if (t[m].cap) return true;
  }
  return false;
}

// CLAUSE, CUE SUBJECT [, appositive] [adjuncts]: "Prices will rise next
// year, said Leah Sorensen, a trader at Corran Partners." The cue at token
// `k` follows the comma that ends the clause, opening at `first`; the
// subject after the cue is a name, role or descriptor (not a pronoun:
// "..., said he" is too rare to trust), and nothing after it reports
// speech of its own. Appends the quote and returns true when the sentence
// is such a report.
bool InvertedAttribution(const ParagraphWork& w, SpeakerRegistry& registry,
                         size_t first, size_t k, const CueMatch& cue,
                         size_t last, std::vector<Quote>& out) {
  const auto& t = w.tokens;
  const std::string_view text = w.text;
  // ", adding the ministry's voice": a participle is no inverted cue.
  if (IsParticipleCue(LowerWord(text, t[k]))) return false;
  const size_t after_cue = k + cue.length;
  if (after_cue >= last || t[after_cue].type != Token::kWord) return false;
  const SubjectPhrase subj =
      SubjectAfter(text, t, after_cue, last, *w.words);
  if (subj.kind != PhraseKind::kName && subj.kind != PhraseKind::kRole &&
      subj.kind != PhraseKind::kDescriptor) {
    return false;
  }
  // A possessive's owner is not the speaker: "said The We Company's
  // executive chair Marcelo Claure" is Claure's (SubjectAfter reads the
  // name after the titles), and a subject ending in a possessive is none.
  const size_t subj_last =
      std::lower_bound(t.begin() + after_cue, t.begin() + last,
                       subj.span.end,
                       [](const Token& a, size_t v) { return a.end < v; }) -
      t.begin();
  if (subj_last >= last) return false;
  if (IsPossessiveForm(TokenText(text, t[subj_last]))) return false;
  // After the subject the sentence ends, perhaps after adjuncts ("on
  // Monday") or an appositive that describes the speaker (", a trader at
  // Corran Partners", ", who runs ..."). A verb after a comma continues
  // the clause instead: "The key to its success, says Buser, is ...".
  const size_t rest = subj_last + 1;
  if (rest + 1 < last && IsComma(text, t[rest]) &&
      t[rest + 1].type == Token::kWord) {
    const std::string_view next = LowerWord(text, t[rest + 1]);
    // ", senior foreign exchange trader at Tempus Inc.": a title opens
    // an appositive too.
    if (!t[rest + 1].cap && next != "a" && next != "an" && next != "the" &&
        next != "who" && next != "whose" && next != "one" &&
        !IsTitleWord(next)) {
      return false;
    }
  } else if (!EndsAfterAdjuncts(w, rest, last) &&
             !EndsAfterPrepositionalPhrase(w, rest, last)) {
    return false;
  }
  // A quotation or a second cue there ("..., said Keane, adding that ...")
  // is left to the other rules.
  for (size_t m = after_cue; m < last; ++m) {
    if (t[m].type == Token::kQuote || w.StartsCue(m)) return false;
  }
  const size_t clause_end = k - 1;  // the comma
  const size_t clause_first = AfterDateline(text, t, first, clause_end);
  if (!GoodClause(w, clause_first, clause_end) ||
      clause_end - clause_first < 5) {
    return false;
  }
  Quote& q = AppendQuote(out, text, ClauseSpan(w, clause_first, clause_end),
                         QuoteKind::kIndirect, "indirect.clause_inverted_cue");
  q.cue.assign(text.substr(cue.span.start, cue.span.size()));
  q.speaker = registry.Resolve(subj, subj.span.start);
  q.speaker_mention = subj.text;
  q.speaker_span = subj.span;
  return true;
}

}  // namespace

bool EvidenceSpeaksForNobody(const SubjectPhrase& subj, const CueMatch& cue) {
  static constexpr std::string_view kEvidenceCues[] = {"find", "indicate",
                                                       "show", "suggest"};
  static constexpr std::string_view kEvidence[] = {
      "ct",      "data",    "evidence", "facts",   "figures", "footage",
      "images",  "mri",     "numbers",  "photos",  "records", "results",
      "samples", "scan",    "scans",    "statistics", "test", "tests",
      "video",   "x-ray",   "x-rays"};
  if (subj.kind != PhraseKind::kDescriptor && subj.kind != PhraseKind::kRole) {
    return false;
  }
  return LowerIsOneOf(cue.lemma, kEvidenceCues) &&
         LowerIsOneOf(subj.head, kEvidence);
}

// "The tuft cell, Herbert said, is constantly sensing ...", "At current
// rates, Bridenstine said, there will be three rockets": an attribution
// set off by commas inside the sentence it reports. With the words before
// it at tokens [front, front_end) and the words after its closing comma
// from token `rest` on, returns where the reported words after it end
// (ClauseEnd), or `rest` when the sentence is no such report. The words
// after it go on with the sentence when they open with an auxiliary ("is",
// "could"), or when the words before it are too few to be a clause of
// their own ("That", "Meanwhile", "At current rates") and what follows is
// no participle, conjunction or relative clause, which would make the
// words before it the report ("..., Graham said, offering the example").
size_t ParentheticalRest(const ParagraphWork& w, size_t front,
                         size_t front_end, size_t rest, size_t last) {
  const auto& t = w.tokens;
  if (front >= front_end || t[front].type != Token::kWord) return rest;
  char buffer[kLowerBuffer];
  const std::string_view next = LowerAsciiInto(TokenText(w.text, t[rest]), buffer);
  // Words after which the words before the attribution are the report:
  // a conjunction, a relative or a preposition.
  static constexpr std::string_view kReportBefore[] = {
      "and",   "but",     "or",      "nor",    "as",      "which",
      "who",   "whose",   "while",   "so",     "then",    "because",
      "although", "though", "when",  "where",  "if",      "with",
      "without", "after", "before",  "since",  "than",    "that",
      "to",    "in",      "on",      "at",     "for",     "of",
      "by",    "from",    "according"};
  if (!IsAuxiliary(next) &&
      (front_end - front >= 5 || t[rest].cap || next.size() < 2 ||
       (next.size() > 4 && next.ends_with("ing")) ||
       LowerIsOneOf(next, kReportBefore))) {
    return rest;
  }
  const size_t end = ClauseEnd(w, rest, last);
  // Two words or more after it: a verb and what it says.
  size_t words = 0;
  for (size_t k = rest; k < end && words < 2; ++k) {
    words += t[k].type == Token::kWord;
  }
  return words >= 2 ? end : rest;
}

void FindIndirectSpeech(ParagraphWork& w, const CueTable& cues,
                        SpeakerRegistry& registry, std::vector<Quote>& out) {
  const auto& t = w.tokens;
  const std::string_view text = w.text;
  const TokenCues& cue_starts = *w.cue_cache;
  // Only the tokens where a cue or "according" starts are visited: the
  // document's, in order, from a cursor that follows the sentences.
  const std::vector<uint32_t>& starts = cue_starts.report_starts();
  size_t cursor = w.report_cursor;
  for (size_t s = 0; s < w.sentences.size(); ++s) {
    const auto [first, last] = w.sentences[s];
    if (first >= last) continue;
    // A sentence that opens with a quotation is direct speech.
    const bool quoted_start = t[first].type == Token::kQuote;
    const size_t doc_first = w.token_base + first;
    const size_t doc_last = w.token_base + last;
    while (cursor < starts.size() && starts[cursor] < doc_first) ++cursor;
    while (cursor > 0 && starts[cursor - 1] >= doc_first) --cursor;
    size_t resume = first;  // the first token still to visit
    for (; cursor < starts.size() && starts[cursor] < doc_last; ++cursor) {
      const size_t k = starts[cursor] - w.token_base;
      if (k < resume) continue;
      resume = k + 1;
      // Cheap rejections first: most tokens are neither cue (only words
      // are) nor "according" (whose nine bytes few words have).
      const bool nine_bytes = t[k].end - t[k].start == 9;
      if (!nine_bytes && !cue_starts.StartsAt(w.token_base + k)) continue;
      if (t[k].type != Token::kWord) continue;
      const std::string_view word = TokenText(text, t[k]);
      const bool according = nine_bytes &&
                             (word == "according" || word == "According") &&
                             k + 2 < last && TokenText(text, t[k + 1]) == "to";
      if (!according && !w.StartsCue(k)) continue;
      const CueMatch cue = according ? CueMatch() : w.CueAt(k);
      if (w.InQuote(k)) continue;
      // According to X, CLAUSE  /  CLAUSE, according to X.
      if (according) {
        if (k == first) {
          size_t comma = k + 2;
          while (comma < last && !IsComma(text, t[comma])) ++comma;
          if (comma >= last) continue;
          SubjectPhrase subj = SubjectAfter(text, t, k + 2, comma, *w.words);
          if (subj.kind == PhraseKind::kNone) continue;
          const size_t end = ClauseEnd(w, comma + 1, last);
          if (!GoodClause(w, comma + 1, end) ||
              t[comma + 1].type == Token::kQuote) {
            continue;
          }
          Quote& q = AppendQuote(out, text, ClauseSpan(w, comma + 1, end),
                              QuoteKind::kIndirect, "indirect.according_to");
          q.cue.assign(text.substr(t[k].start, t[k + 1].end - t[k].start));
          q.speaker = registry.Resolve(subj, subj.span.start);
          q.speaker_mention = subj.text;
          q.speaker_span = subj.span;
          if (!w.sentence_speaker[s]) w.sentence_speaker[s] = q.speaker;
        } else if (k > first && IsComma(text, t[k - 1]) && !quoted_start) {
          SubjectPhrase subj = SubjectAfter(text, t, k + 2, last, *w.words);
          if (subj.kind == PhraseKind::kNone) continue;
          size_t from = first;  // "...; CLAUSE, according to X."
          for (size_t m = first; m + 1 < k; ++m) {
            if (TokenText(text, t[m]) == ";") from = m + 1;
          }
          if (!GoodClause(w, from, k - 1)) continue;
          Quote& q = AppendQuote(out, text, ClauseSpan(w, from, k - 1),
                              QuoteKind::kIndirect, "indirect.according_to");
          q.cue.assign(text.substr(t[k].start, t[k + 1].end - t[k].start));
          q.speaker = registry.Resolve(subj, subj.span.start);
          q.speaker_mention = subj.text;
          q.speaker_span = subj.span;
        }
        continue;
      }
      if (cue.partial_only()) continue;
      // "is set to announce", "prompted viewers to argue": an infinitive
      // reports no speech that took place.
      if (k > first && EqualsLowerAscii(TokenText(text, t[k - 1]), "to")) {
        continue;
      }
      // "Keane was told that ...", "A photo ... was denied by Andrew": in
      // the passive the subject heard or underwent the speech; who spoke
      // is elsewhere or unsaid.
      if (k > first && IsPassiveAuxiliary(TokenText(text, t[k - 1])) &&
          !TokenText(text, t[k]).ends_with("ing")) {
        continue;
      }
      // Forward: SUBJ CUE [object] [adjunct] [that] CLAUSE. Where the clause
      // would start is found first, without the subject.
      size_t j = k + cue.length;
      // "adding to a mounting series of problems that ...", "added to
      // fears that": "add to" a thing is to make it larger, and its "that"
      // belongs to the thing. Only "added to reporters that" reports.
      if (cue.lemma == "add" && j + 1 < last &&
          EqualsLowerAscii(TokenText(text, t[j]), "to") &&
          t[j + 1].type == Token::kWord && !t[j + 1].cap &&
          !IsObjectPronoun(Lower(text, t[j + 1]))) {
        continue;
      }
      if (cue.lemma == "tell" && cue.length == 1 && j < last &&
          t[j].type == Token::kWord) {
        // "tell you the quality has declined": after "tell", "you" is
        // the hearer.
        if (IsObjectPronoun(Lower(text, t[j])) ||
            EqualsLowerAscii(TokenText(text, t[j]), "you")) {
          ++j;
        } else if (j + 1 < last && t[j + 1].type == Token::kWord &&
                   !t[j].cap &&
                   w.words->Pronoun(Lower(text, t[j + 1])) !=
                       PronounKind::kNone) {
          ++j;  // "told doctors he ate the meat": the hearers, then the clause
        } else if (t[j].cap) {
          while (j < last && t[j].type == Token::kWord && t[j].cap) ++j;
          // "told WeWork executives to look for": the hearers go on.
          if (j + 1 < last && t[j].type == Token::kWord &&
              EqualsLowerAscii(TokenText(text, t[j + 1]), "to")) {
            ++j;
          }
        } else if (IsArticle(TokenText(text, t[j])) ||
                   w.words->IsPossessive(Lower(text, t[j]))) {
          // "told the committee", "told its board": a hearer, or what was
          // told ("tells its own story").
          size_t m = j + 1;
          // "told the man to remove the bedding" stops at "to": an order.
          while (m < last && m < j + 10 && t[m].type == Token::kWord &&
                 !EqualsLowerAscii(TokenText(text, t[m]), "that") &&
                 !EqualsLowerAscii(TokenText(text, t[m]), "to")) {
            ++m;
          }
          // "told the committee that ...": a hearer with a determiner is
          // followed by "that"; "tells the truth creates ..." and "tells
          // its own story" report nothing.
          if (m < last && EqualsLowerAscii(TokenText(text, t[m]), "to")) {
            continue;
          }
          if (m >= last || !EqualsLowerAscii(TokenText(text, t[m]), "that")) {
            continue;
          }
          j = m;
        } else if (j + 1 < last && EqualsLowerAscii(TokenText(text, t[j + 1]), "to")) {
          ++j;  // "told executives to look for revenue"
        }
        // "told him to wait": an order, not a report of what was said.
        if (j < last && EqualsLowerAscii(TokenText(text, t[j]), "to")) continue;
      }
      j = SkipAdjuncts(w, j, last);
      size_t clause = j;
      // "that" may come after a few words of object or adjunct ("told the
      // committee that"), or after a longer prepositional phrase ("said at
      // a signing ceremony with state officials that").
      const bool adjunct = j < last && t[j].type == Token::kWord &&
                           OpensAdjunct(TokenText(text, t[j]));
      const size_t that_window = adjunct ? 12 : 7;
      for (size_t m = j; m < last && m < j + that_window; ++m) {
        if (t[m].type != Token::kWord) {
          if (IsComma(text, t[m])) continue;
          break;
        }
        if (EqualsLowerAscii(TokenText(text, t[m]), "that")) {
          if (m == j && ThatIsTheSubject(w, m, last)) {
            clause = m;  // "Apple says that is what you can expect"
          } else if (ThatGivesANounsContent(w, j, m)) {
            clause = last;
          } else if (!ThatBelongsToAnotherVerb(w, j, m) &&
                     ThatOpensReport(w, cue, j, m)) {
            clause = m + 1;
          }
          break;
        }
      }
      bool forward = false;
      if (clause == j && cue.complement == CueComplement::kInfinitive) {
        clause = last;  // "urged officials to coordinate": no clause
      }
      if (clause == j && cue.complement == CueComplement::kNoun &&
          !AuxiliaryOpensVerb(text, t, j, last)) {
        clause = last;  // "found evidence of plumes": an object, no clause
      }
      if (clause < last && t[clause].type == Token::kWord) {
        char start_buffer[kLowerBuffer];
        const std::string_view start =
            LowerAsciiInto(TokenText(text, t[clause]), start_buffer);
        forward = clause > j || !IsNonClauseStart(start) ||
                  AmountOpensClause(w, clause, last) ||
                  (start == "no" && NoPhraseOpensClause(w, clause, last));
        // "the story the White House is telling doesn't paint the full
        // picture": "tell" with no hearer after it tells a thing, here the
        // noun its relative clause modifies, and an auxiliary right after
        // it is the verb of the sentence, not of a report.
        if (clause == j && j == k + cue.length && cue.lemma == "tell" &&
            IsAuxiliaryOrNegation(start)) {
          forward = false;
        }
        // A date or place right after the cue ("said on Tuesday") is not a
        // clause; "said Tuesday" neither.
        if (clause == j && t[clause].cap &&
            (IsCapitalizedStopWord(TokenText(text, t[clause])) ||
             start == "monday" || start == "tuesday")) {
          forward = start == "the" || start == "a" || start == "it" ||
                    start == "he" || start == "she" || start == "they" ||
                    start == "we" || start == "this" || start == "there";
        }
      }
      // Forward reports a good clause after the cue; backward needs the
      // sentence to end after the cue's adjuncts. Neither looks at the
      // subject, so a cue that can report nothing ("“...,” he said.")
      // skips the costly parse of its subject.
      size_t end = last;
      bool forward_good = false;
      if (forward && !(clause == j && w.InQuote(clause))) {
        end = ClauseEnd(w, clause, OpeningClauseEnd(w, first, k, last));
        forward_good = GoodClause(w, clause, end);
      }
      // A cue right after a comma, with no subject before it, may be an
      // inverted attribution (InvertedAttribution).
      const size_t after_cue = k + cue.length;
      const bool may_invert =
          !quoted_start && k > first && IsComma(text, t[k - 1]) &&
          after_cue < last && t[after_cue].type == Token::kWord &&
          (t[after_cue].cap ||
           OpensInvertedSubject(LowerWord(text, t[after_cue])) ||
           // "said study co-author Anezina Solomonidou"
           (CapitalAfterLowerWords(t, after_cue, last) &&
            SubjectAfter(text, t, after_cue, last, *w.words).kind ==
                PhraseKind::kName));
      const bool reports =
          forward_good || (!quoted_start && EndsAfterAdjuncts(w, j, last));
      // "The tuft cell, Herbert said, is constantly sensing ...": the
      // sentence goes on after a comma, past an attribution set off inside
      // it (ParentheticalRest).
      const bool goes_on = !forward_good && !quoted_start && j + 1 < last &&
                           IsComma(text, t[j]) &&
                           t[j + 1].type == Token::kWord;
      if (!reports && !may_invert && !goes_on) continue;
      // "... in her car, said Lt. Matt Harris, Columbus Police Department
      // spokesman.": when the capitalised words after a cue that follows a
      // comma make an inverted attribution, they are it, whatever subject a
      // parse back across the sentence's commas would find ("Eighth St.").
      if (may_invert &&
          (t[k + cue.length].cap ||
           NameAfterLowerTitles(text, t, k + cue.length, last) !=
               k + cue.length) &&
          InvertedAttribution(w, registry, first, k, cue, last, out)) {
        if (!w.sentence_speaker[s]) w.sentence_speaker[s] = out.back().speaker;
        resume = last;
        continue;
      }
      // "Freight costs have eased since the summer, Quintero said, adding
      // that ...": a cue right after another cue's comma goes on with the
      // sentence's speaker (below, as a participle); a parse back would
      // take ", Quintero said," for an appositive of "the summer".
      const bool after_attribution =
          k >= first + 2 && IsComma(text, t[k - 1]) && w.StartsCue(k - 2) &&
          w.sentence_speaker[s].has_value();
      SubjectPhrase subj = after_attribution
                               ? SubjectPhrase()
                               : SubjectBefore(text, t, first, k, *w.words);
      std::optional<std::string> speaker;
      bool participle = false;
      if (subj.kind == PhraseKind::kNone) {
        char prev_buffer[kLowerBuffer];
        const std::string_view prev =
            k > first ? LowerAsciiInto(TokenText(text, t[k - 1]), prev_buffer)
                      : std::string_view();
        if ((prev == "which" || prev == "who") && k >= first + 3 &&
            IsComma(text, t[k - 2])) {
          // "..., according to a report by X, which warned that ...".
          subj = SubjectBefore(text, t, first, k - 2, *w.words);
        }
        if (prev == "and" || prev == "but") {
          // "welcomed the raids but said Washington wanted ...": the
          // subject of the clause the verb is coordinated in ("China said
          // ..., while the city’s police deny ... and say").
          const size_t clause_start = ClauseStart(w, first, k);
          subj = SentenceSubject(w, cues, clause_start, k);
          // Without a cue of its own the clause's opening phrase runs on
          // over its verb ("the city’s police deny accusations of
          // brutality"): only a name, a pronoun or a short phrase is its
          // subject.
          if (clause_start > first && subj.kind != PhraseKind::kName &&
              subj.kind != PhraseKind::kPronoun &&
              TokenAtOrAfter(t, subj.span.end) >
                  TokenAtOrAfter(t, subj.span.start) + 4) {
            subj = SubjectPhrase();
          }
        }
      }
      if (subj.kind == PhraseKind::kNone) {
        // ", adding that ..." after a quote or a reported clause.
        char lower_buffer[kLowerBuffer];
        const std::string_view lower = LowerAsciiInto(word, lower_buffer);
        if (k > first && IsComma(text, t[k - 1]) && IsParticipleCue(lower) &&
            w.sentence_speaker[s]) {
          participle = true;
          speaker = w.sentence_speaker[s];
        } else if (k > first && IsParticipleCue(lower) &&
                   (IsComma(text, t[k - 1]) ||
                    (t[k - 1].type == Token::kQuote && k >= first + 2 &&
                     IsComma(text, t[k - 2])))) {
          subj = SentenceSubject(w, cues, first, k);
          if (subj.kind == PhraseKind::kNone) continue;
        } else if (may_invert && !t[k + cue.length].cap &&
                   InvertedAttribution(w, registry, first, k, cue, last, out)) {
          // "..., said the ministry's spokeswoman": a descriptor after the
          // cue, taken only when no subject comes before it.
          if (!w.sentence_speaker[s]) {
            w.sentence_speaker[s] = out.back().speaker;
          }
          resume = last;
          continue;
        } else {
          continue;
        }
      }
      if (!reports && !goes_on) continue;
      if (subj.kind != PhraseKind::kNone &&
          (HypotheticalCue(w, first, subj.span, k) ||
           EvidenceSpeaksForNobody(subj, cue) ||
           (forward_good && CueInObjectRelative(w, first, subj.span, k,
                                                clause, last, cue)))) {
        continue;
      }
      if (forward_good) {
        Quote& q = AppendQuote(out, text, ClauseSpan(w, clause, end),
                            QuoteKind::kIndirect,
                            participle ? "indirect.participle"
                                       : "indirect.cue_clause");
        q.cue.assign(text.substr(cue.span.start, cue.span.size()));
        if (!participle) {
          speaker = registry.Resolve(subj, subj.span.start);
          q.speaker_mention = subj.text;
          q.speaker_span = subj.span;
        }
        q.speaker = speaker;
        if (!w.sentence_speaker[s]) w.sentence_speaker[s] = speaker;
          // "said X, and that Y": a second reported clause of the same cue
        // belongs to the same indirect quote, which runs on to its end
        // (the corpora's convention: one report, one quote).
        size_t next = end;
        if (next < last && IsComma(text, t[next])) ++next;
        if (next + 2 < last && (TokenText(text, t[next]) == "and" ||
                                TokenText(text, t[next]) == "but") &&
            TokenText(text, t[next + 1]) == "that") {
          const size_t second_end = ClauseEnd(w, next + 2, last);
          if (GoodClause(w, next + 2, second_end)) {
            Quote& both = out.back();
            const Span span = ClauseSpan(w, clause, second_end);
            both.span = span;
            both.text.assign(text.substr(span.start, span.size()));
            end = second_end;
          }
        }
        resume = end + 1;  // on after the clause (and its second part)
        continue;
      }
      if (participle || quoted_start) continue;
      // Backward: CLAUSE, SUBJ CUE [adjuncts].
      size_t subj_tok =
          std::lower_bound(t.begin() + first, t.begin() + k, subj.span.start,
                           [](const Token& a, size_t v) { return a.start < v; }) -
          t.begin();
      size_t before_subj = subj_tok;
      if (before_subj > first && EqualsLowerAscii(TokenText(text, t[before_subj - 1]), "the")) {
        --before_subj;
      }
      if (before_subj == first || !IsComma(text, t[before_subj - 1])) continue;
      subj_tok = before_subj;
      const size_t clause_end = subj_tok - 1;
      const size_t clause_first = AfterDateline(text, t, first, clause_end);
      // The cue and speaker of a report before its subject ("..., he
      // said", "A, he said, B"): a pronoun stands for someone named before
      // the report, not in it (as after a quotation).
      auto attribute_backward = [&](Quote& q) {
        q.cue.assign(text.substr(cue.span.start, cue.span.size()));
        q.speaker = registry.Resolve(
            subj, subj.kind == PhraseKind::kPronoun ? q.span.start
                                                    : subj.span.start);
        q.speaker_mention = subj.text;
        q.speaker_span = subj.span;
        if (!w.sentence_speaker[s]) w.sentence_speaker[s] = q.speaker;
      };
      if (goes_on) {
        const size_t rest_end =
            ParentheticalRest(w, clause_first, clause_end, j + 1, last);
        if (rest_end > j + 1 && GoodClause(w, clause_first, rest_end)) {
          // One report of the sentence's words, the attribution cut out.
          const Span front = ClauseSpan(w, clause_first, clause_end);
          const Span rest = ClauseSpan(w, j + 1, rest_end);
          Quote& q = AppendQuote(out, text, {front.start, rest.end},
                                 QuoteKind::kIndirect, "indirect.parenthetical");
          q.text.assign(text.substr(front.start, front.size()));
          q.text += ' ';
          q.text.append(text.substr(rest.start, rest.size()));
          attribute_backward(q);
          resume = rest_end;
          continue;
        }
        if (!reports) continue;
      }
      if (!GoodClause(w, clause_first, clause_end) ||
          clause_end - clause_first < 5) {
        continue;
      }
      // The clause must not be the tail of another reported clause.
      attribute_backward(AppendQuote(out, text,
                                     ClauseSpan(w, clause_first, clause_end),
                                     QuoteKind::kIndirect,
                                     "indirect.clause_cue"));
    }
  }
  w.report_cursor = cursor;
}

}  // namespace whosaid::nlp
