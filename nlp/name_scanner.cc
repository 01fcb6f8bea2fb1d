#include "nlp/name_scanner.h"

#include "absl/container/inlined_vector.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/ascii.h"
#include "nlp/ascii_alnum_run.h"
#include "nlp/hyphenated_modifier.h"
#include "nlp/pinyin.h"

namespace whosaid::nlp {
namespace {

constexpr size_t kMaxAppositive = 160;

// The lists of NameScanner::Words::classes.
constexpr NameWordClasses::Bits kInNotNames = 1;
constexpr NameWordClasses::Bits kInOrganization = 2;
constexpr NameWordClasses::Bits kInGovernmentHeads = 4;
constexpr NameWordClasses::Bits kInDemonyms = 8;
constexpr NameWordClasses::Bits kInHonorifics = 16;
constexpr NameWordClasses::Bits kInPlaceWords = 32;
constexpr NameWordClasses::Bits kInSurnamesFirst = 64;
// "a body word" and "no part of a person's name"
constexpr NameWordClasses::Bits kBody = kInOrganization | kInGovernmentHeads;
constexpr NameWordClasses::Bits kNotNamePart = kBody | kInNotNames;

// Bytes that may start a name: ASCII capitals and the UTF-8 lead bytes whose
// code points include an upper-case letter (u_isupper). The other lead
// bytes (Arabic, Hebrew, CJK, Hangul...) never start an upper-case letter,
// so neither Scan nor IsUpperAt needs to decode them; name_scanner_test
// checks this table against ICU.
constexpr std::array<bool, 256> NameStarts() {
  std::array<bool, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
  for (int c = 0xC3; c <= 0xC9; ++c) table[c] = true;  // U+00C0..U+027F
  for (int c = 0xCD; c <= 0xD5; ++c) table[c] = true;  // Greek..Armenian
  for (int c = 0xE0; c <= 0xE2; ++c) table[c] = true;  // U+0800..U+2FFF
  table[0xEA] = true;  // U+A000..U+AFFF: Cyrillic and Latin extensions
  table[0xEF] = true;  // U+F000..U+FFFF: fullwidth Latin
  table[0xF0] = true;  // U+10000..U+3FFFF: Deseret, mathematical letters
  return table;
}
constexpr std::array<bool, 256> kMayStartName = NameStarts();

// For the three-byte lead bytes E0..EF: bit k of kUpperSecond[lead & 0xF]
// is set when the 64 code points after second byte 0x80 + k include an
// upper-case letter. Most non-ASCII bytes of English news are E2 80 xx
// (curly quotes, dashes), which this rejects without decoding.
constexpr uint64_t kUpperSecond[16] = {
    0x00000000003fe3faull, 0xff0400000000c00cull, 0x000f000000000070ull, 0,
    0, 0, 0, 0, 0, 0, 0x00000000f6000000ull, 0, 0, 0, 0,
    0x1000000000000000ull};

// For the two-byte lead bytes C0..DF: bit k of kUpperTwo[lead & 0x1F] is
// set when code point ((lead & 0x1F) << 6) + k is upper case (u_isupper).
// Cyrillic and accented Latin text is mostly lower case: its lead bytes
// pass the table above, its second bytes fail here.
constexpr uint64_t kUpperTwo[32] = {
    0, 0, 0, 0x000000007f7fffffull,
    0xaa55555555555555ull, 0x2b555555555554aaull, 0x11aed2d5b1dbced6ull,
    0x55d255554aaaa490ull, 0x6c05555555555555ull, 0x000000000000557aull, 0,
    0, 0, 0x8045000000000000ull, 0x00000ffbfffed740ull,
    0xe6905555551c8000ull, 0x0000ffffffffffffull, 0x5555555500000000ull,
    0x5555555555555401ull, 0x5555555555552aabull, 0xfffe555555555555ull,
    0x00000000007fffffull, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

// False when no upper-case letter starts at s[i] (n bytes in all); true
// when one may, which DecodeAt and u_isupper then decide.
bool MayStartUpper(const uint8_t* s, size_t i, size_t n) {
  const uint8_t b = s[i];
  if (!kMayStartName[b]) return false;
  if (b >= 0xF0 || i + 1 >= n) return true;
  const uint8_t second = s[i + 1];
  if ((second & 0xC0) != 0x80) return true;  // invalid: DecodeAt decides
  const uint64_t bits = b < 0xE0 ? kUpperTwo[b & 0x1F] : kUpperSecond[b & 0xF];
  return (bits >> (second & 0x3F)) & 1;
}

// The first position from `i` where MayStartUpper holds, or n.
size_t NextMayStartName(const uint8_t* s, size_t i, size_t n) {
#ifdef __SSE2__
  // Sixteen bytes at a time: a superset of the table in SIMD compares (the
  // table confirms), so that lower-case and caseless text is skipped fast.
  // x in [lo, hi] (unsigned): adding 128 - lo (mod 256) moves that range,
  // and no other byte, to the lowest signed bytes, so that one signed
  // compare finds it.
  auto in_range = [](__m128i x, uint8_t lo, uint8_t hi) {
    const __m128i shifted = _mm_add_epi8(
        x, _mm_set1_epi8(static_cast<char>(static_cast<uint8_t>(128 - lo))));
    return _mm_cmplt_epi8(
        shifted, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo) + 1)));
  };
  while (i + 16 <= n) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    uint32_t mask =
        static_cast<uint32_t>(_mm_movemask_epi8(in_range(b, 'A', 'Z')));
    // The lead bytes are looked for only in blocks with a non-ASCII byte
    // (most blocks of English text have none).
    const uint32_t non_ascii = static_cast<uint32_t>(_mm_movemask_epi8(b));
    if (non_ascii != 0) {
      const __m128i lead = _mm_or_si128(
          _mm_or_si128(in_range(b, 0xC3, 0xD5), in_range(b, 0xE0, 0xE2)),
          _mm_or_si128(in_range(b, 0xEA, 0xEA), in_range(b, 0xEF, 0xF0)));
      mask |= static_cast<uint32_t>(_mm_movemask_epi8(lead));
    }
    // Lead bytes whose next byte rules out an upper-case letter, where
    // MayStartUpper would reject them one by one: Cyrillic lower case
    // (D0 B0..BF, D1 80..9F: no bit in kUpperTwo) and general punctuation
    // (E2 80 xx: curly quotes, dashes; bit 0 of kUpperSecond[2] is clear).
    // In Cyrillic text they are most of the hits. Needs the byte after the
    // block, so not in the last one; ASCII blocks skip it.
    if ((mask & non_ascii) != 0 && i + 17 <= n) {
      const __m128i next =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1));
      auto is = [](__m128i x, uint8_t v) {
        return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(v)));
      };
      const __m128i lower = _mm_or_si128(
          _mm_or_si128(_mm_and_si128(is(b, 0xD0), in_range(next, 0xB0, 0xBF)),
                       _mm_and_si128(is(b, 0xD1), in_range(next, 0x80, 0x9F))),
          _mm_and_si128(is(b, 0xE2), is(next, 0x80)));
      mask &= ~static_cast<uint32_t>(_mm_movemask_epi8(lower));
    }
    while (mask != 0) {
      const size_t k = i + static_cast<size_t>(__builtin_ctz(mask));
      if (MayStartUpper(s, k, n)) return k;
      mask &= mask - 1;
    }
    i += 16;
  }
