#include "nlp/sentence_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/utf8_next.h"

namespace whosaid::nlp {
namespace {

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

// The thread's UTF-16 copy of the text ICU judges, reused so that it
// allocates nothing once the buffers have grown.
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
// U+FFFD. ICU iterates UTF-16 natively; a UTF-8 UText would refill a small
// UTF-16 chunk every few dozen characters, which cost a third of the pass.
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
// offsets, walking forward over the anchors: linear over one text.
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

// Appends ICU's boundaries in text[begin, end), judged on its own, as
// offsets into `text`. False when ICU cannot be used.
bool AppendIcuBreaks(std::string_view text, size_t begin, size_t end,
                     std::vector<size_t>& out) {
  icu::BreakIterator* bi = ThreadSentenceIterator();
  if (bi == nullptr) return false;
  if (begin == end) return true;
  WideBuffer& wide = ThreadWideBuffer();
  WidenUtf8(text.substr(begin, end - begin), wide.units, wide.anchors);
  UErrorCode status = U_ZERO_ERROR;
  UText ut_storage = UTEXT_INITIALIZER;
  UText* ut =
      utext_openUChars(&ut_storage, wide.units.data(),
                       static_cast<int64_t>(wide.units.size()), &status);
  if (U_SUCCESS(status)) bi->setText(ut, status);
  const bool ok = U_SUCCESS(status);
  if (ok) {
    WideCursor cursor(wide.anchors);
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE;
         b = bi->next()) {
      out.push_back(begin + cursor.ToByte(static_cast<size_t>(b)));
    }
  }
  if (ut != nullptr) utext_close(ut);
  return ok;
}

// Appends the offset of every '.', '!', '?' and '\n' in text[begin, end)
// to `marks`, for the lines the scanner leaves to ICU.
void AppendMarks(std::string_view text, size_t begin, size_t end,
                 std::vector<size_t>& marks) {
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?' || c == '\n') marks.push_back(i);
  }
}

// Sentence_Break classes as the scanner sees them (the U_SB_* values);
// kNeedsIcu stands for CR, Sep, Extend and Format, which it leaves to ICU.
constexpr uint8_t kNeedsIcu = 0xFF;

uint8_t ClassOf(UChar32 c) {
  const int v = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  switch (v) {
    case U_SB_CR:
    case U_SB_SEP:
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return kNeedsIcu;
    default:
      return static_cast<uint8_t>(v);
  }
}

// ClassOf for every BMP code point, built on first use (64 KiB): ICU's
// property lookup costs more than the rest of the scanner per character.
// (Ascii() holds it: most texts need it, for their curly quote marks.)
const std::array<uint8_t, 0x10000>& BmpClasses() {
  static const auto* table = [] {
    auto* t = new std::array<uint8_t, 0x10000>;
    for (UChar32 c = 0; c < 0x10000; ++c) (*t)[c] = ClassOf(c);
    return t;
  }();
  return *table;
}

struct AsciiClasses {
  std::array<uint8_t, 128> cls;
  // Bytes that, outside a "terminator Close* Sp*" run, neither start one
  // nor need ICU: the scanner only notes their class. Non-ASCII bytes are
  // never plain.
  std::array<bool, 256> plain;
  // The ASCII bytes that are not plain are among . ! ? and the control
  // bytes below ' ' (true for every Unicode version so far: \n and \r),
  // so that SkipPlain may look for just those. It also stops at the plain
  // control bytes (tab and the like; normalised text has none), which its
  // callers step over.
  bool usual = false;
  // Every character from U+0400 to U+047F (lead byte D0 or D1: the
  // Cyrillic letters of Russian, Ukrainian, Bulgarian and Serbian) would
  // be plain too, so that SkipPlain may step over them.
  bool cyrillic = false;
  // ' ' is Sp, '\n' LF, and " U+201D U+2019 (” ’) are Close, so that
  // ScanLine may judge a sentence's usual end by the bytes.
  bool usual_ends = false;
  // Every character from U+2018 to U+201F (the curly quote marks) is
  // Close.
  bool curly_close = false;
  // BmpClasses(), read through this pointer instead of the function's
  // guarded static, which the scanner would ask for at every stop.
  const std::array<uint8_t, 0x10000>* bmp = nullptr;
};

