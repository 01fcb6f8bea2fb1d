// The store's fetch bookkeeping: state per URL, seen items, fetch log, on a
// real SQLite file, surviving a reopen.

#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

TEST(SqliteFetchTables, StateItemsAndLogSurviveReopen) {
  testutil::TempDir dir;
  const std::string path = dir.File("w.db");
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    auto none = (*store)->GetFetchState("https://example.org/feed");
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    ASSERT_TRUE((*store)->PutFetchState("https://example.org/feed",
                                        {"\"v1\"", "Wed, 21 Oct 2015 07:28:00 GMT", "abc", 100})
                    .ok());
    ASSERT_TRUE((*store)->PutFetchState("https://example.org/feed", {"\"v2\"", "", "def", 200})
                    .ok());
    EXPECT_FALSE(*(*store)->HasItem("https://example.org/a"));
    ASSERT_TRUE((*store)->AddItem("https://example.org/a", "news").ok());
    ASSERT_TRUE((*store)->AddItem("https://example.org/a", "news").ok());  // idempotent
    FetchLogRow row;
    row.url = "https://example.org/a";
    row.final_url = "https://example.org/b";
    row.source = "news";
    row.outcome = "failed";
    row.http_status = 503;
    row.reason = "HTTP 503 (after 4 attempts)";
    row.attempts = 4;
    row.fetched_at = 1445412480;
    row.seconds = 1.5;
    ASSERT_TRUE((*store)->RecordFetch(row).ok());
    row.outcome = "ok";
    row.reason.clear();
    ASSERT_TRUE((*store)->RecordFetch(row).ok());
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  auto state = (*store)->GetFetchState("https://example.org/feed");
  ASSERT_TRUE(state.ok() && state->has_value());
  EXPECT_EQ((*state)->etag, "\"v2\"");
  EXPECT_EQ((*state)->last_modified, "");
  EXPECT_EQ((*state)->content_hash, "def");
  EXPECT_EQ((*state)->fetched_at, 200);
  EXPECT_TRUE(*(*store)->HasItem("https://example.org/a"));
  auto log = (*store)->FetchLog(0);
  ASSERT_TRUE(log.ok()) << log.status();
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].outcome, "ok");  // newest first
  const FetchLogRow& failed = (*log)[1];
  EXPECT_EQ(failed.outcome, "failed");
  EXPECT_EQ(failed.reason, "HTTP 503 (after 4 attempts)");
  EXPECT_EQ(failed.http_status, 503);
  EXPECT_EQ(failed.attempts, 4);
  EXPECT_EQ(failed.fetched_at, 1445412480);
  EXPECT_EQ(failed.final_url, "https://example.org/b");
  EXPECT_DOUBLE_EQ(failed.seconds, 1.5);
  auto one = (*store)->FetchLog(1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->size(), 1u);
}

}  // namespace
}  // namespace whosaid::store
