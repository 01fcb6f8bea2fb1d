#include "nlp/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <memory>
#include <vector>

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

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

icu::BreakIterator* ThreadSentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(),
                                                   status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

// Where the UTF-16 copy and the UTF-8 text line up again after a non-ASCII
// character: UTF-16 unit `unit` is byte `byte`.
struct WideAnchor {
  size_t unit;
  size_t byte;
};

// The thread's UTF-16 copy of the text being segmented, reused so that
// segmenting a document allocates nothing once the buffers have grown.
struct WideBuffer {
  std::vector<UChar> units;
  std::vector<WideAnchor> anchors;
};

WideBuffer& ThreadWideBuffer() {
  thread_local WideBuffer buffer;
  return buffer;
}

// Widens UTF-8 `text` into `out` and records an anchor after every
// non-ASCII character (none at all for ASCII text). Invalid sequences become
// U+FFFD.
void WidenUtf8(std::string_view text, std::vector<UChar>& out,
               std::vector<WideAnchor>& anchors) {
  out.resize(text.size());  // UTF-16 never needs more units than UTF-8 bytes
  anchors.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  UChar* o = out.data();
  size_t n = 0;
  int32_t i = 0;
  while (i < length) {
    // Eight ASCII bytes at a time: most news text is ASCII.
    while (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      for (int k = 0; k < 8; ++k) o[n + k] = s[i + k];
      n += 8;
      i += 8;
    }
    if (i >= length) break;
    if (s[i] < 0x80) {
      o[n++] = s[i++];
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (c <= 0xFFFF) {
      o[n++] = static_cast<UChar>(c);
    } else {
      o[n++] = U16_LEAD(c);
      o[n++] = U16_TRAIL(c);
    }
    anchors.push_back({n, static_cast<size_t>(i)});
  }
  out.resize(n);
}

// Maps increasing UTF-16 offsets of the widened text back to UTF-8 byte
// offsets, walking forward over the anchors: linear over one document.
class WideCursor {
 public:
  explicit WideCursor(const std::vector<WideAnchor>& anchors)
      : anchors_(anchors) {}

  // REQUIRES: `unit` not less than the previous call's, and not inside a
  // surrogate pair (ICU never breaks there).
  size_t ToByte(size_t unit) {
    while (next_ < anchors_.size() && anchors_[next_].unit <= unit) {
      base_ = anchors_[next_++];
    }
    return base_.byte + (unit - base_.unit);
  }

 private:
  const std::vector<WideAnchor>& anchors_;
  size_t next_ = 0;
  WideAnchor base_{0, 0};
};

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// The word just after `pos` skipping spaces and opening quote marks.
std::string_view NextWord(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  size_t end = pos;
  while (end < text.size() && !IsSpace(text[end])) ++end;
  return text.substr(pos, end - pos);
}

void AddSentence(std::string_view text, size_t start, size_t end,
                 std::vector<Span>& out) {
  while (start < end && IsSpace(text[start])) ++start;
  while (end > start && IsSpace(text[end - 1])) --end;
  if (start < end) out.push_back({start, end});
}

}  // namespace

bool AbbreviationContinues(std::string_view text, size_t end,
                           std::string_view next_word) {
  if (end == 0 || text[end - 1] != '.') return false;
  size_t start = end - 1;
  while (start > 0 && !IsSpace(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"') {
    --start;
  }
  const std::string word = Lower(text.substr(start, end - start));
  // A single initial such as "F." in "John F. Kennedy".
  if (word.size() == 2 && std::isalpha(static_cast<unsigned char>(word[0])) &&
      std::isupper(static_cast<unsigned char>(text[start]))) {
    return true;
  }
  for (std::string_view a : kTitleAbbreviations) {
    if (word == a) return true;
  }
  for (std::string_view a : kOtherAbbreviations) {
    if (word != a) continue;
    if (next_word.empty()) return false;
    const unsigned char first = static_cast<unsigned char>(next_word[0]);
    if (std::islower(first) || std::isdigit(first)) return true;
    size_t n = 0;
    while (n < next_word.size() &&
           std::isalpha(static_cast<unsigned char>(next_word[n]))) {
      ++n;
    }
    const std::string_view bare = next_word.substr(0, n);
    if (bare.empty()) return false;  // a quote mark or other punctuation
    for (std::string_view o : kSentenceOpeners) {
      if (bare == o) return false;
    }
    // Months and "a.m." end sentences before capitals; U.S. and company
    // suffixes usually precede a noun.
    return word == "u.s." || word == "u.k." || word == "u.n." ||
           word == "e.u.";
  }
  return false;
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
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) seg.paragraphs.push_back({pos, end});
    pos = end + 2;
  }

  // One pass of the BreakIterator over the whole text: ICU breaks after
  // every line break, so no sentence crosses a paragraph boundary. ICU
  // iterates UTF-16 natively; a UTF-8 UText would refill a small UTF-16
  // chunk every few dozen characters, which cost a third of the pass, so
  // the text is widened once into a reused buffer instead.
  icu::BreakIterator* bi = ThreadSentenceIterator();
  UErrorCode status = U_ZERO_ERROR;
  UText ut_storage = UTEXT_INITIALIZER;
  UText* ut = nullptr;
  WideBuffer& wide = ThreadWideBuffer();
  if (bi != nullptr && !text.empty()) {
    WidenUtf8(text, wide.units, wide.anchors);
    ut = utext_openUChars(&ut_storage, wide.units.data(),
                          static_cast<int64_t>(wide.units.size()), &status);
    if (U_SUCCESS(status)) bi->setText(ut, status);
  }
  if (bi == nullptr || ut == nullptr || U_FAILURE(status)) {
    for (const Span& p : seg.paragraphs) AddSentence(text, p.start, p.end, seg.sentences);
  } else {
    size_t start = 0;
    WideCursor cursor(wide.anchors);
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
      const size_t boundary = cursor.ToByte(static_cast<size_t>(b));
      if (boundary < text.size() && text[boundary - 1] != '\n') {
        size_t end = boundary;
        while (end > start && IsSpace(text[end - 1])) --end;
        const std::string_view next = NextWord(text, boundary);
        if (AbbreviationContinues(text, end, next)) continue;
        // "“Stop!” he said." goes on after the quoted exclamation.
        if (!next.empty() && std::islower(static_cast<unsigned char>(next[0]))) {
          continue;
        }
      }
      AddSentence(text, start, boundary, seg.sentences);
      start = boundary;
    }
    if (start < text.size()) AddSentence(text, start, text.size(), seg.sentences);
  }
  if (ut != nullptr) utext_close(ut);
  // Assign sentences to paragraphs.
  size_t s = 0;
  for (const Span& p : seg.paragraphs) {
    while (s < seg.sentences.size() && seg.sentences[s].start < p.start) ++s;
    seg.first_sentence.push_back(static_cast<uint32_t>(s));
  }
  seg.first_sentence.push_back(static_cast<uint32_t>(seg.sentences.size()));
  return seg;
}

}  // namespace whosaid::nlp