const AsciiClasses& Ascii() {
  static const AsciiClasses table = [] {
    AsciiClasses t;
    t.plain.fill(false);
    t.usual = true;
    for (int b = 0; b < 128; ++b) {
      t.cls[b] = ClassOf(b);
      t.plain[b] = t.cls[b] != kNeedsIcu && t.cls[b] != U_SB_ATERM &&
                   t.cls[b] != U_SB_STERM && t.cls[b] != U_SB_LF;
      const bool stop = b == '.' || b == '!' || b == '?' || b < ' ';
      t.usual &= t.plain[b] || stop;
    }
    t.cyrillic = true;
    for (UChar32 c = 0x400; c < 0x480; ++c) {
      const uint8_t cls = ClassOf(c);
      t.cyrillic &= cls != kNeedsIcu && cls != U_SB_ATERM &&
                    cls != U_SB_STERM && cls != U_SB_LF;
    }
    t.bmp = &BmpClasses();
    t.curly_close = true;
    for (UChar32 c = 0x2018; c <= 0x201F; ++c) {
      t.curly_close &= (*t.bmp)[c] == U_SB_CLOSE;
    }
    t.usual_ends = t.cls[' '] == U_SB_SP && t.cls['\n'] == U_SB_LF &&
                   t.cls['"'] == U_SB_CLOSE && (*t.bmp)[0x201D] == U_SB_CLOSE &&
                   (*t.bmp)[0x2019] == U_SB_CLOSE;
    return t;
  }();
  return table;
}

#ifdef __SSE2__
// The lanes of `v` holding . ! ?, a control byte below ' ' or a non-ASCII
// byte: a superset of the bytes that are not plain when `ascii.usual`.
// The high bit of v - ' ', saturated as signed bytes, is set exactly for
// the bytes below ' ' as signed bytes, which are those and the non-ASCII
// ones; each compare sets it for its byte. (One instruction: GCC turns a
// signed compare with ' ' into two.)
unsigned AsciiStops(__m128i v) {
  const __m128i hit = _mm_or_si128(
      _mm_or_si128(_mm_subs_epi8(v, _mm_set1_epi8(' ')),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// The first position from `i` (at most `end`) whose byte is not plain, or
// (when `ascii.usual`) one holding a plain control byte below ' '.
size_t SkipPlain(const AsciiClasses& ascii, std::string_view text, size_t i,
                 size_t end) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
#ifdef __SSE2__
  if (ascii.usual) {
    for (; i + 16 <= end; i += 16) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const unsigned stop = AsciiStops(v);
      if (stop != 0) return i + __builtin_ctz(stop);
    }
  }
#endif
  while (i < end && ascii.plain[s[i]]) ++i;
  return i;
}

// Whether `b` leads a character from U+0400 to U+047F.
bool IsCyrillicLead(uint8_t b) { return (b & 0xFE) == 0xD0; }

// SkipPlain for Cyrillic text: the first position from `i` (at most `end`;
// `i` starts a character) that starts neither a plain ASCII character nor
// a whole two-byte one led by D0 or D1, which are plain when
// `ascii.cyrillic` (or that holds a plain control byte, as SkipPlain). A
// D0 or D1 without its continuation byte, and a stray continuation byte,
// stop it like any other byte. Returns `i` when the
// text there is too short for a block or `ascii.cyrillic` is false.
size_t SkipPlainCyrillic(const AsciiClasses& ascii, std::string_view text,
                         size_t i, size_t end) {
#ifdef __SSE2__
  if (!ascii.usual || !ascii.cyrillic) return i;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const __m128i even = _mm_set1_epi8(static_cast<char>(0xFE)),
                cyrillic = _mm_set1_epi8(static_cast<char>(0xD0)),
                above_continuation = _mm_set1_epi8(static_cast<char>(0xC0));
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    unsigned stop = AsciiStops(v);
    // A lead byte D0 or D1 in lane k with a continuation byte (0x80 to
    // 0xBF: below 0xC0 as signed bytes) in lane k + 1 is a whole
    // character: neither lane stops. Lane 0 starts a character, and every
    // lane before the first stop is plain ASCII or such a pair, so the
    // pairs found before it are real characters.
    const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_and_si128(v, even), cyrillic)));
    const unsigned continuation = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(v, above_continuation)));
    const unsigned pair = lead & (continuation >> 1);
    stop &= ~(pair | (pair << 1));
    if (stop != 0) return i + __builtin_ctz(stop);
  }
