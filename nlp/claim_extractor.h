// Finds claims: propositions held by an actor.
//
// Five sources, each reported with its rule id:
// - "claim.reported": an indirect quote is a claim of its speaker;
// - "claim.label": a partial quote that labels something ("Brandvold called
//   the commitments “a promissory note, not a paycheck”") is its speaker's
//   claim, from the labelled words to the end of the quote. The labelling
//   verbs are the speech cues whose complement is a label (cues.toml);
// - "claim.cue": a sentence with a belief, intention or speech verb from the
//   [[claim_cue]] pack ("expects", "pledged", "denied", "insisted"); the
//   holder is the actor named just before the verb (or the person a "he" or
//   "she" there refers to, or the speaker of the quote it sits in);
// - "claim.quantity": a sentence that states a quantity about a topic; the
//   holder is the quote's speaker, the "according to" source, the
//   document's owner, or else the first person or organisation the sentence
//   names before the quantity. Questions are never claims;
// - "claim.quoted": every statement sentence (not a question, at least four
//   words) of a direct quote with a speaker is a claim of that speaker,
//   unless a claim above already covers it. Its topics come from the
//   quote's `topics` (which must be tagged already) when the sentence is
//   the whole quote or the quote has none, and from the tagger otherwise.
// Modality comes from the cue (planned, denied, hedged, asserted) and is
// refined by modal verbs in the proposition ("will" plans, "may" hedges);
// `negated` marks a negated proposition. Built once; immutable and
// thread-safe.

#ifndef WHOSAID_NLP_CLAIM_EXTRACTOR_H_
#define WHOSAID_NLP_CLAIM_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"
#include "nlp/speaker_phrase.h"
#include "nlp/string_set.h"
#include "nlp/topic_tagger.h"

namespace whosaid::nlp {

class PhraseMatcher;
class WordPhraseFinder;

// What the claim extractor reads besides the text. All pointers must stay
// valid during Extract.
struct ClaimInputs {
  std::string_view text;
  const std::vector<ActorInText>* actors = nullptr;
  const std::vector<Quote>* quotes = nullptr;
  const std::vector<Quantity>* quantities = nullptr;
  const TopicTagger* topics = nullptr;  // may be null: no quantity claims
  std::string default_holder;  // the document's owner; may be empty
  // The quotes already carry their topics from `topics` (the analyzer tags
  // them first): a claim repeating a quote's text takes them over instead
  // of tagging the text again.
  bool quotes_tagged = false;
  // `topics`' Scan of `text` (may be null): claims are tagged with
  // TagPart, which may skip the scan, instead of Tag.
  const TopicTagger::TextScan* text_scan = nullptr;
  // The increasing places of `text` that include every word start where
  // one of the extractor's CueWords() begins (a TopicTagger built with them
  // as extra words lists them: TextScan::extra_starts), or null: Extract
  // then walks the text for its cues itself.
  const std::vector<size_t>* cue_word_starts = nullptr;
  // The offset of every '.', '!', '?' and '\n' of `text` in increasing
  // order (Segmentation::marks), or null: Extract then finds them itself
  // where it needs sentences.
  const std::vector<size_t>* sentence_marks = nullptr;
};

class ClaimExtractor {
 public:
  // `words` gives the subject pronouns that make the actor named last the
  // holder ("She denied that ..."): its person pronouns name the last
  // person, its organisation and group pronouns the last organisation.
  // Without them a pronoun subject leaves the holder empty. The forms of
  // `speech_cues` whose complement is a label (CueComplement::kLabel) make
  // "claim.label"
  // claims; without them there are none.
  explicit ClaimExtractor(std::vector<ClaimCue> cues,
                          const DiscoveryRules& words = {},
                          const std::vector<CueVerb>& speech_cues = {});
  ~ClaimExtractor();

  // Claims in text order; quantities and topics filled.
  std::vector<Claim> Extract(const ClaimInputs& in) const;

  // The lower-case words the cue forms begin with, for a caller that finds
  // where they occur (ClaimInputs::cue_word_starts); empty when the cues
  // cannot be found so (one is not plain words, or begins with a one-letter
  // word), and then Extract ignores cue_word_starts.
  std::vector<std::string> CueWords() const;

 private:
  Modality CueModality(std::string_view cue) const;

  std::vector<ClaimCue> cues_;
  FlatStringMap<Modality> modality_;  // per form, of its first cue
  SpeakerWords words_;  // the pack's pronouns
  FlatStringSet label_forms_;  // lower case: "called", "described"
  // The cue forms: finder_ when WordPhraseFinder supports them, else
  // matcher_.
  std::unique_ptr<WordPhraseFinder> finder_;
  std::unique_ptr<PhraseMatcher> matcher_;
  std::vector<std::string> cue_words_;  // CueWords()
};

// Sentence bounds around `pos` in normalised text: [start, end) without the
// final punctuation's trailing space. Abbreviations ("U.S.", "Mr.") and
// initials do not end a sentence.
Span SentenceAround(std::string_view text, size_t pos);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_CLAIM_EXTRACTOR_H_
