#include "store/text_keys.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace whosaid::store {
namespace {

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out->append(buf, n);
}

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018;
}

bool IsWordChar(UChar32 c) {
  if (u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

// Tokens of a quote: words, and "|" for each ellipsis.
std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) tokens.push_back(std::move(word));
    word.clear();
  };
  auto ellipsis = [&] {
    flush();
    if (!tokens.empty() && tokens.back() != "|") tokens.push_back("|");
  };
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    if (IsWordChar(c)) {
      AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &word);
    } else if (IsApostrophe(c) && !word.empty()) {
      // Inside or after a word: drop it so "don't" and "dont" agree.
    } else if (c == 0x2026) {
      ellipsis();
    } else if (c == '.') {
      // Two or more dots, possibly spaced (". . ."), make an ellipsis.
      int32_t j = i, dots = 1;
      while (j < n && (p[j] == '.' || p[j] == ' ')) {
        if (p[j] == '.') ++dots;
        ++j;
      }
      if (dots >= 2) {
        ellipsis();
        i = j;
      } else {
        flush();
      }
    } else {
      flush();
    }
  }
  flush();
  while (!tokens.empty() && tokens.back() == "|") tokens.pop_back();
  return tokens;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string out;
  bool space = false;
  const auto* p = reinterpret_cast<const uint8_t*>(name.data());
  const int32_t n = static_cast<int32_t>(name.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    if (u_isUWhiteSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &out);
  }
  return out;
}

std::string QuoteKey(std::string_view text) {
  std::string out;
  for (const std::string& t : Tokens(text)) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

std::vector<std::string> KeyWords(std::string_view text) {
  std::vector<std::string> words;
  for (std::string& t : Tokens(text)) {
    if (t != "|") words.push_back(std::move(t));
  }
  return words;
}

bool KeyIsFragmentOf(std::string_view fragment, std::string_view whole) {
  if (fragment.empty() || fragment.size() >= whole.size()) return false;
  size_t pos = 0;  // where the next segment may start in `whole`
  size_t start = 0;
  while (true) {
    const size_t bar = fragment.find(" | ", start);
    const std::string_view segment = fragment.substr(
        start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (segment.empty()) return false;
    // The next occurrence of the segment on word boundaries. Segments hold
    // no "|", so a match never spans an ellipsis of `whole`.
    size_t found = whole.find(segment, pos);
    while (found != std::string_view::npos) {
      const size_t end = found + segment.size();
      if ((found == 0 || whole[found - 1] == ' ') &&
          (end == whole.size() || whole[end] == ' ')) {
        break;
      }
      found = whole.find(segment, found + 1);
    }
    if (found == std::string_view::npos) return false;
    pos = found + segment.size();
    if (bar == std::string_view::npos) return true;
    start = bar + 3;
  }
}

}  // namespace whosaid::store