#endif
  while (i < n && !MayStartUpper(s, i, n)) ++i;
  return i;
}

UChar32 DecodeAt(std::string_view text, size_t pos, size_t* len) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  *len = static_cast<size_t>(i) - pos;
  return c;
}

bool IsLetterAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const uint8_t b = text[pos];
  if (b < 0x80) return IsAsciiAlnum(b);
  size_t len;
  const UChar32 c = DecodeAt(text, pos, &len);
  return c >= 0 && (u_isalpha(c) || u_getCombiningClass(c) > 0);
}

bool IsUpperAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const uint8_t b = text[pos];
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  if (!MayStartUpper(reinterpret_cast<const uint8_t*>(text.data()), pos,
                     text.size())) {
    return false;
  }
  size_t len;
  const UChar32 c = DecodeAt(text, pos, &len);
  return c >= 0 && u_isupper(c);
}

// The ASCII bytes after which no word starts: letters, digits and the
// joiners "-", "'" and ".".
constexpr std::array<bool, 256> AsciiBeforeNoWordStart() {
  std::array<bool, 256> table{};
  for (int b = 0; b < 0x80; ++b) {
    table[b] = IsAsciiAlnum(static_cast<unsigned char>(b)) || b == '-' || b == '\'' ||
               b == '.';
  }
  return table;
}
constexpr std::array<bool, 256> kAsciiBeforeNoWordStart =
    AsciiBeforeNoWordStart();

// True when a word starts at `pos`: the character before is not a letter,
// digit or joiner.
bool IsWordStart(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  const uint8_t b = text[pos - 1];
  if (b < 0x80) return !kAsciiBeforeNoWordStart[b];
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  // After U+2000..U+203F (E2 80 xx: curly quotes, dashes), the most common
  // non-ASCII characters before a capital: none is a letter
  // (name_scanner_test checks), and only U+2019 joins.
  if (pos >= 3 && s[pos - 3] == 0xE2 && s[pos - 2] == 0x80 && b <= 0xBF) {
    return b != 0x99;
  }
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return c < 0 || !(u_isalpha(c) || c == 0x2019);
}

// The bytes after a run of ASCII letters and digits that WordEndFrom must
// look at: joiners ("-", "'"), a dot (initialisms, "Ms.") and non-ASCII
// bytes (letters, "’", an en dash).
constexpr std::array<bool, 256> MayJoinWord() {
  std::array<bool, 256> table{};
  for (int b = 0x80; b < 256; ++b) table[b] = true;
  table['-'] = table['\''] = table['.'] = true;
  return table;
}
constexpr std::array<bool, 256> kMayJoinWord = MayJoinWord();

// The length of the connector ("of", "the", "&") at `pos` when a space
// follows it, else 0: only a connector and a space join capitalised words
// into one run ("Office of the Trade Envoy"). Most lower-case words after
// a capitalised one begin with no connector's letter; the switch turns
// those down at once. Inlined: EndsLoneWord asks it after most
// capitalised words.
[[gnu::always_inline]] inline size_t ConnectorAt(std::string_view text,
                                                 size_t pos) {
  if (pos >= text.size()) return 0;
  auto length = [&](std::string_view connector) -> size_t {
    const bool here = pos + connector.size() < text.size() &&
                      text[pos + connector.size()] == ' ' &&
                      text.compare(pos, connector.size(), connector) == 0;
    return here ? connector.size() : 0;
  };
  auto either = [&](std::string_view one, std::string_view other) {
    const size_t found = length(one);
    return found != 0 ? found : length(other);
  };
  switch (text[pos]) {
    case 'o': return either("of", "on");
    case 't': return length("the");
    case 'f': return length("for");
    case 'a': return length("and");
    case '&': return length("&");
    case 'd': return either("de", "du");
    case 'v': return either("van", "von");
    default: return 0;
  }
}

