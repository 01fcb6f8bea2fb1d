#include "nlp/word_phrase_finder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

constexpr std::array<bool, 256> kLetter = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = IsAsciiAlpha(static_cast<char>(c));
  return table;
}();

// PhraseMatcher's word characters: ICU alphanumerics and '_'.
bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || c == '_'); }

// Whether the character starting at (or ending before) a non-ASCII byte is
// a word character; malformed UTF-8 is not.
bool WordCharAt(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return IsWordChar(c);
}
bool WordCharBefore(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return IsWordChar(c);
}

// True when the character at `pos` is a word character; the text's end is
// none.
bool WordAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const auto c = static_cast<uint8_t>(text[pos]);
  if (c < 0x80) return IsAsciiAlnum(c) || c == '_';
  return WordCharAt(text, pos);
}

// Bit k set: bytes[k] is an ASCII letter; `len` <= 64.
inline uint64_t LetterMask(const uint8_t* bytes, size_t len) {
#ifdef __SSE2__
  if (len == 64) {
    // The mask of bytes[16 * k, 16 * k + 16) at bit 16 * k. Written out
    // for the four blocks below: GCC does not unroll a loop over them.
    auto block = [bytes](int k) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
      // (b | 0x20) lies in a..z exactly for ASCII letters. Adding
      // 128 - 'a' (mod 256) moves a..z, and nothing else, to the 26
      // lowest signed bytes, so one signed compare finds them.
      const __m128i folded = _mm_or_si128(b, _mm_set1_epi8(0x20));
      const __m128i shifted =
          _mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(128 - 'a')));
      const __m128i letter =
          _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + 26)));
      return static_cast<uint64_t>(
                 static_cast<uint16_t>(_mm_movemask_epi8(letter)))
             << (16 * k);
    };
    return block(0) | block(1) | block(2) | block(3);
  }
#endif
  uint64_t mask = 0;
  for (size_t k = 0; k < len; ++k) {
    mask |= static_cast<uint64_t>(kLetter[bytes[k]]) << k;
  }
  return mask;
}

constexpr int kCandidateLog = 14;
static_assert(WordPhraseFinder::kCandidateBits == 1u << kCandidateLog);

// The first min(length, 8) letters of the run of `length` letters
// starting at bytes[start] (of n), in lower case, as one number: the first
// in the lowest byte, zeros after the last.
inline uint64_t PackedPrefix(const uint8_t* bytes, size_t start,
                             size_t length, size_t n) {
  const size_t kept = std::min<size_t>(length, 8);
  uint64_t word;
  if (start + 8 <= n) {
    std::memcpy(&word, bytes + start, 8);  // one load
  } else {
    uint8_t tail[8] = {};
    std::memcpy(tail, bytes + start, kept);
    std::memcpy(&word, tail, 8);
  }
  // The text's first byte in the lowest bits, wherever the machine puts it.
  if constexpr (std::endian::native == std::endian::big) {
    word = __builtin_bswap64(word);
  }
  // The first `kept` letters, lower-cased by OR-ing 0x20 (exact for
  // letters); the bytes after them masked off.
  const uint64_t mask =
      kept == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * kept)) - 1;
  return (word | 0x2020202020202020u) & mask;
}

// The bit in WordPhraseFinder::candidates_ of a run of `length` letters
// whose PackedPrefix is `prefix`: a hash of both.
inline uint32_t CandidateBit(uint64_t prefix, size_t length) {
  // Multiplicative hashing: the top kCandidateLog bits of the product.
  return static_cast<uint32_t>(((prefix ^ length) * 0x9E3779B97F4A7C15u) >>
                               (64 - kCandidateLog));
}

}  // namespace

// Inlined: FindAll asks it of most runs of letters, and GCC would call it.
[[gnu::always_inline]] inline bool WordPhraseFinder::MayBeHead(
    const uint8_t* bytes, size_t start, size_t length, size_t n) const {
  if (((initials_[length] >> ((bytes[start] | 0x20) - 'a')) & 1u) == 0 ||
      ((finals_[length] >> ((bytes[start + length - 1] | 0x20) - 'a')) & 1u) ==
          0) {
    return false;
  }
  const uint32_t bit =
      CandidateBit(PackedPrefix(bytes, start, length, n), length);
  return (candidates_[bit >> 6] >> (bit & 63)) & 1u;
}

