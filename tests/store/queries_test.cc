// Claims, actors, search, sources, stats, coverage and export, through the
// Store API on a small hand-made store.

#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Doc;
using testing::MakeQuote;

class Queries : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenSqliteStore(dir_.File("w.db"));
    ASSERT_TRUE(s.ok()) << s.status();
    store_ = std::move(*s);
    // Document 1: Whitlock on soybeans, with a claim and a quantity.
    {
      const std::string text =
          "Trade envoy Whitlock said China would buy $25 billion of soybeans.";
      nlp::Analysis a;
      a.text = text;
      a.actors.push_back({"Dana Whitlock", nlp::ActorKind::kPerson, "trade envoy",
                          "Office of the Trade Envoy", true, {{12, 20}}});
      a.quotes.push_back(MakeQuote("China would buy soybeans", "Dana Whitlock",
                                   nlp::QuoteKind::kIndirect, {"purchases"}));
      nlp::Claim c;
      c.holder = "Dana Whitlock";
      c.text = "China would buy $25 billion of soybeans";
      c.modality = nlp::Modality::kPlanned;
      c.topics = {"purchases"};
      c.quantities.push_back({"$25 billion", {33, 44}, nlp::QuantityKind::kMoney, 2.5e10, "USD"});
      a.claims.push_back(c);
      a.quantities = c.quantities;
      Put(Doc("one", "2025-02-10T09:00:00-05:00", text, "Courier"), a);
    }
    // Document 2: Reyes denies, about tariffs.
    {
      const std::string text = "Minister Omar Reyes denied that tariffs would rise.";
      nlp::Analysis a;
      a.text = text;
      a.actors.push_back({"Omar Reyes", nlp::ActorKind::kGovernment, "", "", false, {{9, 19}}});
      a.quotes.push_back(MakeQuote("Tariffs will not rise", "Omar Reyes",
                                   nlp::QuoteKind::kDirect, {"tariffs"}));
      nlp::Claim c;
      c.holder = "Omar Reyes";
      c.text = "tariffs would rise";
      c.modality = nlp::Modality::kDenied;
      c.negated = true;
      c.topics = {"tariffs"};
      a.claims.push_back(c);
      Put(Doc("two", "2025-03-01", text, "Gazette"), a);
    }
  }
  void Put(const nlp::Document& d, const nlp::Analysis& a) {
    auto r = store_->Put(d, a);
    ASSERT_TRUE(r.ok()) << r.status();
  }

  testutil::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(Queries, QuotesFilterByAliasTopicKindSourceAndDates) {
  const struct {
    Query query;
    size_t expected;
  } kCases[] = {
      {{.actor = "whitlock"}, 1},
      {{.actor = "DANA WHITLOCK"}, 1},
      {{.actor = "Trade"}, 0},
      {{.topic = "Purchases"}, 1},
      {{.kind = "direct"}, 1},
      {{.source = "gazette"}, 1},
      {{.since = "2025-02-11"}, 1},
      {{.until = "2025-02-10"}, 1},
      {{.since = "2025-02", .until = "2025-03-01"}, 2},
      {{.since = "2025-02-11", .until = "2025-02-28"}, 0},
      {{.text_match = "soy*"}, 1},
      {{.text_match = "tariffs OR soybeans"}, 2},
  };
  for (const auto& c : kCases) {
    auto rows = store_->Quotes(c.query);
    ASSERT_TRUE(rows.ok()) << rows.status();
    EXPECT_EQ(rows->size(), c.expected)
        << c.query.actor << c.query.topic << c.query.kind << c.query.source
        << c.query.since << c.query.until << c.query.text_match;
    for (const QuoteRow& r : *rows) {
      EXPECT_FALSE(r.url.empty());
      EXPECT_FALSE(r.published.empty());
    }
  }
}

TEST_F(Queries, ClaimsCarryQuantitiesAndModality) {
  auto rows = store_->Claims({.actor = "whitlock"});
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);
  const ClaimRow& c = (*rows)[0];
  EXPECT_EQ(c.modality, "planned");
  ASSERT_EQ(c.quantities.size(), 1u);
  EXPECT_EQ(c.quantities[0].unit, "USD");
  EXPECT_DOUBLE_EQ(c.quantities[0].value, 2.5e10);
  EXPECT_EQ(c.published, "2025-02-10T09:00:00-05:00");
  EXPECT_EQ(c.url, "https://example.org/one");

  rows = store_->Claims({.kind = "denied"});
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_TRUE((*rows)[0].negated);
  EXPECT_EQ(store_->Claims({.topic = "tariffs"})->size(), 1u);
}

