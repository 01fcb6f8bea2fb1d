// Older stores migrate in place: a version-1 store (the walking skeleton's
// schema), and a version-3 store whose run log tables were created on open
// before they became schema version 4.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/schema.h"
#include "store/sqlite_run_log.h"
#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Scalar;

void Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
      << (err ? err : "");
}

// Writes what the skeleton would have written for two articles carrying
// the same quote.
void WriteV1Store(const std::string& path, const nlp::Document& doc) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  Exec(db, kSchemaV1Sql);
  Exec(db, "PRAGMA user_version = 1");
  Exec(db,
       "INSERT INTO documents (id, doc_key, source, url, title, authors, "
       "published, published_utc, language, kind, text, content_hash) VALUES "
       "(1, 'a', 'Courier', 'https://example.org/a', 'Title a', 'Ann; Bo', "
       "'2025-10-30T09:15:00+08:00', '2025-10-30T01:15:00Z', 'en', 'news', "
       "'“We will not be rushed,” Dana Whitlock said.', '0123456789abcdef'),"
       "(2, 'b', 'Gazette', 'https://example.org/b', 'Title b', '', "
       "'2025-10-31', '2025-10-31', 'en', 'wire', "
       "'Whitlock said: “We will not be rushed.”', 'fedcba9876543210')");
  Exec(db, "INSERT INTO actors (id, name, kind, known) VALUES (1, 'Dana Whitlock', 'person', 1)");
  Exec(db, "INSERT INTO mentions VALUES (1, 1, 22, 35), (2, 1, 0, 8)");
  Exec(db,
       "INSERT INTO quotes (document_id, speaker, speaker_mention, text, kind, "
       "cue, rule, topics, start, end) VALUES "
       "(1, 'Dana Whitlock', 'Dana Whitlock', 'We will not be rushed,', "
       "'direct', 'said', 'r1', 'tariffs,soybeans', 3, 25),"
       "(2, 'Dana Whitlock', 'Whitlock', 'We will not be rushed.', 'direct', "
       "'said', 'r2', 'tariffs', 18, 40)");
  sqlite3_close(db);
  (void)doc;
}

TEST(Migration, VersionOneStoreMigratesInPlace) {
  testutil::TempDir dir;
  const std::string path = dir.File("old.db");
  WriteV1Store(path, {});
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    auto rows = (*store)->Quotes({});
    ASSERT_TRUE(rows.ok()) << rows.status();
    ASSERT_EQ(rows->size(), 1u);  // both occurrences join one quote
    const QuoteRow& q = (*rows)[0];
    EXPECT_EQ(q.speaker, "Dana Whitlock");
    EXPECT_EQ(q.occurrences, 2);
    EXPECT_EQ(q.first_source, "Courier");
    EXPECT_EQ(q.published, "2025-10-30T09:15:00+08:00");

    Query by_alias;
    by_alias.actor = "WHITLOCK";
    by_alias.topic = "soybeans";
    rows = (*store)->Quotes(by_alias);
    ASSERT_TRUE(rows.ok()) << rows.status();
    EXPECT_EQ(rows->size(), 1u);
  }
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), CurrentSchemaVersion());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'v1_%'"), 0);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents"), 2);
  // The stored digest is kept so an unchanged re-ingest stays unchanged.
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM documents WHERE content_hash = '0123456789abcdef'"), 1);
  // Opening again is a no-op.
  auto again = OpenSqliteStore(path);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM quote_occurrences"), 2);
}

