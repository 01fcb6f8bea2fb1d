// Hostile query strings and damaged files: clear errors, never a crash.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Analysis;
using testing::Doc;
using testing::MakeQuote;

std::unique_ptr<Store> Filled(const testutil::TempDir& dir) {
  auto store = OpenSqliteStore(dir.File("w.db"));
  EXPECT_TRUE(store.ok()) << store.status();
  for (int i = 0; i < 50; ++i) {
    const std::string id = "d" + std::to_string(i);
    const std::string text = testing::WireStory() + " Item " + id + ".";
    auto put = (*store)->Put(
        Doc(id, "2025-11-01", text, "Source " + std::to_string(i % 3)),
        Analysis(text, {MakeQuote("Quote number " + id + " on tariffs", "Ann Lee")}));
    EXPECT_TRUE(put.ok()) << put.status();
  }
  return std::move(*store);
}

TEST(BadInput, HostileStringsAreOnlyParameters) {
  testutil::TempDir dir;
  auto store = Filled(dir);
  ASSERT_NE(store, nullptr);
  const std::string big(1 << 20, 'x');
  const std::vector<std::string> hostile = {
      "x' OR 1=1; DROP TABLE quotes; --", "\"; DELETE FROM documents; --",
      "%", "_", "Robert'); DROP TABLE actors;--", big, std::string("a\0b", 3)};
  for (const std::string& h : hostile) {
    Query q;
    q.actor = h;
    q.topic = h;
    q.source = h;
    q.kind = h;
    const bool too_long = 4 * h.size() > kMaxQueryBytes;
    for (auto result : {store->Quotes(q).status(), store->Claims(q).status(),
                        store->Actors(q).status(), store->Sources(q).status(),
                        store->Stats(q).status(), store->CoverageFor(q).status()}) {
      // Past the query cap (README, "Limits") the query is refused whole.
      if (too_long) {
        EXPECT_EQ(result.code(), absl::StatusCode::kInvalidArgument) << result;
      } else {
        EXPECT_TRUE(result.ok()) << result;
      }
    }
    if (!too_long) {
      EXPECT_TRUE(store->Quotes(q)->empty());
    }
  }
  auto all = store->Quotes({});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 50u);
}

TEST(BadInput, FullTextSyntaxErrorsAreInvalidArgument) {
  testutil::TempDir dir;
  auto store = Filled(dir);
  for (const std::string& match :
       {std::string("\"unbalanced AND ("), std::string("AND"), std::string("NEAR("),
        std::string("tariffs OR"), std::string("col:thing"),
        std::string("x' OR 1=1 --")}) {
    Query q;
    q.text_match = match;
    auto quotes = store->Quotes(q);
    EXPECT_EQ(quotes.status().code(), absl::StatusCode::kInvalidArgument) << match;
    EXPECT_NE(quotes.status().message().find("full-text"), std::string::npos);
    EXPECT_EQ(store->Claims(q).status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(store->Search(q).status().code(), absl::StatusCode::kInvalidArgument);
  }
  // A 1 MB full-text query is answered (or refused) without crashing, and
  // the error message does not echo all of it.
  Query big;
  big.text_match = std::string(1 << 20, 'y');
  auto r = store->Quotes(big);
  if (!r.ok()) {
    EXPECT_LT(r.status().message().size(), 1000u);
  }
  big.text_match = "tariffs";
  EXPECT_EQ(store->Quotes(big)->size(), 50u);
}

TEST(BadInput, MalformedDatesAndSortsAreInvalidArgument) {
  testutil::TempDir dir;
  auto store = Filled(dir);
  Query q;
  q.since = "last tuesday";
  EXPECT_EQ(store->Quotes(q).status().code(), absl::StatusCode::kInvalidArgument);
  q.since.clear();
  q.sort = "id; DROP TABLE quotes";
  EXPECT_EQ(store->Quotes(q).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store->Claims(q).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store->Actors(q).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(BadInput, RandomBytesFileIsAClearError) {
  testutil::TempDir dir;
  std::mt19937 rng(7);
  std::string bytes(64 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  const std::string path = dir.Write("random.db", bytes);
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("random.db"), std::string::npos);
}

TEST(BadInput, ForeignSqliteDatabaseIsRefused) {
  testutil::TempDir dir;
  const std::string path = dir.File("other.db");
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE recipes (name TEXT)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto store = OpenSqliteStore(path);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("not a whosaid store"), std::string::npos);
}

TEST(BadInput, TruncatedStoreFailsCleanly) {
  testutil::TempDir dir;
  {
    auto store = Filled(dir);
  }
  // Fold the WAL into the main file, then cut the file in half.
  sqlite3* db = nullptr;
  sqlite3_open(dir.File("w.db").c_str(), &db);
  sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE",
               nullptr, nullptr, nullptr);
  sqlite3_close(db);
  const auto size = std::filesystem::file_size(dir.File("w.db"));
  std::filesystem::resize_file(dir.File("w.db"), size / 2);
  auto store = OpenSqliteStore(dir.File("w.db"));
  if (!store.ok()) {
    EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition)
        << store.status();
    return;
  }
  // Opening may succeed (the header is intact); queries then fail cleanly.
  bool any_error = false;
  for (auto s : {(*store)->Quotes({}).status(), (*store)->Stats({}).status(),
                 (*store)->Actors({}).status()}) {
    if (!s.ok()) {
      any_error = true;
      EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
    }
  }
  EXPECT_TRUE(any_error);
}

}  // namespace
}  // namespace whosaid::store
