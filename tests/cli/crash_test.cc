// Crash safety of `whosaid ingest`: a few thousand generated documents are
// ingested while the run is killed with SIGKILL at 20 random (seeded)
// moments, re-running each time. Then the store must pass SQLite's
// integrity check, hold exactly what one clean run stores in another file,
// and a further run must change nothing.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <thread>

#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

extern char** environ;

namespace whosaid {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int kDocuments = 800;  // the sanitizer build runs ~3x slower
#else
constexpr int kDocuments = 2000;
#endif
constexpr int kKills = 20;

const char* kSpeakers[] = {"Dana Whitlock", "Lin Mei", "Chen Haoran",
                           "Tomas Okafor", "Ruth Abernathy"};
const char* kSources[] = {"Harbour Ledger", "Plains Courier", "Valley Wire"};

// Writes `n` small plain-text documents with headers under `dir`/docs, in
// 10 sub-folders; returns the folder.
std::string WriteDocuments(const testutil::TempDir& dir, int n) {
  std::mt19937 rng(8);
  for (int i = 0; i < n; ++i) {
    const char* who = kSpeakers[rng() % 5];
    const char* other = kSpeakers[rng() % 5];
    char name[64];
    std::snprintf(name, sizeof name, "docs/f%d/d%05d.txt", i % 10, i);
    std::ostringstream text;
    text << "Title: Trade note " << i << "\n"
         << "Published: 2025-" << (1 + i % 12 < 10 ? "0" : "") << 1 + i % 12
         << "-" << (1 + i % 28 < 10 ? "0" : "") << 1 + i % 28 << "T09:00:00Z\n"
         << "Source: " << kSources[i % 3] << "\n"
         << "URL: https://news.example/" << i << "\n\n"
         << "“We will review tariff line " << i << " with care,” " << who
         << " said on Tuesday.\n\n"
         << "Talks on soybean purchases of " << (i * 37) % 900 + 100
         << " thousand tonnes continued, officials said.\n\n"
         << other << " said the schedule for item " << i
         << " would not change before the summit.\n";
    dir.Write(name, text.str());
  }
  return dir.File("docs");
}

// Starts `argv` with stdout and stderr appended to `log`; returns its pid.
pid_t Spawn(const std::vector<std::string>& argv, const std::string& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
    pid = -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Runs `sql` on the SQLite file at `path` and returns the rows, one line
// each, cells joined by '|'.
std::string Query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_exec(
        db, sql.c_str(),
        [](void* arg, int n, char** cells, char**) {
          auto* o = static_cast<std::string*>(arg);
          for (int i = 0; i < n; ++i) {
            if (i) *o += '|';
            *o += cells[i] ? cells[i] : "NULL";
          }
          *o += '\n';
          return 0;
        },
        &out, nullptr);
  } else {
    out = std::string("cannot open: ") + sqlite3_errmsg(db);
  }
  sqlite3_close(db);
  return out;
}

// Row counts of every ordinary table but the run and fetch logs, which
// differ between runs by design.
std::string TableCounts(const std::string& path) {
  const std::string names = Query(
      path,
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
      "type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'run%' "
      "AND name NOT LIKE 'fetch%' ORDER BY name");
  std::string counts;
  std::istringstream in(names);
  for (std::string name; std::getline(in, name);) {
    counts += name + " " + Query(path, "SELECT count(*) FROM \"" + name + "\"");
  }
  return counts;
}

std::string Ingest(const std::string& db, const std::string& docs,
                   std::vector<std::string> extra = {}) {
  std::vector<std::string> argv = {WHOSAID_BINARY, "ingest", "--db", db};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.push_back(docs);
  auto r = testutil::RunCommand(argv);
  EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
  return r.err;
}

TEST(Crash, KilledIngestsResumeToWhatOneCleanRunStores) {
  testutil::TempDir dir;
  const std::string docs = WriteDocuments(dir, kDocuments);
  const std::string clean = dir.File("clean.db");
  const std::string crashed = dir.File("crashed.db");

  const auto t0 = std::chrono::steady_clock::now();
  Ingest(clean, docs, {"--quiet"});
  const double clean_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(Query(clean, "SELECT count(*) FROM documents"),
            std::to_string(kDocuments) + "\n");

  // Each kill lands at a random moment within the first tenth of a clean
  // run's duration after the start, so that the twenty runs, each resuming
  // where the last was killed, spread their kills over the whole ingest
  // (start-up, migration and lock included) and most are killed mid-way.
  std::mt19937 rng(20261128);
  std::uniform_real_distribution<double> delay(0.0, clean_seconds / 10);
  int killed = 0;
  for (int i = 0; i < kKills; ++i) {
    const pid_t pid = Spawn({WHOSAID_BINARY, "ingest", "--quiet", "--db", crashed, docs},
                            dir.File("crash.log"));
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
      ++killed;
    } else {
      ASSERT_EQ(WEXITSTATUS(status), 0) << "run " << i << " failed";
    }
  }
  EXPECT_GE(killed, kKills / 2) << "most runs should have been killed mid-way";

  // The run after the crashes finishes what is left and, when the last run
  // to take the lock died holding it, says so.
  std::string lock_record;
  std::getline(std::ifstream(crashed + ".lock"), lock_record);
  const std::string err = Ingest(crashed, docs);
  if (!lock_record.empty()) {
    EXPECT_NE(err.find("did not finish"), std::string::npos)
        << "lock record: " << lock_record << "\n" << err.substr(0, 2000);
  }

  EXPECT_EQ(Query(crashed, "PRAGMA integrity_check"), "ok\n");
  EXPECT_EQ(Query(crashed, "PRAGMA foreign_key_check"), "");
  EXPECT_EQ(TableCounts(crashed), TableCounts(clean));
  const char* kSame[] = {
      "SELECT doc_key, content_hash FROM documents ORDER BY doc_key",
      "SELECT text FROM quotes ORDER BY text",
  };
  for (const char* sql : kSame) {
    EXPECT_TRUE(Query(crashed, sql) == Query(clean, sql)) << sql;
  }
  // Every killed run that got as far as recording itself is now marked.
  EXPECT_EQ(Query(crashed, "SELECT count(*) FROM runs WHERE status = 'running'"), "0\n");

  // A further run changes nothing.
  const std::string report = dir.File("again.json");
  Ingest(crashed, docs, {"--report", report});
  std::ifstream in(report);
  nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(j["totals"]["new"], 0);
  EXPECT_EQ(j["totals"]["updated"], 0);
  EXPECT_EQ(j["totals"]["failed"], 0);
  EXPECT_EQ(j["totals"]["unchanged"], kDocuments);
  EXPECT_EQ(TableCounts(crashed), TableCounts(clean));
  std::printf("crash test: %d documents, clean run %.2f s, %d of %d runs killed\n",
              kDocuments, clean_seconds, killed, kKills);
}

}  // namespace
}  // namespace whosaid
