// Internal to the quote extractor: one paragraph prepared for attribution
// (its tokens, its quotations as token ranges, its sentences as token
// ranges) and the indirect-speech pass that runs over it.
//
// Not part of the public nlp interface. Thread-compatible.

#ifndef WHOSAID_NLP_QUOTE_PARAGRAPH_H_
#define WHOSAID_NLP_QUOTE_PARAGRAPH_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/quote_cues.h"
#include "nlp/quote_pairs.h"
#include "nlp/speaker_phrase.h"
#include "nlp/speaker_registry.h"

namespace whosaid::nlp {

struct ParagraphWork {
  std::string_view text;  // the whole document text
  Span span;              // this paragraph
  std::vector<Token> tokens;
  struct QuoteTokens {
    size_t open_tok;   // token of the opening mark
    size_t close_tok;  // token of the closing mark, or tokens.size()
    const QuotePair* pair;
  };
  std::vector<QuoteTokens> quotes;
  std::vector<std::pair<size_t, size_t>> sentences;  // [first, last) tokens
  // The speaker each sentence's quotes were given, for participle cues
  // (", adding that ...").
  std::vector<std::optional<std::string>> sentence_speaker;

  // Index of the sentence containing token k.
  size_t SentenceOfToken(size_t k) const;
  // True when token k lies inside a quotation (marks included).
  bool InQuote(size_t k) const;
  // True when token k lies inside a quotation reported as speech.
  bool InSpeechQuote(size_t k) const;
  std::vector<bool> speech;  // per quote: reported as a quote
  // Cue matches of the whole document's tokens, computed once; this
  // paragraph's token k is document token token_base + k.
  const TokenCues* cue_cache = nullptr;
  size_t token_base = 0;
  // Where FindIndirectSpeech left off in cue_cache's report_starts(): the
  // next paragraph's walk starts there, not at the document's first place.
  // Any value gives the same answers (the walk steps back as needed); 0
  // for a new document.
  size_t report_cursor = 0;
  // The pack's pronouns and document nouns, for SubjectBefore/After.
  const SpeakerWords* words = nullptr;

  // The cue starting at token k (length 0 if none).
  const CueMatch& CueAt(size_t k) const {
    return cue_cache->At(token_base + k);
  }
  // Whether a cue starts at token k: CueAt(k).length > 0, more cheaply.
  bool StartsCue(size_t k) const { return cue_cache->StartsAt(token_base + k); }
};

// A quote value with its text cut from `text`.
Quote MakeQuote(std::string_view text, Span span, QuoteKind kind,
                std::string_view rule);

// The same quote made in place at the end of `out`; the reference is
// valid until `out` next grows.
Quote& AppendQuote(std::vector<Quote>& out, std::string_view text, Span span,
                   QuoteKind kind, std::string_view rule);

// Trims spaces and, for `strip_comma`, one trailing comma from `span`.
Span TrimQuoteSpan(std::string_view text, Span span, bool strip_comma);

// The subject of the sentence whose tokens start at `first`, looking no
// further than token `upto`: its opening noun phrase, or the subject of its
// first cue. For participle cues (", adding that") and coordinated ones
// ("welcomed the raids but said ...").
SubjectPhrase SentenceSubject(const ParagraphWork& w, const CueTable& cues,
                              size_t first, size_t upto);

// Whether `subj` is a measurement or a record that a cue of evidence
// ("show", "suggest", "indicate", "find") has as its subject: "Breathing
// tests showed that", "A CT of his chest showed a “ground glass”
// pattern". Such a finding is nobody's speech. (A study or a report speaks
// for its authors: those are document nouns, not these.)
bool EvidenceSpeaksForNobody(const SubjectPhrase& subj, const CueMatch& cue);

// True for cues that continue a clause: "adding", "noting", "saying".
bool IsParticipleCue(std::string_view lower);

// Adds the indirect speech of the paragraph to `out`.
void FindIndirectSpeech(ParagraphWork& work, const CueTable& cues,
                        SpeakerRegistry& registry, std::vector<Quote>& out);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_PARAGRAPH_H_
