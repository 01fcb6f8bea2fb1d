// Segmentation of normalised text into paragraphs and sentences.
//
// Paragraphs are the "\n\n"-separated blocks of a normalised text (see
// Normalize). Sentences come from ICU's English sentence BreakIterator, run
// once over the whole text, with a repair pass for abbreviations ICU breaks
// after (Mr., Gov., Sen., Jan., No., U.S., a.m. followed by a capital).
// Thread-safe: each thread uses its own BreakIterator.

#ifndef WHOSAID_NLP_SEGMENTER_H_
#define WHOSAID_NLP_SEGMENTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/document.h"

namespace whosaid::nlp {

struct Segmentation {
  std::vector<Span> paragraphs;  // in text order, never empty spans
  std::vector<Span> sentences;   // in text order, trimmed, within paragraphs
  // first_sentence[p] is the index of paragraph p's first sentence;
  // first_sentence[paragraphs.size()] == sentences.size().
  std::vector<uint32_t> first_sentence;

  // Index of the sentence containing byte `offset` (or the last one that
  // starts before it). REQUIRES: !sentences.empty().
  size_t SentenceAt(size_t offset) const;
  // Index of the paragraph containing byte `offset` (or the last one that
  // starts before it). REQUIRES: !paragraphs.empty().
  size_t ParagraphAt(size_t offset) const;
};

// Splits `text` (normalised, valid UTF-8) into paragraphs and sentences.
Segmentation Segment(std::string_view text);

// True when the word ending at `end` (exclusive, just after its final '.')
// is an abbreviation that does not end a sentence before `next_word`.
// Exposed for tests.
bool AbbreviationContinues(std::string_view text, size_t end,
                           std::string_view next_word);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SEGMENTER_H_
