// A version-1 store (the walking skeleton's schema) migrates in place.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/schema.h"
#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

void Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
      << (err ? err : "");
}

int64_t Scalar(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
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

TEST(Migration, EmptyFileGetsTheCurrentSchema) {
  testutil::TempDir dir;
  const std::string path = dir.File("new.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), CurrentSchemaVersion());
  for (const char* view : {"quote_view", "claim_view", "document_view",
                           "actor_view", "quote_occurrence_view"}) {
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
