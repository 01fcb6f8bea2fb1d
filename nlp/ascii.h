// ASCII case and whitespace helpers: for the rules in nlp/, which compare
// words in ASCII lower case, and for the tokens of protocols and markup in
// ingest/ (header and attribute values, charset and element names), where
// case and spacing are ASCII by definition. No locale is consulted; bytes
// outside ASCII (every byte of a non-ASCII character) are left as they
// are. One of nlp's model headers, which the other folders may include
// (scripts/check_layering.py); header-only, stateless and thread-safe.

#ifndef WHOSAID_NLP_ASCII_H_
#define WHOSAID_NLP_ASCII_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace whosaid::nlp {

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(char c) {
  return IsAsciiUpper(c) || IsAsciiLower(c);
}
// ASCII letters and digits as one table load; false for every byte of a
// non-ASCII character.
inline constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9');
  }
  return table;
}();
constexpr bool IsAsciiAlnum(unsigned char c) { return kAsciiAlnum[c]; }
constexpr char AsciiLower(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
}
// Space, \t, \n, \v, \f and \r.
constexpr bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

// `s` without ASCII whitespace at either end; views `s`.
constexpr std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// `x` (a uint32_t or uint64_t holding that many bytes of text) with each
// of its bytes in 'A'..'Z' lowered. Each byte's low seven
// bits plus a constant below 0x40 cannot carry into the next byte, so the
// high bit of each sum tells whether that byte is at least 'A' (or more
// than 'Z'); bytes with the high bit set are not ASCII and stay.
template <typename Word>
constexpr Word LowerAsciiBytes(Word x) {
  constexpr Word kOnes = static_cast<Word>(~Word{0}) / 0xFF;  // 0x0101...
  constexpr Word kHigh = kOnes * 0x80;
  const Word low7 = x & ~kHigh;
  const Word at_least_a = low7 + kOnes * (0x80 - 'A');
  const Word above_z = low7 + kOnes * (0x80 - 'Z' - 1);
  const Word upper = at_least_a & ~above_z & ~x & kHigh;
  return x | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
}

// Writes `in` in ASCII lower case to `out` (in.size() bytes or more),
// eight (then four) bytes at a time: the speaker registry and the matchers
// lower most capitalised words of a document, and most are longer than a
// byte-at-a-time loop is cheap for.
inline void LowerAsciiTo(std::string_view in, char* out) {
  size_t i = 0;
  for (; i + 8 <= in.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, in.data() + i, 8);
    x = LowerAsciiBytes(x);
    std::memcpy(out + i, &x, 8);
  }
  if (i + 4 <= in.size()) {
    uint32_t x;
    std::memcpy(&x, in.data() + i, 4);
    x = LowerAsciiBytes(x);
    std::memcpy(out + i, &x, 4);
    i += 4;
  }
  for (; i < in.size(); ++i) out[i] = AsciiLower(in[i]);
}

// `s` in ASCII lower case.
inline std::string LowerAscii(std::string_view s) {
  std::string out(s.size(), '\0');
  LowerAsciiTo(s, out.data());
  return out;
}

// `s` in ASCII lower case, written to `buffer` when it fits (else to a
// thread-local string); valid until the next call with the same buffer on
// this thread. For lookups on hot paths that should not allocate.
template <size_t N>
std::string_view LowerAsciiInto(std::string_view s, char (&buffer)[N]) {
  if (s.size() > N) {
    thread_local std::string long_word;
    long_word = LowerAscii(s);
    return long_word;
  }
  LowerAsciiTo(s, buffer);
  return std::string_view(buffer, s.size());
}

// True when `word` in ASCII lower case equals `lower`.
constexpr bool EqualsLowerAscii(std::string_view word,
                                std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (AsciiLower(word[i]) != lower[i]) return false;
  }
  return true;
}

// True when `a` and `b` are equal ignoring ASCII case.
constexpr bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ASCII_H_
