// The nightly-run pieces of the CLI in-process: durations, the progress
// text, the run tally and exit codes, source verdicts, leveled messages and
// the run lock.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "cli/progress.h"
#include "cli/run_lock.h"
#include "cli/run_summary.h"
#include "cli/source_health.h"
#include "cli/time_text.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::cli {
namespace {

TEST(TimeText, ParseDuration) {
  struct Case {
    const char* text;
    std::optional<int64_t> seconds;
  } cases[] = {
      {"90", 90},        {"90s", 90},       {"30m", 1800},   {"6h", 21600},
      {"2d", 172800},    {"1w", 604800},    {"", std::nullopt},
      {"h", std::nullopt}, {"-1h", std::nullopt}, {"1.5h", std::nullopt},
      {"3x", std::nullopt}, {"99999999999999999999d", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(ParseDuration(c.text), c.seconds) << c.text;
}

TEST(TimeText, HumanDurationAndUtcIso) {
  EXPECT_EQ(HumanDuration(0), "0s");
  EXPECT_EQ(HumanDuration(45), "45s");
  EXPECT_EQ(HumanDuration(720), "12m");
  EXPECT_EQ(HumanDuration(3 * 3600 + 20 * 60 + 5), "3h 20m");
  EXPECT_EQ(HumanDuration(2 * 86400 + 4 * 3600), "2d 4h");
  EXPECT_EQ(HumanDuration(86400), "1d");
  EXPECT_EQ(UtcIso(0), "");
  EXPECT_EQ(UtcIso(1764324000), "2025-11-28T10:00:00Z");
}

TEST(Progress, FormatShowsBarCountRateAndEta) {
  EXPECT_EQ(FormatProgress(50, 100, 10.0, "files", 10),
            "[#####.....] 50/100 files  5.0/s  ETA 10s");
  EXPECT_EQ(FormatProgress(100, 100, 10.0, "files", 10),
            "[##########] 100/100 files  10.0/s");
  EXPECT_EQ(FormatProgress(7, 0, 2.0, "pages", 10), "7 pages  3.5/s");
  EXPECT_EQ(FormatProgress(0, 10, 0.0, "files", 4), "[....] 0/10 files  0.0/s");
}

TEST(Progress, DisabledWritesNothing) {
  std::ostringstream out;
  {
    Progress p(out, /*enabled=*/false, "files");
    p.SetTotal(3);
    p.Advance();
    p.Advance(2);
    p.Clear();
    EXPECT_EQ(p.done(), 3u);
  }
  EXPECT_EQ(out.str(), "");
}

TEST(Progress, EnabledRedrawsInPlaceAndClears) {
  std::ostringstream out;
  Progress p(out, /*enabled=*/true, "files");
  p.SetTotal(2);
  p.Advance();
  EXPECT_NE(out.str().find("\r\033[K["), std::string::npos);
  EXPECT_NE(out.str().find("1/2 files"), std::string::npos);
  p.Advance();  // the last item always draws
  EXPECT_NE(out.str().find("2/2 files"), std::string::npos);
  p.Clear();
  EXPECT_EQ(out.str().substr(out.str().size() - 4), "\r\033[K");
}

TEST(Progress, NotWantedWhenQuietOrNotATerminal) {
  EXPECT_FALSE(ProgressWanted(/*quiet=*/true));
  // ctest runs us with stderr on a pipe or file.
  if (!isatty(STDERR_FILENO)) {
    EXPECT_FALSE(ProgressWanted(false));
  }
}

TEST(Diagnostics, LevelsAndQuietHoldsWarnings) {
  std::ostringstream loud_out;
  Diagnostics loud(loud_out, /*quiet=*/false);
  loud.Error("a.txt: unreadable");
  loud.Warning("something odd");
  loud.Note("summary");
  EXPECT_EQ(loud_out.str(),
            "whosaid: error: a.txt: unreadable\nwhosaid: warning: something "
            "odd\nsummary\n");

  std::ostringstream quiet_out;
  Diagnostics quiet(quiet_out, /*quiet=*/true);
  quiet.Warning("held");
  quiet.Note("dropped");
  EXPECT_EQ(quiet_out.str(), "");
  quiet.Error("now");
  EXPECT_EQ(quiet_out.str(), "whosaid: error: now\n");
  quiet.FlushHeld();
  EXPECT_EQ(quiet_out.str(), "whosaid: error: now\nwhosaid: warning: held\n");
  EXPECT_EQ(quiet.errors(), 1u);
  EXPECT_EQ(quiet.warnings(), 1u);
}

TEST(Diagnostics, ReporterNamesItemAndOffset) {
  std::ostringstream out;
  Diagnostics d(out, false);
  DiagnosticsReporter r(d, DiagnosticsReporter::Level::kWarning);
  r.Report("x.html", 12, "invalid UTF-8 repaired");
  EXPECT_EQ(out.str(), "whosaid: warning: x.html (byte 12): invalid UTF-8 repaired\n");
  EXPECT_EQ(r.count(), 1u);
  EXPECT_EQ(r.last(), "x.html (byte 12): invalid UTF-8 repaired");
}

TEST(RunSummary, ExitCodesFollowTheTally) {
  struct Case {
    int added, unchanged, failed;
    int exit_code;
    const char* status;
  } cases[] = {
      {0, 0, 0, kExitOk, "ok"},         {3, 0, 0, kExitOk, "ok"},
      {0, 3, 0, kExitOk, "ok"},         {1, 0, 1, kExitPartial, "partial"},
      {0, 1, 1, kExitPartial, "partial"}, {0, 0, 2, kExitFailure, "failed"},
  };
  for (const Case& c : cases) {
    RunSummary s;
    for (int i = 0; i < c.added; ++i) s.Stored("a", store::PutOutcome::kNew, 2);
    for (int i = 0; i < c.unchanged; ++i) s.Stored("b", store::PutOutcome::kUnchanged, 0);
    for (int i = 0; i < c.failed; ++i) s.Failed("c", "x: bad");
    EXPECT_EQ(s.ExitCode(), c.exit_code) << c.added << c.unchanged << c.failed;
    EXPECT_EQ(s.Status(), c.status);
  }
}

TEST(RunSummary, PerSourceTalliesAndJson) {
  RunSummary s;
  s.Source("empty");
  s.Fetched("a", 3);
  s.Stored("a", store::PutOutcome::kNew, 2);
  s.Stored("a", store::PutOutcome::kUpdated, 1);
  s.Stored("a", store::PutOutcome::kUnchanged, 0);
  s.Failed("b", "b/x.txt: unreadable");
  s.AddSeconds("a", 1.5);
  EXPECT_EQ(s.Line(), "1 new, 1 updated, 1 unchanged, 1 failed; 3 quotes");
  ASSERT_EQ(s.sources().size(), 3u);
  EXPECT_EQ(s.sources()[0].source, "empty");
  RunReport report;
  report.run_id = 7;
  report.command = "ingest";
  report.db = "w.db";
  report.started_at = 1764324000;
  report.status = s.Status();
  report.exit_code = s.ExitCode();
  report.previous_died = LockHolder{123, 1764320000, "whosaid ingest"};
  nlohmann::json j = ReportToJson(report, s);
  EXPECT_EQ(j["run_id"], 7);
  EXPECT_EQ(j["status"], "partial");
  EXPECT_EQ(j["exit_code"], 1);
  EXPECT_EQ(j["started"], "2025-11-28T10:00:00Z");
  EXPECT_EQ(j["totals"]["new"], 1);
  EXPECT_EQ(j["totals"]["quotes"], 3);
  EXPECT_EQ(j["sources"][1]["name"], "a");
  EXPECT_EQ(j["sources"][1]["fetched"], 3);
  EXPECT_EQ(j["sources"][2]["failures"][0], "b/x.txt: unreadable");
  EXPECT_EQ(j["previous_run_died"]["pid"], 123);
}

TEST(SourceHealth, ExpectedIntervalGivenLearnedOrDefault) {
  const int64_t day = 86400, now = 100 * day;
  store::SourceHealthRow row;
  row.source = "s";
  row.first_seen_at = 10 * day;
  row.last_run_at = now - 3600;
  row.last_success_at = now - 3600;
  row.last_new_at = now - 3 * day;

  SourceVerdict v = JudgeSource(row, now, 2 * day);
  EXPECT_EQ(v.expected_from, "default");
  EXPECT_TRUE(v.silent);
  ASSERT_EQ(v.warnings.size(), 1u);
  EXPECT_NE(v.warnings[0].find("silent for 3d"), std::string::npos) << v.warnings[0];

  row.typical_gap_seconds = day / 2;  // learned: 3 x 12h = 1d 12h
  v = JudgeSource(row, now, 2 * day);
  EXPECT_EQ(v.expected_from, "learned");
  EXPECT_EQ(v.expected_interval, 3 * day / 2);
  EXPECT_TRUE(v.silent);

  row.expected_interval_seconds = 7 * day;  // given wins
  v = JudgeSource(row, now, 2 * day);
  EXPECT_EQ(v.expected_from, "given");
  EXPECT_FALSE(v.silent);
  EXPECT_TRUE(v.warnings.empty());
}

TEST(SourceHealth, NeverNewCountsFromFirstRunAndFailuresWarn) {
  const int64_t day = 86400, now = 100 * day;
  store::SourceHealthRow row;
  row.source = "feed";
  row.first_seen_at = now - day;
  row.consecutive_failures = 2;
  row.last_error = "feed: HTTP 503";
  SourceVerdict v = JudgeSource(row, now, 2 * day);
  EXPECT_FALSE(v.silent);
  EXPECT_TRUE(v.failing);
  ASSERT_EQ(v.warnings.size(), 1u);
  EXPECT_EQ(v.warnings[0],
            "source feed: failed in its last 2 runs; last success never; "
            "last error: feed: HTTP 503");
}

TEST(RunLock, SecondHolderIsRefusedWithTheFirstNamed) {
  testutil::TempDir dir;
  const std::string path = LockPathFor(dir.File("w.db"));
  auto first = RunLock::Acquire(path, 0, "whosaid ingest");
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_FALSE((*first)->previous_died());
  auto second = RunLock::Acquire(path, 0.2, "whosaid ingest");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(second.status().message().find("pid " + std::to_string(getpid())),
            std::string::npos)
      << second.status();
  auto holder = ReadLockHolder(path);
  ASSERT_TRUE(holder);
  EXPECT_EQ(holder->pid, getpid());
  EXPECT_EQ(holder->command, "whosaid ingest");
  first->reset();  // clean release empties the record
  EXPECT_FALSE(ReadLockHolder(path));
  auto third = RunLock::Acquire(path, 0, "whosaid ingest");
  ASSERT_TRUE(third.ok());
  EXPECT_FALSE((*third)->previous_died());
}

TEST(RunLock, AHolderKilledWhileHoldingIsDetected) {
  testutil::TempDir dir;
  const std::string path = LockPathFor(dir.File("w.db"));
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto lock = RunLock::Acquire(path, 0, "whosaid ingest");
    char c = lock.ok() ? '1' : '0';
    if (write(ready[1], &c, 1) != 1) _exit(2);
    pause();  // hold until killed
    _exit(0);
  }
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, '1');
  EXPECT_FALSE(RunLock::Acquire(path, 0, "x").ok());
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  auto lock = RunLock::Acquire(path, 1, "whosaid ingest");
  ASSERT_TRUE(lock.ok()) << lock.status();
  ASSERT_TRUE((*lock)->previous_died());
  EXPECT_EQ((*lock)->previous_died()->pid, child);
  close(ready[0]);
  close(ready[1]);
}

TEST(RunLock, WaitSucceedsWhenTheHolderLetsGo) {
  testutil::TempDir dir;
  const std::string path = LockPathFor(dir.File("w.db"));
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto lock = RunLock::Acquire(path, 0, "holder");
    usleep(500 * 1000);
    _exit(lock.ok() ? 0 : 1);  // _exit skips the destructor: like a crash
  }
  // Wait until the child holds it.
  for (int i = 0; i < 200 && !ReadLockHolder(path); ++i) usleep(10 * 1000);
  ASSERT_TRUE(ReadLockHolder(path));
  auto lock = RunLock::Acquire(path, 10, "waiter");
  ASSERT_TRUE(lock.ok()) << lock.status();
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(RunLock, UnopenableLockFileIsUnavailable) {
  auto lock = RunLock::Acquire("/nonexistent-dir/w.db.lock", 0, "x");
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.status().code(), absl::StatusCode::kUnavailable);
}

}  // namespace
}  // namespace whosaid::cli