#endif
  return i;
}

// The class of the character at text[i] (i < end) and its length; false
// for invalid UTF-8. Inline: the scanner calls it once a character after
// a terminator.
[[gnu::always_inline]] inline bool Decode(const AsciiClasses& ascii,
                                          std::string_view text, size_t i,
                                          size_t end, uint8_t* cls,
                                          size_t* length) {
  const auto b = static_cast<uint8_t>(text[i]);
  if (b < 0x80) {
    *cls = ascii.cls[b];
    *length = 1;
    return true;
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  UChar32 c;
  const size_t j = NextNonAscii<size_t>(s, i, end, c);
  if (c < 0) return false;
  *cls = c < 0x10000 ? (*ascii.bmp)[c] : ClassOf(c);
  *length = j - i;
  return true;
}

// Outside a "terminator Close* Sp*" run, the characters that neither start
// one nor need ICU only set the class of the last character: the first
// position from `i` (at most `end`) holding another, or invalid UTF-8,
// with `prev` the class of the character before it (unchanged when there
// is none). This is the scanner's inner loop: in Arabic or Cyrillic text
// nearly every character goes through it, so it decodes inline and looks
// classes up in the tables directly.
size_t SkipPlainChars(const AsciiClasses& ascii, std::string_view text,
                      size_t i, size_t end, uint8_t& prev) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const std::array<uint8_t, 0x10000>& bmp = *ascii.bmp;
  while (i < end) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      if (!ascii.plain[b]) return i;
      // SkipPlain may stop at a plain control byte: start it after `i`.
      if (i + 1 < end && ascii.plain[s[i + 1]]) {
        i = SkipPlain(ascii, text, i + 1, end);
      } else {
        ++i;  // a single space between words of another script
      }
      prev = ascii.cls[s[i - 1]];
      continue;
    }
    if (IsCyrillicLead(b)) {
      const size_t skipped = SkipPlainCyrillic(ascii, text, i, end);
      if (skipped > i) {
        // The character before `skipped` is ASCII or two bytes from D0.
        i = skipped;
        prev = s[i - 1] < 0x80
                   ? ascii.cls[s[i - 1]]
                   : bmp[((s[i - 2] & 0x1F) << 6) | (s[i - 1] & 0x3F)];
        continue;
      }
    }
    if (b == 0xE2 && i + 2 < end && s[i + 1] == 0x80 &&
        (s[i + 2] & 0xF8) == 0x98 && ascii.curly_close) {
      // A curly quote mark, U+2018 to U+201F: Close, and news has many.
      prev = U_SB_CLOSE;
      i += 3;
      continue;
    }
    UChar32 c;
    const size_t j = NextNonAscii<size_t>(s, i, end, c);
    if (c < 0) return i;
    const uint8_t cls = c < 0x10000 ? bmp[c] : ClassOf(c);
    if (cls == U_SB_ATERM || cls == U_SB_STERM || cls == U_SB_LF ||
        cls == kNeedsIcu) {
      return i;
    }
    prev = cls;
    i = j;
  }
  return i;
}

// UAX #29 SB8's look-ahead from `i`: skipping everything but letters,
// terminators and paragraph separators, is the next such character Lower?
// `memo` caches the stop of the last look-ahead: any start before it stops
// there too, which keeps long runs linear.
struct LookAhead {
  size_t stop = 0;
  bool lower = false;
};

