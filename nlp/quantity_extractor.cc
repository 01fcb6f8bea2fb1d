#include "nlp/quantity_extractor.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <span>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/ascii.h"
#include "nlp/decimal_value.h"

namespace whosaid::nlp {
namespace {

constexpr size_t kMaxUnitWords = 5;
// How far back an elliptical number looks for the amount it abbreviates.
constexpr size_t kEllipsisWindow = 160;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// text.substr(pos, count) for a range known to lie in `text`: no bounds
// test, and no out-of-line call, on the hot paths.
std::string_view Slice(std::string_view text, size_t pos, size_t count) {
  return std::string_view(text.data() + pos, count);
}

// As DecimalValue: a number of up to 15 digits is its digits as one
// integer, converted exactly, divided by one of these.
constexpr size_t kMaxExactDigits = 15;
constexpr double kPowersOfTen[kMaxExactDigits + 1] = {
    1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
bool IsAlpha(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsAsciiAlpha);
}

// Case-insensitive ASCII prefix test.
bool StartsWithNoCase(std::string_view text, size_t pos, std::string_view w) {
  return pos + w.size() <= text.size() &&
         EqualsIgnoreAsciiCase(text.substr(pos, w.size()), w);
}

// Whether `word` (lower case) ends the text before `pos` as a whole word
// with one space after it, in any case: "between " before "3 and 4".
bool EndsWithWord(std::string_view text, size_t pos, std::string_view word) {
  const size_t n = word.size() + 1;
  if (pos < n || text[pos - 1] != ' ' ||
      !EqualsIgnoreAsciiCase(text.substr(pos - n, word.size()), word)) {
    return false;
  }
  return pos == n || !IsAsciiAlpha(text[pos - n - 1]);
}

// Where the second number of a range in words starts, when the first
// number starts at `digit` and ends at `end`: "3 to 4 percent", "between
// 3 and 4 million"; 0 when none does.
size_t WordRangeSecond(std::string_view text, size_t digit, size_t end) {
  if (text.compare(end, 4, " to ") == 0 && end + 4 < text.size() &&
      IsDigit(text[end + 4])) {
    return end + 4;
  }
  if (text.compare(end, 5, " and ") == 0 && end + 5 < text.size() &&
      IsDigit(text[end + 5]) && EndsWithWord(text, digit, "between")) {
    return end + 5;
  }
  return 0;
}

// How many ASCII letters `form` starts with. A form matched a space
// after a number, and not followed by a letter, has exactly as many as the
// run of ASCII letters there: the bytes after them match the form's next
// one (no letter) or follow the form (no letter either).
size_t LeadingLetters(std::string_view form) {
  size_t k = 0;
  while (k < form.size() && IsAsciiAlpha(form[k])) ++k;
  return k;
}

// A letter (ASCII or any UTF-8 byte of a non-ASCII character) at pos.
bool LetterAt(std::string_view text, size_t pos) {
  return pos < text.size() &&
         (IsAsciiAlpha(text[pos]) || static_cast<uint8_t>(text[pos]) >= 0xC0);
}

// The bytes of a word that may be a count unit, but for inner hyphens:
// ASCII letters and every byte of a non-ASCII character.
constexpr std::array<bool, 256> kUnitWordByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = IsAsciiAlpha(static_cast<char>(c)) || c >= 0x80;
  }
  return table;
}();

#ifdef __SSE2__
// Byte k of the result set when v's byte k is an ASCII letter: (b | 0x20)
// is a..z exactly for letters, and adding 0x80 - 'a' turns that range test
// into a signed compare SSE2 has.
__m128i AsciiLetters(__m128i v) {
  const __m128i shifted =
      _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                   _mm_set1_epi8(static_cast<char>(0x80 - 'a')));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + 26)));
}
#endif

// The end of the run of ASCII letters from `i`: the first index at or
// after it that holds no ASCII letter, or text.size(). Sixteen bytes at a
// time: a byte loop costs several instructions a letter.
size_t AsciiLettersEnd(std::string_view text, size_t i) {
#ifdef __SSE2__
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const unsigned stop =
        ~static_cast<unsigned>(_mm_movemask_epi8(AsciiLetters(v))) & 0xFFFFu;
    if (stop != 0) return i + static_cast<size_t>(__builtin_ctz(stop));
  }
#endif
  while (i < text.size() && IsAsciiAlpha(text[i])) ++i;
  return i;
}

// The word ending at `end` (exclusive), skipping one space before it.
std::string_view PrevWord(std::string_view text, size_t start) {
  if (start < 2 || text[start - 1] != ' ') return {};
  size_t b = start - 1;
#ifdef __SSE2__
  // Sixteen bytes at a time back from b: the last one that is neither a
  // letter nor '.' ends the walk.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (b >= 16) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + b - 16));
    const __m128i kept = _mm_or_si128(
        AsciiLetters(v), _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    const unsigned stop =
        ~static_cast<unsigned>(_mm_movemask_epi8(kept)) & 0xFFFFu;
    if (stop != 0) {
      // The highest stop byte is at b - 16 + (31 - clz); the word starts
      // after it.
      b = b - 16 + static_cast<size_t>(31 - __builtin_clz(stop)) + 1;
      return Slice(text, b, start - 1 - b);
    }
    b -= 16;
  }
#endif
  while (b > 0 && (IsAsciiAlpha(text[b - 1]) || text[b - 1] == '.')) --b;
  return Slice(text, b, start - 1 - b);
}

