// The JSON digest: a golden file over the fixed store, and its shape.

#include "cli/digest_json.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/cli/digest_fixture.h"
#include "tests/cli/golden.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::cli {
namespace {

TEST(DigestJson, MatchesGoldenOnFixedStore) {
  testutil::TempDir dir;
  auto store = testing::BuildFixtureStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok()) << store.status();
  auto digest = BuildDigest(**store, testing::FixtureOptions());
  ASSERT_TRUE(digest.ok()) << digest.status();
  std::ostringstream out;
  WriteDigestJson(out, *digest);
  testutil::ExpectMatchesGolden(out.str(), "digest/fixed.json");

  const nlohmann::json j = nlohmann::json::parse(out.str());
  for (const char* field : {"period", "filters", "totals", "sources", "actors",
                            "moved", "charts", "coverage"}) {
    EXPECT_TRUE(j.contains(field)) << field;
  }
  EXPECT_EQ(j["period"]["since"], "2025-11-03");
  EXPECT_TRUE(j["filters"]["topic"].is_null());
}

TEST(DigestJson, KeepsHostileTextAsDataAndRepairsBadUtf8) {
  Digest d;
  d.sources.push_back({"S\xff", {{testing::kHostileQuote, "javascript:x", "", ""}}});
  const nlohmann::json j = nlohmann::json::parse([&] {
    std::ostringstream out;
    WriteDigestJson(out, d);
    return out.str();
  }());
  EXPECT_EQ(j["sources"][0]["name"], "S\xEF\xBF\xBD");
  EXPECT_EQ(j["sources"][0]["documents"][0]["title"], testing::kHostileQuote);
  EXPECT_EQ(j["sources"][0]["documents"][0]["url"], "javascript:x");
}

}  // namespace
}  // namespace whosaid::cli
