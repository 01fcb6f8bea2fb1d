#include "nlp/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/nfc_check.h"
#include "nlp/utf8_next.h"

namespace whosaid::nlp {
namespace {

// Copies `raw` into `out`, replacing each maximal invalid subsequence by
// U+FFFD and recording the shifts in `map`. Returns the number replaced.
size_t RepairUtf8(std::string_view raw, std::string& out, OffsetMap& map) {
  size_t repaired = 0;
  out.reserve(raw.size() + 16);
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t length = static_cast<int32_t>(raw.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c <= 0) {  // NUL is never text: C strings downstream would cut there
      map.Add(out.size(), start);
      out += "\xEF\xBF\xBD";
      map.Add(out.size(), i);
      ++repaired;
    } else {
      out.append(raw.data() + start, i - start);
    }
  }
  return repaired;
}

// Whitespace that folds into one space inside a paragraph.
constexpr bool IsFoldedSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Invisible characters that are dropped.
constexpr bool IsDropped(UChar32 c) {
  return c == 0x200B || c == 0xFEFF || c == 0x00AD || c == 0x2060;
}

constexpr bool IsLineBreak(UChar32 c) {
  return c == '\n' || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

// The replacement for a dash variant, or nullptr.
constexpr const char* FoldedDash(UChar32 c) {
  switch (c) {
    case 0x2010:
    case 0x2011:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x2015:
    case 0x2E3A:
    case 0x2E3B:
      return "\xE2\x80\x94";
    default:
      return nullptr;
  }
}

// Non-ASCII characters Fold changes: line breaks, folded spaces, dropped
// characters and dash variants.
constexpr bool ChangedByFold(UChar32 c) {
  return IsLineBreak(c) || IsFoldedSpace(c) || IsDropped(c) ||
         FoldedDash(c) != nullptr;
}

// KeptBytesEnd keeps the curly quote marks U+2018 to U+201F without
// decoding them.
constexpr bool KeepsCurlyQuotes() {
  for (UChar32 c = 0x2018; c <= 0x201F; ++c) {
    if (ChangedByFold(c)) return false;
  }
  return true;
}
static_assert(KeepsCurlyQuotes());

// ChangedByFold for U+2000 to U+207F, computed from it at compile time.
constexpr std::array<bool, 0x80> ChangedGeneralPunctuation() {
  std::array<bool, 0x80> table{};
  for (UChar32 k = 0; k < 0x80; ++k) table[k] = ChangedByFold(0x2000 + k);
  return table;
}
constexpr std::array<bool, 0x80> kChangedGeneralPunctuation =
    ChangedGeneralPunctuation();

// True when `text` has a blank line (two line breaks with only spaces
// between them).
bool HasBlankLine(std::string_view text) {
  size_t pos = text.find('\n');
  while (pos != std::string_view::npos) {
    size_t j = pos + 1;
    while (j < text.size() &&
           (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) {
      ++j;
    }
    if (j < text.size() && text[j] == '\n') return true;
    pos = text.find('\n', j);
  }
  return false;
}

// Bytes that Fold copies as they are when they follow a kept character:
// printable ASCII, and every byte of a non-ASCII character whose lead byte
// is none of C2, E1, E2, E3 and EF. Those five lead every non-ASCII
// character Fold changes (IsFoldedSpace, IsDropped, IsLineBreak,
// FoldedDash: U+0085 to U+FF0D). A scan stops at such a lead byte and
// steps only over whole characters from there, so a continuation byte it
// reaches belongs to a kept character. (KeptBytesEnd also steps over the
// E2 of a whole curly quote mark, which Fold keeps.)
constexpr std::array<bool, 256> KeptBytes() {
  std::array<bool, 256> table{};
  for (int b = '!'; b < 256; ++b) table[b] = true;
  table[0xC2] = table[0xE1] = table[0xE2] = table[0xE3] = table[0xEF] = false;
  return table;
}
constexpr std::array<bool, 256> kKeptByte = KeptBytes();

// The end of the run from `i` of kept bytes and single spaces each followed
// by one: the first position p >= i holding neither. With
// `blank_line_breaks` (the text has a blank line, so Fold writes each
// "\n\n" between two kept characters as it is), the run may also go on
// over such a "\n\n" when the byte after it starts a kept character.
int32_t KeptBytesEnd(const uint8_t* s, int32_t i, int32_t length,
                     bool blank_line_breaks) {
#ifdef __SSE2__
  // Sixteen positions at a time while the byte after the block is
  // readable. Signed compares: bytes >= 0x80 are negative, so "> ' '" is
  // printable ASCII; movemask reads only each lane's high bit.
  const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                e1 = _mm_set1_epi8(static_cast<char>(0xE1)),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2)),
                e3 = _mm_set1_epi8(static_cast<char>(0xE3)),
                ef = _mm_set1_epi8(static_cast<char>(0xEF)),
                x80 = _mm_set1_epi8(static_cast<char>(0x80)),
                below_x98 = _mm_set1_epi8(static_cast<char>(0x97)),
                above_x9f = _mm_set1_epi8(static_cast<char>(0xA0));
  while (i + 17 <= length) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const bool ascii = _mm_movemask_epi8(b) == 0;
    if (ascii && i + 33 <= length) {
      // Thirty-two ASCII bytes at a time, the usual case in English, with
      // what the sixteen-byte step below would find for both halves: a
      // byte after the first half is ASCII, so "kept" is "> ' '" for it.
      // Text in other scripts never gets here.
      const __m128i b0 = b;
      const __m128i b1 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 16));
      if (_mm_movemask_epi8(b1) == 0) {
        // The 32 bits of two sixteen-byte compares, b0's low.
        auto mask32 = [](__m128i low, __m128i high) {
          return static_cast<uint32_t>(_mm_movemask_epi8(low)) |
                 static_cast<uint32_t>(_mm_movemask_epi8(high)) << 16;
        };
        const uint32_t kept =
            mask32(_mm_cmpgt_epi8(b0, space), _mm_cmpgt_epi8(b1, space));
        const uint32_t spaces =
            mask32(_mm_cmpeq_epi8(b0, space), _mm_cmpeq_epi8(b1, space));
        uint32_t keep = kept | (spaces & (kept >> 1));
        if (keep != ~uint32_t{0}) {
          keep |= spaces & (uint32_t{kKeptByte[s[i + 32]]} << 31);
        }
        if (keep != ~uint32_t{0} && blank_line_breaks) {
          const uint32_t newlines = mask32(_mm_cmpeq_epi8(b0, newline),
                                           _mm_cmpeq_epi8(b1, newline));
          // As the sixteen-byte step sees them: both line feeds and the
          // kept byte after them in one half.
          const uint32_t breaks =
              newlines & (newlines >> 1) & (kept >> 2) & 0xFFFF3FFFu;
          keep |= breaks | (breaks << 1);
        }
        if (keep != ~uint32_t{0}) return i + __builtin_ctz(~keep);
        i += 32;
        continue;
      }
    }
    unsigned kept =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(b, space)));
    if (!ascii) {
      const __m128i lead_e2 = _mm_cmpeq_epi8(b, e2);
      const __m128i changed = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(b, c2), _mm_cmpeq_epi8(b, e1)),
          _mm_or_si128(_mm_or_si128(lead_e2, _mm_cmpeq_epi8(b, e3)),
                       _mm_cmpeq_epi8(b, ef)));
      kept |= static_cast<unsigned>(
          _mm_movemask_epi8(_mm_andnot_si128(changed, b)));
      // E2 80 98 to E2 80 9F, the curly quote marks U+2018 to U+201F, are
      // kept: their lead byte is too when both continuation bytes are in
      // the block (98 to 9F are -104 to -97 as signed bytes).
      const unsigned e2_lanes =
          static_cast<unsigned>(_mm_movemask_epi8(lead_e2));
      if (e2_lanes != 0) {
        const unsigned second = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_cmpeq_epi8(b, x80)));
        const unsigned third = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(b, below_x98),
                          _mm_cmplt_epi8(b, above_x9f))));
        kept |= e2_lanes & (second >> 1) & (third >> 2);
      }
    }
    const unsigned spaces =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, space)));
    unsigned keep = kept | (spaces & (kept >> 1));
    // A space in the last lane is kept when the byte after the block is:
    // looked up only in a block the run would otherwise end in.
    if (keep != 0xFFFF) keep |= spaces & (kKeptByte[s[i + 16]] << 15);
    if (keep != 0xFFFF && blank_line_breaks) {
      // Paragraph breaks: two line feeds (each lane before them is kept,
      // so the byte before is no line feed) and a kept byte after them.
      const unsigned newlines = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_cmpeq_epi8(b, newline)));
      const unsigned breaks = newlines & (newlines >> 1) & (kept >> 2);
      keep |= breaks | (breaks << 1);
    }
    if (keep != 0xFFFF) return i + __builtin_ctz(~keep & 0xFFFF);
    i += 16;
  }
