// Store::Documents, the query behind the digest's per-source lists.

#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Doc;

class Documents : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenSqliteStore(dir_.File("w.db"));
    ASSERT_TRUE(s.ok()) << s.status();
    store_ = std::move(*s);
    Put(Doc("early", "2025-03-01T08:00:00Z", "Early text about farm goods.", "Courier"));
    Put(Doc("late", "2025-03-02T20:30:00+08:00", "Late text about tariffs.", "Gazette"));
    Put(Doc("next", "2025-03-03", "Next day text about licences.", "courier"));
    nlp::Document undated = Doc("undated", "", "Undated text about chips.", "Courier");
    undated.canonical_url = "https://example.org/canonical";
    Put(undated);
  }
  void Put(const nlp::Document& d) {
    nlp::Analysis a;
    a.text = d.text;
    auto r = store_->Put(d, a);
    ASSERT_TRUE(r.ok()) << r.status();
  }
  std::vector<std::string> Ids(const Query& q) {
    auto rows = store_->Documents(q);
    EXPECT_TRUE(rows.ok()) << rows.status();
    std::vector<std::string> ids;
    if (rows.ok()) {
      for (const DocumentRow& r : *rows) ids.push_back(r.document_id);
    }
    return ids;
  }

  testutil::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(Documents, FiltersByPeriodAndSourceNewestFirst) {
  struct Case {
    Query query;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {{.since = "2025-03-01", .until = "2025-03-03"}, {"next", "late", "early"}},
      {{.since = "2025-03-02"}, {"next", "late"}},
      // 20:30 at +08:00 is 12:30 UTC on the 2nd.
      {{.since = "2025-03-02T12:31Z"}, {"next"}},
      {{.until = "2025-03-01"}, {"early"}},
      {{.source = "COURIER"}, {"next", "early", "undated"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Ids(c.query), c.want) << c.query.since << " " << c.query.until;
  }
}

TEST_F(Documents, CarriesMetadataAndPrefersCanonicalUrl) {
  auto rows = store_->Documents({.source = "Courier"});
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 3u);
  auto gazette = store_->Documents({.source = "Gazette"});
  ASSERT_TRUE(gazette.ok() && gazette->size() == 1u);
  const DocumentRow late = gazette->front();
  EXPECT_EQ(late.title, "Title late");
  EXPECT_EQ(late.url, "https://example.org/late");
  EXPECT_EQ(late.published, "2025-03-02T20:30:00+08:00");
  EXPECT_EQ(late.kind, "news");
  EXPECT_EQ(rows->back().url, "https://example.org/canonical");
  EXPECT_TRUE(rows->back().published.empty());
}

TEST_F(Documents, BadDateIsInvalidArgument) {
  auto rows = store_->Documents({.since = "yesterday"});
  EXPECT_EQ(rows.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace whosaid::store
