#include "nlp/quote_extractor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>
#include <span>

#include "nlp/ascii.h"
#include "nlp/dateline.h"
#include "nlp/function_words.h"
#include "nlp/lower_word.h"
#include "nlp/quote_cues.h"
#include "nlp/quote_marks.h"
#include "nlp/quote_order.h"
#include "nlp/quote_pairs.h"
#include "nlp/quote_paragraph.h"
#include "nlp/span_tokens.h"
#include "nlp/speaker_phrase.h"
#include "nlp/speaker_registry.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {
namespace {

bool IsPunct(std::string_view text, const Token& t, std::string_view p) {
  return t.type == Token::kPunct && TokenText(text, t) == p;
}

// An attribution found next to a quotation.
struct Attribution {
  bool found = false;
  CueMatch cue;
  SubjectPhrase subject;
  bool introduces = false;  // cue (+ a few words) then , or : before the quote
  bool adjacent = false;    // the cue is right before the opening mark
  // After a quotation: the writer's words come between it and ", SUBJECT
  // CUE." closing the sentence ("“We don't want those people” working in
  // federal prisons, she said."), so the quotation is a partial quote of
  // that speaker, not a statement of its own.
  bool closes_writers_sentence = false;
  // Set when the speaker came from the sentence rather than `subject`.
  std::optional<std::string> resolved;
};

// Whether the cue starting at byte `cue_start` (a token's start) follows a
// form of "be" or "what's": "is called", "what’s called", "were described
// as".
bool PassiveLabel(std::string_view text, const std::vector<Token>& t,
                  size_t cue_start) {
  static constexpr std::string_view kBe[] = {
      "is", "are", "was", "were", "be", "been", "being", "what's",
      "what\u2019s"};
  const size_t cue = TokenAtOrAfter(t, cue_start);
  if (cue == 0 || cue == t.size() || t[cue].start != cue_start) return false;
  const Token& before = t[cue - 1];
  return before.type == Token::kWord &&
         LowerIsOneOf(TokenText(text, before), kBe);
}

// Words not in the speaker-resolving sense: "so-called “overcapacity”".
bool IsNotSpeechLead(std::string_view lower) {
  return lower == "so-called" || lower == "dubbed" || lower == "titled" ||
         lower == "entitled" || lower == "named" || lower == "nicknamed" ||
         lower == "term" || lower == "word" || lower == "phrase" ||
         lower == "slogan" || lower == "headline" || lower == "banner" ||
         lower == "motto" || lower == "label" || lower == "known";
}

// Whether the quotation `content` ends with a sentence's closing
// punctuation, perhaps inside a nested quotation's closing mark: "... will
// succeed.", "... if it kills me!’".
bool EndsSentence(std::string_view text, Span content) {
  size_t end = content.end;
  if (end >= content.start + 3 && text.substr(end - 3, 3) == "\u2019") {
    end -= 3;
  } else if (end > content.start && text[end - 1] == '\'') {
    --end;
  }
  if (end <= content.start) return false;
  const char last = text[end - 1];
  return last == '.' || last == '!' || last == '?';
}

// Whether the cue at token `c` is in the passive: "he was told by a leaker
// that ...". Its subject heard the words, and speaks none of them. Not
// "she was telling reporters", which is active.
bool PassiveCue(const ParagraphWork& w, size_t c) {
  const auto& t = w.tokens;
  if (c == 0 || t[c - 1].type != Token::kWord) return false;
  const std::string_view form = TokenText(w.text, t[c]);
  return !form.ends_with("ing") &&
         IsPassiveAuxiliary(TokenText(w.text, t[c - 1]));
}

// Whether the cue at token `c` sits in a relative clause without its
// pronoun, a form of "be" right after it continuing the sentence: "the
// letter Mike wrote was “kind and loving”" (the speaker is whoever reports
// the sentence). Not in "what he said was “...”", where the cue's subject
// speaks.
bool CueInRelativeClause(const ParagraphWork& w, size_t begin, size_t c,
                         const CueMatch& cue) {
  const auto& t = w.tokens;
  const size_t next = c + cue.length;
  if (next >= t.size() || t[next].type != Token::kWord ||
      !IsPassiveAuxiliary(TokenText(w.text, t[next]))) {
    return false;
  }
  for (size_t m = c; m-- > begin && m + 4 >= c;) {
    if (EqualsLowerAscii(TokenText(w.text, t[m]), "what")) return false;
  }
  return true;
}

// The start of the quotation whose closing mark, after a comma, comes
// right before byte `at` (spaces between): "“When all the evidence is
// presented,” he said, “maybe ...”" asked at "he". npos when there is
// none in the paragraph.
size_t SplitQuotationStart(std::string_view text, size_t at) {
  size_t k = at;
  while (k > 0 && text[k - 1] == ' ') --k;
  const MarkChar close_mark = ClosingMarkBefore(text, k);
  if (close_mark.length == 0 || k == close_mark.length) {
    return std::string_view::npos;
  }
  const size_t close = k - close_mark.length;
  if (text[close - 1] != ',') return std::string_view::npos;
  // The nearest mark of its kind before it opens the quotation, curly or
  // straight (pages mix them: “...," he said); a closing one of that kind
  // ends another. A single mark between two letters is an apostrophe
  // ("don’t"), neither.
  auto apostrophe = [&](size_t end, size_t length) {
    return end > length && end < text.size() &&
           kAsciiAlnum[static_cast<unsigned char>(text[end - length - 1])] &&
           kAsciiAlnum[static_cast<unsigned char>(text[end])];
  };
  constexpr size_t kFarthest = 2000;
  for (size_t i = close; i > 0 && close - i < kFarthest; --i) {
    const char c = text[i - 1];
    if (c == '\n') break;
    if (!close_mark.is_double && (c == '\'' || c == '\x99') &&
        apostrophe(i, c == '\'' ? 1 : 3)) {
      continue;
    }
    if (const MarkChar m = OpeningMarkBefore(text, i);
        m.length != 0 && m.is_double == close_mark.is_double) {
      return i;
    }
    if (const MarkChar m = ClosingMarkBefore(text, i);
        m.length != 0 && m.is_double == close_mark.is_double) {
      break;
    }
  }
  return std::string_view::npos;
}

// Nouns of works whose title follows them in quotation marks: "their
// podcast “Beyond Finances”", "the song “Wild Rose”".
bool IsWorkNoun(std::string_view lower) {
  static constexpr std::string_view kWorks[] = {
      "album",  "article", "book",   "column",  "documentary", "episode",
      "essay",  "film",    "movie",  "newsletter", "novel",    "play",
      "podcast", "poem",   "series", "show",    "single",      "song",
      "track"};
  return LowerIsOneOf(lower, kWorks);
}

// True when every word of tokens [from, to) starts with a capital letter or is a short
// connector: a title or name ("Phase Two Framework", "Made in China 2025").
bool IsTitleCase(std::string_view text, const std::vector<Token>& tokens,
                 size_t from, size_t to) {
  size_t words = 0;
  for (size_t k = from; k < to; ++k) {
    const Token& t = tokens[k];
    if (t.type != Token::kWord) {
      const std::string_view p = TokenText(text, t);
      // A comma right before the closing mark ends an item of a list:
      // “Black Water,” “China Grove,” ...
      if (p == "," && k + 1 == to) continue;
      if (p == "." || p == "!" || p == "?" || p == ",") return false;
      continue;
    }
    ++words;
    const std::string_view word = TokenText(text, t);
    if (t.cap || std::isdigit(static_cast<unsigned char>(word[0]))) continue;
    const LowerWord lower(word);
    if (lower == "of" || lower == "the" || lower == "and" || lower == "in" ||
        lower == "for" || lower == "on" || lower == "a" || lower == "to" ||
        lower == "&") {
      continue;
    }
    return false;
  }
  return words > 0;
}

// Whether the quotation from token `open` to `close` (its marks) is all
// its paragraph holds, perhaps after a list number, and is a few words
// without a sentence's end: a subheading that quotes ("3. “Not some
// irregular channel”", "“Alarming mortality rate”"), not speech.
bool IsQuotedHeading(std::string_view text, const std::vector<Token>& tokens,
                     size_t open, size_t close) {
  if (close + 1 != tokens.size() || open > 2) return false;
  for (size_t k = 0; k < open; ++k) {
    const std::string_view p = TokenText(text, tokens[k]);
    if (p != "." && !std::isdigit(static_cast<unsigned char>(p[0]))) {
      return false;
    }
  }
  size_t words = 0;
  for (size_t k = open + 1; k < close; ++k) {
    if (tokens[k].type == Token::kWord) {
      ++words;
      continue;
    }
    const std::string_view p = TokenText(text, tokens[k]);
    if (p == "." || p == "!" || p == "?") return false;
  }
  return words > 0 && words <= 6;
}

size_t WordCount(std::string_view text, Span s) {
  size_t n = 0;
  bool in_word = false;
  for (size_t i = s.start; i < s.end; ++i) {
    const bool space = text[i] == ' ' || text[i] == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// True when a word token of Tokenize(text, {0, text.size()}) starts at
// byte `at`, told from the bytes alone, and so the first token at or after
// `at` is no quote mark: an ASCII letter or digit after a space or line
// feed (which no token holds, and no ASCII byte leads a character running
// past), with no byte of a longer character among the three before it.
// False when unsure.
bool StartsWithWordToken(std::string_view text, size_t at) {
  if (at < 3 || at >= text.size()) return false;
  const auto byte = [text](size_t k) {
    return static_cast<unsigned char>(text[k]);
  };
  return kAsciiAlnum[byte(at)] &&
         (byte(at - 1) == ' ' || byte(at - 1) == '\n') && byte(at - 2) < 0x80 &&
         byte(at - 3) < 0x80;
}

class DocumentQuotes {
 public:
  DocumentQuotes(std::string_view text, const std::vector<QuoteMark>& marks,
                 const Segmentation& seg, const QuoteContext& ctx,
                 const CueTable& cues, const SpeakerWords& words,
                 std::vector<size_t>* unbalanced)
      : text_(text),
        seg_(seg),
        ctx_(ctx),
        cues_(cues),
        words_(words),
        tokens_(Tokenize(text, {0, text.size()})),
        para_finder_(tokens_),
        cue_cache_(text, tokens_, cues, ctx.cue_word_starts),
        registry_(text, tokens_, seg, ctx.actors, &words),
        pairs_(PairQuotes(marks, seg.paragraphs, unbalanced)) {}

  std::vector<Quote> Run();

 private:
  // Fills `w` for paragraph `p`, reusing its vectors' memory.
  void Prepare(size_t p, size_t& pair_cursor, ParagraphWork& w) const;
  void DoParagraph(ParagraphWork& w, size_t p, std::vector<Quote>& out);
  // Gives the unattributed direct quotes in out[first...] the speaker of
  // the reported speech right before each in their paragraph.
  void ContinueReportedSpeech(std::vector<Quote>& out, size_t first);
  void DoQuote(ParagraphWork& w, size_t q, std::vector<Quote>& out);
  Attribution After(const ParagraphWork& w, size_t from, size_t end) const;
  Attribution Before(const ParagraphWork& w, size_t begin,
                     size_t open_tok) const;
  // "Liang said the case showed that ... “Q”": when the subject of the
  // cue found for a quote is a document noun (SpeakerWords) and that cue
  // opens the clause another cue reports ("said [that]"), the subject and
  // cue of that outer cue replace them: the words are the reporter's.
  void ReportingSpeaker(const ParagraphWork& w, size_t begin,
                        Attribution& a) const;
  std::optional<std::string> Speak(const Attribution& a, Quote& quote);
  // "Aderholt returned to the issue later in the hearing. “What ...?”":
  // gives `quote` (a quotation opening its paragraph's sentence after
  // sentence s, with no attribution of its own) the subject of sentence s
  // when that is a person the text introduced or a personal pronoun, and
  // s reports no speech. False, leaving `quote` unchanged, otherwise.
  bool SubjectBeforeSpeaks(const ParagraphWork& w, size_t s, Quote& quote);
  bool IsTitleParagraph(Span p) const;
  // True when paragraph `p` has no quotation, no cue and no "according":
  // then neither DoQuote nor FindIndirectSpeech can find anything in it, so
  // it need not be prepared. `pair_cursor` as for Prepare (not advanced);
  // `start_cursor`, into cue_cache_.report_starts(), starts at 0 and
  // follows the paragraphs, asked in order.
  bool HasNothingToAttribute(size_t p, size_t pair_cursor,
                             size_t& start_cursor) const;

  // The resolved subject of paragraph `paragraph` when it has no quote
  // marks, announces the quotations after it ("X delivered the following
  // remarks") and the next paragraph opens with one; nullopt otherwise.
  std::optional<std::string> IntroducedSpeaker(size_t paragraph);

  // Transcript handling.
  static bool LabelOf(std::string_view para, std::string_view* label,
                      size_t* body);
  bool LooksLikeTranscript() const;
  void DoTranscript(std::vector<Quote>& out);
  // An interview excerpt inside a story: paragraph `p` answers the "Q:"
  // paragraph before it under a label naming a person the text introduced
  // ("Wei: Yes. Two years ago, ..."). The answer, a direct quote by that
  // person; nullopt for any other paragraph.
  std::optional<Quote> InterviewAnswer(size_t p) const;

  std::string_view text_;
  const Segmentation& seg_;
  const QuoteContext& ctx_;
  const CueTable& cues_;
  const SpeakerWords& words_;
  std::vector<Token> tokens_;  // the whole text, tokenized once
  // The tokens of the paragraphs, found only for those that need them
  // (Prepare, IntroducedSpeaker), asked in the paragraphs' order; the last
  // paragraph's range is kept, as both ask for it.
  TokenRange ParagraphTokens(size_t p) const;
  mutable TokenRangeFinder para_finder_;
  mutable size_t cached_paragraph_ = static_cast<size_t>(-1);
  mutable TokenRange cached_range_;
  TokenCues cue_cache_;  // per token of tokens_
  SpeakerRegistry registry_;
  std::vector<QuotePair> pairs_;
  // The speaker of the last quote of the current and previous paragraph.
  std::optional<std::string> para_speaker_;
  std::optional<std::string> prev_para_speaker_;
};

void DocumentQuotes::Prepare(size_t p, size_t& pair_cursor,
                             ParagraphWork& w) const {
  w.quotes.clear();
  w.sentences.clear();
  w.text = text_;
  w.span = seg_.paragraphs[p];
  const TokenRange range = ParagraphTokens(p);
  const size_t from = range.first;
  const size_t to = range.end;
  w.tokens.assign(tokens_.begin() + from, tokens_.begin() + to);
  w.cue_cache = &cue_cache_;
  w.words = &words_;
  w.token_base = from;
  while (pair_cursor < pairs_.size() && pairs_[pair_cursor].paragraph < p) {
    ++pair_cursor;
  }
  for (size_t k = pair_cursor;
       k < pairs_.size() && pairs_[k].paragraph == p; ++k) {
    const QuotePair& pair = pairs_[k];
    const size_t open_tok = TokenAtOrAfter(w.tokens, pair.open);
    const size_t close_tok = pair.closed ? TokenAtOrAfter(w.tokens, pair.close)
                                         : w.tokens.size();
    w.quotes.push_back({open_tok, close_tok, &pair});
  }
  // TokenAtOrAfter(w.tokens, offset) when no token before `from` starts
  // at or after `offset`: the search need not look before `from`, and
  // mostly finds the answer at `from` itself.
  const auto at_or_after_from = [&w](size_t from, size_t offset) {
    const auto& t = w.tokens;
    if (from >= t.size() || t[from].start >= offset) return from;
    return static_cast<size_t>(
        std::lower_bound(t.begin() + static_cast<std::ptrdiff_t>(from) + 1,
                         t.end(), offset,
                         [](const Token& a, size_t v) { return a.start < v; }) -
        t.begin());
  };
  // Sentences follow one another (Segmentation): each starts at or after
  // the token at which the one before it ended, usually right there.
  size_t ended = 0;
  size_t ended_at = 0;  // that sentence's end offset
  // At its size at once, rather than grown step by step.
  w.sentences.reserve(seg_.first_sentence[p + 1] - seg_.first_sentence[p]);
  for (size_t s = seg_.first_sentence[p]; s < seg_.first_sentence[p + 1]; ++s) {
    const Span sentence = seg_.sentences[s];
    if (sentence.start < ended_at) ended = 0;  // out of order: search all
    const size_t first = at_or_after_from(ended, sentence.start);
    const size_t last =
        at_or_after_from(sentence.end >= sentence.start ? first : 0,
                         sentence.end);
    w.sentences.push_back({first, last});
    ended = last;
    ended_at = sentence.end;
  }
  // ICU breaks "“Stop!” he said." after the closing mark; such a lower-case
  // continuation belongs to the previous sentence.
  for (size_t s = 1; s < w.sentences.size();) {
    const size_t first = w.sentences[s].first;
    if (first < w.tokens.size() && w.tokens[first].type == Token::kWord &&
        !w.tokens[first].cap &&
        std::isalpha(static_cast<unsigned char>(text_[w.tokens[first].start]))) {
      w.sentences[s - 1].second = w.sentences[s].second;
      w.sentences.erase(w.sentences.begin() + s);
      continue;
    }
    ++s;
  }
  w.sentence_speaker.assign(w.sentences.size(), std::nullopt);
  w.speech.assign(w.quotes.size(), false);
}

// Whether ", SUBJECT CUE" ends its sentence: a comma right before the
// subject (which starts at byte `subject_start`) and nothing but the
// sentence's closing mark after the cue at token c.
bool AttributionEndsSentence(const ParagraphWork& w, size_t subject_start,
                             size_t c, const CueMatch& cue, size_t end) {
  const auto& t = w.tokens;
  const size_t subject = TokenAtOrAfter(t, subject_start);
  if (subject == 0 || subject >= c || !IsPunct(w.text, t[subject - 1], ",")) {
    return false;
  }
  const size_t after = c + cue.length;
  if (after >= end) return true;
  const std::string_view mark = TokenText(w.text, t[after]);
  return t[after].type == Token::kPunct &&
         (mark == "." || mark == "!" || mark == "?");
}

Attribution DocumentQuotes::After(const ParagraphWork& w, size_t from,
                                  size_t end) const {
  Attribution a;
  const auto& t = w.tokens;
  size_t k = from;
  while (k < end && t[k].type == Token::kPunct &&
         (IsPunct(text_, t[k], ",") || TokenText(text_, t[k]) == "—")) {
    ++k;
  }
  if (k >= end || t[k].type != Token::kWord) return a;
  CueMatch cue = w.CueAt(k);
  if (cue.length > 0) {
    // A participle is never inverted: in "“the drip-feed,” describing a
    // process in which ..." the words after it are its object.
    if (IsParticipleCue(LowerWord(TokenText(text_, t[k])))) return a;
    SubjectPhrase s = SubjectAfter(text_, t, k + cue.length, end, words_);
    if (s.kind != PhraseKind::kNone) {
      a.found = true;
      a.cue = cue;
      a.subject = std::move(s);
    }
    return a;
  }
  for (size_t c = k + 1; c < end && c < k + 28; ++c) {
    // Another quotation ends the attribution; a mark that pairs with none
    // ("Edmunds' executive director") does not.
    if (t[c].type == Token::kQuote && w.InQuote(c)) break;
    if (IsPunct(text_, t[c], ".") || IsPunct(text_, t[c], ";")) break;
    if (!w.StartsCue(c)) continue;
    cue = w.CueAt(c);
    SubjectPhrase s = SubjectBefore(text_, t, k, c, words_);
    if (s.kind != PhraseKind::kNone && s.span.start == t[k].start) {
      a.found = true;
      a.cue = cue;
      a.subject = std::move(s);
    } else if (s.kind != PhraseKind::kNone) {
      // "But Whitlock said", "Redwater chief executive Cole Hartigan
      // said": allow stop words, names and titles before the subject.
      bool only_stops = true;
      size_t lower_words = 0;
      for (size_t m = k; m < c && t[m].start < s.span.start; ++m) {
        const bool comma = t[m].type == Token::kPunct && TokenText(text_, t[m]) == ",";
        only_stops &= (t[m].type == Token::kWord || comma);
        // "“... Not pained.” Although he had written a will, ...": a
        // subordinate clause opens a new sentence, not an attribution
        // ("as one CEO told me" is one).
        only_stops &= !(t[m].type == Token::kWord &&
                        IsSubordinator(TokenText(text_, t[m])) &&
                        !EqualsLowerAscii(TokenText(text_, t[m]), "as"));
        // "as one bank executive told me": the "as" that opens the
        // attribution describes nobody.
        if (t[m].type == Token::kWord && !t[m].cap &&
            !(m == k && EqualsLowerAscii(TokenText(text_, t[m]), "as")) &&
            !IsTitleWord(LowerWord(TokenText(text_, t[m])))) {
          ++lower_words;
        }
      }
      // "plant manager Luis Arredondo said": a few words of description.
      only_stops &= lower_words == 0 ||
                    (s.kind == PhraseKind::kName && lower_words <= 3);
      const bool closes = lower_words > 0 &&
                          AttributionEndsSentence(w, s.span.start, c, cue, end);
      if (only_stops || closes) {
        a.found = true;
        a.cue = cue;
        a.subject = std::move(s);
        a.closes_writers_sentence = closes;
      }
    }
    break;
  }
  return a;
}

Attribution DocumentQuotes::Before(const ParagraphWork& w, size_t begin,
                                   size_t open_tok) const {
  Attribution a;
  const auto& t = w.tokens;
  if (begin >= open_tok) return a;
  const size_t last = open_tok - 1;
  const bool punct = IsPunct(text_, t[last], ",") ||
                     IsPunct(text_, t[last], ":") || TokenText(text_, t[last]) == "—";
  // According to X, “Q.”
  if (t[begin].type == Token::kWord &&
      EqualsLowerAscii(TokenText(text_, t[begin]), "according") &&
      begin + 1 < last &&
      EqualsLowerAscii(TokenText(text_, t[begin + 1]), "to")) {
    // But "According to AFP, one user on Weibo posted: “Q”" is the
    // user's: with a cue after the source, the speaker's subject starts
    // after the source's comma.
    size_t comma = begin + 2;
    while (comma < last && !IsPunct(text_, t[comma], ",")) ++comma;
    bool cue_after_source = false;
    for (size_t m = comma + 1; m < last && !cue_after_source; ++m) {
      cue_after_source = w.CueAt(m).length > 0;
    }
    if (cue_after_source) {
      begin = comma + 1;
    } else if (SubjectPhrase s =
                   SubjectAfter(text_, t, begin + 2, last, words_);
               s.kind != PhraseKind::kNone) {
      a.found = true;
      a.cue.length = 2;
      a.cue.lemma = "according to";
      a.cue.span = {t[begin].start, t[begin + 1].end};
      a.subject = std::move(s);
      a.introduces = punct;
      return a;
    }
  }
  const size_t floor = open_tok > 40 ? std::max(begin, open_tok - 40) : begin;
  // Parentheses closed before the quote and not yet opened, walking back:
  // a cue inside them attributes only their own words ("(44 percent say
  // they want ...), but ... if he “committed ...”").
  int closed_parens = 0;
  for (size_t c = last + 1; c-- > floor;) {
    if (t[c].type == Token::kQuote) break;
    if (t[c].type == Token::kPunct && t[c].end == t[c].start + 1) {
      const char mark = text_[t[c].start];
      if (mark == ')') ++closed_parens;
      if (mark == '(' && closed_parens > 0) --closed_parens;
    }
    if (closed_parens > 0) continue;
    if (!w.StartsCue(c)) continue;
    const CueMatch& cue = w.CueAt(c);
    if (c + cue.length > open_tok) continue;
    if (CueInRelativeClause(w, begin, c, cue) || PassiveCue(w, c)) continue;
    SubjectPhrase s = SubjectBefore(text_, t, begin, c, words_);
    if (s.kind == PhraseKind::kNone && c > 0) {
      const LowerWord prev(TokenText(text_, t[c - 1]));
      const bool after_comma =
          prev == "," || (t[c - 1].type == Token::kQuote && c >= 2 &&
                          TokenText(text_, t[c - 2]) == ",");
      const bool participle =
          after_comma && IsParticipleCue(LowerWord(TokenText(text_, t[c])));
      if (participle || prev == "and" || prev == "but") {
        const size_t sentence = w.SentenceOfToken(open_tok);
        if (!w.sentence_speaker[sentence]) {
          s = SentenceSubject(w, cues_, w.sentences[sentence].first, c);
        }
        if (s.kind == PhraseKind::kNone && w.sentence_speaker[sentence]) {
          a.found = true;
          a.cue = cue;
          a.resolved = w.sentence_speaker[sentence];
          a.adjacent = c + cue.length == open_tok;
          return a;
        }
        if (s.kind == PhraseKind::kNone) return a;
      }
    }
    // Inverted: said Whitlock: “...”. Never after "told": the words
    // after it are the hearers ("told Newsweek: “...”").
    if (s.kind == PhraseKind::kNone && cue.lemma != "tell") {
      s = SubjectAfter(text_, t, c + cue.length, last, words_);
      if (s.kind != PhraseKind::kNone) {
        const size_t after = TokenAtOrAfter(t, s.span.end);
        if (after < last) s = SubjectPhrase{};
      }
    }
    if (s.kind == PhraseKind::kNone) continue;
    a.found = true;
    a.cue = cue;
    a.subject = std::move(s);
    const size_t gap = last - (c + cue.length - 1);
    a.introduces = punct && gap <= 8;
    // Adjuncts between the cue and the colon must not hold another clause.
    for (size_t m = c + cue.length; a.introduces && m < last; ++m) {
      if (t[m].type == Token::kWord &&
          EqualsLowerAscii(TokenText(text_, t[m]), "that")) {
        a.introduces = false;
      }
    }
    a.adjacent = c + cue.length == open_tok;
    ReportingSpeaker(w, begin, a);
    return a;
  }
  return a;
}

void DocumentQuotes::ReportingSpeaker(const ParagraphWork& w, size_t begin,
                                      Attribution& a) const {
  if (a.subject.kind != PhraseKind::kRole ||
      !words_.IsDocumentNoun(a.subject.head)) {
    return;
  }
  const auto& t = w.tokens;
  size_t clause = TokenAtOrAfter(t, a.subject.span.start);
  if (clause > begin &&
      EqualsLowerAscii(TokenText(text_, t[clause - 1]), "that")) {
    --clause;
  }
  // The outer cue ends right where the clause starts.
  for (size_t m = clause; m-- > begin && m + 4 >= clause;) {
    if (!w.StartsCue(m)) continue;
    const CueMatch& outer = w.CueAt(m);
    if (m + outer.length != clause) return;
    SubjectPhrase s = SubjectBefore(text_, t, begin, m, words_);
    if (s.kind == PhraseKind::kNone) return;
    a.subject = std::move(s);
    a.cue = outer;
    return;
  }
}

std::optional<std::string> DocumentQuotes::Speak(const Attribution& a,
                                                 Quote& quote) {
  quote.cue.assign(text_.substr(a.cue.span.start, a.cue.span.size()));
  if (a.resolved) return a.resolved;
  quote.speaker_span = a.subject.span;
  quote.speaker_mention = a.subject.text;
  // "“Heads needed to roll the day Jeffrey Epstein died,” he said": a
  // pronoun or a role after the quotation stands for someone named before
  // it, not for a name inside it ("“... with Big Machine Label Group ...,”
  // the production company said").
  // The second part of a split quotation ("“...,” he said, “...”") is
  // asked about from the first part's start, as the first part is.
  size_t at = a.subject.span.start;
  if (a.subject.kind == PhraseKind::kPronoun ||
      a.subject.kind == PhraseKind::kRole) {
    if (at >= quote.span.end) {
      at = quote.span.start;
    } else if (const size_t first = SplitQuotationStart(text_, at);
               first != std::string_view::npos) {
      at = first;
    }
  }
  return registry_.Resolve(a.subject, at,
                           text_.substr(quote.span.start, quote.span.size()));
}

void DocumentQuotes::DoQuote(ParagraphWork& w, size_t q,
                             std::vector<Quote>& out) {
  const ParagraphWork::QuoteTokens& qt = w.quotes[q];
  const QuotePair& pair = *qt.pair;
  const Span content =
      TrimQuoteSpan(text_, {pair.open_end, pair.close}, pair.closed);
  if (content.empty() || w.sentences.empty()) return;
  // Speech has words: a run of marks or punctuation is no quote.
  bool has_word = false;
  for (size_t i = content.start; i < content.end && !has_word; ++i) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    has_word = std::isalnum(c) || (c >= 0xC3 && c != 0xE2);
  }
  if (!has_word) return;
  const auto& t = w.tokens;
  const size_t sent_open = w.SentenceOfToken(qt.open_tok);
  size_t begin = w.sentences.empty() ? 0 : w.sentences[sent_open].first;
  if (q > 0) begin = std::max(begin, w.quotes[q - 1].close_tok + 1);
  size_t end = t.size();
  // The sentence of the closing mark; unused when there is none.
  const size_t sent_close =
      qt.close_tok < t.size() ? w.SentenceOfToken(qt.close_tok) : 0;
  // Whether the closing mark ends its sentence: then the attribution may
  // be the next sentence ("“Why?” she asked."), and a quotation that is a
  // sentence of its own needs none ("“Not everyone will succeed.”
  // Analysts are trying ...").
  bool closes_sentence = false;
  if (qt.close_tok < t.size()) {
    end = w.sentences[sent_close].second;
    closes_sentence = end <= qt.close_tok + 1;
    if (closes_sentence && sent_close + 1 < w.sentences.size()) {
      end = w.sentences[sent_close + 1].second;
    }
  }
  if (q + 1 < w.quotes.size()) end = std::min(end, w.quotes[q + 1].open_tok);
  const size_t after_from = std::min(qt.close_tok + 1, t.size());

  const Attribution before = Before(w, begin, qt.open_tok);
  // Whether a word comes between `begin` and the quote, and (asked only
  // when none does) between the quote and `end`.
  const auto any_word = [&t](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (t[k].type == Token::kWord) return true;
    }
    return false;
  };
  const bool words_before = any_word(begin, qt.open_tok);
  // With words before the quote, an attribution found there decides both
  // the kind and the speaker below whatever After would find: After need
  // not look.
  const Attribution after = before.found && words_before
                                ? Attribution()
                                : After(w, after_from, end);

  const bool starts_upper =
      std::isupper(static_cast<unsigned char>(text_[content.start])) ||
      static_cast<unsigned char>(text_[content.start]) >= 0x80;
  const bool own_sentence =
      closes_sentence && starts_upper && EndsSentence(text_, content);
  QuoteKind kind = QuoteKind::kPartial;
  if (!words_before) {
    kind = ((after.found && !after.closes_writers_sentence) || own_sentence ||
            !any_word(after_from, end))
               ? QuoteKind::kDirect
               : QuoteKind::kPartial;
  } else if (before.introduces) {
    kind = QuoteKind::kDirect;
  } else if (before.found && before.adjacent && starts_upper) {
    kind = QuoteKind::kDirect;
  } else if (after.found && starts_upper && qt.open_tok > 0 &&
             IsPunct(text_, t[qt.open_tok - 1], ":")) {
    // "..., she was only half-surprised: “It made sense,” she said.": a
    // sentence after a colon, attributed after it.
    kind = QuoteKind::kDirect;
  }

  const Attribution* use = nullptr;
  if (kind == QuoteKind::kDirect) {
    if (before.found && (before.introduces || before.adjacent)) {
      use = &before;
    } else if (after.found) {
      use = &after;
    }
  } else {
    if (before.found) {
      use = &before;
    } else if (after.found) {
      use = &after;
    }
  }

  // Not speech: scare quotes, titles, nicknames, repeated headlines.
  if (qt.open_tok > 0 && t[qt.open_tok - 1].type == Token::kWord &&
      IsNotSpeechLead(LowerWord(TokenText(text_, t[qt.open_tok - 1])))) {
    return;
  }
  // "their podcast “Beyond Finances”", "a poem called “Winter Solstice,
  // Camelot Station”", "an episode of “DWTS.”": a work's title, whatever
  // its punctuation.
  if (content.start < text_.size() &&
      std::isupper(static_cast<unsigned char>(text_[content.start]))) {
    size_t work = qt.open_tok;
    static constexpr std::string_view kNaming[] = {"called", "titled",
                                                   "entitled", "named", "of"};
    if (work > 1 && LowerIsOneOf(TokenText(text_, t[work - 1]), kNaming)) {
      --work;
    }
    if (work > 0 && t[work - 1].type == Token::kWord &&
        IsWorkNoun(LowerWord(TokenText(text_, t[work - 1])))) {
      return;
    }
  }
  // "known as “X”", "known as the “Three Amigos”": a nickname.
  {
    size_t as = qt.open_tok;
    if (as > 2 && IsArticle(TokenText(text_, t[as - 1]))) --as;
    if (as > 1 && EqualsLowerAscii(TokenText(text_, t[as - 1]), "as") &&
        EqualsLowerAscii(TokenText(text_, t[as - 2]), "known")) {
      return;
    }
  }
  if (!ctx_.title.empty() &&
      text_.substr(content.start, content.size()) == ctx_.title) {
    return;
  }
  // A title: not after a cue, or after one that names ("a show called
  // “Ask Dr. Mike”").
  if ((kind == QuoteKind::kPartial || use == nullptr ||
       use->cue.complement == CueComplement::kLabel) &&
      IsTitleCase(text_, t, qt.open_tok + 1, std::min(qt.close_tok, t.size()))) {
    return;
  }
  if (use == nullptr && qt.close_tok < t.size() &&
      IsQuotedHeading(text_, t, qt.open_tok, qt.close_tok)) {
    return;
  }
  // "... told a forum that China would “widen the door” and would treat
  // them “the same as domestic firms.”": the sentence's speaker.
  const bool sentence_speaks = kind == QuoteKind::kPartial && use == nullptr &&
                               w.sentence_speaker[sent_open].has_value();
  if (kind == QuoteKind::kPartial) {
    if (use == nullptr && !sentence_speaks) return;
    // "calling the new commitments the “phase two” deal" names a thing;
    // "called the plan “a bad joke”" quotes a judgement.
    if (use != nullptr && use->cue.lemma == "call" &&
        WordCount(text_, content) < 3) {
      return;
    }
    // "A CT of his chest showed a “ground glass” pattern": a finding's
    // term, nobody's words.
    if (use != nullptr && EvidenceSpeaksForNobody(use->subject, use->cue)) {
      return;
    }
    // "what's called “feather duvet lung”", "it is called “bird fancier's
    // lung”": a label in the passive names a term; nobody speaks.
    if (use != nullptr && use->cue.complement == CueComplement::kLabel &&
        PassiveLabel(text_, t, use->cue.span.start)) {
      return;
    }
    // One word is a partial quote after "as", "called", ... or inside the
    // clause a cue before it reports ("said Europe had ‘sleepwalked’ into
    // dependence"): the speaker's own word. After a partial-only cue ("is
    // described with the buzzword “involution”") or elsewhere it names a
    // term.
    if (WordCount(text_, content) < 2 &&
        !(use == &before && !use->cue.partial_only())) {
      const LowerWord lead(qt.open_tok > 0
                               ? TokenText(text_, t[qt.open_tok - 1])
                               : std::string_view());
      if (lead != "as" && lead != "called" && lead != "calling" &&
          lead != "calls" && lead != "it") {
        return;
      }
    }
  }

  // Made in place: a Quote is too big to move cheaply.
  Quote& quote = AppendQuote(out, text_, content, kind, "");
  if (sentence_speaks) {
    quote.speaker = w.sentence_speaker[sent_open];
    quote.rule = "partial.sentence";
  } else if (use != nullptr) {
    quote.speaker = Speak(*use, quote);
    quote.rule = kind == QuoteKind::kDirect
                     ? (use == &before ? "direct.cue_before" : "direct.cue_after")
                     : "partial.cue";
  } else if (kind == QuoteKind::kDirect) {
    // A quote-only sentence or paragraph continues the run's speaker.
    if (para_speaker_) {
      quote.speaker = para_speaker_;
    } else if (!words_before && q == 0 && qt.open_tok == 0) {
      quote.speaker = prev_para_speaker_;
    }
    quote.rule = quote.speaker ? "direct.run" : "direct.unattributed";
    if (!quote.speaker && !words_before && q == 0 && sent_open > 0) {
      if (SubjectBeforeSpeaks(w, sent_open - 1, quote)) {
        quote.rule = "direct.sentence_subject";
      }
    }
  }
  if (quote.speaker && kind == QuoteKind::kDirect) para_speaker_ = quote.speaker;
  if (quote.speaker) {
    if (!w.sentence_speaker[sent_open]) {
      w.sentence_speaker[sent_open] = quote.speaker;
    }
    if (qt.close_tok < t.size() && !w.sentence_speaker[sent_close]) {
      w.sentence_speaker[sent_close] = quote.speaker;
    }
  }
  w.speech[q] = true;
}

bool DocumentQuotes::SubjectBeforeSpeaks(const ParagraphWork& w, size_t s,
                                         Quote& quote) {
  const auto [first, last] = w.sentences[s];
  // Reported speech in it ("Swift's rep told Fox News that ...") is
  // continued by its own rule, with the reporter as the speaker.
  for (size_t k = first; k < last; ++k) {
    if (w.StartsCue(k)) return false;
  }
  const SubjectPhrase subject = SentenceSubject(w, cues_, first, last);
  if (subject.kind == PhraseKind::kName) {
    // A person the text introduced, not any capitalised opening word
    // ("Sometimes employees don't follow the rules").
    quote.speaker = registry_.KnownPerson(subject.text, subject.span.start);
  } else if (subject.kind == PhraseKind::kPronoun &&
             subject.pronoun == PronounKind::kPerson) {
    quote.speaker = registry_.Resolve(subject, subject.span.start);
  }
  if (!quote.speaker) return false;
  quote.speaker_span = subject.span;
  quote.speaker_mention = subject.text;
  return true;
}

bool DocumentQuotes::IsTitleParagraph(Span p) const {
  return !ctx_.title.empty() && text_.substr(p.start, p.size()) == ctx_.title;
}

bool DocumentQuotes::HasNothingToAttribute(size_t p, size_t pair_cursor,
                                           size_t& start_cursor) const {
  while (pair_cursor < pairs_.size() && pairs_[pair_cursor].paragraph < p) {
    ++pair_cursor;
  }
  if (pair_cursor < pairs_.size() && pairs_[pair_cursor].paragraph == p) {
    return false;
  }
  // No cue and no "according" among the paragraph's tokens: those that
  // start inside its span (its TokenRange, without looking it up).
  const std::vector<uint32_t>& starts = cue_cache_.report_starts();
  const Span ps = seg_.paragraphs[p];
  while (start_cursor < starts.size() &&
         tokens_[starts[start_cursor]].start < ps.start) {
    ++start_cursor;
  }
  return start_cursor == starts.size() ||
         tokens_[starts[start_cursor]].start >= ps.end;
}

void DocumentQuotes::DoParagraph(ParagraphWork& w, size_t p,
                                 std::vector<Quote>& out) {
  para_speaker_.reset();
  const size_t first = out.size();
  for (size_t q = 0; q < w.quotes.size(); ++q) DoQuote(w, q, out);
  FindIndirectSpeech(w, cues_, registry_, out);
  ContinueReportedSpeech(out, first);
  (void)p;
}

void DocumentQuotes::ContinueReportedSpeech(std::vector<Quote>& out,
                                            size_t first) {
  // "Swift's rep told Fox News that this was not the whole truth. “Big
  // Machine is trying to deflect ...”": an unattributed quotation after
  // reported speech in its paragraph continues the reporter's speaker.
  bool any = false;
  for (size_t i = first; i < out.size() && !any; ++i) {
    any = out[i].rule == "direct.unattributed";
  }
  if (any) {
    // The paragraph's quotes by where they end, so that the one ending
    // last before each unattributed quote is one search away (a paragraph
    // of thousands of quotation marks stays n log n).
    std::vector<std::pair<size_t, size_t>> by_end;  // (end, index in out)
    by_end.reserve(out.size() - first);
    for (size_t i = first; i < out.size(); ++i) {
      by_end.emplace_back(out[i].span.end, i);
    }
    std::sort(by_end.begin(), by_end.end());
    for (size_t i = first; i < out.size(); ++i) {
      Quote& q = out[i];
      if (q.rule != "direct.unattributed") continue;
      auto it = std::upper_bound(
          by_end.begin(), by_end.end(),
          std::make_pair(q.span.start, std::numeric_limits<size_t>::max()));
      if (it == by_end.begin()) continue;
      --it;  // the latest end; of quotes that end there, the first made
      while (it != by_end.begin() && std::prev(it)->first == it->first) --it;
      // Reported speech (with or without quoted words: "It's important
      // to “take really detailed histories,” Dempsey said. “That way
      // ...”"), or a quotation this loop gave its speaker.
      const Quote& before = out[it->second];
      if (before.speaker && (before.kind == QuoteKind::kIndirect ||
                             before.kind == QuoteKind::kPartial ||
                             before.rule == "direct.run")) {
        q.speaker = before.speaker;
        q.rule = "direct.run";
        para_speaker_ = q.speaker;
      }
    }
  }
  // "Erekat said it was only the latest move." then a paragraph that is
  // only a quotation: a paragraph that ends in reported speech or a
  // partial quotation ("... said the release “give[s] us hope.") hands its
  // speaker on, as one that ends in a quotation does.
  if (!para_speaker_ && first < out.size()) {
    const Quote* last = &out[first];
    for (size_t j = first + 1; j < out.size(); ++j) {
      if (out[j].span.end > last->span.end) last = &out[j];
    }
    if (last->kind != QuoteKind::kDirect && last->speaker) {
      para_speaker_ = last->speaker;
    }
  }
}

// True when `s` holds a letter of any script.
bool HasLetter(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool DocumentQuotes::LabelOf(std::string_view para, std::string_view* label,
                             size_t* body) {
  const size_t limit = std::min<size_t>(para.size(), 60);
  size_t colon = std::string_view::npos;
  for (size_t i = 0; i < limit; ++i) {
    const char c = para[i];
    if (c == ':') {
      colon = i;
      break;
    }
    const bool ok = (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' ||
                    c == '\'' || c == '-';
    if (!ok) break;
  }
  if (colon == std::string_view::npos || colon == 0) {
    // "Q." without a colon.
    if (para.size() > 3 && para.substr(0, 3) == "Q. ") {
      *label = "Q";
      *body = 3;
      return true;
    }
    return false;
  }
  const std::string_view l = para.substr(0, colon);
  bool letters = false;
  for (char c : l) letters |= (c >= 'A' && c <= 'Z');
  if (!letters) return false;
  // "VIP : 60,000" is a price list: a speaker label touches its colon.
  if (l.back() == ' ') return false;
  // A one-letter label other than Q is more likely "A: ..." in a list.
  if (l.size() == 1 && l != "Q") return false;
  // "DEAR BEATEN UP:" greets a letter in an advice column; nobody by
  // that name answers.
  if (l.starts_with("DEAR ")) return false;
  *label = l;
  size_t b = colon + 1;
  while (b < para.size() && para[b] == ' ') ++b;
  *body = b;
  return true;
}

// A byte LabelOf lets a label go on with.
inline bool IsLabelByte(char c) {
  return (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' || c == '\'' ||
         c == '-';
}

// False when LabelOf(para) is surely false, on the first two bytes: a
// label (or "Q. ") opens with a label byte and goes on with one or its
// colon. Most paragraphs ("The ...", "“...") fail it on those bytes.
inline bool MayOpenWithLabel(std::string_view para) {
  return para.size() >= 2 && IsLabelByte(para[0]) &&
         (IsLabelByte(para[1]) || para[1] == ':');
}

bool DocumentQuotes::LooksLikeTranscript() const {
  if (ctx_.kind == DocumentKind::kTranscript) return true;
  size_t labels = 0;
  for (const Span& p : seg_.paragraphs) {
    if (!MayOpenWithLabel(text_.substr(p.start, p.size()))) continue;
    std::string_view label;
    size_t body;
    if (LabelOf(text_.substr(p.start, p.size()), &label, &body) &&
        label.size() > 1) {
      ++labels;
    }
  }
  return labels >= 3;
}

void DocumentQuotes::DoTranscript(std::vector<Quote>& out) {
  std::optional<std::string> speaker;
  std::string mention;
  Span mention_span;
  bool answering = false;
  for (size_t p = 0; p < seg_.paragraphs.size(); ++p) {
    const Span ps = seg_.paragraphs[p];
    const std::string_view para = text_.substr(ps.start, ps.size());
    std::string_view label;
    size_t body = 0;
    if (LabelOf(para, &label, &body)) {
      const std::string lower = LowerAscii(label);
      answering = !(lower == "q" || lower == "question" ||
                    lower == "moderator" || lower == "operator" ||
                    lower == "reporter" || lower == "audience member" ||
                    lower == "participant" || lower.starts_with("q "));
      if (answering) {
        speaker = registry_.ResolveLabel(label);
        mention = std::string(label);
        mention_span = {ps.start, ps.start + label.size()};
      }
    } else if (!speaker) {
      continue;  // the introduction before the first turn
    }
    if (!answering) continue;
    const Span content = TrimQuoteSpan(text_, {ps.start + body, ps.end}, false);
    if (content.empty() || !HasLetter(text_.substr(content.start, content.size()))) {
      continue;  // "02-751-1500": nothing was said
    }
    Quote q = MakeQuote(text_, content, QuoteKind::kDirect, "transcript.turn");
    q.speaker = speaker;
    q.speaker_mention = mention;
    q.speaker_span = mention_span;
    out.push_back(std::move(q));
  }
}

std::optional<Quote> DocumentQuotes::InterviewAnswer(size_t p) const {
  if (p == 0) return std::nullopt;
  const Span prev = seg_.paragraphs[p - 1];
  // A "Q" label opens its paragraph: most paragraphs are turned away on
  // their first byte, before LabelOf reads them.
  if (prev.empty() || text_[prev.start] != 'Q') return std::nullopt;
  std::string_view question_label;
  size_t question_body = 0;
  if (!LabelOf(text_.substr(prev.start, prev.size()), &question_label,
               &question_body) ||
      question_label != "Q") {
    return std::nullopt;
  }
  // "Wei:", "Ms. Lin:": one to three capitalised words touching a colon
  // and a space, within the paragraph's first 40 bytes.
  const Span ps = seg_.paragraphs[p];
  const std::string_view para = text_.substr(ps.start, ps.size());
  const size_t colon = para.substr(0, 40).find(": ");
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  const std::string_view label = para.substr(0, colon);
  size_t words = 0;
  for (size_t i = 0; i < label.size(); ++i) {
    if (i > 0 && label[i - 1] != ' ') continue;
    const auto first = static_cast<unsigned char>(label[i]);
    if (!(first >= 'A' && first <= 'Z') && first < 0x80) return std::nullopt;
    ++words;
  }
  if (words > 3) return std::nullopt;
  std::optional<std::string> speaker = registry_.KnownPerson(label, ps.start);
  if (!speaker) return std::nullopt;
  const Span content = TrimQuoteSpan(text_, {ps.start + colon + 2, ps.end}, false);
  if (content.empty()) return std::nullopt;
  Quote q = MakeQuote(text_, content, QuoteKind::kDirect, "interview.answer");
  q.speaker = std::move(speaker);
  q.speaker_mention = std::string(label);
  q.speaker_span = {ps.start, ps.start + label.size()};
  return q;
}

// True when `para` holds only hashtags, @mentions and links: a post's
// tag line, which says nothing its owner could be quoted on.
bool IsTagsAndLinksOnly(std::string_view para) {
  size_t i = 0;
  bool any = false;
  while (i < para.size()) {
    while (i < para.size() && (para[i] == ' ' || para[i] == '\n')) ++i;
    if (i == para.size()) break;
    size_t end = i;
    while (end < para.size() && para[end] != ' ' && para[end] != '\n') ++end;
    const std::string_view word = para.substr(i, end - i);
    if (word[0] != '#' && word[0] != '@' && !word.starts_with("http://") &&
        !word.starts_with("https://")) {
      return false;
    }
    any = true;
    i = end;
  }
  return any;
}

// Puts one paragraph's quotes, out[first, end), in text order (stable:
// quotes starting together keep the order they were found in).
// `in_order` becomes false once a quote starts before one of an earlier
// paragraph; `out` then needs a stable sort by start at the end. The
// result equals one stable sort of every quote in the order found, without
// moving thousands of quotes through a merge sort when, as usual, the
// paragraphs' quotes are already in order.
void SortParagraphQuotes(std::vector<Quote>& out, size_t first,
                         bool& in_order) {
  if (first == out.size()) return;
  const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  StableSortByStart(std::span(begin, out.end()));
  if (first > 0 && StartsBefore(*begin, *(begin - 1))) in_order = false;
}

std::vector<Quote> DocumentQuotes::Run() {
  std::vector<Quote> out;
  if (seg_.paragraphs.empty()) return out;
  if (LooksLikeTranscript()) {
    DoTranscript(out);
    return out;
  }
  const bool owner_mode = !ctx_.account_owner.empty() &&
                          (ctx_.kind == DocumentKind::kOfficial ||
                           ctx_.kind == DocumentKind::kPost);
  // At most one quotation for every pair of marks and about one report
  // for every cue (the few "according to" ones aside): reserving for them
  // spares the moves of a growing vector.
  out.reserve(pairs_.size() + cue_cache_.count() + 8);
  // One paragraph's work; its memory is reused for the next.
  ParagraphWork w;
  // Whether `out` is still in text order without the final sort.
  bool in_order = true;
  size_t cursor = 0;
  size_t start_cursor = 0;  // for HasNothingToAttribute
  for (size_t p = 0; p < seg_.paragraphs.size(); ++p) {
    const Span ps = seg_.paragraphs[p];
    if (IsTitleParagraph(ps)) continue;
    if (owner_mode && IsTagsAndLinksOnly(text_.substr(ps.start, ps.end - ps.start))) {
      continue;
    }
    if (!owner_mode) {
      if (std::optional<Quote> answer = InterviewAnswer(p)) {
        para_speaker_ = answer->speaker;
        prev_para_speaker_ = para_speaker_;
        out.push_back(*std::move(answer));
        continue;
      }
      if (std::optional<std::string> s = IntroducedSpeaker(p)) {
        // "X delivered the following remarks": the quote-only
        // paragraphs after it are X's.
        para_speaker_ = s;
        prev_para_speaker_ = para_speaker_;
        continue;
      }
    }
    if (!owner_mode && HasNothingToAttribute(p, cursor, start_cursor)) {
      // What DoParagraph would have left behind: no speaker.
      para_speaker_.reset();
      prev_para_speaker_ = para_speaker_;
      continue;
    }
    Prepare(p, cursor, w);
    // The paragraph's quotes go straight to `out`, from index `first` on.
    const size_t first = out.size();
    DoParagraph(w, p, out);
    const auto found = out.begin() + static_cast<std::ptrdiff_t>(first);
    if (owner_mode) {
      bool others = false;
      for (const Quote& q : std::span(found, out.end())) {
        if (q.speaker && *q.speaker != ctx_.account_owner &&
            q.kind != QuoteKind::kIndirect && !q.rule.starts_with("direct.run")) {
          others = true;
        }
      }
      if (!others) {
        out.erase(found, out.end());
        Quote q = MakeQuote(text_, ps, QuoteKind::kDirect, "owner.paragraph");
        q.speaker = std::string(ctx_.account_owner);
        q.cue = ctx_.kind == DocumentKind::kPost ? "posted" : "";
        out.push_back(std::move(q));
      } else {
        out.erase(std::remove_if(found, out.end(),
                                 [](const Quote& q) {
                                   return q.kind == QuoteKind::kIndirect;
                                 }),
                  out.end());
      }
    }
    prev_para_speaker_ = para_speaker_;
    SortParagraphQuotes(out, first, in_order);
  }
  if (!in_order) std::stable_sort(out.begin(), out.end(), StartsBefore);
  return out;
}

}  // namespace

std::optional<std::string> DocumentQuotes::IntroducedSpeaker(size_t p) {
  // Only a paragraph that a quotation follows introduces anything.
  if (p + 1 >= seg_.paragraphs.size()) return std::nullopt;
  const size_t next_start = seg_.paragraphs[p + 1].start;
  if (StartsWithWordToken(text_, next_start)) return std::nullopt;
  const TokenRange range = ParagraphTokens(p);
  const size_t next = para_finder_.AtOrAfter(next_start);
  if (next >= tokens_.size() || tokens_[next].type != Token::kQuote) {
    return std::nullopt;
  }
  const size_t from = range.first;
  const size_t to = range.end;
  for (size_t k = from; k < to; ++k) {
    if (tokens_[k].type == Token::kQuote) return std::nullopt;
  }
  for (size_t k = from + 1; k < to; ++k) {
    // Most words start no introduction, and the filter says so inline.
    if (!words_.MayStartIntroduction(TokenText(text_, tokens_[k])) ||
        words_.IntroductionAt(text_, tokens_, k) == 0) {
      continue;
    }
    // The subject before the verb that takes the introduction.
    const SubjectPhrase s = SubjectBefore(text_, tokens_, from, k - 1, words_);
    if (s.kind == PhraseKind::kNone) return std::nullopt;
    return registry_.Resolve(s, s.span.start);
  }
  return std::nullopt;
}

TokenRange DocumentQuotes::ParagraphTokens(size_t p) const {
  if (p != cached_paragraph_) {
    cached_range_ = para_finder_.Of(seg_.paragraphs[p]);
    cached_paragraph_ = p;
  }
  return cached_range_;
}

size_t ParagraphWork::SentenceOfToken(size_t k) const {
  if (sentences.empty()) return 0;
  auto it = std::upper_bound(
      sentences.begin(), sentences.end(), k,
      [](size_t v, const std::pair<size_t, size_t>& s) { return v < s.second; });
  return it == sentences.end() ? sentences.size() - 1 : it - sentences.begin();
}

bool ParagraphWork::InSpeechQuote(size_t k) const {
  auto it = std::upper_bound(
      quotes.begin(), quotes.end(), k,
      [](size_t v, const QuoteTokens& q) { return v < q.open_tok; });
  if (it == quotes.begin()) return false;
  --it;
  return k >= it->open_tok && k <= it->close_tok &&
         speech[it - quotes.begin()];
}

bool ParagraphWork::InQuote(size_t k) const {
  auto it = std::upper_bound(
      quotes.begin(), quotes.end(), k,
      [](size_t v, const QuoteTokens& q) { return v < q.open_tok; });
  if (it == quotes.begin()) return false;
  --it;
  return k >= it->open_tok && k <= it->close_tok;
}

bool IsParticipleCue(std::string_view lower) {
  return lower.size() > 4 && lower.substr(lower.size() - 3) == "ing";
}

// Whether `token` reads as a verb's past tense: a lower-case word in -ed
// ("protested"), or a common irregular one ("took", "wrote").
bool LooksLikePastTense(std::string_view text, const Token& token) {
  static constexpr std::string_view kIrregular[] = {
      "took",  "made", "went",  "wrote", "gave",   "came",    "sent",
      "met",   "held", "left",  "began", "brought", "sought", "kept",
      "found", "saw",  "won",   "lost",  "paid",   "built",   "rose",
      "fell",  "grew", "drew",  "chose", "stood",  "spent",   "ran"};
  if (token.cap) return false;
  const std::string_view word = TokenText(text, token);
  return (word.size() > 4 && word.ends_with("ed")) ||
         LowerIsOneOf(word, kIrregular);
}

SubjectPhrase SentenceSubject(const ParagraphWork& w, const CueTable& cues,
                              size_t first, size_t upto) {
  const auto& t = w.tokens;
  // "BUFFALO, N.Y. — Hours before ...": a dateline is nobody's subject.
  first = AfterDateline(w.text, t, first, upto);
  size_t k = first;
  // Skip opening stop words ("But", "In"), but not a pronoun subject ("She
  // declined to comment, saying only that ...").
  auto pronoun_subject = [&](size_t i) {
    const PronounKind p = w.words->Pronoun(LowerWord(TokenText(w.text, t[i])));
    return p != PronounKind::kNone && p != PronounKind::kFirstPerson;
  };
  while (k < upto && t[k].type == Token::kWord &&
         IsCapitalizedStopWord(TokenText(w.text, t[k])) &&
         TokenText(w.text, t[k]) != "The" && TokenText(w.text, t[k]) != "A" &&
         TokenText(w.text, t[k]) != "An" && !pronoun_subject(k)) {
    ++k;
  }
  // "Hours before the game, ...", "Days after the vote, ...": a time
  // and a preposition open an adjunct too.
  const bool time_adjunct =
      k == first && k + 1 < upto && t[k + 1].type == Token::kWord &&
      (EqualsLowerAscii(TokenText(w.text, t[k + 1]), "before") ||
       EqualsLowerAscii(TokenText(w.text, t[k + 1]), "after"));
  // "In Beijing, Zhou Hanbin said": skip an opening adjunct. A long one
  // ("In a two-hour hearing before the port committee on Friday, Olsberg
  // defended the audit, insisting that") is skipped unless a possessive
  // follows it ("..., Bolivia’s public defender’s office said"), whose
  // noun phrase SubjectAfter would cut after the possessive.
  if (k > first || time_adjunct) {
    for (size_t m = k; m < upto && m < k + 12; ++m) {
      if (t[m].type == Token::kPunct && TokenText(w.text, t[m]) == ",") {
        if (m < k + 8 || m + 1 >= upto || t[m + 1].type != Token::kWord ||
            !IsPossessiveForm(LowerAscii(TokenText(w.text, t[m + 1])))) {
          k = m + 1;
        }
        break;
      }
    }
  }
  // "Some younger farmers have switched ..., reasoning that": a group
  // with its determiner, up to its verb (an auxiliary or a cue). The same
  // for a group whose first word has its capital only from opening the
  // sentence ("Health care providers have protested ..., warning that"),
  // or that is a group noun before a preposition ("Officials in Ohio").
  if (k + 2 < upto && t[k].type == Token::kWord &&
      (IsDeterminerOfDescriptor(LowerWord(TokenText(w.text, t[k]))) ||
       (t[k].cap && t[k + 1].type == Token::kWord && !t[k + 1].cap &&
        (!IsPreposition(LowerWord(TokenText(w.text, t[k + 1]))) ||
         IsGroupNoun(LowerWord(TokenText(w.text, t[k])))) &&
        TokenText(w.text, t[k + 1]) != "and" &&
        TokenText(w.text, t[k + 1]) != "the"))) {
    // A place after a preposition belongs to the group ("Trade groups in
    // Ohio wrote ..."); a past tense ends it ("some of the mayor’s
    // defenders took to social media, claiming that").
    size_t m = k + 1;
    while (
        m < upto && m < k + 8 && t[m].type == Token::kWord &&
        (!t[m].cap || IsPreposition(LowerWord(TokenText(w.text, t[m - 1])))) &&
        !w.StartsCue(m) &&
        !IsSkippableAdverb(LowerWord(TokenText(w.text, t[m]))) &&
        !IsClauseBoundaryWord(LowerWord(TokenText(w.text, t[m]))) &&
        !LooksLikePastTense(w.text, t[m])) {
      ++m;
    }
    if (m > k + 1 && m < upto && t[m].type == Token::kWord &&
        (w.StartsCue(m) ||
         IsSkippableAdverb(LowerWord(TokenText(w.text, t[m]))) ||
         LooksLikePastTense(w.text, t[m]))) {
      SubjectPhrase s = SubjectBefore(w.text, t, k, m, *w.words);
      if (s.kind == PhraseKind::kDescriptor) return s;
    }
  }
  if (k < upto && t[k].type == Token::kWord) {
    SubjectPhrase s = SubjectAfter(w.text, t, k, upto, *w.words);
    if (s.kind != PhraseKind::kNone) return s;
  }
  for (size_t c = first; c < upto; ++c) {
    if (!w.StartsCue(c)) continue;
    SubjectPhrase s = SubjectBefore(w.text, t, first, c, *w.words);
    if (s.kind != PhraseKind::kNone) return s;
  }
  return SubjectPhrase{};
}

Quote MakeQuote(std::string_view text, Span span, QuoteKind kind,
                std::string_view rule) {
  Quote q;
  q.text = std::string(text.substr(span.start, span.size()));
  q.span = span;
  q.kind = kind;
  q.rule = std::string(rule);
  return q;
}

Quote& AppendQuote(std::vector<Quote>& out, std::string_view text, Span span,
                   QuoteKind kind, std::string_view rule) {
  Quote& q = out.emplace_back();
  // Made and moved in: assigning to the empty strings would take the
  // longer path of a replacement.
  q.text = std::string(text.substr(span.start, span.size()));
  q.span = span;
  q.kind = kind;
  q.rule = std::string(rule);
  return q;
}

Span TrimQuoteSpan(std::string_view text, Span span, bool strip_comma) {
  while (span.start < span.end &&
         (text[span.start] == ' ' || text[span.start] == '\n')) {
    ++span.start;
  }
  while (span.end > span.start &&
         (text[span.end - 1] == ' ' || text[span.end - 1] == '\n')) {
    --span.end;
  }
  if (strip_comma && span.end > span.start && text[span.end - 1] == ',') {
    --span.end;
  }
  return span;
}

QuoteExtractor::QuoteExtractor(const std::vector<CueVerb>& cues,
                               const DiscoveryRules& words)
    : cues_(std::make_unique<CueTable>(cues)), words_(words) {}

QuoteExtractor::~QuoteExtractor() = default;

const std::vector<std::string>& QuoteExtractor::CueWords() const {
  return cues_->StartWords();
}

std::vector<Quote> QuoteExtractor::Extract(std::string_view text,
                                           const std::vector<QuoteMark>& marks,
                                           const Segmentation& segmentation,
                                           const QuoteContext& context,
                                           std::vector<size_t>* unbalanced) const {
  DocumentQuotes doc(text, marks, segmentation, context, *cues_, words_,
                     unbalanced);
  return doc.Run();
}

std::vector<Quote> QuoteExtractor::Extract(std::string_view text,
                                           const QuoteContext& context) const {
  const std::vector<QuoteMark> marks = ClassifyQuoteMarks(text);
  const Segmentation seg = Segment(text);
  return Extract(text, marks, seg, context);
}

}  // namespace whosaid::nlp
