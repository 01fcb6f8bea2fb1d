// The run log: runs and per-source stats written and read back from a real
// SQLite file, interrupted runs, source health, and the cheap unchanged
// check re-runs rely on.

#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Doc;

std::unique_ptr<Store> Open(const testutil::TempDir& dir) {
  auto store = OpenSqliteStore(dir.File("w.db"));
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

RunSourceStats Stats(const std::string& source, int64_t added, int64_t unchanged,
                     int64_t failed, std::vector<std::string> failures = {}) {
  RunSourceStats s;
  s.source = source;
  s.fetched = added + unchanged + failed;
  s.added = added;
  s.unchanged = unchanged;
  s.failed = failed;
  s.failures = std::move(failures);
  return s;
}

// Records one finished run started at `at` with the given sources.
void Record(Store& store, int64_t at, std::vector<RunSourceStats> sources,
            int64_t expected = 0) {
  RunRecord run;
  run.command = "ingest";
  run.pid = 42;
  run.started_at = at;
  auto id = store.BeginRun(run);
  ASSERT_TRUE(id.ok()) << id.status();
  run.id = *id;
  run.finished_at = at + 10;
  run.status = "ok";
  run.seconds = 10;
  run.sources = std::move(sources);
  ASSERT_TRUE(store.FinishRun(run, expected).ok());
}

TEST(RunLog, RunsAreWrittenAndReadBackNewestFirst) {
  testutil::TempDir dir;
  auto store = Open(dir);
  Record(*store, 1000, {Stats("a", 2, 1, 0), Stats("b", 0, 0, 1, {"x: gone"})});
  Record(*store, 2000, {Stats("a", 0, 3, 0)});
  auto runs = store->Runs(0);
  ASSERT_TRUE(runs.ok()) << runs.status();
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].started_at, 2000);
  EXPECT_EQ((*runs)[1].status, "ok");
  ASSERT_EQ((*runs)[1].sources.size(), 2u);
  EXPECT_EQ((*runs)[1].sources[0].source, "a");
  EXPECT_EQ((*runs)[1].sources[0].added, 2);
  EXPECT_EQ((*runs)[1].sources[1].failed, 1);
  auto one = store->Runs(1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->size(), 1u);
}

TEST(RunLog, RunsLeftRunningAreMarkedInterrupted) {
  testutil::TempDir dir;
  {
    auto store = Open(dir);
    RunRecord run;
    run.command = "ingest";
    run.started_at = 1000;
    ASSERT_TRUE(store->BeginRun(run).ok());  // and never finished: "killed"
  }
  auto store = Open(dir);
  auto marked = store->MarkInterruptedRuns();
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(*marked, 1);
  auto runs = store->Runs(0);
  ASSERT_TRUE(runs.ok());
  EXPECT_EQ((*runs)[0].status, "interrupted");
  EXPECT_EQ(*store->MarkInterruptedRuns(), 0);
}

TEST(RunLog, FinishingAnUnknownRunIsNotFound) {
  testutil::TempDir dir;
  auto store = Open(dir);
  RunRecord run;
  run.id = 99;
  EXPECT_EQ(store->FinishRun(run, 0).code(), absl::StatusCode::kNotFound);
}

TEST(RunLog, SourceHealthCountsFailuresSuccessAndArrivals) {
  testutil::TempDir dir;
  auto store = Open(dir);
  const int64_t day = 86400;
  // "steady" brings news every day; "broken" worked once, then failed twice;
  // "partial" had one bad item among good ones, which is not a failure.
  for (int i = 0; i < 6; ++i) {
    std::vector<RunSourceStats> sources = {Stats("steady", 1, 0, 0)};
    if (i == 0) sources.push_back(Stats("broken", 1, 0, 0));
    if (i >= 4) sources.push_back(Stats("broken", 0, 0, 1, {"feed: HTTP 503"}));
    if (i == 5) sources.push_back(Stats("partial", 2, 0, 1, {"p: bad"}));
    Record(*store, i * day, sources, i == 5 ? 7 * day : 0);
  }
  auto health = store->SourceHealth();
  ASSERT_TRUE(health.ok()) << health.status();
  ASSERT_EQ(health->size(), 3u);
  const SourceHealthRow& broken = (*health)[0];
  EXPECT_EQ(broken.source, "broken");
  EXPECT_EQ(broken.runs, 3);
  EXPECT_EQ(broken.consecutive_failures, 2);
  EXPECT_EQ(broken.last_success_at, 0);
  EXPECT_EQ(broken.last_new_at, 0);
  EXPECT_EQ(broken.last_error, "feed: HTTP 503");
  EXPECT_EQ(broken.expected_interval_seconds, 7 * day);
  const SourceHealthRow& partial = (*health)[1];
  EXPECT_EQ(partial.consecutive_failures, 0);
  EXPECT_EQ(partial.last_success_at, 5 * day);
  const SourceHealthRow& steady = (*health)[2];
  EXPECT_EQ(steady.documents, 6);
  EXPECT_EQ(steady.last_new_at, 5 * day);
  EXPECT_EQ(steady.first_seen_at, 0);
  EXPECT_EQ(steady.typical_gap_seconds, day);
}

TEST(RunLog, HasUnchangedSeesStoredContentOnly) {
  testutil::TempDir dir;
  auto store = Open(dir);
  nlp::Document doc = Doc("d1", "2025-10-30T09:00:00Z", "Tariffs stayed.");
  EXPECT_FALSE(*store->HasUnchanged(doc));
  nlp::Analysis analysis;
  analysis.text = doc.text;
  ASSERT_TRUE(store->Put(doc, analysis).ok());
  EXPECT_TRUE(*store->HasUnchanged(doc));
  doc.text = "Tariffs rose.";
  EXPECT_FALSE(*store->HasUnchanged(doc));
}

TEST(RunLog, TablesSurviveReopening) {
  testutil::TempDir dir;
  Record(*Open(dir), 1000, {Stats("a", 1, 0, 0)});
  auto runs = Open(dir)->Runs(0);
  ASSERT_TRUE(runs.ok());
  EXPECT_EQ(runs->size(), 1u);
}

}  // namespace
}  // namespace whosaid::store
