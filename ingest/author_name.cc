#include "ingest/author_name.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/html_dom.h"
#include "nlp/ascii.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

// Whether every ASCII letter of `s` is a capital and it has at least two
// words of two letters or more: a name set in capitals, not an acronym
// ("PTI", "RT") or a mixed-case name.
bool WrittenInCapitals(std::string_view s) {
  int letters = 0;
  int long_words = 0;
  int word = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    const unsigned char c = i < s.size() ? s[i] : ' ';
    if (std::islower(c)) return false;
    if (std::isupper(c)) {
      ++letters;
      ++word;
    } else if (c == ' ') {
      if (word >= 2) ++long_words;
      word = 0;
    }
  }
  return letters > 0 && long_words >= 2;
}

// "MARY CLARE JALONICK" -> "Mary Clare Jalonick", "O'NEIL" -> "O'Neil":
// a capital after a space, a hyphen or an apostrophe, small letters
// elsewhere (ASCII; other bytes as they are).
std::string UsualCase(std::string_view s) {
  std::string out(s);
  bool word_start = true;
  for (char& c : out) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(word_start ? std::toupper(u) : std::tolower(u));
      word_start = false;
    } else {
      word_start = c == ' ' || c == '-' || c == '\'';
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> CleanAuthorName(std::string_view item) {
  std::string name(TrimText(item));
  // A comment form's label: "Name *", "Nama (wajib)" ("Name (required)").
  static const RE2* const kFormLabel = new RE2(
      R"((?i)^(?:name|nama|nom|nombre|nome|your name)\s*(?:\*|\(.*\))?$)");
  if (RE2::FullMatch(name, *kFormLabel)) return std::nullopt;
  // "Bryan DeArdo @BryanDeArdo": the account after the name.
  static const RE2* const kHandle = new RE2(R"(\s+@\w+$)");
  // "Jeff Foust Monday": the day the page was posted.
  static const RE2* const kWeekday = new RE2(
      R"((?i)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$)");
  // "Tom Davies Associated Press", "Kevin McCoy USA TODAY": the wire
  // service or paper the author writes for, after a name of two words.
  static const RE2* const kWire = new RE2(
      R"((?i)^(\S+\s+\S+.*?)\s+(?:the\s+)?(?:associated\s+press|usa\s+today|reuters|afp)$)");
  // "Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Martin Untersinger (avec
  // Damien Leloup)": a note after the name.
  static const RE2* const kNote = new RE2(R"(^(.*\S)\s*\([^()]*\)$)");
  RE2::Replace(&name, *kNote, "\\1");
  RE2::Replace(&name, *kHandle, "");
  RE2::Replace(&name, *kWeekday, "");
  RE2::Replace(&name, *kWire, "\\1");
  name = std::string(TrimText(name));
  if (name.empty()) return std::nullopt;
  // "Ilana Muhlstein, MS, RDN": credentials, once split from the name.
  static const RE2* const kCredential = new RE2(
      R"((?i)^(?:ms|ma|md|mba|mph|phd|ph\.d\.|rd|rdn|rn|do|dds|jd|esq\.?|cpa)$)");
  // Content-system accounts.
  static const RE2* const kNoName = new RE2(R"((?i)^\w*admin\w*$)");
  if (RE2::FullMatch(name, *kCredential) ||
      RE2::PartialMatch(name, *kNoName)) {
    return std::nullopt;
  }
  if (WrittenInCapitals(name)) name = UsualCase(name);
  return name;
}

}  // namespace whosaid::ingest