// A store at schema version 3, built by the migrations up to 3; with the
// run log tables and two runs when `with_run_log`.
void WriteV3Store(const std::string& path, bool with_run_log) {
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &handle), SQLITE_OK);
  Db db(handle);
  Exec(db.get(), "BEGIN");
  for (const Migration& m : Migrations()) {
    if (m.version > 3) break;
    ASSERT_TRUE(m.apply(db).ok()) << m.version;
  }
  Exec(db.get(), "PRAGMA user_version = 3; COMMIT");
  if (!with_run_log) return;
  Exec(db.get(), run_log::kTablesV4);
  Exec(db.get(),
       "INSERT INTO runs (id, command, pid, started_at, finished_at, status, "
       "exit_code, seconds, fetched, added, failed) VALUES "
       "(1, 'ingest', 7, 1000, 1010, 'ok', 0, 10, 3, 2, 1), "
       "(2, 'ingest', 8, 2000, NULL, 'running', NULL, 0, 0, 0, 0)");
  Exec(db.get(),
       "INSERT INTO run_sources (run_id, source, fetched, added, failed, seconds, "
       "expected_interval) VALUES (1, 'Courier', 2, 2, 0, 4, 86400), "
       "(1, 'Gazette', 1, 0, 1, 6, 0)");
  Exec(db.get(), "INSERT INTO run_failures VALUES (1, 'Gazette', 'https://g.example/x: 404')");
}

TEST(Migration, VersionThreeRunLogKeepsItsRows) {
  testutil::TempDir dir;
  const std::string path = dir.File("v3.db");
  WriteV3Store(path, /*with_run_log=*/true);
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    auto runs = (*store)->Runs(0);
    ASSERT_TRUE(runs.ok()) << runs.status();
    ASSERT_EQ(runs->size(), 2u);
    EXPECT_EQ((*runs)[0].status, "running");
    const RunRecord& old = (*runs)[1];
    EXPECT_EQ(old.pid, 7);
    EXPECT_EQ(old.finished_at, 1010);
    ASSERT_EQ(old.sources.size(), 2u);
    EXPECT_EQ(old.sources[0].source, "Courier");
    EXPECT_EQ(old.sources[0].added, 2);
    auto health = (*store)->SourceHealth();
    ASSERT_TRUE(health.ok()) << health.status();
    ASSERT_EQ(health->size(), 2u);
    EXPECT_EQ((*health)[0].expected_interval_seconds, 86400);
    EXPECT_EQ((*health)[1].last_error, "https://g.example/x: 404");
    // The log goes on where it was.
    auto interrupted = (*store)->MarkInterruptedRuns();
    ASSERT_TRUE(interrupted.ok());
    EXPECT_EQ(*interrupted, 1);
    RunRecord next;
    next.command = "ingest";
    next.started_at = 3000;
    auto id = (*store)->BeginRun(next);
    ASSERT_TRUE(id.ok()) << id.status();
    EXPECT_EQ(*id, 3);
  }
  EXPECT_GE(CurrentSchemaVersion(), 4);
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), CurrentSchemaVersion());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM run_history"), 3);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM run_failures"), 1);
}

TEST(Migration, VersionThreeWithoutRunLogGetsIt) {
  testutil::TempDir dir;
  const std::string path = dir.File("v3.db");
  WriteV3Store(path, /*with_run_log=*/false);
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  auto runs = (*store)->Runs(0);
  ASSERT_TRUE(runs.ok()) << runs.status();
  EXPECT_TRUE(runs->empty());
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), CurrentSchemaVersion());
}

TEST(Migration, EmptyFileGetsTheCurrentSchema) {
  testutil::TempDir dir;
  const std::string path = dir.File("new.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), CurrentSchemaVersion());
  // Version 4 and later: the run log is part of the schema.
  EXPECT_GE(CurrentSchemaVersion(), 4);
  for (const char* view : {"quote_view", "claim_view", "document_view",
                           "actor_view", "quote_occurrence_view", "runs",
                           "run_sources", "run_failures", "run_history"}) {
    EXPECT_EQ(Scalar(path, std::string("SELECT count(*) FROM ") + view), 0) << view;
  }
}

TEST(Migration, NewerStoreIsRefused) {
  testutil::TempDir dir;
  const std::string path = dir.File("future.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA user_version = 999");
  sqlite3_close(db);
  auto store = OpenSqliteStore(path);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

TEST(Migration, MigrationsAreAnOrderedList) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++);
}

}  // namespace
}  // namespace whosaid::store
