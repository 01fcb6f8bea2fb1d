// Finds quotations and their speakers in normalised text.
//
// Direct quotes in every news layout (“Q,” X said / said X / X said: “Q” /
// According to X, “Q” / split quotes / multi-paragraph quotes / runs of
// quote-only paragraphs), partial quotes embedded in a sentence, indirect
// speech (X said (that) CLAUSE / CLAUSE, X said / according to X, CLAUSE),
// transcripts with speaker labels, and statements or posts whose body is
// the account owner's words. Text in quote marks that is not speech
// (titles, scare quotes, nicknames, repeated headlines) is skipped.
// Speakers come from a sieve, most precise rule first (see
// speaker_registry.h).
//
// A QuoteExtractor is built once from the cue verbs and the [discovery]
// words of a RulePack and is then immutable and thread-safe.

#ifndef WHOSAID_NLP_QUOTE_EXTRACTOR_H_
#define WHOSAID_NLP_QUOTE_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/quote_marks.h"
#include "nlp/rule_pack.h"
#include "nlp/segmenter.h"
#include "nlp/speaker_phrase.h"

namespace whosaid::nlp {

class CueTable;

// What the extractor may know about the document besides its text.
struct QuoteContext {
  std::string_view title;          // a paragraph repeating it is no quote
  DocumentKind kind = DocumentKind::kNews;
  std::string_view account_owner;  // official/post: whose words the body is
  // Actors ActorFinder found in the same text; may be null.
  const std::vector<ActorInText>* actors = nullptr;
  // The increasing places of the text that include every word start where
  // one of the extractor's CueWords() begins (a TopicTagger given them as
  // extra words lists them: TextScan::extra_starts), or null: Extract then
  // looks for its cues at every token. Null, too, for a text holding a
  // byte E4 to E9 (HasCjkIdeograph). Ignored when CueWords() is empty.
  const std::vector<size_t>* cue_word_starts = nullptr;
};

class QuoteExtractor {
 public:
  // `words` supplies the English pronouns, document nouns and publish
  // verbs (DiscoveryRules); by default none, so that no pronoun subject
  // ("he said") is recognised and no document ("the report") has an author.
  explicit QuoteExtractor(const std::vector<CueVerb>& cues,
                          const DiscoveryRules& words = {});
  ~QuoteExtractor();

  // Returns the quotes in `text` (normalised, see Normalize), in text order.
  // `marks` and `segmentation` must describe the same text. Offsets of
  // unbalanced quote marks that were dropped go to `unbalanced` (may be
  // null).
  std::vector<Quote> Extract(std::string_view text,
                             const std::vector<QuoteMark>& marks,
                             const Segmentation& segmentation,
                             const QuoteContext& context,
                             std::vector<size_t>* unbalanced = nullptr) const;

  // The lower-case words the cues (and "according") begin with, for a
  // caller that finds where they occur (QuoteContext::cue_word_starts);
  // empty when the cues cannot be found so.
  const std::vector<std::string>& CueWords() const;

  // Convenience for tests: classifies marks and segments `text` itself.
  std::vector<Quote> Extract(std::string_view text,
                             const QuoteContext& context = {}) const;

 private:
  std::unique_ptr<CueTable> cues_;
  SpeakerWords words_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_EXTRACTOR_H_
