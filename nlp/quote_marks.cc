#include "nlp/quote_marks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace whosaid::nlp {
namespace {

// Decodes the code point that ends just before `pos` (0 at text start).
UChar32 Before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const auto last = static_cast<uint8_t>(text[pos - 1]);
  if (last < 0x80) return last;  // most neighbours: no decoding
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return c < 0 ? 0xFFFD : c;
}

// Decodes the code point that starts at `pos` (0 at text end).
UChar32 After(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const auto first = static_cast<uint8_t>(text[pos]);
  if (first < 0x80) return first;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return c < 0 ? 0xFFFD : c;
}

// Both test ASCII themselves (ICU's answers for it: White_Space is tab to
// carriage return and space; letters and digits are A-Z, a-z, 0-9) and ask
// ICU only about other characters.
bool IsSpaceOrEdge(UChar32 c) {
  if (c < 0x80) return c == 0 || c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

bool IsLetterOrDigit(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return u_isalnum(c);
}

// Characters after which a quotation may open: space, brackets, dashes,
// slashes and other opening quote marks.
bool OpensAfter(UChar32 c) {
  return IsSpaceOrEdge(c) || c == '(' || c == '[' || c == '{' || c == '/' ||
         c == 0x2014 || c == 0x2013 || c == '-' || c == 0x201C ||
         c == 0x2018 || c == '"' || c == '\'' || c == 0x00AB || c == 0x201E ||
         c == ':';
}

// ’n’ in "rock ’n’ roll", ’em, ’tis, ’twas: elisions at word start.
bool IsElision(std::string_view text, size_t after) {
  auto starts = [&](std::string_view w) {
    if (text.compare(after, w.size(), w) != 0) return false;
    const UChar32 next = After(text, after + w.size());
    return !IsLetterOrDigit(next);
  };
  return starts("n’") || starts("n'") || starts("em") || starts("tis") ||
         starts("twas") || starts("cause");
}

QuoteMarkRole ClassifySingleStraightOrRight(std::string_view text, size_t pos,
                                            size_t len) {
  const UChar32 prev = Before(text, pos);
  const UChar32 next = After(text, pos + len);
  if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) {
    return QuoteMarkRole::kApostrophe;  // don’t, Xi’s
  }
  if (OpensAfter(prev) && u_isdigit(next)) {
    return QuoteMarkRole::kApostrophe;  // ’90s
  }
  if (prev == 'n' && pos >= 1) {
    const UChar32 before_n = Before(text, pos - 1);
    if (before_n == 0x2019 || before_n == 0x2018 || before_n == '\'') {
      return QuoteMarkRole::kApostrophe;  // the second mark of ’n’
    }
  }
  if (OpensAfter(prev) && IsElision(text, pos + len)) {
    return QuoteMarkRole::kApostrophe;
  }
  if (OpensAfter(prev) && !IsSpaceOrEdge(next)) return QuoteMarkRole::kOpen;
  if (!IsSpaceOrEdge(prev) && !OpensAfter(prev)) return QuoteMarkRole::kClose;
  if (!IsSpaceOrEdge(prev)) return QuoteMarkRole::kClose;
  return QuoteMarkRole::kAmbiguous;
}

QuoteMarkRole ClassifyDoubleStraight(std::string_view text, size_t pos) {
  const UChar32 prev = Before(text, pos);
  const UChar32 next = After(text, pos + 1);
  const bool open_ok = OpensAfter(prev) && !IsSpaceOrEdge(next);
  const bool close_ok = !IsSpaceOrEdge(prev) && !OpensAfter(prev);
  if (open_ok && !close_ok) return QuoteMarkRole::kOpen;
  if (close_ok && !open_ok) return QuoteMarkRole::kClose;
  if (close_ok) return QuoteMarkRole::kClose;
  return QuoteMarkRole::kAmbiguous;
}

constexpr std::array<bool, 256> MarkStarts() {
  std::array<bool, 256> table{};
  table['"'] = table['\''] = table[0xC2] = table[0xE2] = true;
  return table;
}
constexpr std::array<bool, 256> kMayStartMark = MarkStarts();

// The first position from `i` (at most `n`) whose byte can start a quote
// mark: " ' and the lead bytes of « » (C2) and of the General Punctuation
// marks (E2). It may also stop at # $ % & (see below); the caller skips
// any byte that starts no mark. Sixteen bytes at a time: the scan runs
// over every byte of the text, and text in other scripts (Arabic,
// Cyrillic) would otherwise go byte by byte.
size_t NextMarkStart(const char* s, size_t i, size_t n) {
#ifdef __SSE2__
  // Two tests instead of four: b | 0x05 is 0x27 exactly for 0x22 to 0x27
  // (" # $ % & '), and b | 0x20 is 0xE2 exactly for C2 and E2.
  const __m128i x05 = _mm_set1_epi8(0x05), x27 = _mm_set1_epi8(0x27),
                x20 = _mm_set1_epi8(0x20),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  auto hits = [&](size_t at) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
    return _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(v, x05), x27),
                        _mm_cmpeq_epi8(_mm_or_si128(v, x20), e2));
  };
  // Marks are some 170 bytes apart in news: 64 bytes with none are passed
  // with one mask.
  for (; i + 64 <= n; i += 64) {
    const __m128i h0 = hits(i), h1 = hits(i + 16), h2 = hits(i + 32),
                  h3 = hits(i + 48);
    if (_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(h0, h1), _mm_or_si128(h2, h3))) == 0) {
      continue;
    }
    const uint64_t mask =
        static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(h0))) |
        static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(h1)))
            << 16 |
        static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(h2)))
            << 32 |
        static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(h3)))
            << 48;
    return i + static_cast<size_t>(__builtin_ctzll(mask));
  }
  for (; i + 16 <= n; i += 16) {
    const int mask = _mm_movemask_epi8(hits(i));
    if (mask != 0) return i + __builtin_ctz(static_cast<unsigned>(mask));
  }
