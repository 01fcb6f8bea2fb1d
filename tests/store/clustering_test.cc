// Quote clustering and near-duplicate documents, through the Store API.

#include <gtest/gtest.h>

#include <map>

#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Analysis;
using testing::Doc;
using testing::MakeQuote;

class Clustering : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenSqliteStore(dir_.File("w.db"));
    ASSERT_TRUE(s.ok()) << s.status();
    store_ = std::move(*s);
  }
  void Put(const std::string& id, const std::string& published,
           const std::string& source, std::vector<nlp::Quote> quotes,
           const std::string& text = "") {
    const std::string body = text.empty() ? "body of " + id : text;
    auto r = store_->Put(Doc(id, published, body, source),
                         Analysis(body, std::move(quotes)));
    ASSERT_TRUE(r.ok()) << r.status();
  }
  std::vector<QuoteRow> All(const std::string& sort = "oldest") {
    Query q;
    q.sort = sort;
    auto rows = store_->Quotes(q);
    EXPECT_TRUE(rows.ok()) << rows.status();
    return rows.ok() ? *rows : std::vector<QuoteRow>{};
  }

  testutil::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(Clustering, SameQuoteAcrossOutletsIsOneQuote) {
  Put("late", "2025-11-02T10:00:00Z", "Gazette",
      {MakeQuote("We will not be rushed.", "Dana Whitlock")});
  Put("early", "2025-11-01T08:00:00+02:00", "Courier",
      {MakeQuote("“We will NOT be rushed”", "dana whitlock")});
  Put("third", "2025-11-03", "Herald",
      {MakeQuote("We will not... be rushed", "Dana Whitlock")});
  auto rows = All();
  ASSERT_EQ(rows.size(), 2u);  // the ellipsis variant is its own wording
  const QuoteRow& q = rows[0];
  EXPECT_EQ(q.occurrences, 2);
  EXPECT_EQ(q.outlets, 2);
  EXPECT_EQ(q.first_source, "Courier");
  EXPECT_EQ(q.first_url, "https://example.org/early");
  EXPECT_EQ(q.first_seen, "2025-11-01T06:00:00Z");
  EXPECT_EQ(q.published, "2025-11-01T08:00:00+02:00");
}

TEST_F(Clustering, DifferentSpeakersAreDifferentQuotes) {
  Put("a", "2025-11-01", "A", {MakeQuote("A fair deal", "Dana Whitlock")});
  Put("b", "2025-11-01", "B", {MakeQuote("A fair deal", "Omar Reyes")});
  EXPECT_EQ(All().size(), 2u);
}

TEST_F(Clustering, FragmentLinksToLongerQuoteEitherOrder) {
  Put("a", "2025-11-01", "A",
      {MakeQuote("fair", "Dana Whitlock", nlp::QuoteKind::kPartial)});
  Put("b", "2025-11-02", "B",
      {MakeQuote("This is a fair, balanced deal for our farmers.", "Dana Whitlock")});
  Put("c", "2025-11-03", "C",
      {MakeQuote("balanced deal for our farmers", "Dana Whitlock",
                 nlp::QuoteKind::kPartial)});
  Put("d", "2025-11-04", "D",
      {MakeQuote("a fair, balanced deal", "Omar Reyes", nlp::QuoteKind::kPartial)});
  auto rows = All();
  ASSERT_EQ(rows.size(), 4u);
  const int64_t whole = rows[1].id;
  EXPECT_EQ(rows[0].parent_id, whole);  // arrived before the whole quote
  EXPECT_EQ(rows[1].parent_id, 0);
  EXPECT_EQ(rows[2].parent_id, whole);  // arrived after it
  EXPECT_EQ(rows[3].parent_id, 0);      // another speaker
}

