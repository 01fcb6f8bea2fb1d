#include "cli/run_session.h"

#include <unistd.h>

#include <cassert>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>

#include "cli/exit_codes.h"
#include "cli/time_text.h"

namespace whosaid::cli {
namespace {

int64_t Now() { return static_cast<int64_t>(std::time(nullptr)); }

// Tallies every report as a failed item of one source.
class SourceFailureReporter : public nlp::Reporter {
 public:
  SourceFailureReporter(RunSession& session, std::string source)
      : session_(session), source_(std::move(source)) {}
  void Report(std::string_view item, size_t offset,
              std::string_view reason) override {
    std::string where(item);
    if (offset > 0) where += " (byte " + std::to_string(offset) + ")";
    session_.Failed(source_, where, std::string(reason));
  }

 private:
  RunSession& session_;
  std::string source_;
};

}  // namespace

RunSession::RunSession(std::string command, std::string db_path,
                       RunOptions options)
    : command_(std::move(command)),
      db_path_(std::move(db_path)),
      options_(std::move(options)),
      progress_(std::cerr, ProgressWanted(options_.quiet), "files"),
      diagnostics_(std::cerr, options_.quiet),
      warnings_(diagnostics_, DiagnosticsReporter::Level::kWarning),
      start_(std::chrono::steady_clock::now()) {
  diagnostics_.set_progress(&progress_);
  report_.command = command_;
  report_.db = db_path_;
  report_.started_at = Now();
}

RunSession::~RunSession() = default;

double RunSession::Elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
      .count();
}

int RunSession::Lock() {
  auto lock = RunLock::Acquire(LockPathFor(db_path_), options_.wait_seconds,
                               "whosaid " + command_);
  if (!lock.ok()) {
    const bool held = lock.status().code() == absl::StatusCode::kFailedPrecondition;
    std::string message(lock.status().message());
    if (held && options_.wait_seconds == 0) message += "; use --wait SECONDS to wait for it";
    diagnostics_.Error(message);
    report_.status = held ? "lock_held" : "failed";
    report_.exit_code = held ? kExitLockHeld : kExitFailure;
    report_.message = message;
    WriteReport();
    return report_.exit_code;
  }
  lock_ = *std::move(lock);
  if (lock_->previous_died()) {
    report_.previous_died = lock_->previous_died();
    diagnostics_.Warning("the previous run (" +
                         DescribeHolder(*lock_->previous_died()) +
                         ") did not finish: it was killed or crashed. What it "
                         "committed is kept; this run carries on from there");
  }
  return kExitOk;
}

void RunSession::Begin(store::Store& store) {
  store_ = &store;
  auto interrupted = store.MarkInterruptedRuns();
  if (!interrupted.ok()) {
    diagnostics_.Warning("run log: " + std::string(interrupted.status().message()));
  } else {
    report_.interrupted_runs = *interrupted;
  }
  store::RunRecord run;
  run.command = command_;
  run.pid = getpid();
  run.started_at = report_.started_at;
  auto id = store.BeginRun(run);
  if (!id.ok()) {
    diagnostics_.Warning("run log: " + std::string(id.status().message()));
  } else {
    report_.run_id = *id;
  }
}

absl::Status RunSession::StoreDocument(const nlp::Document& doc,
                                       const std::string& source,
                                       const nlp::Analyzer& analyzer) {
  assert(store_ != nullptr);  // REQUIRES: Begin() was called
  summary_.Fetched(source);
  // Re-runs (and runs after a crash) skip stored documents before the
  // costly part.
  auto known = store_->HasUnchanged(doc);
  if (known.ok() && *known) {
    summary_.Stored(source, store::PutOutcome::kUnchanged, 0);
    return absl::OkStatus();
  }
  nlp::Analysis analysis = analyzer.Analyze(doc, &warnings_);
  auto outcome = store_->Put(doc, analysis);
  if (!outcome.ok()) return outcome.status();
  summary_.Stored(source, *outcome, static_cast<int64_t>(analysis.quotes.size()));
  return absl::OkStatus();
}

void RunSession::Failed(const std::string& source, const std::string& item,
                        const std::string& reason) {
  const std::string failure = item + ": " + reason;
  summary_.Failed(source, failure);
  diagnostics_.Error(failure);
}

std::unique_ptr<nlp::Reporter> RunSession::FailureReporter(
    const std::string& source) {
  return std::make_unique<SourceFailureReporter>(*this, source);
}

absl::Status RunSession::RecordEnd(std::string status, int exit_code) {
  report_.finished_at = Now();
  report_.seconds = Elapsed();
  report_.status = std::move(status);
  report_.exit_code = exit_code;
  if (store_ == nullptr || report_.run_id == 0) return absl::OkStatus();
  store::RunRecord run;
  run.id = report_.run_id;
  run.finished_at = report_.finished_at;
  run.status = report_.status;
  run.exit_code = report_.exit_code;
  run.seconds = report_.seconds;
  run.sources = summary_.sources();
  return store_->FinishRun(run, options_.expected_interval_seconds);
}

int RunSession::Finish() {
  progress_.Clear();
  if (absl::Status s = RecordEnd(summary_.Status(), summary_.ExitCode());
      !s.ok()) {
    diagnostics_.Warning("run log: " + std::string(s.message()));
  }
  WriteReport();
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", report_.seconds);
  const std::string line = "whosaid " + command_ + ": " + summary_.Line() +
                           " stored in " + db_path_ + " (" + seconds + " s)";
  if (report_.exit_code != kExitOk) {
    diagnostics_.FlushHeld();
    std::cerr << line << '\n';
  } else {
    diagnostics_.Note(line);
  }
  return report_.exit_code;
}

int RunSession::Fail(std::string_view message) {
  progress_.Clear();
  diagnostics_.Error(message);
  diagnostics_.FlushHeld();
  report_.message = std::string(message);
  // The run has already failed; a run log that cannot record it adds
  // nothing the message does not say.
  RecordEnd("failed", kExitFailure).IgnoreError();
  WriteReport();
  return kExitFailure;
}

void RunSession::WriteReport() {
  if (options_.report_path.empty()) return;
  // Write beside and rename, so a reader never sees half a report.
  const std::string tmp = options_.report_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << ReportToJson(report_, summary_).dump(2) << '\n';
    if (!out) {
      diagnostics_.Error("cannot write report " + options_.report_path);
      return;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, options_.report_path, ec);
  if (ec) {
    diagnostics_.Error("cannot write report " + options_.report_path + ": " +
                       ec.message());
  }
}

}  // namespace whosaid::cli