std::string_view NextWord(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return {};
  const size_t e = AsciiLettersEnd(text, end + 1);
  return Slice(text, end + 1, e - end - 1);
}

// `written` without its commas: itself when it has none, else a copy in
// `storage`.
std::string_view WithoutCommas(std::string_view written,
                               std::string* storage) {
  if (written.find(',') == std::string_view::npos) return written;
  for (char c : written) {
    if (c != ',') *storage += c;
  }
  return *storage;
}

#ifdef __SSE2__
// The index of the first byte that is set in the 64 bytes of compare
// results m0..m3, one of which has a set byte.
size_t FirstSetByte(__m128i m0, __m128i m1, __m128i m2, __m128i m3) {
  const auto bits = [](__m128i m, int shift) {
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(m)))
           << shift;
  };
  return __builtin_ctzll(bits(m0, 0) | bits(m1, 16) | bits(m2, 32) |
                         bits(m3, 48));
}

// Skips the places from `i` on where nothing matches, 64 bytes per branch
// while they last, then 16. `matches(at)` sets byte k of its result when
// place at + k matches, reading the 16 + kReach bytes from `at`. Returns
// the first match, text.size() when there is none, or a place too near
// the end to test 16 at a time, from which a byte loop finishes.
template <size_t kReach, typename Matches>
size_t SkipToMatch(std::string_view text, size_t i, Matches matches) {
  for (; i + 64 + kReach <= text.size(); i += 64) {
    const __m128i m0 = matches(i), m1 = matches(i + 16),
                  m2 = matches(i + 32), m3 = matches(i + 48);
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(m0, m1),
                                       _mm_or_si128(m2, m3))) != 0) {
      return i + FirstSetByte(m0, m1, m2, m3);
    }
  }
  for (; i + 16 + kReach <= text.size(); i += 16) {
    const int mask = _mm_movemask_epi8(matches(i));
    if (mask != 0) return i + __builtin_ctz(static_cast<unsigned>(mask));
  }
  // The last places: the text's last 16 + kReach bytes, less those before i.
  if (i + kReach < text.size() && text.size() >= 16 + kReach) {
    const size_t at = text.size() - 16 - kReach;
    const unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(matches(at))) >> (i - at);
    return mask != 0 ? i + __builtin_ctz(mask) : text.size();
  }
  return i;
}
#endif

// The first digit at or after `i`, or text.size(). Most text has no digit
// for hundreds of bytes, so the scan tests 64 bytes per branch.
size_t NextDigit(std::string_view text, size_t i) {
#ifdef __SSE2__
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  // Subtracting '0' + 0x80 moves '0'..'9', and only them, to the ten
  // smallest signed bytes: one subtraction and one compare per 16 bytes.
  const __m128i shift = _mm_set1_epi8(static_cast<char>('0' + 0x80));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 10));
  i = SkipToMatch<0>(text, i, [&](size_t at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
    return _mm_cmplt_epi8(_mm_sub_epi8(v, shift), limit);
  });
#endif
  while (i < text.size() && !IsDigit(text[i])) ++i;
  return i;
}

// The first position at or after `i` where "a " starts, or text.size();
// 64 bytes per branch, as NextDigit.
size_t NextArticle(std::string_view text, size_t i) {
#ifdef __SSE2__
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const __m128i a = _mm_set1_epi8('a'), space = _mm_set1_epi8(' ');
  i = SkipToMatch<1>(text, i, [&](size_t at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
    const __m128i next =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at + 1));
    return _mm_and_si128(_mm_cmpeq_epi8(v, a), _mm_cmpeq_epi8(next, space));
  });
#endif
  for (; i + 1 < text.size(); ++i) {
    if (text[i] == 'a' && text[i + 1] == ' ') return i;
  }
  return text.size();
}

bool SentenceStartBefore(std::string_view text, size_t word_start) {
  size_t i = word_start;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i == 0) return true;
  const char c = text[i - 1];
  return c == '.' || c == '\n' || c == '!' || c == '?' || c == '"' ||
         static_cast<uint8_t>(c) == 0x9C;  // end of “
}

// The value of the number written in digits (commas, a decimal point) at
// `start` of `text`, before any scale or unit; its end in `*end` when
// `end` is not null.
double PlainNumberAt(std::string_view text, size_t start, size_t* end) {
  size_t e = start;
  while (e < text.size() &&
         (IsDigit(text[e]) ||
          ((text[e] == ',' || text[e] == '.') && e + 1 < text.size() &&
           IsDigit(text[e + 1])))) {
    ++e;
  }
  if (end != nullptr) *end = e;
  std::string storage;
  return DecimalValue(WithoutCommas(text.substr(start, e - start), &storage));
}

