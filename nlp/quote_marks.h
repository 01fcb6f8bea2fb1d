// Quote-mark classification: which “ ” „ « » ‹ › ‘ ’ " ' characters in a
// normalised text open or close a quotation, and which are apostrophes
// (don’t, Xi’s, ’90s, rock ’n’ roll).
//
// Classification looks only at the characters next to each mark, so it is one
// linear pass. A mark classified kCloseSingle may still turn out to be a
// possessive apostrophe ("the traders’ deals"); the quote extractor decides
// that when it pairs marks. Stateless; thread-safe.

#ifndef WHOSAID_NLP_QUOTE_MARKS_H_
#define WHOSAID_NLP_QUOTE_MARKS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

enum class QuoteMarkRole : uint8_t {
  kOpen,        // opens a quotation
  kClose,       // closes a quotation
  kApostrophe,  // part of a word: don’t, Xi’s, ’90s, ’n’
  kAmbiguous,   // a straight mark with spaces (or nothing) on both sides
};

struct QuoteMark {
  uint32_t offset = 0;  // byte offset of the mark in the text
  uint8_t length = 1;   // its UTF-8 length in bytes
  bool is_double = true;  // “ ” „ « » "  versus  ‘ ’ ‹ › '
  bool straight = false;  // " or '
  QuoteMarkRole role = QuoteMarkRole::kAmbiguous;
  // A closing single mark after "s" and before a lower-case word: the
  // traders’ deals. It closes a quotation only if no later mark can.
  bool maybe_possessive = false;
};

// Returns every quote mark of `text` (valid UTF-8) in text order.
std::vector<QuoteMark> ClassifyQuoteMarks(std::string_view text);

// A quote mark character found next to a quotation's span, for code that
// steps over it; `length` 0 when there is none.
struct MarkChar {
  size_t length = 0;
  bool is_double = false;  // " “ ” „ « » versus ' ‘ ’ ‹ ›
};
// The opening mark (" “ „ « ' ‘ ‹) that ends text[0, pos).
MarkChar OpeningMarkBefore(std::string_view text, size_t pos);
// The closing mark (" ” » ' ’ ›) that starts at text[pos].
MarkChar ClosingMarkAt(std::string_view text, size_t pos);
// The closing mark that ends text[0, pos).
MarkChar ClosingMarkBefore(std::string_view text, size_t pos);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_MARKS_H_