bool WordPhraseFinder::Supports(const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    if (p.empty() || p.front() == ' ' || p.back() == ' ' ||
        p.find("  ") != std::string::npos ||
        p.substr(0, p.find(' ')).size() > kMaxWord) {
      return false;
    }
    for (char c : p) {
      if (c != ' ' && !IsAsciiAlpha(c)) return false;
    }
  }
  return true;
}

WordPhraseFinder::WordPhraseFinder(const std::vector<std::string>& phrases) {
  std::vector<Head> heads;
  auto head_of = [&](std::string_view word) -> Head& {
    for (Head& h : heads) {
      if (h.word == word) return h;
    }
    heads.push_back({std::string(word), -1, {}});
    return heads.back();
  };
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string lower = LowerAscii(phrases[i]);
    const size_t space = lower.find(' ');
    Head& head = head_of(std::string_view(lower).substr(0, space));
    const int index = static_cast<int>(i);
    if (space == std::string::npos) {
      if (head.alone < 0) head.alone = index;  // the first of equal ones
      continue;
    }
    const std::string rest = lower.substr(space);
    const bool known =
        std::any_of(head.tails.begin(), head.tails.end(),
                    [&](const Tail& t) { return t.rest == rest; });
    if (!known) head.tails.push_back({rest, index});
  }
  for (Head& h : heads) {
    std::stable_sort(h.tails.begin(), h.tails.end(),
                     [](const Tail& a, const Tail& b) {
                       return a.rest.size() > b.rest.size();
                     });
    initials_[h.word.size()] |= 1u << (h.word[0] - 'a');
    finals_[h.word.size()] |= 1u << (h.word.back() - 'a');
    h.prefix = PackedPrefix(reinterpret_cast<const uint8_t*>(h.word.data()),
                            0, h.word.size(), h.word.size());
    const uint32_t bit = CandidateBit(h.prefix, h.word.size());
    candidates_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  std::stable_sort(heads.begin(), heads.end(),
                   [](const Head& a, const Head& b) {
                     return Bucket(a.word.size(), a.word[0]) <
                            Bucket(b.word.size(), b.word[0]);
                   });
  const size_t buckets = Bucket(kMaxWord, 'z') + 1;
  first_head_.assign(buckets + 1, 0);
  size_t h = 0;
  for (size_t k = 0; k <= buckets; ++k) {
    first_head_[k] = static_cast<uint32_t>(h);
    while (h < heads.size() &&
           Bucket(heads[h].word.size(), heads[h].word[0]) == k) {
      ++h;
    }
  }
  min_length_ = kMaxWord;
  for (const Head& head : heads) {
    min_length_ = std::min(min_length_, head.word.size());
  }
  heads_ = std::move(heads);
}

size_t WordPhraseFinder::MatchAt(std::string_view text, size_t start,
                                 size_t end, int* phrase) const {
  const size_t length = end - start;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const uint64_t prefix = PackedPrefix(bytes, start, length, text.size());
  const size_t k = Bucket(length, bytes[start]);
  for (uint32_t h = first_head_[k]; h < first_head_[k + 1]; ++h) {
    const Head& head = heads_[h];
    // The first eight letters at once, then the rest: the run holds
    // letters only, so OR-ing 0x20 lower-cases it exactly.
    if (head.prefix != prefix) continue;
    size_t j = 8;
    while (j < length && (bytes[start + j] | 0x20) ==
                             static_cast<uint8_t>(head.word[j])) {
      ++j;
    }
    if (j < length) continue;
    // The word before the run: a digit, '_' or a non-ASCII letter there
    // joins it (an ASCII letter cannot, the run being maximal).
    if (start > 0) {
      const uint8_t before = bytes[start - 1];
      if (before < 0x80 ? IsAsciiAlnum(before) || before == '_'
                        : WordCharBefore(text, start)) {
        return 0;
      }
    }
    for (const Tail& tail : head.tails) {
      const size_t tail_end = end + tail.rest.size();
      if (tail_end > text.size()) continue;
      bool same = true;
      for (size_t t = 0; same && t < tail.rest.size(); ++t) {
        const auto want = static_cast<uint8_t>(tail.rest[t]);
        const uint8_t got = bytes[end + t];
        // A lower-case letter matches itself and its capital; a space
        // only itself.
        same = want == ' ' ? got == ' ' : (got | 0x20) == want;
      }
      if (same && !WordAt(text, tail_end)) {
        *phrase = tail.phrase;
        return tail_end;
      }
    }
    if (head.alone >= 0 && !WordAt(text, end)) {
      *phrase = head.alone;
      return end;
    }
    return 0;
  }
  return 0;
}