// `word` (1 to 8 bytes) in ASCII lower case as one number, byte k in
// bits 8k to 8k + 7 and zeros after it; `readable` bytes from word.data()
// may be read.
uint64_t PackLower(std::string_view word, size_t readable) {
  uint64_t packed = 0;
  if (std::endian::native == std::endian::little && readable >= 8) {
    std::memcpy(&packed, word.data(), 8);
    packed &= ~uint64_t{0} >> (8 * (8 - word.size()));
  } else {
    for (size_t k = 0; k < word.size(); ++k) {
      packed |= uint64_t{static_cast<uint8_t>(word[k])} << (8 * k);
    }
  }
  return LowerAsciiBytes(packed);
}

}  // namespace

template <typename Words>
QuantityExtractor::ShortWords::ShortWords(const Words& words) {
  size_t count = 0;
  for (std::string_view w : words) count += !w.empty() && w.size() <= kMaxSize;
  // At most half full: a look-up mostly ends at its first slot.
  size_t size = 8;
  shift_ = 61;
  while (size < 2 * count) {
    size *= 2;
    --shift_;
  }
  slots_.assign(size, 0);
  indexes_.assign(size, -1);
  int index = -1;
  for (std::string_view w : words) {
    ++index;
    if (w.empty() || w.size() > kMaxSize) continue;
    const uint64_t packed = PackLower(w, w.size());
    size_t slot = SlotOf(packed);
    while (slots_[slot] != 0 && slots_[slot] != packed) {
      slot = (slot + 1) & (slots_.size() - 1);
    }
    if (slots_[slot] == 0) indexes_[slot] = index;  // the first of equals
    slots_[slot] = packed;
  }
}

size_t QuantityExtractor::ShortWords::SlotOf(uint64_t packed) const {
  return static_cast<size_t>((packed * 0x9E3779B97F4A7C15ull) >> shift_);
}

int QuantityExtractor::ShortWords::Find(std::string_view word,
                                        size_t readable) const {
  if (slots_.empty()) return -1;
  const uint64_t packed = PackLower(word, readable);
  for (size_t slot = SlotOf(packed);; slot = (slot + 1) & (slots_.size() - 1)) {
    if (slots_[slot] == packed) return indexes_[slot];
    if (slots_[slot] == 0) return -1;
  }
}

bool QuantityExtractor::InWordSet(std::string_view word, size_t readable,
                                  const ShortWords& short_words,
                                  const FlatStringSet& words) {
  if (!word.empty() && word.size() <= ShortWords::kMaxSize) {
    return short_words.Contains(word, readable);
  }
  char buffer[32];
  return words.contains(LowerAsciiInto(word, buffer));
}

