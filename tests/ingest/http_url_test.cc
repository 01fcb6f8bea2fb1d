#include "ingest/http_url.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParseHttpUrl, SplitsOriginAndPath) {
  auto u = ParseHttpUrl("HTTPS://Example.ORG/a/b.html?x=1#frag");
  ASSERT_TRUE(u.ok()) << u.status();
  EXPECT_EQ(u->scheme, "https");
  EXPECT_EQ(u->host, "example.org");
  EXPECT_EQ(u->port, 443);
  EXPECT_EQ(u->origin, "https://example.org:443");
  EXPECT_EQ(u->path_and_query, "/a/b.html?x=1");
  EXPECT_EQ(u->url.find('#'), std::string::npos);
  auto bare = ParseHttpUrl("http://127.0.0.1:8080");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->path_and_query, "/");
  EXPECT_EQ(bare->port, 8080);
}

TEST(ParseHttpUrl, RefusesOtherSchemesAndJunk) {
  EXPECT_EQ(ParseHttpUrl("file:///etc/passwd").status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_EQ(ParseHttpUrl("ftp://example.org/x").status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_EQ(ParseHttpUrl("gopher://example.org/").status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_FALSE(ParseHttpUrl("not a url").ok());
  EXPECT_FALSE(ParseHttpUrl("").ok());
}

TEST(ResolveUrl, Table) {
  const char* base = "http://example.org/news/feed.xml";
  EXPECT_EQ(ResolveUrl(base, "item.html").value_or(""), "http://example.org/news/item.html");
  EXPECT_EQ(ResolveUrl(base, "/a").value_or(""), "http://example.org/a");
  EXPECT_EQ(ResolveUrl(base, "../b#c").value_or(""), "http://example.org/b");
  EXPECT_EQ(ResolveUrl(base, "//other.org/x").value_or(""), "http://other.org/x");
  EXPECT_EQ(ResolveUrl(base, "https://x.org/y").value_or(""), "https://x.org/y");
}

}  // namespace
}  // namespace whosaid::ingest