std::vector<PhraseMatcher::Match> WordPhraseFinder::FindAll(
    std::string_view text) const {
  std::vector<PhraseMatcher::Match> found;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  // Claim cues are rarer than one per 64 bytes even in dense news: one
  // allocation instead of one per doubling of the vector.
  found.reserve(n / 64 + 4);
  size_t resume = 0;  // the end of the last match
  uint64_t prev_letter = 0;  // the byte before the chunk is a letter
  // The letters of the chunk and of the next one (none past the text).
  uint64_t next = n > 0 ? LetterMask(bytes, std::min<size_t>(64, n)) : 0;
  // A run shorter than every head word is none: the starts kept are
  // followed by one (two) more letters.
  const bool two_letters = min_length_ >= 2;
  const bool three_letters = min_length_ >= 3;
  for (size_t base = 0; base < n; base += 64) {
    const uint64_t letters = next;
    next = base + 64 < n
               ? LetterMask(bytes + base + 64, std::min<size_t>(64, n - base - 64))
               : 0;
    uint64_t starts = letters & ~((letters << 1) | prev_letter);
    // (Only a full chunk has a chunk after it: its last byte is bit 63.)
    prev_letter = letters >> 63;
    // Looking into the next chunk at this one's end.
    if (two_letters) starts &= (letters >> 1) | (next << 63);
    if (three_letters) starts &= (letters >> 2) | (next << 62);
    // No match starts inside the last one.
    if (resume > base) {
      starts &= resume - base >= 64 ? 0 : ~uint64_t{0} << (resume - base);
    }
    while (starts != 0) {
      const unsigned k = static_cast<unsigned>(__builtin_ctzll(starts));
      starts &= starts - 1;
      const size_t start = base + k;
      // The run ends at the first non-letter of the chunk after k, or, when
      // it reaches the chunk's end, at the first of the next chunk (whose
      // mask has no letters past the text), or later still.
      const uint64_t others = ~letters >> k;
      size_t end;
      if (others != 0) {
        end = start + static_cast<size_t>(__builtin_ctzll(others));
      } else if (~next != 0) {
        end = base + 64 + static_cast<size_t>(__builtin_ctzll(~next));
      } else {
        end = base + 128;
        while (end < n && kLetter[bytes[end]]) ++end;
      }
      const size_t length = end - start;
      if (length > kMaxWord || !MayBeHead(bytes, start, length, n)) continue;
      int phrase = -1;
      const size_t match_end = MatchAt(text, start, end, &phrase);
      if (match_end == 0) continue;
      found.push_back({{start, match_end}, phrase});
      resume = match_end;
      // No other match starts inside this one (all of the chunk's starts
      // left, when it runs to the chunk's end or past).
      starts &= resume - base < 64 ? ~uint64_t{0} << (resume - base) : 0;
    }
  }
  return found;
}

std::vector<std::string> WordPhraseFinder::HeadWords() const {
  std::vector<std::string> words;
  words.reserve(heads_.size());
  for (const Head& head : heads_) words.push_back(head.word);
  return words;
}

std::vector<PhraseMatcher::Match> WordPhraseFinder::FindAllAt(
    std::string_view text, const std::vector<size_t>& starts) const {
  std::vector<PhraseMatcher::Match> found;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  // At most one match per place: one allocation.
  found.reserve(starts.size());
  size_t resume = 0;  // the end of the last match
  for (const size_t start : starts) {
    // A match begins a run of letters: FindAll's runs are these, less
    // those after a letter (a word start has none before it).
    if (start < resume || start >= n || !kLetter[bytes[start]]) continue;
    size_t end = start + 1;
    while (end < n && kLetter[bytes[end]]) ++end;
    if (end - start > kMaxWord) continue;  // longer than every head word
    int phrase = -1;
    const size_t match_end = MatchAt(text, start, end, &phrase);
    if (match_end == 0) continue;
    found.push_back({{start, match_end}, phrase});
    resume = match_end;
  }
  return found;
}

}  // namespace whosaid::nlp
