#include "nlp/pattern_shape.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace whosaid::nlp {
namespace {

// Reads RE2 syntax just far enough to bound the length of a match from
// above and to find the top-level '|'. It is conservative: any construct it
// does not know makes the length unbounded and the pattern one piece. It is
// only ever run on patterns RE2 has compiled.
class ShapeReader {
 public:
  explicit ShapeReader(std::string_view pattern) : pattern_(pattern) {}

  PatternShape Read() {
    PatternShape shape;
    std::vector<size_t> bars;
    const size_t length = Alternation(0, &bars);
    if (!known_ || at_ != pattern_.size()) {
      shape.alternatives = {pattern_};
      return shape;
    }
    shape.max_length = length;
    // A flag group such as "(?i)" in one alternative reaches the ones after
    // it, so such a pattern is not cut.
    if (bars.empty() || has_flag_group_) {
      shape.alternatives = {pattern_};
    } else {
      size_t begin = 0;
      for (size_t bar : bars) {
        shape.alternatives.push_back(pattern_.substr(begin, bar - begin));
        begin = bar + 1;
      }
      shape.alternatives.push_back(pattern_.substr(begin));
    }
    return shape;
  }

 private:
  static constexpr size_t kUnbounded = PatternShape::kUnbounded;
  // The most bytes one UTF-8 character takes.
  static constexpr size_t kMaxChar = 4;

  static size_t Add(size_t a, size_t b) {
    return a > kUnbounded - b ? kUnbounded : a + b;
  }
  static size_t Times(size_t a, size_t n) {
    if (a == 0 || n == 0) return 0;
    return a > kUnbounded / n ? kUnbounded : a * n;
  }

  // The most bytes an ASCII character `c` written in a pattern matches: RE2
  // folds case, and the folds of 'k' and 's' include the Kelvin sign (3
  // bytes) and the long s (2 bytes); no other ASCII character folds to a
  // non-ASCII one (tested).
  static size_t AsciiLength(char c) {
    if (c == 'k' || c == 'K') return 3;
    if (c == 's' || c == 'S') return 2;
    return 1;
  }

  bool AtEnd() const { return at_ >= pattern_.size(); }
  char Peek() const { return pattern_[at_]; }

  size_t Fail() {
    known_ = false;
    at_ = pattern_.size();
    return kUnbounded;
  }

  // alternation := concat ('|' concat)*; records top-level bars in `bars`.
  size_t Alternation(int depth, std::vector<size_t>* bars) {
    size_t longest = Concatenation(depth);
    while (known_ && !AtEnd() && Peek() == '|') {
      if (bars != nullptr) bars->push_back(at_);
      ++at_;
      longest = std::max(longest, Concatenation(depth));
    }
    return longest;
  }

  size_t Concatenation(int depth) {
    size_t total = 0;
    while (known_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      const size_t atom = Atom(depth);
      total = Add(total, Repetition(atom));
    }
    return total;
  }

  // Applies the quantifiers after an atom of at most `length` bytes.
  size_t Repetition(size_t length) {
    while (known_ && !AtEnd()) {
      const char c = Peek();
      if (c == '*' || c == '+') {
        length = length == 0 ? 0 : kUnbounded;
        ++at_;
      } else if (c == '?') {
        ++at_;
      } else if (c == '{') {
        // {n}, {n,} or {n,m}; any other '{' is refused.
        size_t i = at_ + 1;
        size_t n = 0, m = 0;
        bool digits = false, comma = false, upper = false;
        for (; i < pattern_.size() && pattern_[i] != '}'; ++i) {
          const char d = pattern_[i];
          if (d >= '0' && d <= '9') {
            size_t& value = comma ? m : n;
            if (value > 100000) return Fail();
            value = value * 10 + static_cast<size_t>(d - '0');
            (comma ? upper : digits) = true;
          } else if (d == ',' && !comma && digits) {
            comma = true;
          } else {
            return Fail();
          }
        }
        if (i >= pattern_.size() || !digits) return Fail();
        at_ = i + 1;
        if (!comma) {
          length = Times(length, n);
        } else if (upper) {
          length = Times(length, m);
        } else {
          length = length == 0 ? 0 : kUnbounded;
        }
      } else {
        break;
      }
      if (!AtEnd() && Peek() == '?') ++at_;  // non-greedy
    }
    return length;
  }

  size_t Atom(int depth) {
    const char c = Peek();
    switch (c) {
      case '(':
        return Group(depth);
      case '[':
        return CharClass();
      case '\\':
        return Escape();
      case '.':
        ++at_;
        return kMaxChar;
      case '^':
      case '$':
        ++at_;
        return 0;
      case '*':
      case '+':
      case '?':
      case '{':
        return Fail();
      default:
        break;
    }
    const auto byte = static_cast<unsigned char>(c);
    ++at_;
    if (byte < 0x80) return AsciiLength(c);
    // A multi-byte character: skip its continuation bytes.
    while (!AtEnd() && (static_cast<unsigned char>(Peek()) & 0xC0) == 0x80) {
      ++at_;
    }
    return kMaxChar;
  }