bool LowerAhead(const AsciiClasses& ascii, std::string_view text, size_t i,
                size_t end, LookAhead& memo) {
  if (i < memo.stop) return memo.lower;
  size_t j = i;
  uint8_t cls = U_SB_OTHER;
  size_t length = 1;
  for (; j < end; j += length) {
    // An undecodable or ICU-only character: the caller hands the whole
    // line to ICU when it gets there, so any answer will do.
    if (!Decode(ascii, text, j, end, &cls, &length)) break;
    if (cls == U_SB_OLETTER || cls == U_SB_UPPER || cls == U_SB_LOWER ||
        cls == U_SB_LF || cls == kNeedsIcu || cls == U_SB_ATERM ||
        cls == U_SB_STERM) {
      break;
    }
  }
  memo.stop = j;
  memo.lower = j < end && cls == U_SB_LOWER;
  return memo.lower;
}

// Appends the breaks inside the line from `begin` (up to and including
// its "\n", or to the end of the text) by the UAX #29 rules, and the line's
// end, which it also stores in `*line_end`. The scan itself finds the
// "\n": every loop below stops at one, and no rule looks past it. False
// when the line holds a character the scanner leaves to ICU (`out` may
// then hold some of the line's breaks; `*line_end` is unset). Appends to
// `marks` (when not null) the offset of every '.', '!', '?' and '\n' of the
// line: each is a terminator or the line feed, which the loop below reads
// one by one (SkipPlainChars stops at them).
bool ScanLine(std::string_view text, size_t begin, std::vector<size_t>& out,
              std::vector<size_t>* marks, size_t* line_end) {
  const AsciiClasses& ascii = Ascii();
  const size_t end = text.size();
  // State after the characters so far: do they end in "SATerm Close* Sp*"
  // (`run`), was that terminator an ATerm, has an Sp followed it; the
  // class of the last character and of the one before the last ATerm.
  bool run = false, aterm = false, spaced = false;
  uint8_t prev = U_SB_OTHER, before_aterm = U_SB_OTHER;
  LookAhead memo;
  for (size_t i = begin; i < end;) {
    if (!run) {
      i = SkipPlainChars(ascii, text, i, end, prev);
      if (i == end) break;
    }
    uint8_t cls;
    size_t length;
    const auto b = static_cast<uint8_t>(text[i]);
    if (b < 0x80) {  // most characters here: terminators, spaces, capitals
      cls = ascii.cls[b];
      length = 1;
    } else if (!Decode(ascii, text, i, end, &cls, &length)) {
      return false;
    }
    if (cls == kNeedsIcu) return false;
    if ((cls == U_SB_ATERM || cls == U_SB_STERM) && b < 0x80 &&
        ascii.usual_ends) {
      // The usual sentence ends, ". The", ".” The", ".\n", ".”\n": what the
      // steps below find for the terminator, at most one closing mark, and
      // a line feed or a space and an ASCII letter, in one. The terminator
      // itself never breaks (SB8a when `run`), nor the mark (SB9), the
      // space or the line feed (SB10); after "ATerm Close? Sp" a letter
      // breaks unless SB8 sees a Lower ahead, which it is; after "STerm
      // Close? Sp" it breaks.
      size_t j = i + 1;
      if (j < end) {
        const auto c = static_cast<uint8_t>(text[j]);
        if (c == '"') {
          ++j;
        } else if (c == 0xE2 && j + 2 < end &&
                   static_cast<uint8_t>(text[j + 1]) == 0x80 &&
                   (static_cast<uint8_t>(text[j + 2]) == 0x9D ||
                    static_cast<uint8_t>(text[j + 2]) == 0x99)) {
          j += 3;
        }
      }
      if (j < end && text[j] == '\n') {
        if (marks != nullptr) {
          marks->push_back(i);
          marks->push_back(j);
        }
        out.push_back(j + 1);
        *line_end = j + 1;
        return true;
      }
      if (j + 1 < end && text[j] == ' ' &&
          static_cast<uint8_t>(text[j + 1]) < 0x80) {
        const uint8_t next = ascii.cls[static_cast<uint8_t>(text[j + 1])];
        if (next == U_SB_UPPER || next == U_SB_LOWER) {
          if (marks != nullptr) marks->push_back(i);
          const bool lower = next == U_SB_LOWER;
          if (cls == U_SB_ATERM) {
            before_aterm = prev;
            memo.stop = j + 1;
            memo.lower = lower;
          }
          if (cls == U_SB_STERM || !lower) out.push_back(j + 1);
          run = false;
          prev = next;
          i = j + 2;
          continue;
        }
      }
    }
    if (run) {
      // Breaks come only from SB11 (after "SATerm Close* Sp*"), unless one
      // of SB6 to SB10 keeps the sentence going.
      const bool sb6 = prev == U_SB_ATERM && cls == U_SB_NUMERIC;
      const bool sb7 =
          prev == U_SB_ATERM && cls == U_SB_UPPER &&
          (before_aterm == U_SB_UPPER || before_aterm == U_SB_LOWER);
      const bool sb8a =
          cls == U_SB_SCONTINUE || cls == U_SB_ATERM || cls == U_SB_STERM;
      const bool sb9 = !spaced && cls == U_SB_CLOSE;  // with SB10's Sp, LF
      const bool sb10 = cls == U_SB_SP || cls == U_SB_LF;
      const bool keep = sb6 || sb7 || sb8a || sb9 || sb10 ||
                        (aterm && LowerAhead(ascii, text, i, end, memo));  // SB8
      if (!keep) out.push_back(i);
    }
    switch (cls) {
      case U_SB_ATERM:
      case U_SB_STERM:
        if (marks != nullptr && b < 0x80) marks->push_back(i);  // . ! ?
        if (cls == U_SB_ATERM) before_aterm = prev;
        run = true;
        aterm = cls == U_SB_ATERM;
        spaced = false;
        break;
      case U_SB_CLOSE:
        run = run && !spaced;
        break;
      case U_SB_SP:
        spaced = run;
        break;
      default:
        run = false;
    }
    prev = cls;
    i += length;
    if (cls == U_SB_LF) {  // SB4: a break after it
      if (marks != nullptr) marks->push_back(i - 1);
      out.push_back(i);
      *line_end = i;
      return true;
    }
  }
  out.push_back(end);  // SB2 at the end of the text
  *line_end = end;
  return true;
}

}  // namespace

