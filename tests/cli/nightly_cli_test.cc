// `whosaid ingest` and `whosaid sources` as a nightly job sees them, end to
// end with the real binary: two ingests at once, a lock left by a dead run,
// --wait, --quiet, --report, exit codes, the progress bar on a terminal
// only, and the source health warnings.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/run_lock.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

extern char** environ;

namespace whosaid {
namespace {

using testutil::RunCommand;

const char* kDoc =
    "Title: Soy talks\nPublished: 2025-10-30T09:15:00+08:00\n\n"
    "“We will not be rushed,” Dana Whitlock said.\n";

std::string WriteDocs(const testutil::TempDir& dir, const std::string& folder, int n) {
  for (int i = 0; i < n; ++i) {
    dir.Write(folder + "/d" + std::to_string(i) + ".txt",
              "Title: Note " + std::to_string(i) +
                  "\nPublished: 2025-10-30T09:15:00Z\n\n“Item " + std::to_string(i) +
                  " stays on the list,” Lin Mei said.\n");
  }
  return dir.File(folder);
}

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
}

void Sql(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
      << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

std::string SqlValue(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open(db_path.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

TEST(NightlyCli, TwoIngestsAtOnceSecondExitsFourOrWaits) {
  testutil::TempDir dir;
  const std::string docs = WriteDocs(dir, "docs", 1500);
  const std::string db = dir.File("w.db");
  const std::string log = dir.File("first.log");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT, 0644);
  std::vector<std::string> argv = {WHOSAID_BINARY, "ingest", "--db", db, docs};
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  pid_t first = -1;
  ASSERT_EQ(posix_spawn(&first, args[0], &actions, nullptr, args.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  // Wait until the first run holds the lock.
  for (int i = 0; i < 1000; ++i) {
    auto holder = cli::ReadLockHolder(cli::LockPathFor(db));
    if (holder && holder->pid == first) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  auto second = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, "--report",
                            dir.File("second.json"), docs});
  int status = 0;
  const bool first_still_running = waitpid(first, &status, WNOHANG) == 0;
  if (first_still_running) {
    EXPECT_EQ(second.exit_code, 4) << second.err;
    EXPECT_NE(second.err.find("whosaid: error: another run holds the lock"),
              std::string::npos)
        << second.err;
    EXPECT_NE(second.err.find("pid " + std::to_string(first)), std::string::npos)
        << second.err;
    EXPECT_NE(second.err.find("--wait"), std::string::npos) << second.err;
    auto report = ReadJson(dir.File("second.json"));
    EXPECT_EQ(report["status"], "lock_held");
    EXPECT_EQ(report["exit_code"], 4);
  }
  auto third = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, "--wait", "300",
                           "--report", dir.File("third.json"), docs});
  EXPECT_EQ(third.exit_code, 0) << third.err;
  if (first_still_running) {
    ASSERT_EQ(waitpid(first, &status, 0), first);
  }
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  // The waiting run came after the first one had stored everything.
  auto report = ReadJson(dir.File("third.json"));
  EXPECT_EQ(report["totals"]["unchanged"], 1500);
  EXPECT_EQ(report["totals"]["new"], 0);
  EXPECT_EQ(SqlValue(db, "SELECT count(*) FROM documents"), "1500");
  if (first_still_running) {
    EXPECT_EQ(SqlValue(db, "SELECT group_concat(status) FROM runs"), "ok,ok");
  }
}

TEST(NightlyCli, WaitGivesUpWithExitFour) {
  testutil::TempDir dir;
  const std::string db = dir.File("w.db");
  auto lock = cli::RunLock::Acquire(cli::LockPathFor(db), 0, "test");
  ASSERT_TRUE(lock.ok());
  const auto t0 = std::chrono::steady_clock::now();
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, "--wait", "1",
                       dir.Write("a.txt", kDoc)});
  const double took =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_GE(took, 0.9);
  EXPECT_NE(r.err.find("pid " + std::to_string(getpid())), std::string::npos) << r.err;
}

TEST(NightlyCli, LockLeftByADeadRunIsRecoveredAndReported) {
  testutil::TempDir dir;
  const std::string db = dir.File("w.db");
  const std::string doc = dir.Write("a.txt", kDoc);
  ASSERT_EQ(RunCommand({WHOSAID_BINARY, "ingest", "--quiet", "--db", db, doc}).exit_code, 0);
  // What a killed run leaves: its record in the lock file and its run row
  // still "running".
  dir.Write("w.db.lock", "999999 1764324000 whosaid ingest\n");
  Sql(db, "INSERT INTO runs (command, pid, started_at) VALUES ('ingest', 999999, 1764324000)");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, "--report",
                       dir.File("r.json"), doc});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("whosaid: warning: the previous run (pid 999999, started "
                       "2025-11-28T10:00:00Z, whosaid ingest) did not finish"),
            std::string::npos)
      << r.err;
  auto report = ReadJson(dir.File("r.json"));
  EXPECT_EQ(report["previous_run_died"]["pid"], 999999);
  EXPECT_EQ(report["interrupted_runs_recovered"], 1);
  EXPECT_EQ(SqlValue(db, "SELECT status FROM runs WHERE pid = 999999"), "interrupted");
  // A clean end leaves an empty lock file: the next run warns of nothing.
  r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, doc});
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

// RE2 itself logs to stderr when a pattern outgrows its DFA budget (the
// skeleton's quote pattern does on some texts); that is not whosaid's
// output, so the quiet check leaves those lines out.
std::string WithoutRe2Log(const std::string& err) {
  std::string out;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("re2/", 0) != 0) out += line + "\n";
  }
  return out;
}