#endif
  while (i < length) {
    if (kKeptByte[s[i]]) {
      ++i;
    } else if (s[i] == ' ' && i + 1 < length && kKeptByte[s[i + 1]]) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// The length of the character at s[i] (i < length) when it is a
// non-ASCII one that Fold keeps as it is, else 0. KeptBytesEnd stops at
// the lead byte of many such characters (“ ” ’ – — …, all led by E2).
int32_t KeptCharLength(const uint8_t* s, int32_t i, int32_t length) {
  if (s[i] < 0x80) return 0;
  UChar32 c;
  const int32_t j = NextNonAscii(s, i, length, c);
  if (c < 0) return 0;
  // Most of these are General Punctuation (quote marks, dashes, ellipses):
  // one table look-up instead of the four tests.
  const bool changed = c >= 0x2000 && c < 0x2080
                           ? kChangedGeneralPunctuation[c - 0x2000]
                           : ChangedByFold(c);
  return changed ? 0 : j - i;
}

// The end of the run from `i` (just after a kept character) of kept
// characters and single spaces each followed by one: Fold copies it as it
// is.
int32_t KeptRunEnd(const uint8_t* s, int32_t i, int32_t length,
                   bool blank_line_breaks) {
  for (;;) {
    i = KeptBytesEnd(s, i, length, blank_line_breaks);
    if (i >= length) return i;
    int32_t n = KeptCharLength(s, i, length);
    if (n == 0 && s[i] == ' ' && i + 1 < length) {
      n = KeptCharLength(s, i + 1, length);
      if (n > 0) ++n;
    }
    if (n == 0) return i;
    i += n;
  }
}

// The folding pass. `in` is valid NFC UTF-8.
void Fold(std::string_view in, std::string& out, OffsetMap& map) {
  const bool soft_wraps = HasBlankLine(in);
  out.clear();
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t length = static_cast<int32_t>(in.size());
  int32_t i = 0;
  bool pending_space = false;
  int newlines = 0;  // line breaks seen since the last kept character
  bool shifted = false;  // out and in offsets differ since the last anchor
  map.Add(0, 0);
  // An anchor on the line of the one before it (the same difference of
  // offsets) changes no Map result, and most folds keep that difference (a
  // space for a space, "\n\n" for "\n\n"): only the others are added.
  ptrdiff_t diagonal = 0;  // out offset minus in offset at the last anchor
  auto anchor = [&](size_t to, size_t from) {
    const ptrdiff_t d =
        static_cast<ptrdiff_t>(to) - static_cast<ptrdiff_t>(from);
    if (d == diagonal) return;
    map.Add(to, from);
    diagonal = d;
  };
  while (i < length) {
    const int32_t start = i;
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(s, i, length, c);
    }
    if (c == '\n' || (c >= 0x80 && IsLineBreak(c))) {
      ++newlines;
      if (c == 0x2029) ++newlines;
      shifted = true;
      continue;
    }
    if ((c < 0x80 && c > ' ') || (c >= 0x80 && !IsFoldedSpace(c) &&
                                               !IsDropped(c))) {
      if (!out.empty()) {
        const bool paragraph = soft_wraps ? newlines >= 2 : newlines >= 1;
        if (paragraph) {
          out += "\n\n";
          shifted = true;
        } else if (pending_space || newlines > 0) {
          out += ' ';
          if (newlines > 0 || pending_space) shifted = true;
        }
      }
      pending_space = false;
      newlines = 0;
      const char* dash = c >= 0x80 ? FoldedDash(c) : nullptr;
      if (shifted) {
        anchor(out.size(), start);
        shifted = false;
      }
      if (dash) {
        out += dash;
        anchor(out.size(), i);
      } else {
        // Copy the whole run of kept characters at once, with the single
        // spaces between its words: they stay as they are, so they need
        // no anchor in the map.
        const int32_t run = KeptRunEnd(s, i, length, soft_wraps);
        out.append(in.data() + start, run - start);
        i = run;
      }
      continue;
    }
    // A folded space, a dropped character, or ASCII control/space.
    shifted = true;
    if (!IsDropped(c)) pending_space = true;
  }
  map.Add(out.size(), in.size());
}

}  // namespace

