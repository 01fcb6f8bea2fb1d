#include "ingest/sources.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParseSources, ReadsFetchTableAndSources) {
  const char* text = R"(
[fetch]
user_agent = "whosaid/0.1"
contact = "https://example.org/crawler"
per_host_delay_ms = 2500
max_attempts = 2
obey_robots = false

[[source]]
name = "ote-press"
kind = "account"
url = "https://example.gov/press/rss.xml"
owner = "Office of Trade"
language = "en"
min_interval = "6h"
max_items = 20

[[source]]
name = "daily"
url = "https://news.example.com/feed"
)";
  auto config = ParseSources(text, "sources.toml");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->fetch.user_agent, "whosaid/0.1 (+https://example.org/crawler)");
  EXPECT_EQ(config->fetch.per_host_delay_ms, 2500);
  EXPECT_EQ(config->fetch.retry.max_attempts, 2);
  EXPECT_FALSE(config->fetch.obey_robots);
  ASSERT_EQ(config->sources.size(), 2u);
  const Source& a = config->sources[0];
  EXPECT_EQ(a.kind, SourceKind::kAccount);
  EXPECT_EQ(a.owner, "Office of Trade");
  EXPECT_EQ(a.document_kind, nlp::DocumentKind::kOfficial);
  EXPECT_EQ(a.min_interval_seconds, 6 * 3600);
  EXPECT_EQ(a.max_items, 20);
  const Source& b = config->sources[1];
  EXPECT_EQ(b.kind, SourceKind::kFeed);
  EXPECT_EQ(b.document_kind, nlp::DocumentKind::kNews);
  EXPECT_EQ(b.min_interval_seconds, 0);
}

TEST(ParseSources, ReportsEveryProblemWithLines) {
  const char* text = R"([fetch]
user_agent = "whosaid/0.1"

[[source]]
name = "a"
kind = "podcast"
url = "file:///etc/passwd"

[[source]]
name = "a"
url = "https://example.org/"
min_interval = "soon"
)";
  auto config = ParseSources(text, "bad.toml");
  ASSERT_FALSE(config.ok());
  const std::string m(config.status().message());
  EXPECT_NE(m.find("contact"), std::string::npos) << m;
  EXPECT_NE(m.find("bad.toml:6: unknown kind 'podcast'"), std::string::npos) << m;
  EXPECT_NE(m.find("unsupported scheme 'file'"), std::string::npos) << m;
  EXPECT_NE(m.find("duplicate source name 'a'"), std::string::npos) << m;
  EXPECT_NE(m.find("bad.toml:12: min_interval"), std::string::npos) << m;
}

TEST(ParseSources, SyntaxErrorNamesLine) {
  auto config = ParseSources("[fetch]\ncontact = \n", "x.toml");
  ASSERT_FALSE(config.ok());
  EXPECT_NE(std::string(config.status().message()).find("x.toml:2"), std::string::npos)
      << config.status();
}

TEST(ParseSources, ExampleFileParses) {
  auto config = LoadSources(std::string(WHOSAID_SOURCE_DIR) + "/examples/sources.toml");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_GE(config->sources.size(), 5u);
  EXPECT_NE(config->fetch.user_agent.find("(+"), std::string::npos);
}

TEST(ParseInterval, Table) {
  EXPECT_EQ(ParseInterval("90"), 90);
  EXPECT_EQ(ParseInterval("90s"), 90);
  EXPECT_EQ(ParseInterval("30m"), 1800);
  EXPECT_EQ(ParseInterval("6h"), 21600);
  EXPECT_EQ(ParseInterval("1d"), 86400);
  EXPECT_FALSE(ParseInterval("").has_value());
  EXPECT_FALSE(ParseInterval("h").has_value());
  EXPECT_FALSE(ParseInterval("1w").has_value());
  EXPECT_FALSE(ParseInterval("-1h").has_value());
}

}  // namespace
}  // namespace whosaid::ingest
