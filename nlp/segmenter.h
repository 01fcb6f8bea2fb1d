// Segmentation of normalised text into paragraphs and sentences.
//
// Paragraphs are the "\n\n"-separated blocks of a normalised text (see
// Normalize). Sentences come from the boundaries of ICU's English sentence
// BreakIterator, with a repair pass for abbreviations ICU breaks after (Mr.,
// Gov., Sen., Jan., No., U.S., a.m. followed by a capital).
//
// ICU's boundaries are computed by SentenceBreaks (sentence_breaks.h): a
// scanner that applies the same UAX #29 rules to each line whose characters
// it can judge, and ICU's BreakIterator itself for the other lines. Running
// ICU over everything cost about 59 instructions per byte, most of the
// segmenter; the scanner gives identical boundaries (tested against ICU on
// random strings, all corpora and aeb text, and by the analyzer fuzz
// target) at a few instructions per byte. Only computing sentences where a
// stage asks for them was the other option; every paragraph with a quote
// or cue needs them, which in news is most.
// Thread-safe: each thread uses its own BreakIterator and buffers.

#ifndef WHOSAID_NLP_SEGMENTER_H_
#define WHOSAID_NLP_SEGMENTER_H_

#include <cstddef>
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
  // The offset of every '.', '!', '?' and '\n' of the text, in increasing
  // order: the sentence scan reads each of them, and a stage that ends
  // sentences by its own rules (the claim extractor) starts from them
  // instead of searching the text again.
  std::vector<size_t> marks;

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
// `next_word` may go on past the word: only its first byte and its leading
// letters are read. Exposed for tests.
bool AbbreviationContinues(std::string_view text, size_t end,
                           std::string_view next_word);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SEGMENTER_H_
