// The plain strings an RE2 pattern that begins with `\b` matches first,
// read from its spelling alone, so that the topic tagger can check a
// literal hit against them before (or instead of) running RE2.
//
// For a pattern `\b` ITEMS REST, where ITEMS is the longest run of items
// of the forms below and REST is what follows, `starts` lists every string
// ITEMS can match (as written, not folded):
//   - a printable ASCII character that is not an RE2 metacharacter, a
//     backslash and an ASCII punctuation character, or "\xHH" naming a
//     printable ASCII character;
//   - a character of General Punctuation (U+2000..U+206F, as the curly
//     apostrophe): it has no case, so it matches only its own bytes;
//   - "\d", the ten ASCII digits;
//   - a class of printable ASCII characters (or backslashed punctuation)
//     with no range and no negation ("[cs]");
//   - a group "(?:A|B|...)" or "(A|B|...)" whose alternatives are runs of
//     these items;
//   - any of these followed by "?".
// Every match of the pattern begins at a word start with one of `starts`
// (when REST has no top-level '|'; otherwise the pattern is refused).
// `whole` says that the match is exactly one of them: REST is empty or
// `\b`, and every start begins (and, with `\b`, ends) with a word
// character, so the pattern matches at `m` exactly when a start is there
// (ASCII case folded), the byte before `m` is not a word byte, and, with
// `end_boundary`, neither is the byte after it.
//
// The reader is conservative: anything it does not know ends ITEMS, as
// does an item that would make more than 256 starts; a pattern it cannot
// read at all gives nothing. Pure; thread-safe.

#ifndef WHOSAID_NLP_WORD_PATTERN_H_
#define WHOSAID_NLP_WORD_PATTERN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

struct WordPattern {
  std::vector<std::string> starts;  // distinct, non-empty, in no set order
  bool whole = false;
  bool end_boundary = false;  // only with `whole`: REST is `\b`
};

// The word pattern of `pattern` (which RE2 must have compiled); nothing
// when it does not begin with `\b` and a readable item, when a start
// begins with a byte that is not a word byte, or when REST may hold a
// top-level '|'.
std::optional<WordPattern> ReadWordPattern(std::string_view pattern);

// True for the bytes RE2's \b counts as word characters: ASCII letters,
// digits and '_'.
inline bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_WORD_PATTERN_H_