  size_t Group(int depth) {
    if (depth > 200) return Fail();
    ++at_;  // '('
    if (!AtEnd() && Peek() == '?') {
      ++at_;
      if (AtEnd()) return Fail();
      if (Peek() == ':') {
        ++at_;
      } else if (Peek() == 'P' || Peek() == '<') {
        const size_t close = pattern_.find('>', at_);
        if (close == std::string_view::npos) return Fail();
        at_ = close + 1;
      } else {
        // Flags: (?flags) or (?flags:...).
        has_flag_group_ = true;
        while (!AtEnd() && Peek() != ')' && Peek() != ':') {
          const char f = Peek();
          if (!((f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z') ||
                f == '-')) {
            return Fail();
          }
          ++at_;
        }
        if (AtEnd()) return Fail();
        if (Peek() == ')') {
          ++at_;
          return 0;
        }
        ++at_;  // ':'
      }
    }
    const size_t inner = Alternation(depth + 1, nullptr);
    if (!known_ || AtEnd() || Peek() != ')') return Fail();
    ++at_;
    return inner;
  }

  // [...] matches one character; only its end needs finding.
  size_t CharClass() {
    ++at_;  // '['
    if (!AtEnd() && Peek() == '^') ++at_;
    if (!AtEnd() && Peek() == ']') ++at_;  // a leading ']' is literal
    while (!AtEnd() && Peek() != ']') {
      if (pattern_.compare(at_, 2, "[:") == 0) {
        const size_t close = pattern_.find(":]", at_ + 2);
        if (close == std::string_view::npos) return Fail();
        at_ = close + 2;
      } else if (Peek() == '\\') {
        ++at_;
        if (AtEnd()) return Fail();
        const char e = Peek();
        ++at_;
        if ((e == 'x' || e == 'p' || e == 'P') && !AtEnd() && Peek() == '{') {
          const size_t close = pattern_.find('}', at_);
          if (close == std::string_view::npos) return Fail();
          at_ = close + 1;
        }
      } else {
        ++at_;
      }
    }
    if (AtEnd()) return Fail();
    ++at_;  // ']'
    return kMaxChar;
  }

  size_t Escape() {
    ++at_;  // '\'
    if (AtEnd()) return Fail();
    const char e = Peek();
    ++at_;
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return 0;
      case 'd':
      case 's':
      case 'a':
      case 'f':
      case 't':
      case 'n':
      case 'r':
      case 'v':
      case 'C':
        return 1;
      case 'D':
      case 'S':
      case 'w':
      case 'W':
        return kMaxChar;
      case 'x':
      case 'p':
      case 'P':
        if (!AtEnd() && Peek() == '{') {
          const size_t close = pattern_.find('}', at_);
          if (close == std::string_view::npos) return Fail();
          at_ = close + 1;
        } else if (e == 'x') {
          at_ += 2;
          if (at_ > pattern_.size()) return Fail();
        } else {
          if (AtEnd()) return Fail();
          ++at_;
        }
        return kMaxChar;
      case 'Q': {
        // Literal text up to \E or the end.
        size_t length = 0;
        const size_t close = pattern_.find("\\E", at_);
        const size_t end =
            close == std::string_view::npos ? pattern_.size() : close;
        for (; at_ < end; ++at_) {
          const auto byte = static_cast<unsigned char>(pattern_[at_]);
          if (byte < 0x80) {
            length = Add(length, AsciiLength(pattern_[at_]));
          } else if ((byte & 0xC0) != 0x80) {
            length = Add(length, kMaxChar);
          }
        }
        if (close != std::string_view::npos) at_ = close + 2;
        return length;
      }
      default:
        break;
    }
    if (e >= '0' && e <= '7') {
      // Octal: up to two more digits.
      for (int k = 0; k < 2 && !AtEnd() && Peek() >= '0' && Peek() <= '7';
           ++k) {
        ++at_;
      }
      return kMaxChar;
    }
    const auto byte = static_cast<unsigned char>(e);
    if (byte < 0x80 && !((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
                         (e >= '0' && e <= '9'))) {
      return 1;  // escaped punctuation
    }
    return Fail();
  }

  std::string_view pattern_;
  size_t at_ = 0;
  bool known_ = true;
  bool has_flag_group_ = false;
};

}  // namespace

PatternShape ReadPatternShape(std::string_view pattern) {
  return ShapeReader(pattern).Read();
}

}  // namespace whosaid::nlp
