#include "nlp/function_words.h"

#include <algorithm>
#include <iterator>

#include "nlp/ascii.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

bool IsAuxiliary(std::string_view word) {
  static constexpr std::string_view kAuxiliaries[] = {
      "am",    "are",  "be",   "been",  "can",   "could", "did",
      "do",    "does", "had",  "has",   "have",  "is",    "may",
      "might", "must", "shall", "should", "was", "were",  "will",
      "would"};
  return LowerIsOneOf(word, kAuxiliaries);
}

bool IsPassiveAuxiliary(std::string_view word) {
  static constexpr std::string_view kFormsOfBe[] = {
      "am", "are", "be", "been", "being", "is", "was", "were"};
  return LowerIsOneOf(word, kFormsOfBe);
}

bool IsArticle(std::string_view word) {
  return EqualsLowerAscii(word, "the") || EqualsLowerAscii(word, "a") ||
         EqualsLowerAscii(word, "an");
}

bool IsSubordinator(std::string_view word) {
  static constexpr std::string_view kSubordinators[] = {
      "after", "although", "as",     "because", "before", "if",    "once",
      "since", "though",   "unless", "until",   "when",   "while"};
  return LowerIsOneOf(word, kSubordinators);
}

bool IsModalOfPossibility(std::string_view word) {
  static constexpr std::string_view kModals[] = {"may", "might", "could"};
  return LowerIsOneOf(word, kModals);
}

bool IsConditionWord(std::string_view word) {
  // By size first: most words asked about are none of them.
  switch (word.size()) {
    case 2:
      return EqualsLowerAscii(word, "if");
    case 6:
      return EqualsLowerAscii(word, "unless");
    case 7:
      return EqualsLowerAscii(word, "whether");
    default:
      return false;
  }
}

bool IsMonthName(std::string_view word) {
  // Every month has 3 to 9 bytes (with its dot) and begins with one of
  // these letters; most words asked about fail here.
  if (word.size() < 3 || word.size() > 9) return false;
  switch (AsciiLower(word[0])) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n':
    case 'd':
      break;
    default:
      return false;
  }
  static constexpr std::string_view kMonths[] = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan.",
      "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
      "oct.", "nov.", "dec."};
  char buffer[16];
  const std::string_view lower = LowerAsciiInto(word, buffer);
  return std::find(std::begin(kMonths), std::end(kMonths), lower) !=
         std::end(kMonths);
}

}  // namespace whosaid::nlp