bool SentenceBreaks(std::string_view text, std::vector<size_t>& out,
                    std::vector<size_t>* marks) {
  out.clear();
  if (marks != nullptr) {
    marks->clear();
    // About one a sentence and one a line, and more in numbers and
    // ellipses: room for one per 16 bytes, so that it seldom grows.
    marks->reserve(text.size() / 16 + 8);
  }
  if (ThreadSentenceIterator() == nullptr) {
    if (marks != nullptr) AppendMarks(text, 0, text.size(), *marks);
    return false;
  }
  for (size_t begin = 0; begin < text.size();) {
    if (text[begin] == '\n') {
      // A line of its own, the second of each paragraph break: what
      // ScanLine would find, without its set-up.
      if (marks != nullptr) marks->push_back(begin);
      out.push_back(++begin);
      continue;
    }
    const size_t mark = out.size();
    size_t end;
    if (!ScanLine(text, begin, out, marks, &end)) {
      out.resize(mark);
      const void* lf =
          std::memchr(text.data() + begin, '\n', text.size() - begin);
      end = lf == nullptr ? text.size()
                          : static_cast<size_t>(static_cast<const char*>(lf) -
                                                text.data()) +
                                1;
      if (marks != nullptr) {
        // The scan's own marks of the line, if any, are found again.
        while (!marks->empty() && marks->back() >= begin) marks->pop_back();
        AppendMarks(text, begin, end, *marks);
      }
      if (!AppendIcuBreaks(text, begin, end, out)) {
        out.clear();
        if (marks != nullptr) {
          marks->clear();
          AppendMarks(text, 0, text.size(), *marks);
        }
        return false;
      }
    }
    begin = end;
  }
  return true;
}

bool IcuSentenceBreaks(std::string_view text, std::vector<size_t>& out) {
  out.clear();
  if (!AppendIcuBreaks(text, 0, text.size(), out)) {
    out.clear();
    return false;
  }
  return true;
}

}  // namespace whosaid::nlp
