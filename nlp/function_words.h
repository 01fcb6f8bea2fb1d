// Closed classes of English function words that several extractors test
// words against, kept in one place so that each class has one list.
//
// Each test takes a word as it appears in the text, in any case, and
// answers from a fixed list; thread-safe.

#ifndef WHOSAID_NLP_FUNCTION_WORDS_H_
#define WHOSAID_NLP_FUNCTION_WORDS_H_

#include <string_view>

namespace whosaid::nlp {

// An auxiliary or modal verb: "was", "had", "would", "may". What marks a
// finite clause ("the study found the mass could be cut") where a noun
// phrase has none ("found evidence of plumes").
bool IsAuxiliary(std::string_view word);

// A form of "be" that makes a passive with a participle after it: "was",
// "were", "is", "are", "been", "being", "be".
bool IsPassiveAuxiliary(std::string_view word);

// A conjunction that opens a subordinate clause before its main clause:
// "Although", "After", "While", "If". A cue or name in such an opening
// clause ("Although the family suggested ..., Sawyer told ...") is not the
// main clause's.
bool IsSubordinator(std::string_view word);

// An article: "the", "a" or "an".
bool IsArticle(std::string_view word);

// A modal of possibility, in any case: "may", "might", "could". A cue
// right after one ("others might argue that") reports nothing held.
bool IsModalOfPossibility(std::string_view word);

// A word that opens a condition, in any case: "if", "unless", "whether"
// ("if they really believed", "depends on whether he believes").
bool IsConditionWord(std::string_view word);

// A month, written out or abbreviated with its dot, in any case: "October",
// "Nov.", "sept.".
bool IsMonthName(std::string_view word);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_FUNCTION_WORDS_H_