void OffsetMap::Add(size_t to, size_t from) {
  if (!anchors_.empty() && anchors_.back().to == to) {
    anchors_.back().from = from;
    return;
  }
  anchors_.push_back({to, from});
}

size_t OffsetMap::Map(size_t to) const {
  if (anchors_.empty()) return to;
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), to,
      [](size_t value, const Anchor& a) { return value < a.to; });
  if (it == anchors_.begin()) return to;
  const Anchor& a = *(it - 1);
  size_t from = a.from + (to - a.to);
  if (it != anchors_.end()) from = std::min(from, it->from);
  return from;
}

size_t NormalizedText::ToOriginal(size_t offset) const {
  for (auto it = maps.rbegin(); it != maps.rend(); ++it) {
    offset = it->Map(offset);
  }
  return offset;
}

namespace {

// Normalize without the last step, classifying quote marks, which only
// callers that attribute quotes need.
NormalizedText NormalizeWithoutQuoteMarks(std::string_view raw) {
  NormalizedText result;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  // One walk over the text says whether it needs repairing and, when it
  // is valid (nearly always), whether it needs NFC.
  Utf8Form form = U_SUCCESS(status) ? CheckUtf8Form(*nfc, raw, status)
                  : IsValidUtf8(raw) ? Utf8Form::kNfc
                                     : Utf8Form::kInvalid;
  std::string repaired;
  std::string_view valid = raw;
  if (form == Utf8Form::kInvalid) {
    OffsetMap map;
    result.repaired_bytes = RepairUtf8(raw, repaired, map);
    result.maps.push_back(std::move(map));
    valid = repaired;
    if (U_SUCCESS(status)) {
      form = IsNfcText(*nfc, valid, status) ? Utf8Form::kNfc
                                            : Utf8Form::kNotNfc;
    }
  }

  std::string composed;
  if (U_SUCCESS(status) && form == Utf8Form::kNotNfc) {
    icu::Edits edits;
    icu::StringByteSink<std::string> sink(&composed);
    nfc->normalizeUTF8(0,
                       icu::StringPiece(valid.data(),
                                        static_cast<int32_t>(valid.size())),
                       sink, &edits, status);
    if (U_SUCCESS(status)) {
      OffsetMap map;
      icu::Edits::Iterator it = edits.getCoarseChangesIterator();
      while (it.next(status)) {
        map.Add(it.destinationIndex(), it.sourceIndex());
        map.Add(it.destinationIndex() + it.newLength(),
                it.sourceIndex() + it.oldLength());
      }
      result.maps.push_back(std::move(map));
      valid = composed;
    }
  }

  OffsetMap fold_map;
  Fold(valid, result.text, fold_map);
  result.maps.push_back(std::move(fold_map));
  return result;
}

}  // namespace

NormalizedText Normalize(std::string_view raw) {
  NormalizedText result = NormalizeWithoutQuoteMarks(raw);
  result.quote_marks = ClassifyQuoteMarks(result.text);
  return result;
}

std::string NormalizeText(std::string_view raw) {
  // A short ASCII string such as a title is usually normal already: bytes
  // from '!' to DEL (each a kept character) and single spaces between
  // them, which Fold copies as they are.
  bool normal = !raw.empty() && raw.front() != ' ' && raw.back() != ' ';
  for (size_t k = 0; normal && k < raw.size(); ++k) {
    const auto b = static_cast<uint8_t>(raw[k]);
    normal = b > ' ' ? b < 0x80 : b == ' ' && raw[k + 1] != ' ';
  }
  if (normal) return std::string(raw);
  return std::move(NormalizeWithoutQuoteMarks(raw).text);
}

}  // namespace whosaid::nlp
