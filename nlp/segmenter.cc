#include "nlp/segmenter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/function_words.h"
#include "nlp/sentence_breaks.h"

namespace whosaid::nlp {
namespace {

// Abbreviations that are always followed by more of the same sentence:
// titles and "No." before a number.
constexpr std::array<std::string_view, 24> kTitleAbbreviations = {
    "mr.",   "mrs.", "ms.",  "dr.",   "gov.", "sen.", "rep.", "prof.",
    "gen.",  "lt.",  "col.", "capt.", "sgt.", "st.",  "no.",  "nos.",
    "vs.",   "v.",   "rev.", "hon.",  "amb.", "sec.", "adm.", "cmdr."};

// Abbreviations that may also end a sentence: they continue it unless the
// next word is a usual sentence opener.
constexpr std::array<std::string_view, 28> kOtherAbbreviations = {
    "u.s.",  "u.k.",  "u.n.",  "e.u.",  "a.m.",  "p.m.",  "inc.",
    "corp.", "co.",   "ltd.",  "jan.",  "feb.",  "mar.",  "apr.",
    "jun.",  "jul.",  "aug.",  "sep.",  "sept.", "oct.",  "nov.",
    "dec.",  "etc.",  "i.e.",  "e.g.",  "jr.",   "sr.",   "bros."};

constexpr std::array<std::string_view, 30> kSentenceOpeners = {
    "The",  "A",     "An",    "He",    "She",   "It",     "They",  "We",
    "I",    "But",   "And",   "In",    "On",    "At",     "This",  "That",
    "These", "Those", "His",  "Her",   "Its",   "Their",  "Our",   "Some",
    "Many", "Most",  "There", "Still", "Yet",   "However"};

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// A word of at most eight bytes as one integer, byte k in bits 8k to 8k+7.
// The abbreviations all end in '.', so two packed words are equal exactly
// when the words are, and each lookup below compares numbers instead of
// calling memcmp.
constexpr uint64_t Packed(std::string_view word) {
  uint64_t packed = 0;
  for (size_t k = 0; k < word.size(); ++k) {
    packed |= uint64_t{static_cast<uint8_t>(word[k])} << (8 * k);
  }
  return packed;
}

template <size_t N>
constexpr std::array<uint64_t, N> PackedAll(
    const std::array<std::string_view, N>& words) {
  std::array<uint64_t, N> packed{};
  for (size_t k = 0; k < N; ++k) packed[k] = Packed(words[k]);
  return packed;
}

// Both lists packed, sorted, each marked whether it is a title: one binary
// search finds a word in either (no word is in both).
struct PackedAbbreviation {
  uint64_t packed;
  bool title;
  constexpr bool operator<(const PackedAbbreviation& other) const {
    return packed < other.packed;
  }
};

constexpr auto kAbbreviationsPacked = [] {
  std::array<PackedAbbreviation,
             kTitleAbbreviations.size() + kOtherAbbreviations.size()>
      all{};
  size_t n = 0;
  for (const uint64_t p : PackedAll(kTitleAbbreviations)) all[n++] = {p, true};
  for (const uint64_t p : PackedAll(kOtherAbbreviations)) all[n++] = {p, false};
  std::sort(all.begin(), all.end());
  return all;
}();

static_assert(std::adjacent_find(kAbbreviationsPacked.begin(),
                                 kAbbreviationsPacked.end(),
                                 [](const auto& a, const auto& b) {
                                   return a.packed == b.packed;
                                 }) == kAbbreviationsPacked.end(),
              "an abbreviation in both lists");

// The bytes that end the scan back for an abbreviation's start: the
// spaces, line feeds, '(' and '"' before a word.
constexpr auto kBeforeWord = [] {
  std::array<bool, 256> table{};
  table[' '] = table['\n'] = table['('] = table['"'] = true;
  return table;
}();

// AbbreviationContinues' quick test for long words relies on this.
static_assert(
    [] {
      for (int b = 0x29; b < 256; ++b) {
        if (kBeforeWord[b]) return false;
      }
      return true;
    }(),
    "a byte of kBeforeWord at or above 0x29");

// The text from the first non-space at or after `pos`: the next word and
// all that follows, which is all AbbreviationContinues and the lower-case
// test below need (neither reads past the word's first non-letter), without
// a scan for the word's end.
std::string_view FromNextWord(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  return text.substr(pos);
}

// Splits a text into paragraphs at "\n\n" from its line feeds, given in
// order: the paragraphs are the non-empty stretches between the first two
// line feeds of each run (a third one starts the next paragraph). Segment
// learns of every line feed from the sentence boundaries, which saves a
// search of the whole text.
class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, std::vector<Span>& out)
      : text_(text), out_(out) {}

