// One unattended-safe writing run (ingest), start to finish: takes the
// store's run lock, records the run in the store's run log, shows progress,
// prints leveled messages, tallies every item by source, and at the end
// writes the run record, the --report file and the summary, and picks the
// exit code (see exit_codes.h).
//
// Usage, in order: Lock(), open the store, Begin(store), then for each
// document StoreDocument() (or the tally calls), then Finish(). Fail()
// ends a run that could not be done at all. Not thread-safe.

#ifndef WHOSAID_CLI_RUN_SESSION_H_
#define WHOSAID_CLI_RUN_SESSION_H_

#include <chrono>
#include <memory>
#include <string>

#include "cli/diagnostics.h"
#include "cli/progress.h"
#include "cli/run_lock.h"
#include "cli/run_options.h"
#include "cli/run_summary.h"
#include "nlp/analyzer.h"
#include "nlp/document.h"
#include "nlp/reporter.h"
#include "store/store.h"

namespace whosaid::cli {

class RunSession {
 public:
  RunSession(std::string command, std::string db_path, RunOptions options);
  ~RunSession();

  // Takes the run lock of the store. Returns kExitOk, or kExitLockHeld /
  // kExitFailure after printing why (and writing the report).
  int Lock();
  // Marks runs left "running" by a dead process as interrupted and records
  // this run's start. Run-log errors are warnings: they never stop a run.
  void Begin(store::Store& store);

  // Analyses and stores `doc` for `source`, skipping the analysis when the
  // store already has it unchanged, and tallies it as read and as new,
  // updated or unchanged. Returns the store's error without tallying a
  // failure: the caller decides how the failure is counted.
  absl::Status StoreDocument(const nlp::Document& doc, const std::string& source,
                             const nlp::Analyzer& analyzer);
  // Tallies a failed item of `source` and prints it as an error.
  void Failed(const std::string& source, const std::string& item,
              const std::string& reason);

  // A reporter that tallies every report as a failed item of `source`.
  std::unique_ptr<nlp::Reporter> FailureReporter(const std::string& source);

  // Records the run, writes the report and the summary; returns the exit
  // code.
  int Finish();
  // Ends a run that could not be done at all (no store, broken rules):
  // prints `message` as an error, records what can be recorded, returns
  // kExitFailure.
  int Fail(std::string_view message);

  RunSummary& summary() { return summary_; }
  Diagnostics& diagnostics() { return diagnostics_; }
  Progress& progress() { return progress_; }

 private:
  // Stamps the report's end (time, seconds, `status`, `exit_code`) and
  // records it in the run log when Begin opened one. Returns the run log's
  // error, else OK.
  absl::Status RecordEnd(std::string status, int exit_code);
  void WriteReport();
  double Elapsed() const;

  std::string command_;
  std::string db_path_;
  RunOptions options_;
  Progress progress_;
  Diagnostics diagnostics_;
  DiagnosticsReporter warnings_;
  RunSummary summary_;
  RunReport report_;
  std::unique_ptr<RunLock> lock_;
  store::Store* store_ = nullptr;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_RUN_SESSION_H_
