#include "nlp/word_pattern.h"

#include <algorithm>
#include <cstddef>

namespace whosaid::nlp {
namespace {

constexpr size_t kMaxStarts = 256;

using Strings = std::vector<std::string>;

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
         (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Characters that stand for themselves in RE2 syntax outside a class.
bool IsPlain(char c) {
  if (c < ' ' || c > '~') return false;
  switch (c) {
    case '\\': case '.': case '^': case '$': case '|': case '(': case ')':
    case '*': case '+': case '?': case '{': case '}': case '[': case ']':
      return false;
    default:
      return true;
  }
}

// Every concatenation of a string of `a` with one of `b`; false (and
// `a` unchanged) when there would be more than kMaxStarts.
bool Append(Strings& a, const Strings& b) {
  if (a.size() * b.size() > kMaxStarts) return false;
  Strings joined;
  joined.reserve(a.size() * b.size());
  for (const std::string& x : a) {
    for (const std::string& y : b) joined.push_back(x + y);
  }
  a = std::move(joined);
  return true;
}

class Reader {
 public:
  explicit Reader(std::string_view pattern) : p_(pattern) {}

  // Reads items from `at` while it can; at the top level it stops before
  // the first item it cannot read, inside a group at '|' or ')' (any
  // other item it cannot read fails the group). Returns the strings and
  // moves `at` past what it read.
  std::optional<Strings> Items(size_t& at, bool in_group) const {
    Strings strings = {""};
    while (at < p_.size()) {
      if (in_group && (p_[at] == '|' || p_[at] == ')')) break;
      size_t next = at;
      std::optional<Strings> atom = Atom(next);
      bool quantifier_ok = atom.has_value();
      if (atom && next < p_.size()) {
        const char q = p_[next];
        if (q == '?') {
          if (next + 1 < p_.size() && p_[next + 1] == '?') {
            quantifier_ok = false;  // a lazy "??": not read
          } else {
            atom->push_back("");
            ++next;
          }
        } else if (q == '*' || q == '+' || q == '{') {
          quantifier_ok = false;
        }
      }
      if (!quantifier_ok || !Append(strings, *atom)) {
        if (in_group) return std::nullopt;
        break;
      }
      at = next;
    }
    return strings;
  }

 private:
  // One item without its quantifier, moving `at` past it.
  std::optional<Strings> Atom(size_t& at) const {
    const char c = p_[at];
    if (c == '\\') {
      if (at + 1 >= p_.size()) return std::nullopt;
      const char e = p_[at + 1];
      if (e == 'd') {
        // RE2's \d is the ASCII digits only, in any mode.
        at += 2;
        Strings digits;
        for (char d = '0'; d <= '9'; ++d) digits.emplace_back(1, d);
        return digits;
      }
      if (e == 'x') return HexEscape(at);
      if (!IsAsciiPunct(e)) return std::nullopt;
      at += 2;
      return Strings{std::string(1, e)};
    }
    if (c == '[') return Class(at);
    if (c == '(') return Group(at);
    if (const size_t size = GeneralPunctuationSize(at)) {
      at += size;
      return Strings{std::string(p_.substr(at - size, size))};
    }
    if (!IsPlain(c)) return std::nullopt;
    ++at;
    return Strings{std::string(1, c)};
  }

  // "\xHH" naming a printable ASCII character ("\x27" for the
  // apostrophe); "\x{...}" and the others are not read.
  std::optional<Strings> HexEscape(size_t& at) const {
    if (at + 4 > p_.size()) return std::nullopt;
    int value = 0;
    for (size_t k = at + 2; k < at + 4; ++k) {
      const char h = p_[k];
      const int digit = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
      if (digit < 0) return std::nullopt;
      value = value * 16 + digit;
    }
    if (value < ' ' || value > '~') return std::nullopt;
    at += 4;
    return Strings{std::string(1, static_cast<char>(value))};
  }

  // The size of the UTF-8 character at `at` when it is in General
  // Punctuation (U+2000..U+206F, E2 80 xx and E2 81 xx: the curly quotes
  // and apostrophe, dashes, ...), else 0. Such a character has no case,
  // and RE2 folds no other character onto it, so it matches exactly its
  // own three bytes.
  size_t GeneralPunctuationSize(size_t at) const {
    if (at + 3 > p_.size() || p_[at] != '\xE2' ||
        (p_[at + 1] != '\x80' && p_[at + 1] != '\x81') ||
        (static_cast<unsigned char>(p_[at + 2]) & 0xC0) != 0x80) {
      return 0;
    }
    return 3;
  }

  // "[...]" of single characters, no range, no negation.
  std::optional<Strings> Class(size_t& at) const {
    size_t i = at + 1;
    Strings members;
    while (i < p_.size() && p_[i] != ']') {
      char c = p_[i];
      if (c == '\\') {
        if (i + 1 >= p_.size() || !IsAsciiPunct(p_[i + 1])) return std::nullopt;
        c = p_[++i];
      } else if (c == '^' && i == at + 1) {
        return std::nullopt;
      } else if (c == '-' && i != at + 1 && i + 1 < p_.size() &&
                 p_[i + 1] != ']') {
        return std::nullopt;  // a range
      } else if (c == '[' || c < ' ' || c > '~') {
        return std::nullopt;
      }
      members.emplace_back(1, c);
      ++i;
    }
    if (i >= p_.size() || members.empty()) return std::nullopt;
    at = i + 1;
    return members;
  }

  // "(?:A|B)" or "(A|B)".
  std::optional<Strings> Group(size_t& at) const {
    size_t i = at + 1;
    if (i < p_.size() && p_[i] == '?') {
      if (i + 1 >= p_.size() || p_[i + 1] != ':') return std::nullopt;
      i += 2;
    }
    Strings all;
    while (true) {
      std::optional<Strings> alternative = Items(i, /*in_group=*/true);
      if (!alternative || i >= p_.size()) return std::nullopt;
      all.insert(all.end(), alternative->begin(), alternative->end());
      if (all.size() > kMaxStarts) return std::nullopt;
      if (p_[i] == ')') break;
      ++i;  // past '|'
    }
    at = i + 1;
    return all;
  }

  std::string_view p_;
};

// True unless `rest` certainly has no '|' outside parentheses (a class
// holding '[' or a \Q quote counts as possibly having one).
bool MayHaveTopLevelBar(std::string_view rest) {
  int depth = 0;
  for (size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (c == '\\') {
      if (i + 1 < rest.size() && rest[i + 1] == 'Q') return true;
      ++i;
    } else if (c == '[') {
      size_t j = i + 1;
      if (j < rest.size() && rest[j] == '^') ++j;
      if (j < rest.size() && rest[j] == ']') ++j;
      while (j < rest.size() && rest[j] != ']') {
        if (rest[j] == '[') return true;
        if (rest[j] == '\\') ++j;
        ++j;
      }
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<WordPattern> ReadWordPattern(std::string_view pattern) {
  if (pattern.substr(0, 2) != "\\b") return std::nullopt;
  size_t at = 2;
  std::optional<Strings> starts = Reader(pattern).Items(at, false);
  if (!starts || at == 2) return std::nullopt;
  const std::string_view rest = pattern.substr(at);
  if (MayHaveTopLevelBar(rest)) return std::nullopt;
  std::sort(starts->begin(), starts->end());
  starts->erase(std::unique(starts->begin(), starts->end()), starts->end());
  WordPattern word;
  word.end_boundary = rest == "\\b";
  word.whole = rest.empty() || word.end_boundary;
  for (const std::string& s : *starts) {
    if (s.empty() || !IsWordByte(s.front())) return std::nullopt;
    if (word.end_boundary && !IsWordByte(s.back())) word.whole = false;
  }
  if (!word.whole) word.end_boundary = false;
  word.starts = std::move(*starts);
  return word;
}

}  // namespace whosaid::nlp