  // REQUIRES: text[lf] == '\n', `lf` greater than the previous call's.
  void LineFeedAt(size_t lf) {
    if (lf < start_ || lf + 1 >= text_.size() || text_[lf + 1] != '\n') {
      return;
    }
    if (lf > start_) out_.push_back({start_, lf});
    start_ = lf + 2;
  }

  // Adds the last paragraph.
  void Finish() {
    if (start_ < text_.size()) out_.push_back({start_, text_.size()});
  }

 private:
  std::string_view text_;
  std::vector<Span>& out_;
  size_t start_ = 0;  // where the current paragraph starts
};

// A weekday or a time zone's abbreviation, as written after a time of day:
// "Tuesday", "ET", "EST", "GMT".
bool IsDayOrTimeZone(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "ET",   "EST",    "EDT",      "CT",       "CST",    "CDT",
      "MT",     "MST",  "MDT",    "PT",       "PST",      "PDT",    "GMT",
      "UTC",    "BST",  "CET"};
  return std::find(std::begin(kWords), std::end(kWords), word) !=
         std::end(kWords);
}

// Inline: Segment calls it once a sentence.
[[gnu::always_inline]] inline void AddSentence(std::string_view text,
                                               size_t start, size_t end,
                                               std::vector<Span>& out) {
  while (start < end && IsSpace(text[start])) ++start;
  while (end > start && IsSpace(text[end - 1])) --end;
  if (start < end) out.push_back({start, end});
}

}  // namespace

bool AbbreviationContinues(std::string_view text, size_t end,
                           std::string_view next_word) {
  if (end == 0 || text[end - 1] != '.') return false;
  // No abbreviation below is longer than five bytes, so the scan for the
  // word's start may stop at six.
  if (std::endian::native == std::endian::little && end >= 8) {
    // Most words before a full stop are longer: none of the five bytes
    // before the '.' is below '(' + 1, as every byte of kBeforeWord is. (A
    // byte below 0x29 sets a high bit of (x - 0x29...) & ~x; with none
    // there, none does. The three bytes outside the five are set to 0xFF,
    // which sets none and borrows nothing.)
    uint64_t x;
    std::memcpy(&x, text.data() + end - 8, 8);
    x |= 0xFF0000000000FFFFull;
    constexpr uint64_t kOnes = ~uint64_t{0} / 255;
    if (((x - kOnes * 0x29) & ~x & kOnes * 0x80) == 0) return false;
  }
  const size_t limit = end >= 6 ? end - 6 : 0;
  size_t start = end - 1;
  while (start > limit &&
         !kBeforeWord[static_cast<unsigned char>(text[start - 1])]) {
    --start;
  }
  const size_t size = end - start;
  if (size > 5) return false;
  // A single initial such as "F." in "John F. Kennedy".
  if (size == 2 && IsAsciiUpper(text[start])) return true;
  // The word in lower case, packed: its bytes packed, then lowered (each
  // byte on its own, so in either order), eight at a time where the text
  // has them.
  uint64_t written;
  if (std::endian::native == std::endian::little &&
      start + 8 <= text.size()) {
    std::memcpy(&written, text.data() + start, 8);
    written &= ~uint64_t{0} >> (8 * (8 - size));
  } else {
    written = Packed(text.substr(start, size));
  }
  const uint64_t packed = LowerAsciiBytes(written);
  const auto found =
      std::lower_bound(kAbbreviationsPacked.begin(), kAbbreviationsPacked.end(),
                       PackedAbbreviation{packed, false});
  if (found == kAbbreviationsPacked.end() || found->packed != packed) {
    return false;
  }
  if (found->title) return true;
  if (next_word.empty()) return false;
  const char first = next_word[0];
  if (IsAsciiLower(first) || (first >= '0' && first <= '9')) return true;
  size_t n = 0;
  while (n < next_word.size() && IsAsciiAlpha(next_word[n])) ++n;
  const std::string_view bare = next_word.substr(0, n);
  if (bare.empty()) return false;  // a quote mark or other punctuation
  for (std::string_view o : kSentenceOpeners) {
    if (bare == o) return false;
  }
  // "10:30 p.m. Aug. 9", "7 p.m. Tuesday", "4 p.m. ET": a time of day
  // goes on into its date or time zone.
  if (packed == Packed("a.m.") || packed == Packed("p.m.")) {
    return IsMonthName(next_word.substr(0, next_word.find_first_of(" ,\n"))) ||
           IsDayOrTimeZone(bare);
  }
  // Months end sentences before capitals; U.S. and company suffixes
  // usually precede a noun.
  return packed == Packed("u.s.") || packed == Packed("u.k.") ||
         packed == Packed("u.n.") || packed == Packed("e.u.");
}

