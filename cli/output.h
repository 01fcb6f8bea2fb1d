// Formatting results for people and machines: JSON Lines, aligned tables
// and RFC 4180 CSV. Text from the web is escaped for each target (control
// characters never reach a terminal; CSV cells that a spreadsheet would run
// as formulas are defused).

#ifndef WHOSAID_CLI_OUTPUT_H_
#define WHOSAID_CLI_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/document.h"
#include "nlp/reporter.h"

namespace whosaid::cli {

// The `whosaid extract` record for one document (see README for fields).
nlohmann::json AnalysisToJson(const nlp::Document& doc,
                              const nlp::Analysis& analysis, bool with_text);

// A table of string cells; header first.
using Rows = std::vector<std::vector<std::string>>;

// Columns padded to their widest cell (by display width), cells longer than
// `max_width` code points cut with "…", control characters replaced by
// spaces.
void WriteTable(std::ostream& out, const Rows& rows, size_t max_width = 60);

// RFC 4180: CRLF line ends, cells quoted when needed, quotes doubled, a
// leading = + - @ prefixed with an apostrophe so spreadsheets do not run it.
void WriteCsv(std::ostream& out, const Rows& rows);

// Prints each report to stderr as "whosaid: ITEM: REASON" and counts them.
class StderrReporter : public nlp::Reporter {
 public:
  void Report(std::string_view item, size_t offset,
              std::string_view reason) override;
  size_t count() const { return count_; }

 private:
  size_t count_ = 0;
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_OUTPUT_H_