// True when no capitalised word follows the connector whose word starts
// before `next` (one connector and its space back), or a second connector
// and its space: RunFrom's connector loop, which then ends the run there.
// Out of line: only words before a connector ("In the", "But for") ask.
[[gnu::noinline]] bool NoCapitalAfterConnectors(std::string_view text,
                                                size_t next) {
  if (IsUpperAt(text, next)) return false;
  const size_t length = ConnectorAt(text, next);
  return length == 0 || !IsUpperAt(text, next + length + 1);
}

// True when the run of capitalised words that a word ending at `end`
// begins is that word alone; false when it may go on (RunFrom decides):
// RunFrom's tests, for an ASCII byte after the space. A sentence's first
// word before "the" or "of" ("In the", "Some of") stands alone unless a
// capitalised word follows the connectors.
bool EndsLoneWord(std::string_view text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return true;
  const uint8_t next = text[end + 1];
  if (next >= 0x80 || (next >= 'A' && next <= 'Z')) return false;
  const size_t length = ConnectorAt(text, end + 1);
  return length == 0 || NoCapitalAfterConnectors(text, end + 2 + length);
}

// The word that ends just before `pos` (skipping one space), or empty.
std::string_view WordBefore(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {};
  size_t end = pos - 1;
  size_t start = end;
  while (start > 0 && IsAsciiAlnum(text[start - 1])) --start;
  return text.substr(start, end - start);
}

// The ASCII word that ends at `end` (exclusive).
std::string_view WordEndingAt(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && IsAsciiAlnum(text[start - 1])) --start;
  return text.substr(start, end - start);
}

std::string_view WordAfter(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return {};
  size_t start = pos + 1;
  size_t end = start;
  while (end < text.size() && IsAsciiAlnum(text[end])) ++end;
  return text.substr(start, end - start);
}

// Where a name that ends at `end` ends once a union local's number is
// counted: past the digits of "Machinists Local 214" when the name's last
// word is "Local"; `end` itself otherwise.
size_t UnionLocalEnd(std::string_view text, size_t start, size_t end) {
  constexpr std::string_view kLocal = "Local";
  if (end - start < kLocal.size() ||
      text.substr(end - kLocal.size(), kLocal.size()) != kLocal ||
      (end - start > kLocal.size() && text[end - kLocal.size() - 1] != ' ') ||
      end + 1 >= text.size() || text[end] != ' ' ||
      text[end + 1] < '0' || text[end + 1] > '9') {
    return end;
  }
  size_t past = end + 1;
  while (past < text.size() && text[past] >= '0' && text[past] <= '9') {
    ++past;
  }
  return past;
}


// True when " at [the] " and a capital follow byte `after`: a body named
// after "at" ("head of research at ICICI Securities").
bool IsBodyAfterAt(std::string_view text, size_t after) {
  if (text.substr(after, 4) != " at ") return false;
  size_t body = after + 4;
  if (text.substr(body, 4) == "the ") body += 4;
  return IsUpperAt(text, body);
}

// `w` without its plural "s" (either case), if it has one.
std::string_view Singular(std::string_view w) {
  if (w.size() > 3 && AsciiLower(w.back()) == 's' &&
      AsciiLower(w[w.size() - 2]) != 's') {
    w.remove_suffix(1);
  }
  return w;
}

// Whether lower-case-or-not `w` names a profession by its ending, for an
// appositive's role ("an immunologist at the University of ...", "a
// physician with ...", "a photographer for ..."): a lower-case word with no
// hyphen ending in -ist (six letters or more), -ician or -ographer. The
// verbs of that shape ("insist", "resist") do not follow "a" or "an"; a
// capitalised one is a name's ("the Physician on FIRE"), and a compound
// one may be a list's next item ("singer-keyboardist Michael ...").
bool IsProfessionBySuffix(std::string_view w) {
  if (w.empty() || !IsAsciiLower(w[0]) ||
      w.find('-') != std::string_view::npos) {
    return false;
  }
  auto ends = [&w](std::string_view suffix) {
    if (w.size() <= suffix.size()) return false;
    for (size_t k = 0; k < suffix.size(); ++k) {
      if (AsciiLower(w[w.size() - suffix.size() + k]) != suffix[k]) {
        return false;
      }
    }
    return true;
  };
  return (w.size() >= 6 && ends("ist")) || ends("ician") || ends("ographer");
}

}  // namespace

NameScanner::Words NameScanner::Words::From(
    const DiscoveryRules& rules, const std::vector<std::string>& cue_forms) {
  Words w;
  for (const std::string& t : rules.titles) {
    const size_t space = t.rfind(' ');
    w.title_heads.insert(
        LowerAscii(space == std::string::npos ? t : t.substr(space + 1)));
  }
  for (const std::string& s : rules.honorifics) w.honorifics.insert(s);
  for (const std::string& s : rules.role_words) w.role_words.insert(LowerAscii(s));
  for (const std::string& s : w.title_heads) w.role_words.insert(s);
  for (const std::string& s : rules.organization_words) w.organization.insert(s);
  for (const std::string& s : rules.surnames_first) w.surnames_first.insert(s);
  for (const std::string& s : rules.not_names) w.not_names.insert(s);
  w.government = GovernmentWords(rules);
  for (const std::string& s : rules.name_before) w.name_before.insert(LowerAscii(s));
  for (const std::string& s : rules.naming_words) w.naming.insert(LowerAscii(s));
  for (const std::string& s : rules.place_words) w.place_words.insert(s);
  for (const std::string& s : cue_forms) w.cues.insert(LowerAscii(s));
  const WordSet* const not_lone[] = {&w.not_names, &w.organization,
                                     &w.government.heads(),
                                     &w.government.demonyms(), &w.honorifics};
  for (const WordSet* set : not_lone) {
    for (const std::string& s : *set) w.not_lone_names.insert(s);
  }
  const std::pair<const WordSet*, NameWordClasses::Bits> classes[] = {
      {&w.not_names, kInNotNames},
      {&w.organization, kInOrganization},
      {&w.government.heads(), kInGovernmentHeads},
      {&w.government.demonyms(), kInDemonyms},
      {&w.honorifics, kInHonorifics},
      {&w.place_words, kInPlaceWords},
      {&w.surnames_first, kInSurnamesFirst}};
  for (const auto& [set, bits] : classes) {
    for (const std::string& s : *set) w.classes.Add(s, bits);
  }
  return w;
}

