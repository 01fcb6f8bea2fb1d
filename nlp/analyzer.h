// The nlp pipeline: normalise, segment, find actors, quotes and claims.
//
// An Analyzer is built once from a RulePack (compiling every pattern) and is
// then immutable: Analyze may be called from many threads at once. It does
// no I/O.

#ifndef WHOSAID_NLP_ANALYZER_H_
#define WHOSAID_NLP_ANALYZER_H_

#include <memory>

#include "absl/status/statusor.h"
#include "nlp/analysis.h"
#include "nlp/document.h"
#include "nlp/reporter.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

// Analyze keeps at most this many quotes per document and reports the rest
// as dropped, so that hostile text (thousands of quote marks) cannot make
// the output or the store grow without bound. Real articles hold tens.
inline constexpr size_t kMaxQuotesPerDocument = 10000;

class Analyzer {
 public:
  // Compiles the pack. Fails with InvalidArgument naming the bad rule.
  static absl::StatusOr<std::unique_ptr<Analyzer>> Create(RulePack pack);

  virtual ~Analyzer() = default;

  // Analyses one document. Damaged input (invalid UTF-8, unbalanced quote
  // marks) is repaired or skipped and reported to `reporter` (may be null)
  // under doc.id; analysis never fails. Quotes past kMaxQuotesPerDocument
  // are dropped and reported.
  virtual Analysis Analyze(const Document& doc, Reporter* reporter) const = 0;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ANALYZER_H_