QuantityExtractor::QuantityExtractor(const QuantityRules& rules)
    : rules_(rules) {
  for (const auto& c : rules_.currencies) {
    (c.prefix ? prefixes_ : suffixes_).push_back(&c);
  }
  auto longest_first = [](const auto* a, const auto* b) {
    return a->form.size() > b->form.size();
  };
  std::stable_sort(prefixes_.begin(), prefixes_.end(), longest_first);
  for (const auto* cur : prefixes_) {
    prefix_is_alpha_.push_back(IsAlpha(cur->form));
    if (cur->form.empty()) continue;
    const auto last = static_cast<unsigned char>(cur->form.back());
    prefix_last_byte_[last] = true;
    if (IsAlpha(cur->form)) {
      alpha_prefix_last_byte_[last] = true;
      // Every alphabetic prefix has two letters or more ("Rs", "RMB").
      if (cur->form.size() >= 2) {
        alpha_prefix_second_last_byte_[static_cast<unsigned char>(
            cur->form[cur->form.size() - 2])] = true;
      } else {
        alpha_prefix_second_last_byte_.fill(true);
      }
    }
  }
  for (size_t c = 0; c < prefixes_.size(); ++c) {
    const std::string& f = prefixes_[c]->form;
    const bool alpha = prefix_is_alpha_[c];
    for (int b = 0; b < 256; ++b) {
      const bool ends_with_b = !f.empty() && f.back() == static_cast<char>(b);
      if (f.empty() || ends_with_b) {
        prefixes_ending_with_[b].push_back({prefixes_[c], alpha});
      }
      if (alpha ? ends_with_b : (f.empty() || f.back() == ' ')) {
        prefixes_after_space_[b].push_back({prefixes_[c], alpha});
      }
    }
  }
  std::stable_sort(suffixes_.begin(), suffixes_.end(), longest_first);
  for (const auto* cur : suffixes_) {
    const SuffixCandidate candidate{cur, LeadingLetters(cur->form)};
    if (cur->form.empty()) empty_suffixes_.push_back(candidate);
    for (int b = 0; b < 256; ++b) {
      // An empty form starts anywhere; otherwise the byte must be its
      // first, in either ASCII case.
      if (cur->form.empty() ||
          AsciiLower(static_cast<char>(b)) == AsciiLower(cur->form[0])) {
        suffixes_by_first_byte_[b].push_back(candidate);
      }
    }
  }
  for (const auto& s : rules_.scales) scales_.emplace(LowerAscii(s.form), s.factor);
  for (const auto& [form, factor] : scales_) {
    if (form.size() >= 6) long_scales_.emplace_back(form, factor);
  }
  for (const auto& [form, factor] : long_scales_) {
    long_scale_first_byte_[static_cast<unsigned char>(form[0])] = true;
  }
  for (const auto& [form, factor] : scales_) {
    if (form.size() < 4) continue;  // ReadScale takes no shorter form
    for (int b = 0; b < 256; ++b) {
      if (AsciiLower(static_cast<char>(b)) == form[0]) {
        spelled_scale_first_byte_[b] = true;
      }
    }
  }
  // A fixed order (longest first, then by spelling), not the hash map's.
  std::sort(long_scales_.begin(), long_scales_.end(),
            [](const auto& a, const auto& b) {
              return a.first.size() != b.first.size()
                         ? a.first.size() > b.first.size()
                         : a.first < b.first;
            });
  for (const auto& u : rules_.units) units_.emplace(LowerAscii(u.form), u.unit);
  for (const auto& w : rules_.stop_words) stop_words_.insert(LowerAscii(w));
  for (const auto& w : rules_.date_words) date_words_.insert(LowerAscii(w));
  for (const auto& [key, unit] : units_) unit_filter_.Add(key);
  for (const auto& [key, factor] : scales_) scale_filter_.Add(key);
  std::vector<std::string> scale_keys;
  for (const auto& [key, factor] : scales_) {
    scale_keys.push_back(key);
    short_scale_factors_.push_back(factor);
  }
  short_scales_ = ShortWords(scale_keys);
  short_stop_words_ = ShortWords(stop_words_);
  short_date_words_ = ShortWords(date_words_);
  for (const std::string& key : stop_words_) stop_filter_.Add(key);
  for (const std::string& key : date_words_) date_filter_.Add(key);
  for (const std::string& f : rules_.percent_forms) {
    if (f == "%") continue;  // read on its own, written without a space
    percent_words_.emplace_back(f, LeadingLetters(f));
    if (f.empty()) {
      has_empty_percent_form_ = true;
      continue;
    }
    for (int b = 0; b < 256; ++b) {
      if (AsciiLower(static_cast<char>(b)) == AsciiLower(f[0])) {
        percent_word_first_byte_[b] = true;
      }
    }
  }
}

std::vector<Quantity> QuantityExtractor::Extract(std::string_view text) const {
  std::vector<Quantity> out;
  const size_t n = text.size();
  for (size_t i = NextDigit(text, 0); i < n; i = NextDigit(text, i + 1)) {
    const char prev = i > 0 ? text[i - 1] : ' ';
    const bool starts = !(IsDigit(prev) || IsAsciiAlpha(prev) || prev == '/' ||
                          prev == ':' || prev == '.' || prev == ',' ||
                          prev == '-' || prev == '_' || prev == '=' ||
                          prev == '#' || prev == '@') ||
                        // The second number of a range: "10-15 percent".
                        (prev == '-' && !out.empty() &&
                         out.back().span.end + 1 == i);
    if (starts) {
      std::optional<Quantity> q = At(text, i);
      if (!q && !out.empty()) q = EllipticalAt(text, i, out.back());
      if (q) {
        i = q->span.end - 1;
        // Room for a few at the first: texts with one quantity mostly
        // have more, and growing one by one moves each several times.
        if (out.empty()) out.reserve(8);
        out.push_back(*std::move(q));
        continue;
      }
    }
    while (i + 1 < n && (IsDigit(text[i + 1]) || text[i + 1] == ',' ||
                         text[i + 1] == '.')) {
      ++i;
    }
  }
  // Scale words written with "a" or "half a": "a million tonnes". One pass
  // over the places "a " occurs; matches are kept in (scale, position)
  // order, the order of one search per scale word.
  struct WordMatch {
    size_t scale;
    size_t at;
  };
  std::vector<WordMatch> word_matches;
  for (size_t p = NextArticle(text, 0); p < n; p = NextArticle(text, p + 1)) {
    if (p + 2 >= n ||
        !long_scale_first_byte_[static_cast<unsigned char>(text[p + 2])]) {
      continue;  // no scale word follows
    }
    if (p > 0 && LetterAt(text, p - 1)) continue;
    for (size_t k = 0; k < long_scales_.size(); ++k) {
      const std::string& form = long_scales_[k].first;
      if (p + 2 + form.size() < n && text[p + 2 + form.size()] == ' ' &&
          text.compare(p + 2, form.size(), form) == 0) {
        word_matches.push_back({k, p});
      }
    }
  }
  std::sort(word_matches.begin(), word_matches.end(),
            [](const WordMatch& a, const WordMatch& b) {
              return a.scale != b.scale ? a.scale < b.scale : a.at < b.at;
            });
  for (const WordMatch& m : word_matches) {
    const auto& [form, factor] = long_scales_[m.scale];
    if (auto q = WordNumberAt(text, m.at, factor, m.at + form.size() + 2)) {
      out.push_back(*std::move(q));
    }
  }
  // Text order; of two starting together, the longer first. Stable, so
  // the order never depends on the sort's implementation. The digit pass
  // finds them in that order, so unless a scale word written with "a"
  // came after, there is nothing to sort (and moving each Quantity
  // through the sort's buffer cost more than finding it).
  const auto text_order = [](const Quantity& a, const Quantity& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start
                                        : a.span.end > b.span.end;
  };
  if (!std::is_sorted(out.begin(), out.end(), text_order)) {
    std::stable_sort(out.begin(), out.end(), text_order);
  }
  // "a hundred thousand workers" matches both "hundred thousand" and
  // "hundred" with the same span: keep the first, the longer scale word.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Quantity& a, const Quantity& b) {
                          return a.span.start == b.span.start &&
                                 a.span.end == b.span.end;
                        }),
            out.end());
  return out;
}