size_t NameScanner::WordEnd(std::string_view text, size_t start,
                            bool* has_lower) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  bool lower = false;
  const size_t end = AsciiAlnumRunEnd(bytes, start, n, &lower);
  // Most words are ASCII letters and digits up to a byte that neither
  // continues nor ends them otherwise (a space, a comma): done.
  if (end >= n || !kMayJoinWord[bytes[end]]) {
    *has_lower = lower;
    return end;
  }
  return WordEndFrom(text, start, end, lower, has_lower);
}

size_t NameScanner::WordEndFrom(std::string_view text, size_t start, size_t i,
                                bool lower, bool* has_lower) const {
  size_t piece = start;  // start of the current dot-separated piece
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  while (i < n) {
    // A byte at a time: past a joiner or a non-ASCII letter, the next
    // stop is near (the ASCII letters of "O'Brien", the next letter of a
    // Cyrillic word).
    while (i < n && kAsciiAlnum[bytes[i]]) {
      lower |= bytes[i] >= 'a';
      ++i;
    }
    if (i >= n) break;
    const uint8_t b = bytes[i];
    // Two-byte letters without decoding: U+0400..U+047F (D0, D1: Cyrillic
    // letters, all alphabetic) and U+00C0..U+00FF (C3) but for U+00D7 and
    // U+00F7 (× and ÷). name_scanner_test checks these against ICU.
    if ((b == 0xD0 || b == 0xD1 || b == 0xC3) && i + 1 < n &&
        (bytes[i + 1] & 0xC0) == 0x80 &&
        !(b == 0xC3 && (bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7))) {
      i += 2;
      continue;
    }
    if (b >= 0x80) {
      size_t len;
      const UChar32 c = DecodeAt(text, i, &len);
      if (c >= 0 && (u_isalpha(c) || u_getCombiningClass(c) > 0)) {
        i += len;
        continue;
      }
      // An en dash joining names: "China–US".
      if (c == 0x2013 && IsUpperAt(text, i + len)) {
        i += len;
        continue;
      }
      // A plural possessive inside a name, as with "'" below: "China
      // Photovoltaic Exporters’ Chamber".
      if (c == 0x2019 && i > start && text[i - 1] == 's' &&
          i + len + 1 < n && text[i + len] == ' ' &&
          IsUpperAt(text, i + len + 1)) {
        i += len;
        break;
      }
      // Apostrophe inside a name (O’Brien), but not a possessive ’s.
      if (c == 0x2019 && IsLetterAt(text, i + len) &&
          !(text[i + len] == 's' && !IsLetterAt(text, i + len + 1))) {
        i += len;
        continue;
      }
      break;
    }
    // A plural possessive inside a name: "Manufacturers' Federation".
    if (b == '\'' && i > start && text[i - 1] == 's' && i + 2 < text.size() &&
        text[i + 1] == ' ' && IsUpperAt(text, i + 2)) {
      ++i;
      break;
    }
    if ((b == '-' || b == '\'') && IsLetterAt(text, i + 1) &&
        !(b == '\'' && text[i + 1] == 's' && !IsLetterAt(text, i + 2))) {
      ++i;
      continue;
    }
    // Initialisms: U.S., U.K.
    if (b == '.' && i - piece == 1 && IsUpperAt(text, i + 1) &&
        i + 2 < text.size() && text[i + 2] == '.') {
      piece = ++i;
      continue;
    }
    break;
  }
  if (i < text.size() && text[i] == '.') {
    const std::string_view with_dot = text.substr(start, i + 1 - start);
    // A title's abbreviation keeps its dot and goes on the run, as an
    // honorific does: "New Jersey Sen. Cory Booker", "Hawaii Rep. Tulsi
    // Gabbard".
    if (words_.honorifics.contains(with_dot) ||
        words_.organization.contains(with_dot) || piece > start ||
        words_.title_heads.ContainsLowerAscii(with_dot)) {
      ++i;
    }
  }
  *has_lower = lower;
  return i;
}

bool NameScanner::IsMiddleInitial(std::string_view text, size_t at) const {
  if (!IsAsciiUpper(text[at]) || text[at + 2] != ' ' ||
      !IsUpperAt(text, at + 3)) {
    return false;
  }
  // Not a sentence's last word before the next sentence ("Plan B. The
  // talks"): the word after must be able to be part of a name.
  // (Not WordAfter, which HasPersonContext wants inlined.)
  size_t end = at + 3;
  while (end < text.size() && IsAsciiAlnum(text[end])) ++end;
  const std::string_view next = text.substr(at + 3, end - (at + 3));
  return !words_.not_names.contains(next) &&
         !words_.honorifics.contains(next);
}

std::vector<NameScanner::Token> NameScanner::RunAt(std::string_view text,
                                                   size_t start) const {
  std::vector<Token> run;
  bool has_lower = false;
  const size_t end = WordEnd(text, start, &has_lower);
  if (end > start) RunFrom(text, start, end, has_lower, run);
  return run;
}

