// The tally of one writing run: per source, what was read, stored, skipped
// as unchanged and failed (with reasons), and what that means for the exit
// code and the --report file. Pure bookkeeping; not thread-safe.

#ifndef WHOSAID_CLI_RUN_SUMMARY_H_
#define WHOSAID_CLI_RUN_SUMMARY_H_

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/run_lock.h"
#include "store/store.h"

namespace whosaid::cli {

class RunSummary {
 public:
  // Each call names the source the item belongs to; sources keep the order
  // in which they were first named.
  void Fetched(const std::string& source, int64_t n = 1);
  void Stored(const std::string& source, store::PutOutcome outcome,
              int64_t quotes);
  void Failed(const std::string& source, const std::string& failure);
  void AddSeconds(const std::string& source, double seconds);
  // Makes `source` appear even when nothing happened in it.
  store::RunSourceStats& Source(const std::string& source);

  // Sums over every source.
  store::RunSourceStats Totals() const;
  int64_t quotes() const { return quotes_; }
  const std::vector<store::RunSourceStats>& sources() const { return sources_; }

  // kExitOk when nothing failed; kExitPartial when something failed and
  // something was read; kExitFailure when every item failed.
  int ExitCode() const;
  // "ok", "partial" or "failed", matching ExitCode().
  std::string Status() const;
  // "N new, N updated, N unchanged, N failed; N quotes".
  std::string Line() const;

 private:
  std::vector<store::RunSourceStats> sources_;
  std::map<std::string, size_t> index_;
  int64_t quotes_ = 0;
};

// The --report document: run id, command, store, pid, start and end times,
// seconds, status, exit code, totals, per-source stats with failures, and
// the previous holder of the lock when it died.
struct RunReport {
  int64_t run_id = 0;  // 0 when the run was never recorded
  std::string command;
  std::string db;
  int64_t started_at = 0;
  int64_t finished_at = 0;
  double seconds = 0;
  std::string status;  // ok, partial, failed, lock_held
  int exit_code = 0;
  std::string message;  // why a run failed outright or did not start
  std::optional<LockHolder> previous_died;
  int64_t interrupted_runs = 0;  // runs marked interrupted by this one
};
nlohmann::json ReportToJson(const RunReport& report, const RunSummary& summary);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_RUN_SUMMARY_H_