std::optional<Quantity> QuantityExtractor::EllipticalAt(
    std::string_view text, size_t digit, const Quantity& previous) const {
  if (previous.kind == QuantityKind::kPercent || previous.span.end > digit ||
      digit - previous.span.end > kEllipsisWindow) {
    return std::nullopt;
  }
  // The scale word first: most numbers have none, and the tests below are
  // longer.
  size_t j = digit;
  while (j < text.size() &&
         (IsDigit(text[j]) || (text[j] == ',' && j + 1 < text.size() &&
                               IsDigit(text[j + 1])) ||
          (text[j] == '.' && j + 1 < text.size() && IsDigit(text[j + 1])))) {
    ++j;
  }
  double scale = 1;
  const size_t end = ReadScale(text, j, &scale);
  if (end == j) return std::nullopt;  // bare numbers stay unitless
  // Same sentence: no sentence-ending mark between the two.
  for (size_t p = previous.span.end; p + 1 < digit; ++p) {
    const char c = text[p];
    if ((c == '.' || c == '!' || c == '?' || c == ';') && text[p + 1] == ' ') {
      return std::nullopt;
    }
  }
  double factor = 1;
  if (previous.kind == QuantityKind::kMoney) {
    // Only a prefixed amount ("$40 billion ... 25 billion"); "10 cents"
    // and "500 billion yuan" put their currency after the number.
    const QuantityRules::Currency* cur = nullptr;
    for (const auto* c : prefixes_) {
      if (previous.text.starts_with(c->form)) {
        cur = c;
        break;
      }
    }
    if (!cur || cur->code != previous.unit) return std::nullopt;
    factor = cur->factor;
  }
  std::string storage;
  const std::string_view digits =
      WithoutCommas(text.substr(digit, j - digit), &storage);
  Quantity q;
  q.kind = previous.kind;
  q.unit = previous.unit;
  q.value = DecimalValue(digits) * scale * factor;
  q.span = {digit, end};
  q.text = std::string(text.substr(digit, end - digit));
  return q;
}

std::optional<Quantity> QuantityExtractor::WordNumberAt(
    std::string_view text, size_t a, double factor, size_t after) const {
  Number num{a, after, factor, nullptr, true};
  if (a >= 5 && text.substr(a - 5, 5) == "half ") {
    num.start = a - 5;
    num.value *= 0.5;
  }
  return Finish(text, num, false);
}