void NameScanner::RunFrom(std::string_view text, size_t start,
                          size_t first_end, bool has_lower,
                          std::vector<Token>& run) const {
  run.clear();
  size_t pos = start;
  size_t end = first_end;
  while (true) {
    run.push_back({pos, end, false, !has_lower && end - pos >= 2});
    if (end + 1 >= text.size() || text[end] != ' ') {
      // A middle initial ("Mary E. Lovely"): one capital after a word of
      // the run, with its dot, before another name word. Looked for only
      // where a run would end, so that the words a space follows pay
      // nothing.
      if (end - pos != 1 || end + 2 >= text.size() || text[end] != '.' ||
          run.size() < 2 || run[run.size() - 2].connector ||
          !IsMiddleInitial(text, pos)) {
        break;
      }
      run.back().end = ++end;
    }
    size_t next = end + 1;
    const uint8_t next_byte = text[next];
    if (next_byte >= 0x80 ? !IsUpperAt(text, next)
                          : !(next_byte >= 'A' && next_byte <= 'Z')) {
      // Up to two connectors between capitalised words: "Office of the".
      Token connectors[2];
      size_t connector_count = 0;
      for (int k = 0; k < 2; ++k) {
        const size_t length = ConnectorAt(text, next);
        if (length == 0) break;
        connectors[connector_count++] = {next, next + length, true, false};
        next += length + 1;  // and the space after it
        if (IsUpperAt(text, next)) break;
      }
      if (connector_count == 0 || !IsUpperAt(text, next)) break;
      run.insert(run.end(), connectors, connectors + connector_count);
    }
    has_lower = false;
    end = WordEnd(text, next, &has_lower);
    if (end == next) break;
    pos = next;
  }
}

std::vector<NameScanner::Candidate> NameScanner::Scan(
    std::string_view text) const {
  std::vector<Span> lone_words;
  const std::vector<Candidate> others = ScanUnjudged(text, lone_words);
  // The two in text order: each candidate starts inside its own run of
  // capitalised words, and a lone word is a run.
  std::vector<Candidate> out;
  out.reserve(others.size() + lone_words.size());
  auto lone = lone_words.begin();
  auto take_lone_before = [&](size_t pos) {
    for (; lone != lone_words.end() && lone->start < pos; ++lone) {
      if (!IsLoneName(text.substr(lone->start, lone->size()))) continue;
      Candidate& c = out.emplace_back();
      c.what = kSurnameRef;
      c.span = *lone;
    }
  };
  for (const Candidate& c : others) {
    take_lone_before(c.span.start);
    out.push_back(c);
  }
  take_lone_before(text.size());
  return out;
}

std::vector<NameScanner::Candidate> NameScanner::ScanUnjudged(
    std::string_view text, std::vector<Span>& lone_words) const {
  lone_words.clear();
  std::vector<Candidate> out;
  const size_t n = text.size();
  // News text yields about one candidate per 250 bytes, and one lone word
  // per 70; reserving for that spares most of the reallocations.
  out.reserve(n / 128);
  lone_words.reserve(n / 48);
  size_t i = 0;
  std::vector<Token> run;  // reused for every run
  while (i < n) {
    // Names start with an ASCII capital or a non-ASCII upper-case letter.
    i = NextMayStartName(reinterpret_cast<const uint8_t*>(text.data()), i, n);
    if (i >= n) break;
    const uint8_t b = text[i];
    const bool upper_start =
        (b >= 'A' && b <= 'Z') || (b >= 0xC3 && IsUpperAt(text, i));
    if (!upper_start || !IsWordStart(text, i)) {
      ++i;
      continue;
    }
    bool has_lower = false;
    const size_t end = WordEnd(text, i, &has_lower);
    if (end == i) {
      ++i;
      continue;
    }
    // Most capitalised words stand alone: no run to build for those.
    if (EndsLoneWord(text, end)) {
      lone_words.push_back({i, end});
      i = end;
      continue;
    }
    RunFrom(text, i, end, has_lower, run);
    if (run.size() == 1) {
      lone_words.push_back({run[0].start, run[0].end});
    } else {
      ScanRun(text, run, out);
    }
    i = run.back().end;
  }
  return out;
}

// The same as ScanRun's general path gives for one word: it is one
// segment; not_names drop it, an organisation or government word alone is
// no body, a demonym is dropped, a title or honorific leaves no name after
// it (ScanSegment), a hyphenated modifier names nobody, and any other word
// is a surname reference.
bool NameScanner::IsLoneName(std::string_view word) const {
  return !words_.not_lone_names.contains(word) &&
         !words_.title_heads.ContainsLowerAscii(word) &&
         !IsHyphenatedModifier(word);
}

