#include <gtest/gtest.h>

#include <sqlite3.h>

#include <fstream>

#include "store/store.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

nlp::Document Doc(const std::string& id, const std::string& published,
                  const std::string& text) {
  nlp::Document d;
  d.id = id;
  d.url = "https://example.org/" + id;
  d.title = "Title " + id;
  d.published = nlp::ParseIso8601(published);
  d.text = text;
  return d;
}

nlp::Analysis OneQuote(const std::string& text, const std::string& speaker) {
  nlp::Analysis a;
  a.text = text;
  nlp::Quote q;
  q.text = "We will not be rushed";
  q.span = {3, 24};
  q.speaker = speaker;
  q.kind = nlp::QuoteKind::kDirect;
  q.cue = "said";
  a.quotes.push_back(q);
  a.actors.push_back({speaker, nlp::ActorKind::kPerson, "", "", false, {{30, 43}}});
  return a;
}

TEST(SqliteStore, PutThenQueryRoundTrip) {
  testutil::TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok()) << store.status();
  auto doc = Doc("a", "2025-10-30T09:15:00+08:00", "body a");
  auto put = (*store)->Put(doc, OneQuote("body a", "Dana Whitlock"));
  ASSERT_TRUE(put.ok()) << put.status();
  EXPECT_EQ(*put, PutOutcome::kNew);

  QuoteQuery q;
  q.actor = "dana whitlock";
  auto rows = (*store)->Quotes(q);
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].speaker, "Dana Whitlock");
  EXPECT_EQ((*rows)[0].url, "https://example.org/a");
  EXPECT_EQ((*rows)[0].published, "2025-10-30T09:15:00+08:00");
}

TEST(SqliteStore, SameDocumentTwiceChangesNothing) {
  testutil::TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  auto doc = Doc("a", "2025-10-30", "body");
  ASSERT_EQ(*(*store)->Put(doc, OneQuote("body", "X")), PutOutcome::kNew);
  ASSERT_EQ(*(*store)->Put(doc, OneQuote("body", "X")), PutOutcome::kUnchanged);
  doc.text = "body changed";
  ASSERT_EQ(*(*store)->Put(doc, OneQuote("body changed", "X")),
            PutOutcome::kUpdated);
  auto rows = (*store)->Quotes({});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 1u);
}

TEST(SqliteStore, DateFiltersUseUtcAndWholeDays) {
  testutil::TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  // 2025-10-30T02:00+08:00 is 2025-10-29 in UTC.
  ASSERT_TRUE((*store)->Put(Doc("a", "2025-10-30T02:00:00+08:00", "a"),
                            OneQuote("a", "X")).ok());
  ASSERT_TRUE((*store)->Put(Doc("b", "2025-10-31T12:00:00Z", "b"),
                            OneQuote("b", "X")).ok());
  QuoteQuery q;
  q.until = "2025-10-29";
  auto rows = (*store)->Quotes(q);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].document_id, "a");
  q.until.clear();
  q.since = "2025-10-30";
  rows = (*store)->Quotes(q);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].document_id, "b");
}

TEST(SqliteStore, HostileQueryStringsAreParameters) {
  testutil::TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(Doc("a", "2025-10-30", "a"), OneQuote("a", "X")).ok());
  QuoteQuery q;
  q.actor = "x' OR 1=1; DROP TABLE quotes; --";
  auto rows = (*store)->Quotes(q);
  ASSERT_TRUE(rows.ok());
  EXPECT_TRUE(rows->empty());
  q.actor.clear();
  q.text_match = "\"unbalanced AND (";
  rows = (*store)->Quotes(q);
  EXPECT_EQ(rows.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE((*store)->Quotes({}).ok());
}

TEST(SqliteStore, ChangedDocumentKeepsPreviousRevisionAsHistory) {
  testutil::TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  auto doc = Doc("a", "2025-10-30", "first body");
  auto a1 = OneQuote("first body", "X");
  ASSERT_EQ(*(*store)->Put(doc, a1), PutOutcome::kNew);
  doc.text = "second body";
  auto a2 = OneQuote("second body", "X");
  a2.quotes[0].text = "We will be patient";
  ASSERT_EQ(*(*store)->Put(doc, a2), PutOutcome::kUpdated);
  ASSERT_EQ(*(*store)->Put(doc, a2), PutOutcome::kUnchanged);

  auto rows = (*store)->Quotes({});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].text, "We will be patient");

  auto stats = (*store)->Stats({});
  ASSERT_TRUE(stats.ok());
  int64_t revisions = -1, documents = -1;
  for (const StatRow& r : *stats) {
    if (r.key == "earlier revisions") revisions = r.count;
    if (r.key == "documents") documents = r.count;
  }
  EXPECT_EQ(revisions, 1);
  EXPECT_EQ(documents, 1);

  // The retired extraction is still there, flagged as history.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("w.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT count(*), sum(current) FROM quote_occurrences",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 2);
  EXPECT_EQ(sqlite3_column_int(st, 1), 1);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(SqliteStore, ForeignFilesGiveClearErrors) {
  testutil::TempDir dir;
  const std::string junk = dir.Write("junk.db", std::string(4096, 'x'));
  auto store = OpenSqliteStore(junk);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("junk.db"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::store
