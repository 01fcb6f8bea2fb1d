#include "nlp/function_words.h"

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

bool IsSubordinator(std::string_view word) {
  static constexpr std::string_view kSubordinators[] = {
      "after", "although", "as",     "because", "before", "if",    "once",
      "since", "though",   "unless", "until",   "when",   "while"};
  return LowerIsOneOf(word, kSubordinators);
}

}  // namespace whosaid::nlp
