// Messages of a run on standard error, with levels, so that cron mail and
// log scanners can tell them apart:
//
//   whosaid: error: ITEM: REASON      something failed (the run's exit code
//                                     says partial or total failure)
//   whosaid: warning: ...             something to look at; the run goes on
//   (notes: summaries, printed as given)
//
// With `quiet`, notes are dropped and warnings are held back: FlushHeld()
// prints them when the run did not succeed, so a successful quiet run
// prints nothing. Errors are always printed at once. Messages clear a
// progress line first. Not thread-safe.

#ifndef WHOSAID_CLI_DIAGNOSTICS_H_
#define WHOSAID_CLI_DIAGNOSTICS_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/progress.h"
#include "nlp/reporter.h"

namespace whosaid::cli {

class Diagnostics {
 public:
  Diagnostics(std::ostream& err, bool quiet) : err_(err), quiet_(quiet) {}

  // Messages clear `progress` (may be null; not owned) before printing.
  void set_progress(Progress* progress) { progress_ = progress; }

  void Error(std::string_view message);
  void Warning(std::string_view message);
  void Note(std::string_view message);
  // Prints the warnings held back by quiet mode, then forgets them.
  void FlushHeld();

  size_t errors() const { return errors_; }
  size_t warnings() const { return warnings_; }
  bool quiet() const { return quiet_; }

 private:
  void Print(const std::string& line);

  std::ostream& err_;
  bool quiet_;
  Progress* progress_ = nullptr;
  size_t errors_ = 0;
  size_t warnings_ = 0;
  std::vector<std::string> held_;
};

// An nlp::Reporter that sends each report to Diagnostics as an error or a
// warning ("ITEM (byte N): REASON") and counts them.
class DiagnosticsReporter : public nlp::Reporter {
 public:
  enum class Level { kError, kWarning };
  DiagnosticsReporter(Diagnostics& diagnostics, Level level)
      : diagnostics_(diagnostics), level_(level) {}

  void Report(std::string_view item, size_t offset,
              std::string_view reason) override;
  size_t count() const { return count_; }
  // The last report, "ITEM: REASON".
  const std::string& last() const { return last_; }

 private:
  Diagnostics& diagnostics_;
  Level level_;
  size_t count_ = 0;
  std::string last_;
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIAGNOSTICS_H_