TEST(NightlyCli, QuietPrintsNothingOnSuccessButErrorsOnFailure) {
  testutil::TempDir dir;
  const std::string db = dir.File("w.db");
  auto ok = RunCommand({WHOSAID_BINARY, "ingest", "--quiet", "--db", db,
                        dir.Write("a.txt", kDoc)});
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.out, "");
  EXPECT_EQ(WithoutRe2Log(ok.err), "");
  auto partial = RunCommand({WHOSAID_BINARY, "ingest", "--quiet", "--db", db,
                             dir.File("a.txt"), dir.File("missing")});
  EXPECT_EQ(partial.exit_code, 1);
  EXPECT_NE(partial.err.find("whosaid: error: "), std::string::npos) << partial.err;
  EXPECT_NE(partial.err.find("missing"), std::string::npos) << partial.err;
  auto total = RunCommand({WHOSAID_BINARY, "ingest", "--quiet", "--db", db,
                           dir.File("missing")});
  EXPECT_EQ(total.exit_code, 3) << total.err;
  auto usage = RunCommand({WHOSAID_BINARY, "ingest", "--expect-every", "soon",
                           "--db", db, dir.File("a.txt")});
  EXPECT_EQ(usage.exit_code, 2) << usage.err;
}

TEST(NightlyCli, ReportHasPerSourceCountsFailuresAndDurations) {
  testutil::TempDir dir;
  const std::string db = dir.File("w.db");
  const std::string good = WriteDocs(dir, "good", 3);
  dir.Write("bad/empty.html", "");
  const std::string report = dir.File("r.json");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, "--report", report,
                       good, dir.File("bad")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto j = ReadJson(report);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["status"], "partial");
  EXPECT_EQ(j["exit_code"], 1);
  EXPECT_EQ(j["totals"]["new"], 3);
  EXPECT_EQ(j["totals"]["failed"], 1);
  ASSERT_EQ(j["sources"].size(), 2u);
  EXPECT_EQ(j["sources"][0]["name"], good);
  EXPECT_EQ(j["sources"][0]["fetched"], 3);
  EXPECT_GT(j["sources"][0]["seconds"].get<double>(), 0);
  EXPECT_EQ(j["sources"][1]["failed"], 1);
  EXPECT_NE(j["sources"][1]["failures"][0].get<std::string>().find("empty.html"),
            std::string::npos);
  EXPECT_FALSE(j["started"].get<std::string>().empty());
  EXPECT_GT(j["run_id"].get<int>(), 0);
}

TEST(NightlyCli, SourcesShowsHealthAndWarnsOfSilentAndFailingSources) {
  testutil::TempDir dir;
  const std::string db = dir.File("w.db");
  const std::string good = WriteDocs(dir, "good", 2);
  const std::string broken = dir.File("broken");  // does not exist
  EXPECT_EQ(RunCommand({WHOSAID_BINARY, "ingest", "--db", db, good, broken}).exit_code, 1);
  auto s = RunCommand({WHOSAID_BINARY, "sources", "--db", db});
  EXPECT_EQ(s.exit_code, 0) << s.err;
  EXPECT_NE(s.out.find("last success"), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("FAILING"), std::string::npos) << s.out;
  EXPECT_NE(s.err.find("whosaid: warning: source " + broken +
                       ": failed in its last 1 run; last success never"),
            std::string::npos)
      << s.err;
  EXPECT_EQ(s.err.find("source " + good), std::string::npos) << s.err;
  EXPECT_EQ(RunCommand({WHOSAID_BINARY, "sources", "--db", db, "--check"}).exit_code, 1);

  // Ten days without news from "good": silent past the 2-day default, but
  // not past a week given with --expect-every.
  Sql(db, "UPDATE runs SET started_at = started_at - 10 * 86400");
  s = RunCommand({WHOSAID_BINARY, "sources", "--db", db, "--format", "jsonl"});
  EXPECT_NE(s.err.find("source " + good + ": silent for 10d"), std::string::npos) << s.err;
  EXPECT_NE(s.out.find("\"status\":\"SILENT\""), std::string::npos) << s.out;
  s = RunCommand({WHOSAID_BINARY, "sources", "--db", db, "--silent-after", "2w"});
  EXPECT_EQ(s.err.find("silent"), std::string::npos) << s.err;
}

TEST(NightlyCli, ProgressBarOnlyOnATerminal) {
  testutil::TempDir dir;
  const std::string docs = WriteDocs(dir, "docs", 20);
  auto piped = RunCommand({WHOSAID_BINARY, "ingest", "--db", dir.File("a.db"), docs});
  EXPECT_EQ(piped.exit_code, 0);
  EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;

  int master = -1;
  const std::string db = dir.File("b.db");
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl(WHOSAID_BINARY, WHOSAID_BINARY, "ingest", "--db", db.c_str(), docs.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::string screen;
  char buf[4096];
  for (;;) {
    pollfd p = {master, POLLIN, 0};
    if (poll(&p, 1, 30000) <= 0) break;
    const ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has gone
    screen.append(buf, n);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_NE(screen.find("\r\033[K["), std::string::npos) << screen;
  EXPECT_NE(screen.find("20/20 files"), std::string::npos) << screen;
  EXPECT_NE(screen.find("20 new"), std::string::npos) << screen;
}

}  // namespace
}  // namespace whosaid
