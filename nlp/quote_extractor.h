// Finds quotations and their speakers in normalised text.
//
// A QuoteExtractor is built once from the cue verbs of a RulePack and is then
// immutable and thread-safe.

#ifndef WHOSAID_NLP_QUOTE_EXTRACTOR_H_
#define WHOSAID_NLP_QUOTE_EXTRACTOR_H_

#include <memory>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"

namespace re2 {
class RE2;
}

namespace whosaid::nlp {

class QuoteExtractor {
 public:
  explicit QuoteExtractor(const std::vector<CueVerb>& cues);
  ~QuoteExtractor();

  // Returns the quotes in `text` (normalised, see Normalize), in text order.
  // Speakers are the names as written; the analyzer maps them to actors.
  std::vector<Quote> Extract(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> quote_then_speaker_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_EXTRACTOR_H_
