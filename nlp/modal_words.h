// What the words of a proposition say about its modality: the claim
// extractor's reading of "will", "may", "not" and "n't" in a claim's text.
// Stateless and thread-safe.

#ifndef WHOSAID_NLP_MODAL_WORDS_H_
#define WHOSAID_NLP_MODAL_WORDS_H_

#include <string_view>

namespace whosaid::nlp {

// A word here is a maximal run of ASCII letters of the scanned text (the
// text's ends end a run too).
//
// - negated: "not", "never" or "no" as written (lower case), or a
//   contraction "n't" / "n’t" anywhere; not the "not" of a contrast after
//   ", " ("stability, not appreciation") or of "not only";
// - hedged: "may", "might", "could", "likely", "perhaps", "possibly" or
//   "probably" in any ASCII case;
// - planned: "will", "would", "shall", "plans" or "intends" in any ASCII
//   case.
struct ModalWords {
  bool negated = false;
  bool hedged = false;
  bool planned = false;
};

// The modal words of `text`, in one pass over its bytes (64 at a time
// where SSE2 is available).
ModalWords ScanModalWords(std::string_view text);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_MODAL_WORDS_H_