void NameScanner::ScanRun(std::string_view text, std::vector<Token>& run,
                          std::vector<Candidate>& out) const {
  auto word = [&](const Token& t) { return text.substr(t.start, t.end - t.start); };
  for (Token& t : run) {
    if (!t.connector) t.classes = words_.classes.Of(word(t));
  }
  auto org_word = [&](const Token& t) { return (t.classes & kBody) != 0; };
  // Split at connectors into segments of capitalised words.
  // [begin, end) indexes; inline storage, as a run has few segments and
  // ScanRun runs for every capitalised run of the text.
  absl::InlinedVector<std::pair<size_t, size_t>, 8> segments;
  for (size_t k = 0; k < run.size();) {
    size_t e = k;
    while (e < run.size() && !run[e].connector) ++e;
    if (e > k) segments.push_back({k, e});
    k = e;
    while (k < run.size() && run[k].connector) ++k;
  }
  for (size_t s = 0; s < segments.size(); ++s) {
    auto [b, e] = segments[s];
    // "He Weiwen" is a name (pinyin.h): its "He" is no word of not_names.
    if (e - b == 2 && (run[b].classes & kInNotNames) &&
        IsSurnameHeName(word(run[b]), word(run[b + 1]))) {
      run[b].classes &= ~kInNotNames;
    }
    while (b < e && (run[b].classes & kInNotNames)) ++b;
    // "Hong Kong-based Xinyi Solar": the name starts after the modifier.
    for (size_t k = e; k > b; --k) {
      if (IsHyphenatedModifier(word(run[k - 1]))) {
        b = k;
        break;
      }
    }
    if (b == e) continue;
    // "Huanan Oils & Grains", "Ardmore & Finch": a firm's name.
    if (s + 1 < segments.size() && word(run[e]) == "&" &&
        segments[s + 1].first == e + 1) {
      Candidate c;
      c.what = kOrganization;
      c.span = {run[b].start, run[segments[++s].second - 1].end};
      out.push_back(std::move(c));
      continue;
    }
    if ((run[e - 1].classes & kInPlaceWords) && e - b >= 2) {
      Candidate c;
      c.what = kPlace;
      c.span = {run[b].start, run[e - 1].end};
      out.push_back(std::move(c));
      continue;
    }
    if (TitledAcrossPortfolio(text, run, b, e, segments, s, out)) {
      ++s;
      continue;
    }
    if (!org_word(run[e - 1])) {
      while (b < e && (run[b].classes & kInDemonyms)) ++b;
      if (b < e) ScanSegment(text, run.data() + b, run.data() + e, out);
      continue;
    }
    // "the US Office of Maritime Trade Remedies" is the Office of
    // Maritime Trade Remedies (government_words.h).
    if (e - b >= 2 && words_.government.CountryModifiesBody(
                          word(run[b]), run[b].all_caps, word(run[b + 1]))) {
      ++b;
    }
    // An organisation. "X Institute for Y", "Ministry of Y" and "Michigan
    // Department of Health" take the next segment too; "on" only after a
    // bare head word ("Committee on Foreign Relations").
    size_t last = e;
    if (s + 1 < segments.size()) {
      const std::string_view conn = word(run[e]);
      if (conn == "for" || conn == "of" || (conn == "on" && e - b == 1)) {
        last = segments[++s].second;
        // "Ministry of Industry and Information Planning", "Department
        // of Health and Human Services": one "and" joins a second
        // portfolio, unless it starts another body, whose head word is
        // singular ("... and Federal Bureau").
        if (conn != "for" && s + 1 < segments.size() &&
            segments[s + 1].first == last + 1 && word(run[last]) == "and") {
          const Token& tail = run[segments[s + 1].second - 1];
          if (!org_word(tail) || (!(tail.classes & kInGovernmentHeads) &&
                                  word(tail).ends_with('s'))) {
            last = segments[++s].second;
          }
        }
        // "University of Maryland School of Medicine", "Office for the
        // Western District of New York": a unit of the body, or a
        // district, takes its own "of" or "for" part.
        while (s + 1 < segments.size() && segments[s + 1].first > last &&
               (org_word(run[last - 1]) || word(run[last - 1]) == "District")) {
          const std::string_view next_conn = word(run[last]);
          if (next_conn != "of" && next_conn != "for") break;
          last = segments[++s].second;
        }
      }
    }
    if (last - b < 2) continue;  // a bare "Ministry"
    bool government = false;
    for (size_t k = b; k < last; ++k) {
      government |= (run[k].classes & kInGovernmentHeads) != 0;
    }
    Candidate c;
    c.what = government ? kGovernment : kOrganization;
    c.span = {run[b].start, run[last - 1].end};
    // A union local keeps its number: "Machinists Local 214".
    c.span.end = UnionLocalEnd(text, c.span.start, c.span.end);
    out.push_back(std::move(c));
  }
}

// "Deputy Director for Licensing Aaron Feld", "Secretary of State Ann
// Lee": a segment ending in a title word, "for" or "of", then a segment of three or
// more capitalised words whose last two are a name and the rest the
// portfolio. The title, connector and portfolio become the role.
bool NameScanner::TitledAcrossPortfolio(
    std::string_view text, const std::vector<Token>& run, size_t b, size_t e,
    const absl::InlinedVector<std::pair<size_t, size_t>, 8>& segments,
    size_t s, std::vector<Candidate>& out) const {
  if (s + 1 >= segments.size() || segments[s + 1].first != e + 1) return false;
  auto word = [&](const Token& t) {
    return text.substr(t.start, t.end - t.start);
  };
  const std::string_view conn = word(run[e]);
  if (conn != "for" && conn != "of") return false;
  if (!words_.title_heads.ContainsLowerAscii(word(run[e - 1]))) {
    return false;
  }
  for (size_t k = b; k < e; ++k) {
    if (run[k].all_caps || (run[k].classes & kBody)) {
      return false;
    }
  }
  const auto [nb, ne] = segments[s + 1];
  if (ne - nb < 3) return false;
  const size_t name = ne - 2;
  for (size_t k = nb; k < ne; ++k) {
    if (run[k].all_caps || (run[k].classes & kNotNamePart)) {
      return false;
    }
  }
  if (words_.title_heads.ContainsLowerAscii(word(run[name - 1]))) {
    return false;  // "Minister of Commerce Secretary ..." is not this shape
  }
  Candidate c;
  c.what = kPerson;
  c.span = {run[name].start, run[ne - 1].end};
  c.titled = true;
  c.role = text.substr(run[b].start, run[name - 1].end - run[b].start);
  c.surname_first = (run[name].classes & kInSurnamesFirst) != 0;
  ParseAppositive(text, c.span.end, c);
  out.push_back(std::move(c));
  return true;
}