// Key lengths compare in bytes: with two-byte letters a fragment's parent
// must not look shorter than it is (it did when SQLite counted characters).
TEST_F(Clustering, NonAsciiFragmentKeepsItsLongestParent) {
  Put("a", "2025-11-01", "A",
      {MakeQuote("Мы не будем торопиться с этой сделкой никогда", "Ivan Sorin")});
  Put("b", "2025-11-02", "B",
      {MakeQuote("торопиться", "Ivan Sorin", nlp::QuoteKind::kPartial)});
  Put("c", "2025-11-03", "C",
      {MakeQuote("не будем торопиться с этой сделкой", "Ivan Sorin",
                 nlp::QuoteKind::kPartial)});
  auto rows = All();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].parent_id, rows[0].id);  // not the shorter third quote
  EXPECT_EQ(rows[2].parent_id, rows[0].id);
}

TEST_F(Clustering, EllipsisFragmentMatchesInOrder) {
  Put("a", "2025-11-01", "A",
      {MakeQuote("We will protect our farmers and we will not be rushed", "Ann Lee")});
  Put("b", "2025-11-02", "B", {MakeQuote("We will protect … not be rushed", "Ann Lee")});
  auto rows = All();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].parent_id, rows[0].id);
}

TEST_F(Clustering, WireReprintIsLinkedToTheEarliestCopy) {
  const std::string story = testing::WireStory();
  const auto quote = [] {
    return std::vector<nlp::Quote>{
        MakeQuote("The delegations narrowed their differences", "Dana Whitlock")};
  };
  Put("reprint", "2025-11-02T09:00:00Z", "Daily Ledger", quote(),
      "MARLOW (Wire) — " + story + " Reporting by staff.");
  Put("wire", "2025-11-01T22:00:00Z", "Wire Service", quote(), story);
  Put("other", "2025-11-03", "Herald", quote(), "A short note.");
  auto rows = All();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].occurrences, 3);
  EXPECT_EQ(rows[0].reports, 2);  // the reprint does not count twice
  EXPECT_EQ(rows[0].first_source, "Wire Service");

  auto stats = store_->Stats({});
  ASSERT_TRUE(stats.ok());
  std::map<std::string, int64_t> counts;
  for (const StatRow& r : *stats) counts[r.key] = r.count;
  EXPECT_EQ(counts["reprints"], 1);
  EXPECT_EQ(counts["original documents"], 2);
  auto sources = store_->Sources({});
  ASSERT_TRUE(sources.ok());
  for (const SourceRow& s : *sources) {
    EXPECT_EQ(s.reprints, s.name == "Daily Ledger" ? 1 : 0) << s.name;
  }
}

TEST_F(Clustering, ExactCopyOfShortTextIsLinked) {
  Put("one", "2025-11-01", "A", {}, "Brief: talks resume Monday.");
  Put("two", "2025-11-02", "B", {}, "Brief: talks resume Monday.");
  auto stats = store_->Stats({});
  ASSERT_TRUE(stats.ok());
  std::map<std::string, int64_t> counts;
  for (const StatRow& r : *stats) counts[r.key] = r.count;
  EXPECT_EQ(counts["reprints"], 1);
}

// Past the per-key candidate cap (16): every copy in a group of 40 still
// joins the group, and a copy older than all of them becomes its root.
TEST_F(Clustering, LargeGroupOfCopiesKeepsOneRoot) {
  const std::string story = testing::WireStory();
  for (int i = 0; i < 40; ++i) {
    Put("copy" + std::to_string(i), "2025-11-05T10:" + std::to_string(10 + i) + ":00Z",
        "Outlet " + std::to_string(i), {}, story + " Copy " + std::to_string(i) + ".");
  }
  Put("wire", "2025-11-01T08:00:00Z", "Wire Service", {}, story);
  auto stats = store_->Stats({});
  ASSERT_TRUE(stats.ok());
  std::map<std::string, int64_t> counts;
  for (const StatRow& r : *stats) counts[r.key] = r.count;
  EXPECT_EQ(counts["reprints"], 40);
  EXPECT_EQ(counts["original documents"], 1);
  auto sources = store_->Sources({});
  ASSERT_TRUE(sources.ok());
  for (const SourceRow& s : *sources) {
    EXPECT_EQ(s.reprints, s.name == "Wire Service" ? 0 : 1) << s.name;
  }
}

}  // namespace
}  // namespace whosaid::store
