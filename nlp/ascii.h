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

// `s` in ASCII lower case.
inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
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
  for (size_t i = 0; i < s.size(); ++i) buffer[i] = AsciiLower(s[i]);
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