std::optional<Quantity> QuantityExtractor::At(std::string_view text,
                                              size_t digit,
                                              bool allow_range) const {
  // The digits: 1,234,567.89. Their value is read on the way, as
  // DecimalValue reads it: every digit into one integer, divided by the
  // power of ten of the digits after the point.
  size_t j = digit;
  size_t commas = 0;
  uint64_t mantissa = 0;  // wraps past 19 digits; not used past 15
  size_t count = 0;       // digits read
  while (j < text.size()) {
    if (IsDigit(text[j])) {
      mantissa = mantissa * 10 + static_cast<uint64_t>(text[j] - '0');
      ++count;
      ++j;
    } else if (text[j] == ',' && j + 3 < text.size() + 0 &&
               IsDigit(text[j + 1]) && IsDigit(text[j + 2]) &&
               IsDigit(text[j + 3]) &&
               (j + 4 >= text.size() || !IsDigit(text[j + 4]))) {
      ++commas;
      ++j;
    } else {
      break;
    }
  }
  const bool grouped = commas > 0;
  const size_t int_digits = j - digit - commas;
  size_t after_point = 0;
  if (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) {
    ++j;
    while (j < text.size() && IsDigit(text[j])) {
      mantissa = mantissa * 10 + static_cast<uint64_t>(text[j] - '0');
      ++count;
      ++after_point;
      ++j;
    }
  }
  const std::string_view written = Slice(text, digit, j - digit);
  Number num{digit, j, 0, nullptr, false};
  if (count <= kMaxExactDigits) {
    const double value = static_cast<double>(mantissa);
    num.value = after_point == 0 ? value : value / kPowersOfTen[after_point];
  } else {
    std::string storage;
    num.value = DecimalValue(grouped ? WithoutCommas(written, &storage)
                                     : written);
  }
  // Where the second number of a range written with a dash starts:
  // "10-15 percent", "2–3 hours".
  size_t range_second = 0;
  // A range in words ("between 3 and 4 million tonnes", "from 10 to 25
  // percent", "7 to 10 days"): when it is none, the first number is read
  // as if alone.
  bool word_range = false;
  if (allow_range && j + 1 < text.size() && text[j] == '-' &&
      IsDigit(text[j + 1])) {
    range_second = j + 1;
  } else if (allow_range && j + 3 < text.size() &&
             text.compare(j, 3, "\u2013") == 0 && IsDigit(text[j + 3])) {
    range_second = j + 3;
  } else if (allow_range && j + 5 < text.size() && text[j] == ' ' &&
             (text[j + 1] == 't' || text[j + 1] == 'a')) {
    range_second = WordRangeSecond(text, digit, j);
    word_range = range_second != 0;
  }
  double range_top = 0;  // the second number's value, before any scale
  if (range_second != 0) {
    // A range rises ("787-9 Dreamliner jets" names a model, "24-17" a
    // score), and a year opens a date or a season ("2025-10-30",
    // "2019-20"): most dashes between digits are turned away here. In
    // words, "from" and "between" open a range that may fall too ("from
    // 1.75 to 1.5 percent").
    range_top = PlainNumberAt(text, range_second, nullptr);
    const bool year = !grouped && int_digits == 4 && num.value >= 1800 &&
                      num.value <= 2100;
    const bool opened = word_range && (EndsWithWord(text, digit, "from") ||
                                       EndsWithWord(text, digit, "between"));
    if (year || (!(range_top > num.value) && !opened)) {
      if (!word_range) return std::nullopt;
      range_second = 0;
    }
  }
  if (j < text.size()) {
    const char c = text[j];
    if ((c == ':' || c == '/' || c == '-') && j + 1 < text.size() &&
        (IsDigit(text[j + 1]) || IsAsciiAlpha(text[j + 1])) &&
        range_second == 0) {
      return std::nullopt;  // 9:15, 2/5, 10-year
    }
    if (IsAsciiAlpha(c)) {
      // Only an attached scale may touch the digits: 3bn, 1.2tn.
      const size_t e = AsciiLettersEnd(text, j);
      double factor;
      if (!FindScale(Slice(text, j, e - j), text.size() - j, &factor) ||
          LetterAt(text, e)) {
        return std::nullopt;
      }
      num.value *= factor;
      num.end = e;
      num.scaled = true;
    }
  }
  // A currency written before the number: $, US$, €, RMB.
  const unsigned char before_digit =
      digit > 0 ? static_cast<unsigned char>(text[digit - 1]) : 0;
  const bool may_have_prefix =
      digit > 0 &&
      (prefix_last_byte_[before_digit] ||
       (before_digit == ' ' && digit >= 3 &&
        alpha_prefix_last_byte_[static_cast<unsigned char>(text[digit - 2])] &&
        alpha_prefix_second_last_byte_[static_cast<unsigned char>(
            text[digit - 3])]));
  // Only the prefixes that may end where they would have to, in order.
  std::span<const PrefixCandidate> candidates;
  if (may_have_prefix && before_digit != ' ') {
    candidates = prefixes_ending_with_[before_digit];
  } else if (may_have_prefix) {
    candidates = prefixes_after_space_[static_cast<unsigned char>(
        digit >= 2 ? text[digit - 2] : 0)];
  }
  for (const auto& [cur, alpha] : candidates) {
    const std::string& f = cur->form;
    size_t at = digit;
    if (alpha && at > 0 && text[at - 1] == ' ') --at;
    // The last byte first: it rules out most prefixes without a compare.
    if (at < f.size() || (!f.empty() && text[at - 1] != f.back()) ||
        text.compare(at - f.size(), f.size(), f) != 0) {
      continue;
    }
    const size_t start = at - f.size();
    if (alpha && start > 0 && LetterAt(text, start - 1)) continue;
    num.start = start;
    num.currency = cur;
    break;
  }
  // The word before the digits, read once for the date words and Finish.
  std::string_view before_word;
  if (!num.currency) {
    // A year first: it costs less to rule out than a date word.
    const bool year_like = !grouped && int_digits == 4 &&
                           written.size() == 4 && num.value >= 1800 &&
                           num.value <= 2100 && !num.scaled;
    if (year_like) {
      size_t p = num.end;
      double ignored;
      const bool percent_next =
          p < text.size() &&
          (text[p] == '%' ||
           // " per" in any case: a space and p or P first.
           (text[p] == ' ' && p + 1 < text.size() &&
            (text[p + 1] | 0x20) == 'p' && StartsWithNoCase(text, p, " per")));
      if (!percent_next && ReadScale(text, p, &ignored) == p) {
        return std::nullopt;
      }
    }
    before_word = PrevWord(text, digit);
    if (IsDateNeighbour(text, before_word, num.end)) return std::nullopt;
  }
  if (range_second != 0) {
    std::optional<Quantity> first =
        RangeStart(text, num, range_second, range_top);
    if (first || !word_range) return first;
  }
  return Finish(text, num, false, num.currency ? nullptr : &before_word);
}

