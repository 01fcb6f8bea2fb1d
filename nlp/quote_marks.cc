#include "nlp/quote_marks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>

namespace whosaid::nlp {
namespace {

// Decodes the code point that ends just before `pos` (0 at text start).
UChar32 Before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return c < 0 ? 0xFFFD : c;
}

// Decodes the code point that starts at `pos` (0 at text end).
UChar32 After(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return c < 0 ? 0xFFFD : c;
}

bool IsSpaceOrEdge(UChar32 c) {
  return c == 0 || c == ' ' || c == '\n' || c == '\t' || u_isUWhiteSpace(c);
}

bool IsLetterOrDigit(UChar32 c) { return c > 0 && u_isalnum(c); }

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

// False when none of the 8 bytes at `p` can start a mark: all ASCII and
// none is " or '. (x - 0x01..) & ~x & 0x80.. is non-zero exactly when some
// byte of x is zero.
bool WordMayHoldMark(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  uint64_t w;
  std::memcpy(&w, p, 8);
  if (w & kHighs) return true;
  const uint64_t dq = w ^ (kOnes * '"');
  const uint64_t sq = w ^ (kOnes * '\'');
  return (((dq - kOnes) & ~dq) | ((sq - kOnes) & ~sq)) & kHighs;
}

}  // namespace

std::vector<QuoteMark> ClassifyQuoteMarks(std::string_view text) {
  std::vector<QuoteMark> marks;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    // Skip to the next byte that can start a quote mark: " ' and the lead
    // bytes of « » (C2) and of the General Punctuation marks (E2).
    while (i < n && !kMayStartMark[static_cast<unsigned char>(text[i])]) {
      if (i + 8 <= n && !WordMayHoldMark(text.data() + i)) {
        i += 8;
      } else {
        ++i;
      }
    }
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

}  // namespace whosaid::nlp