#endif
  while (i < n && !kMayStartMark[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

}  // namespace

std::vector<QuoteMark> ClassifyQuoteMarks(std::string_view text) {
  std::vector<QuoteMark> marks;
  const size_t n = text.size();
  // News has about one mark per 50 bytes: room for one per 32 saves the
  // vector's repeated growth (a new block and a copy each time) for nearly
  // every text. The vector lives only while the text is analysed.
  marks.reserve(n / 32 + 8);
  for (size_t i = 0; i < n; ++i) {
    i = NextMarkStart(text.data(), i, n);
    if (i >= n) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    QuoteMark m;
    m.offset = static_cast<uint32_t>(i);
    if (c == '"') {
      m.straight = true;
      m.role = ClassifyDoubleStraight(text, i);
    } else if (c == '\'') {
      m.straight = true;
      m.is_double = false;
      m.role = ClassifySingleStraightOrRight(text, i, 1);
      m.maybe_possessive = m.role == QuoteMarkRole::kClose &&
                           Before(text, i) == 's' && After(text, i + 1) == ' ' &&
                           u_islower(After(text, i + 2));
    } else if (c == 0xC2 && i + 1 < n &&
               (static_cast<unsigned char>(text[i + 1]) == 0xAB ||
                static_cast<unsigned char>(text[i + 1]) == 0xBB)) {
      m.length = 2;
      m.role = static_cast<unsigned char>(text[i + 1]) == 0xAB
                   ? QuoteMarkRole::kOpen
                   : QuoteMarkRole::kClose;
    } else if (c == 0xE2 && i + 2 < n &&
               static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(text[i + 2]);
      m.length = 3;
      switch (d) {
        case 0x9C: {  // “ opens, except as the German closing mark
          const UChar32 prev = Before(text, i);
          const UChar32 next = After(text, i + 3);
          m.role = (!OpensAfter(prev) && (IsSpaceOrEdge(next) || next == ',' ||
                                          next == '.' || next == ';'))
                       ? QuoteMarkRole::kClose
                       : QuoteMarkRole::kOpen;
          break;
        }
        case 0x9E:  // „
          m.role = QuoteMarkRole::kOpen;
          break;
        case 0x9D:  // ”
          m.role = QuoteMarkRole::kClose;
          break;
        case 0x98:  // ‘
          m.is_double = false;
          m.role = u_isdigit(After(text, i + 3)) ? QuoteMarkRole::kApostrophe
                                                 : QuoteMarkRole::kOpen;
          if (m.role == QuoteMarkRole::kOpen && IsElision(text, i + 3) &&
              text.compare(i + 3, 1, "n") == 0) {
            m.role = QuoteMarkRole::kApostrophe;
          }
          break;
        case 0x99:  // ’
          m.is_double = false;
          m.role = ClassifySingleStraightOrRight(text, i, 3);
          m.maybe_possessive = m.role == QuoteMarkRole::kClose &&
                               Before(text, i) == 's' &&
                               After(text, i + 3) == ' ' &&
                               u_islower(After(text, i + 4));
          break;
        case 0xB9:  // ‹
          m.is_double = false;
          m.role = QuoteMarkRole::kOpen;
          break;
        case 0xBA:  // ›
          m.is_double = false;
          m.role = QuoteMarkRole::kClose;
          break;
        default:
          continue;
      }
    } else {
      continue;
    }
    marks.push_back(m);
    i += m.length - 1;
  }
  return marks;
}

namespace {

struct MarkText {
  std::string_view text;
  bool is_double;
};

// Straight marks both open and close a quotation.
constexpr MarkText kOpeningMarks[] = {
    {"\"", true},  {"\xE2\x80\x9C", true}, {"\xE2\x80\x9E", true},
    {"\xC2\xAB", true}, {"'", false}, {"\xE2\x80\x98", false},
    {"\xE2\x80\xB9", false}};
constexpr MarkText kClosingMarks[] = {
    {"\"", true},  {"\xE2\x80\x9D", true}, {"\xC2\xBB", true},
    {"'", false},   {"\xE2\x80\x99", false}, {"\xE2\x80\xBA", false}};

// Whether a mark may end text[0, pos): every mark is " or ', or ends in a
// byte outside ASCII. Turns most positions away before the lists are
// read.
bool MayEndMark(std::string_view text, size_t pos) {
  pos = std::min(pos, text.size());
  if (pos == 0) return false;
  const unsigned char last = static_cast<unsigned char>(text[pos - 1]);
  return last >= 0x80 || last == '"' || last == '\'';
}

}  // namespace

MarkChar OpeningMarkBefore(std::string_view text, size_t pos) {
  if (!MayEndMark(text, pos)) return {};
  const std::string_view before = text.substr(0, std::min(pos, text.size()));
  for (const MarkText& m : kOpeningMarks) {
    if (before.ends_with(m.text)) return {m.text.size(), m.is_double};
  }
  return {};
}

MarkChar ClosingMarkAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {};
  const std::string_view after = text.substr(pos);
  for (const MarkText& m : kClosingMarks) {
    if (after.starts_with(m.text)) return {m.text.size(), m.is_double};
  }
  return {};
}

MarkChar ClosingMarkBefore(std::string_view text, size_t pos) {
  if (!MayEndMark(text, pos)) return {};
  const std::string_view before = text.substr(0, std::min(pos, text.size()));
  for (const MarkText& m : kClosingMarks) {
    if (before.ends_with(m.text)) return {m.text.size(), m.is_double};
  }
  return {};
}

}  // namespace whosaid::nlp
