// The Markdown digest: a golden file over the fixed store, and the escaping
// of web text.

#include "cli/digest_markdown.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/cli/digest_fixture.h"
#include "tests/cli/golden.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::cli {
namespace {

std::string Render(const Digest& d) {
  std::ostringstream out;
  WriteDigestMarkdown(out, d);
  return out.str();
}

TEST(DigestMarkdown, MatchesGoldenOnFixedStore) {
  testutil::TempDir dir;
  auto store = testing::BuildFixtureStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok()) << store.status();
  auto digest = BuildDigest(**store, testing::FixtureOptions());
  ASSERT_TRUE(digest.ok()) << digest.status();
  testutil::ExpectMatchesGolden(Render(*digest), "digest/fixed.md");
}

TEST(DigestMarkdown, FilteredByTopicMatchesGolden) {
  testutil::TempDir dir;
  auto store = testing::BuildFixtureStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok()) << store.status();
  DigestOptions options = testing::FixtureOptions();
  options.topic = "purchases";
  auto digest = BuildDigest(**store, options);
  ASSERT_TRUE(digest.ok()) << digest.status();
  testutil::ExpectMatchesGolden(Render(*digest), "digest/topic-purchases.md");
}

TEST(DigestMarkdown, HostileTextRendersLiterally) {
  Digest d;
  DigestActor a;
  a.name = "Ivo *Brandt*";
  a.quotes.push_back({.text = "<script>x</script> [a](javascript:y)\n# head",
                      .kind = "direct",
                      .source = "S",
                      .url = "javascript:alert(1)"});
  d.actors.push_back(a);
  d.sources.push_back({"S", {{"t](javascript:z)", "https://e.example/a(b)<c>", "", ""}}});
  const std::string md = Render(d);
  EXPECT_NE(md.find("Ivo \\*Brandt\\*"), std::string::npos) << md;
  EXPECT_NE(md.find("\\<script\\>x\\</script\\> \\[a\\](javascript:y) \\# head"),
            std::string::npos) << md;
  EXPECT_EQ(md.find("](javascript:alert"), std::string::npos) << md;
  EXPECT_NE(md.find("S (javascript:alert(1))"), std::string::npos) << md;
  EXPECT_NE(md.find("[t\\](javascript:z)](https://e.example/a%28b%29%3Cc%3E)"),
            std::string::npos) << md;
}

TEST(DigestMarkdown, SaysWhenNothingIsConfiguredOrNew) {
  const std::string md = Render(Digest{});
  EXPECT_NE(md.find("Nothing new in this period."), std::string::npos);
  EXPECT_NE(md.find("No sources are configured"), std::string::npos);
  EXPECT_NE(md.find("No documents in this period."), std::string::npos);
}

}  // namespace
}  // namespace whosaid::cli