void NameScanner::ScanSegment(std::string_view text, const Token* begin,
                              const Token* end,
                              std::vector<Candidate>& out) const {
  auto word = [&](const Token* t) {
    return text.substr(t->start, t->end - t->start);
  };
  // The last title or honorific word splits role from name.
  const Token* title = nullptr;
  for (const Token* t = begin; t < end; ++t) {
    if ((t->classes & kInHonorifics) ||
        words_.title_heads.ContainsLowerAscii(word(t))) {
      title = t;
    }
  }
  const Token* name = title ? title + 1 : begin;
  const size_t count = static_cast<size_t>(end - name);
  if (count == 0 || count > 3) return;
  // A role noun ending the words after a title continues the title: no
  // name follows ("General Manager of ...", "Mr. Ranking Member", "Premier
  // Solution Partner").
  if (title && words_.role_words.ContainsLowerAscii(word(end - 1))) return;
  bool all_caps = false;
  for (const Token* t = name; t < end; ++t) {
    all_caps |= t->all_caps;
    if (t->classes & kNotNamePart) {
      return;
    }
  }
  Candidate c;
  c.span = {name->start, (end - 1)->end};
  if (title) {
    c.titled = !all_caps;
    if (!(title->classes & kInHonorifics)) {
      c.role = text.substr(begin->start, title->end - begin->start);
    } else {
      c.honorific = word(title);
    }
  }
  if (count == 1 || all_caps) {
    // Transcript labels ("MS. LIN") and lone words are references only.
    if (count != 1) return;
    c.what = kSurnameRef;
    out.push_back(std::move(c));
    return;
  }
  c.what = kPerson;
  c.surname_first = (name->classes & kInSurnamesFirst) != 0;
  const bool appositive = ParseAppositive(text, c.span.end, c);
  if (!title && !appositive && !c.surname_first &&
      !HasPersonContext(text, c.span)) {
    c.what = kOther;
  }
  out.push_back(std::move(c));
}

// True when a phrase ends at byte `end`: the text ends, a character other
// than a space follows, "and" or "of" goes on to another name ("by Jo
// Lund and Ann Lee", "a survey by Jo Lund of the University of X"), or
// "in" to a place ("Reporting by Nadia Ferris in Chicago", but not "in
// December": not_names holds the months).
bool NameScanner::EndsPhrase(std::string_view text, size_t end) const {
  if (end >= text.size() || text[end] != ' ') return true;
  const std::string_view next = text.substr(end + 1, 4);
  if (next == "and " || next.substr(0, 3) == "of ") return true;
  if (next.substr(0, 3) != "in " || !IsUpperAt(text, end + 4)) return false;
  size_t word_end = end + 4;
  while (word_end < text.size() && IsAsciiAlnum(text[word_end])) ++word_end;
  return !words_.not_names.contains(
      text.substr(end + 4, word_end - (end + 4)));
}

bool NameScanner::HasPersonContext(std::string_view text, Span name) const {
  const std::string_view before = WordBefore(text, name.start);
  // A cue verb that names a thing ("a mission called Europa Clipper")
  // tells nothing: such a cue takes the name as its object.
  if (!before.empty() && ((words_.cues.ContainsLowerAscii(before) &&
                           !words_.naming.ContainsLowerAscii(before)) ||
                          words_.role_words.ContainsLowerAscii(before))) {
    return true;
  }
  // "Reporting by Nadia Ferris;", "written by Jo Lund, a ...", but not
  // "sacked by Manchester United in December", "led by Blue Origin that
  // ...", "by Star Wars fans": after "by", a person's name ends the phrase
  // (a bodies' or a thing's goes on into more words).
  if (!before.empty() && words_.name_before.ContainsLowerAscii(before) &&
      EndsPhrase(text, name.end)) {
    return true;
  }
  // "Its chief executive, Greta Lindqvist, said"
  if (name.start >= 2 && text.substr(name.start - 2, 2) == ", ") {
    const std::string_view role = WordEndingAt(text, name.start - 2);
    if (words_.role_words.ContainsLowerAscii(role)) return true;
  }
  if (text.substr(name.end, 6) == ", who ") return true;
  const std::string_view after = WordAfter(text, name.end);
  return !after.empty() && words_.cues.ContainsLowerAscii(after);
}