TEST_F(Queries, ActorsWithAliasesRoleAndCounts) {
  auto rows = store_->Actors({.actor = "Whitlock"});
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);
  const ActorRow& a = (*rows)[0];
  EXPECT_EQ(a.name, "Dana Whitlock");
  EXPECT_EQ(a.role, "trade envoy");
  EXPECT_EQ(a.affiliation, "Office of the Trade Envoy");
  EXPECT_EQ(a.aliases, std::vector<std::string>{"Whitlock"});
  EXPECT_EQ(a.quotes, 1);
  EXPECT_EQ(a.claims, 1);
  EXPECT_EQ(a.documents, 1);
  EXPECT_EQ(a.url, "https://example.org/one");
  EXPECT_EQ(store_->Actors({.kind = "government"})->size(), 1u);
  EXPECT_EQ(store_->Actors({.text_match = "reyes"})->size(), 1u);
  EXPECT_EQ(store_->Actors({})->size(), 2u);
}

TEST_F(Queries, SearchSpansQuotesClaimsAndDocuments) {
  auto rows = store_->Search({.text_match = "soybeans"});
  ASSERT_TRUE(rows.ok()) << rows.status();
  std::set<std::string> kinds;
  for (const SearchRow& r : *rows) {
    kinds.insert(r.kind);
    EXPECT_EQ(r.url, "https://example.org/one");
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"quote", "claim", "document"}));
  EXPECT_EQ(store_->Search({.kind = "claim", .text_match = "tariffs"})->size(), 1u);
  EXPECT_EQ(store_->Search({.text_match = "tariffs", .limit = 1})->size(), 1u);
  EXPECT_EQ(store_->Search({}).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(Queries, CoverageReportsFailedAndUnfetchedSources) {
  auto none = store_->CoverageFor({});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->configured, 0);  // nothing configured, nothing to report

  ASSERT_TRUE(store_->RegisterSource({"Courier", "https://courier.example/feed", "news"}).ok());
  ASSERT_TRUE(store_->RegisterSource({"Gazette", "https://gazette.example/rss", "news"}).ok());
  ASSERT_TRUE(store_->RegisterSource({"Herald", "https://herald.example/", "news"}).ok());
  ASSERT_TRUE(store_->LogFetch({"Courier", "https://courier.example/feed",
                                "2025-02-10T06:00:00Z", "ok", 200, ""}).ok());
  ASSERT_TRUE(store_->LogFetch({"Gazette", "https://gazette.example/rss",
                                "2025-02-10T06:00:00+01:00", "failed", 503,
                                "HTTP 503"}).ok());
  EXPECT_EQ(store_->LogFetch({"Gazette", "", "yesterday", "ok", 200, ""}).code(),
            absl::StatusCode::kInvalidArgument);

  auto cov = store_->CoverageFor({.since = "2025-02-01", .until = "2025-02-28"});
  ASSERT_TRUE(cov.ok()) << cov.status();
  EXPECT_EQ(cov->configured, 3);
  ASSERT_EQ(cov->gaps.size(), 2u);
  EXPECT_EQ(cov->gaps[0].source, "Gazette");
  EXPECT_EQ(cov->gaps[0].problem, "failed");
  EXPECT_EQ(cov->gaps[0].last_error, "HTTP 503");
  EXPECT_EQ(cov->gaps[1].source, "Herald");
  EXPECT_EQ(cov->gaps[1].problem, "not fetched");

  // Outside the period nothing was fetched at all.
  cov = store_->CoverageFor({.since = "2025-03-01"});
  EXPECT_EQ(cov->gaps.size(), 3u);

  auto sources = store_->Sources({});
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 3u);
  EXPECT_EQ((*sources)[0].name, "Courier");
  EXPECT_TRUE((*sources)[0].configured);
  EXPECT_EQ((*sources)[0].documents, 1);
  EXPECT_EQ((*sources)[0].last_url, "https://example.org/one");
  EXPECT_EQ((*sources)[1].last_status, "failed");
  EXPECT_EQ((*sources)[1].failures, 1);
}

TEST_F(Queries, StatsCountByGroup) {
  auto rows = store_->Stats({.since = "2025-03-01"});
  ASSERT_TRUE(rows.ok()) << rows.status();
  std::map<std::string, int64_t> totals;
  for (const StatRow& r : *rows) {
    if (r.group == "totals") totals[r.key] = r.count;
  }
  EXPECT_EQ(totals["documents"], 1);
  EXPECT_EQ(totals["quotes"], 1);
  EXPECT_EQ(totals["claims"], 1);
}

TEST_F(Queries, ExportStreamsTypedRowsOfEachView) {
  for (ExportTable t : {ExportTable::kQuotes, ExportTable::kClaims,
                        ExportTable::kDocuments, ExportTable::kActors}) {
    std::vector<std::string> header;
    size_t rows = 0;
    absl::Status s = store_->Export(t, [&](bool is_header, const std::vector<ExportValue>& cells) {
      if (is_header) {
        for (const auto& c : cells) header.push_back(std::get<std::string>(c));
      } else {
        EXPECT_EQ(cells.size(), header.size());
        ++rows;
      }
      return true;
    });
    ASSERT_TRUE(s.ok()) << s;
    EXPECT_EQ(rows, 2u);
    if (t != ExportTable::kActors) {
      EXPECT_NE(std::find(header.begin(), header.end(), "url"), header.end());
      EXPECT_NE(std::find(header.begin(), header.end(), "published"), header.end());
    }
  }
}

}  // namespace
}  // namespace whosaid::store