size_t Segmentation::SentenceAt(size_t offset) const {
  auto it = std::upper_bound(
      sentences.begin(), sentences.end(), offset,
      [](size_t v, const Span& s) { return v < s.start; });
  return it == sentences.begin() ? 0 : (it - sentences.begin()) - 1;
}

size_t Segmentation::ParagraphAt(size_t offset) const {
  auto it = std::upper_bound(
      paragraphs.begin(), paragraphs.end(), offset,
      [](size_t v, const Span& s) { return v < s.start; });
  return it == paragraphs.begin() ? 0 : (it - paragraphs.begin()) - 1;
}

Segmentation Segment(std::string_view text) {
  Segmentation seg;
  // News paragraphs run to a few hundred bytes: room for one per 128 saves
  // the vector's repeated growth (a new block and a copy each time) for
  // nearly every text. A Segmentation lives only while a text is analysed.
  seg.paragraphs.reserve(text.size() / 128 + 1);
  ParagraphSplitter paragraphs(text, seg.paragraphs);

  // ICU's sentence boundaries (sentence_breaks.h): it breaks after every
  // line feed, so no sentence crosses a paragraph boundary, and the
  // boundaries after line feeds find the paragraphs too.
  thread_local std::vector<size_t> breaks;
  const bool icu_breaks = SentenceBreaks(text, breaks, &seg.marks);
  if (!icu_breaks) {
    for (size_t lf = text.find('\n'); lf != std::string_view::npos;
         lf = text.find('\n', lf + 1)) {
      paragraphs.LineFeedAt(lf);
    }
    paragraphs.Finish();
    // One sentence per paragraph.
    seg.sentences.reserve(seg.paragraphs.size());
    for (const Span& p : seg.paragraphs) AddSentence(text, p.start, p.end, seg.sentences);
  } else {
    // At most one sentence per boundary.
    seg.sentences.reserve(breaks.size());
    size_t start = 0;
    for (const size_t boundary : breaks) {
      size_t end = boundary;
      if (text[boundary - 1] == '\n') {
        paragraphs.LineFeedAt(boundary - 1);
        // A line feed right after the last boundary (the second of a
        // paragraph break) ends an empty sentence: nothing to trim or add.
        if (boundary - start == 1) {
          start = boundary;
          continue;
        }
      } else if (boundary < text.size()) {
        while (end > start && IsSpace(text[end - 1])) --end;
        const std::string_view next = FromNextWord(text, boundary);
        if (AbbreviationContinues(text, end, next)) continue;
        // "“Stop!” he said." goes on after the quoted exclamation.
        if (!next.empty() && IsAsciiLower(next[0])) {
          continue;
        }
      }
      AddSentence(text, start, end, seg.sentences);  // `end` trimmed or not
      start = boundary;
    }
    paragraphs.Finish();
    if (start < text.size()) AddSentence(text, start, text.size(), seg.sentences);
  }
  // Assign sentences to paragraphs.
  seg.first_sentence.reserve(seg.paragraphs.size() + 1);
  size_t s = 0;
  for (const Span& p : seg.paragraphs) {
    while (s < seg.sentences.size() && seg.sentences[s].start < p.start) ++s;
    seg.first_sentence.push_back(static_cast<uint32_t>(s));
  }
  seg.first_sentence.push_back(static_cast<uint32_t>(seg.sentences.size()));
  return seg;
}

}  // namespace whosaid::nlp