std::optional<Quantity> QuantityExtractor::RangeStart(
    std::string_view text, Number first, size_t second,
    double second_value) const {
  if (const std::optional<Quantity> end =
          At(text, second, /*allow_range=*/false)) {
    // "10-15 percent", "3-4 million tonnes": the unit, scale and kind of
    // the second. Not after a currency of its own: "$5-10 years".
    if (first.currency != nullptr && end->kind != QuantityKind::kMoney) {
      return std::nullopt;
    }
    Quantity q;
    q.kind = end->kind;
    q.unit = end->unit;
    q.value = first.value * (end->value / second_value);
    q.span = {first.start, first.end};
    q.text.assign(text.data() + q.span.start, q.span.size());
    return q;
  }
  // "$5-10 billion": the first's currency with the second's scale (the
  // second takes the first's unit as an elliptical number).
  if (first.currency == nullptr) return std::nullopt;
  size_t e = second;
  PlainNumberAt(text, second, &e);
  double factor = 1;
  if (ReadScale(text, e, &factor) == e) return std::nullopt;
  std::optional<Quantity> q = Finish(text, first, false);
  if (!q || q->kind != QuantityKind::kMoney || q->span.end != first.end) {
    return std::nullopt;
  }
  q->value *= factor;
  return q;
}

bool QuantityExtractor::FindScale(std::string_view word, size_t readable,
                                  double* factor) const {
  if (!scale_filter_.MayHold(word)) return false;
  if (!word.empty() && word.size() <= ShortWords::kMaxSize) {
    const int index = short_scales_.Find(word, readable);
    if (index < 0) return false;
    *factor = short_scale_factors_[index];
    return true;
  }
  char buffer[16];
  const auto it = scales_.find(LowerAsciiInto(word, buffer));
  if (it == scales_.end()) return false;
  *factor = it->second;
  return true;
}

size_t QuantityExtractor::ReadScale(std::string_view text, size_t pos,
                                    double* factor) const {
  if (pos + 1 >= text.size() || text[pos] != ' ' ||
      !spelled_scale_first_byte_[static_cast<unsigned char>(text[pos + 1])]) {
    return pos;
  }
  const size_t e = AsciiLettersEnd(text, pos + 1);
  if (LetterAt(text, e)) return pos;
  // No scale word of under four bytes: "m" alone is none.
  if (e - pos - 1 < 4 ||
      !FindScale(Slice(text, pos + 1, e - pos - 1), text.size() - pos - 1,
                 factor)) {
    return pos;
  }
  return e;
}

