// ICU's sentence boundaries, found without ICU for most text.
//
// The segmenter's sentences must be exactly those of ICU's English sentence
// BreakIterator (ICU 72: the Unicode UAX #29 sentence rules, no exception
// list). ICU's rule-state machine costs about 55 instructions per byte, most
// of the segmenter, so SentenceBreaks reproduces the same rules with a small
// hand-written scanner and asks ICU only about the text it cannot judge:
//
// - ICU breaks after every line feed (rule SB4) and no rule looks past one
//   (SB8's look-ahead stops at it), so each line, up to and including its
//   "\n", is judged on its own.
// - A line is judged by the scanner when every character's
//   Sentence_Break property (read from ICU, the same data its rules use) is
//   one of Other, Lower, Upper, OLetter, Numeric, ATerm, STerm, Close,
//   SContinue, Sp or LF. A line with a CR, Sep, Extend or Format character
//   (combining marks, emoji selectors, joiners, soft hyphens) or invalid
//   UTF-8 is handed to ICU whole, as is everything when ICU's own iterator
//   is needed for the check.
//
// tests/nlp/sentence_breaks_test.cc compares the two on random strings over
// every property class; tests/quality/sentence_breaks_differential_test.cc
// on all corpora text and the aeb main texts; the analyzer fuzz target on
// every input it tries.
//
// Thread-safe: each thread keeps its own BreakIterator and buffers.

#ifndef WHOSAID_NLP_SENTENCE_BREAKS_H_
#define WHOSAID_NLP_SENTENCE_BREAKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

// Fills `out` with the byte offsets at which ICU's English sentence
// BreakIterator breaks `text` (UTF-8; invalid sequences count as U+FFFD),
// in increasing order: every boundary after 0, the last one text.size()
// (none for empty text). Returns false, with `out` empty, when ICU's
// iterator cannot be created. When `marks` is not null it is filled, on
// success or failure, with the offset of every '.', '!', '?' and '\n' of
// `text` in increasing order: the scanner reads each of them anyway, so a
// stage with its own notion of sentence ends need not look for them again.
bool SentenceBreaks(std::string_view text, std::vector<size_t>& out,
                    std::vector<size_t>* marks = nullptr);

// The same computed by ICU alone: the reference for the tests.
bool IcuSentenceBreaks(std::string_view text, std::vector<size_t>& out);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SENTENCE_BREAKS_H_