// ", a senior fellow at the Harbor Institute," after a name, or a copular
// introduction (" is chairwoman of Gulfview Grain."): fills role and
// affiliation and returns true when a role word is present.
bool NameScanner::ParseAppositive(std::string_view text, size_t after,
                                  Candidate& c) const {
  size_t pos = after;
  if (text.substr(after, 2) == ", ") {
    pos += 2;
  } else if (text.substr(after, 4) == " is ") {
    pos += 4;
  } else if (text.substr(after, 5) == " was ") {
    pos += 5;
  } else {
    return false;
  }
  const size_t limit = std::min(text.size(), pos + kMaxAppositive);
  // The role's first and last words, and how many there are.
  Span role_first;
  Span role_last;
  size_t role_count = 0;
  bool has_role_word = false;
  while (pos < limit) {
    size_t end = pos;
    while (end < limit && text[end] != ' ' && text[end] != ',' &&
           text[end] != ';' && text[end] != '\n' &&
           !(text[end] == '.' && (end + 1 >= text.size() ||
                                  text[end + 1] == ' ' || text[end + 1] == '\n') &&
             text.substr(pos, end - pos).find('.') == std::string_view::npos)) {
      ++end;
    }
    // As written: most words are compared with a few short ones and
    // turned down by the role words' filter, with no need to lower them.
    const std::string_view w = text.substr(pos, end - pos);
    if (w.empty()) break;
    auto is = [&w](std::string_view lower) {
      return EqualsLowerAscii(w, lower);
    };
    const bool first = role_count == 0;
    if (first && (is("who") || is("which") || is("whose") || is("said"))) {
      return false;
    }
    // "a former engineer at a Dallas chipmaker who now runs its design
    // team": a relative clause ends the role.
    if (!first && (is("who") || is("whose"))) break;
    // A clause or a list goes on after the comma, not an appositive:
    // "dubbed the Black Death, say officials", "the Baltimore Sun and
    // Hartford Courant, and the former owner of The Times".
    if (role_count == 0 && pos == after + 2 &&
        (is("and") || is("or") || is("but") ||
         words_.cues.ContainsLowerAscii(w))) {
      return false;
    }
    // "Kathleen DelGiorno, now a staff scientist at ...": the adverb is no
    // part of the role.
    if (!(first && (is("a") || is("an") || is("the") || is("now") ||
                    is("then")))) {
      // An affiliation: "at|of|with|for [the] Capitalised ...".
      if ((is("at") || is("of") || is("with") || is("for")) && has_role_word &&
          end < text.size() && text[end] == ' ') {
        size_t org = end + 1;
        if (text.substr(org, 4) == "the ") org += 4;
        if (IsUpperAt(text, org)) {
          std::vector<Token> run = RunAt(text, org);
          if (!run.empty()) {
            size_t last = run.size();
            while (last > 0 && run[last - 1].connector) --last;
            auto token = [&](size_t k) {
              return text.substr(run[k].start, run[k].end - run[k].start);
            };
            auto is_body = [&](size_t k) {
              return words_.organization.contains(token(k)) ||
                     words_.government.IsHead(token(k));
            };
            // "head of Research at ICICI Securities", "director for the
            // Middle East at Amnesty": the unit after "of" or "for"
            // belongs to the role (even one named like a body: "Center
            // for X at Y University" is a part of Y), and the body after
            // "at" is the affiliation, read next.
            if ((is("of") || is("for")) && last > 0 &&
                IsBodyAfterAt(text, run[last - 1].end)) {
              role_last = {run[last - 1].start, run[last - 1].end};
              pos = run[last - 1].end + 1;
              continue;
            }
            // "head of Platform Solutions for Ascom": the same, with the
            // body after "for".
            if (is("of")) {
              for (size_t k = 1; k + 1 < last; ++k) {
                if (!run[k].connector || token(k) != "for" ||
                    is_body(k - 1)) {
                  continue;
                }
                role_last = {run[k - 1].start, run[k - 1].end};
                size_t first = k + 1;
                while (first < last && run[first].connector) ++first;
                run.erase(run.begin(), run.begin() + first);
                last -= first;
                break;
              }
            }
            // Stop before a trailing "of <Place>".
            for (size_t k = 1; k + 1 < last; ++k) {
              if (run[k].connector &&
                  text.substr(run[k].start, run[k].end - run[k].start) == "of" &&
                  !words_.organization.contains(text.substr(
                      run[k - 1].start, run[k - 1].end - run[k - 1].start)) &&
                  !words_.government.IsHead(text.substr(
                      run[k - 1].start, run[k - 1].end - run[k - 1].start))) {
                last = k;
                while (last > 0 && run[last - 1].connector) --last;
                break;
              }
            }
            c.affiliation_span = {run[0].start, run[last - 1].end};
            c.affiliation_span.end = UnionLocalEnd(
                text, c.affiliation_span.start, c.affiliation_span.end);
            // "president of Local 887 of the Allied Battery Workers": the
            // union is the body; a local alone names nobody.
            if (last == 1 && c.affiliation_span.end > run[0].end &&
                text.substr(c.affiliation_span.end, 4) == " of ") {
              size_t union_at = c.affiliation_span.end + 4;
              if (text.substr(union_at, 4) == "the ") union_at += 4;
              std::vector<Token> union_run =
                  IsUpperAt(text, union_at) ? RunAt(text, union_at)
                                            : std::vector<Token>();
              size_t union_last = union_run.size();
              while (union_last > 0 && union_run[union_last - 1].connector) {
                --union_last;
              }
              if (union_last > 0) {
                run = std::move(union_run);
                last = union_last;
                c.affiliation_span = {run[0].start, run[last - 1].end};
              }
            }
            c.affiliation = text.substr(c.affiliation_span.start,
                                        c.affiliation_span.size());
            for (size_t k = 0; k < last; ++k) {
              if (words_.government.IsHead(text.substr(
                      run[k].start, run[k].end - run[k].start))) {
                c.affiliation_kind = ActorKind::kGovernment;
              }
            }
          }
          break;
        }
      }
      if (role_count++ == 0) role_first = {pos, end};
      role_last = {pos, end};
      // One role word is enough: later words need no lookups. A word
      // with no plural "s" is its own singular: one lookup.
      if (!has_role_word) {
        const std::string_view singular = Singular(w);
        has_role_word = words_.role_words.ContainsLowerAscii(singular) ||
                        (singular.size() != w.size() &&
                         words_.role_words.ContainsLowerAscii(w)) ||
                        IsProfessionBySuffix(singular);
      }
      if (role_count > 8) return false;
    }
    if (end >= limit || text[end] != ' ') break;
    pos = end + 1;
  }
  if (!has_role_word) {
    c.affiliation = {};
    c.affiliation_span = {};
    return false;
  }
  if (c.role.empty()) {
    c.role = text.substr(role_first.start, role_last.end - role_first.start);
  }
  return true;
}

}  // namespace whosaid::nlp