std::optional<Quantity> QuantityExtractor::Finish(std::string_view text,
                                                  Number num, bool bare_ok,
                                                  const std::string_view*
                                                      before_start) const {
  size_t pos = num.end;
  if (!num.scaled) {
    double factor = 1;
    const size_t after = ReadScale(text, pos, &factor);
    if (after != pos) {
      num.value *= factor;
      pos = after;
    }
  }
  Quantity q;
  // Fills q and moves it out: each of its strings is made once.
  auto done = [&](QuantityKind kind, size_t end, std::string unit) {
    q.kind = kind;
    q.span = {num.start, end};
    q.text.assign(text.data() + q.span.start, q.span.size());
    q.unit = std::move(unit);
    return std::optional<Quantity>(std::move(q));
  };
  if (num.currency) {
    q.value = num.value * num.currency->factor;
    return done(QuantityKind::kMoney, pos, num.currency->code);
  }
  // Percent.
  if (pos < text.size() && text[pos] == '%') {
    q.value = num.value;
    return done(QuantityKind::kPercent, pos + 1, "%");
  }
  // Each percent word and currency suffix is written a space after the
  // number, and the word there has as many ASCII letters as it starts
  // with: most are ruled out without a compare.
  const bool space_next = pos < text.size() && text[pos] == ' ';
  const size_t letters =
      space_next ? AsciiLettersEnd(text, pos + 1) - (pos + 1) : 0;
  const bool may_be_percent_word =
      space_next &&
      (has_empty_percent_form_ ||
       (pos + 1 < text.size() &&
        percent_word_first_byte_[static_cast<unsigned char>(text[pos + 1])]));
  for (const auto& [f, f_letters] : percent_words_) {
    if (!may_be_percent_word) break;
    if (f_letters == letters && StartsWithNoCase(text, pos + 1, f) &&
        !LetterAt(text, pos + 1 + f.size())) {
      q.value = num.value;
      return done(QuantityKind::kPercent, pos + 1 + f.size(), "%");
    }
  }
  // A currency written after: "500 billion yuan", "10 cents".
  if (space_next) {
    // Only the suffixes that can start at pos + 1 (at the text end, only
    // empty ones), longest first.
    const auto& candidates =
        pos + 1 < text.size()
            ? suffixes_by_first_byte_[static_cast<unsigned char>(text[pos + 1])]
            : empty_suffixes_;
    for (const auto& [cur, f_letters] : candidates) {
      const std::string& f = cur->form;
      if (f_letters == letters && StartsWithNoCase(text, pos + 1, f) &&
          !LetterAt(text, pos + 1 + f.size())) {
        q.value = num.value * cur->factor;
        return done(QuantityKind::kMoney, pos + 1 + f.size(), cur->code);
      }
    }
  }
  // A count needs a unit, and is not the number of a named thing
  // ("Section 301", "Local 214").
  const std::string_view before =
      before_start != nullptr ? *before_start : PrevWord(text, num.start);
  if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z' &&
      !SentenceStartBefore(text, num.start - 1 - before.size())) {
    return std::nullopt;
  }
  size_t end = pos;
  std::string unit;
  if (!CountUnit(text, pos, &end, &unit)) {
    if (!bare_ok) return std::nullopt;
  }
  q.value = num.value;
  return done(QuantityKind::kCount, end, std::move(unit));
}

bool QuantityExtractor::CountUnit(std::string_view text, size_t pos,
                                  size_t* end, std::string* unit) const {
  struct Word {
    size_t start, end;
  };
  // At most kMaxUnitWords: on the stack.
  std::array<Word, kMaxUnitWords> word_store;
  size_t word_count = 0;
  while (word_count < kMaxUnitWords && pos < text.size() &&
         text[pos] == ' ') {
    const size_t start = pos + 1;
    // ASCII letters first, a run at a time; then the rest byte by byte.
    size_t e = AsciiLettersEnd(text, start);
    while (e < text.size() &&
           (kUnitWordByte[static_cast<uint8_t>(text[e])] ||
            (text[e] == '-' && LetterAt(text, e + 1)))) {
      ++e;
    }
    if (e == start) break;
    const std::string_view word = Slice(text, start, e - start);
    if (stop_filter_.MayHold(word) &&
        InWordSet(word, text.size() - start, short_stop_words_, stop_words_)) {
      break;
    }
    word_store[word_count++] = {start, e};
    pos = e;
  }
  if (word_count == 0) return false;
  const std::span<const Word> words(word_store.data(), word_count);
  // The words stand a single space apart, so one lowered copy of their
  // stretch of text holds each word and each pair of neighbours (with the
  // space between) as a substring.
  const size_t base = words.front().start;
  char lower_buffer[128];
  const std::string_view lowered = LowerAsciiInto(
      Slice(text, base, words.back().end - base), lower_buffer);
  const auto lower = [&](size_t start, size_t stop) {
    return Slice(lowered, start - base, stop - start);
  };
  const auto find_unit = [&](std::string_view key) {
    return unit_filter_.MayHold(key) ? units_.find(key) : units_.end();
  };
  for (size_t j = 0; j < words.size(); ++j) {
    if (j + 1 < words.size()) {
      auto it = find_unit(lower(words[j].start, words[j + 1].end));
      if (it != units_.end()) {
        *unit = it->second;
        *end = words[j + 1].end;
        return true;
      }
    }
    auto it = find_unit(lower(words[j].start, words[j].end));
    if (it != units_.end()) {
      *unit = it->second;
      *end = words[j].end;
      return true;
    }
  }
  for (const Word& w : words) {
    // A capitalised word is a name, not a unit: "iPhone 7 Plus".
    if (IsAsciiUpper(text[w.start])) continue;
    const std::string_view s = lower(w.start, w.end);
    if (s.size() >= 4 && s.back() == 's' && s[s.size() - 2] != 's' &&
        s.find('-') == std::string_view::npos) {
      *unit = std::string(s);
      *end = w.end;
      return true;
    }
  }
  return false;
}

bool QuantityExtractor::IsDateNeighbour(std::string_view text,
                                        std::string_view before,
                                        size_t end) const {
  auto is_date_word = [&](std::string_view word) {
    if (word.empty() || !date_filter_.MayHold(word)) return false;
    return InWordSet(word, text.size() - (word.data() - text.data()),
                     short_date_words_, date_words_);
  };
  return is_date_word(before) ||
         is_date_word(NextWord(text, end));
}

}  // namespace whosaid::nlp
