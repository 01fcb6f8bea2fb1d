#include "ingest/social_posts.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParsePosts, MastodonStatusesAndContext) {
  auto posts = ParsePosts(R"({"ancestors":[{"id":"1","created_at":"2026-04-02T13:10:00.000Z",
 "content":"<p>First part.</p><p>Second para.</p>","url":"https://m.example/@a/1","language":"en",
 "account":{"username":"EnvoyA","acct":"EnvoyA","display_name":"Envoy Ann"}}],
 "descendants":[{"id":"2","created_at":"2026-04-02T13:12:00Z","content":"<p>Reply</p>",
 "account":{"acct":"bob@else.example","display_name":""}},
 {"id":"3","created_at":"2026-04-02T13:13:00Z","content":"","account":{"acct":"c","display_name":"C"},
  "reblog":{"id":"9","created_at":"2026-04-01T00:00:00Z","content":"<p>Boosted</p>",
  "account":{"acct":"orig","display_name":"Original Author"}}}]})",
                          "ctx.json");
  ASSERT_TRUE(posts.ok()) << posts.status();
  ASSERT_EQ(posts->size(), 3u);
  const nlp::Document& a = (*posts)[0];
  EXPECT_EQ(a.id, "ctx.json#1");
  EXPECT_EQ(a.kind, nlp::DocumentKind::kPost);
  EXPECT_EQ(a.text, "First part.\n\nSecond para.");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Envoy Ann (@EnvoyA)"});
  EXPECT_EQ(a.account_owner, "Envoy Ann");
  EXPECT_EQ(a.published->ToUtcIso8601(), "2026-04-02T13:10:00Z");
  EXPECT_EQ(a.url, "https://m.example/@a/1");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.blocks.size(), 2u);
  EXPECT_EQ((*posts)[1].account_owner, "bob@else.example");
  EXPECT_EQ((*posts)[2].account_owner, "Original Author");
  EXPECT_EQ((*posts)[2].text, "Boosted");
}

TEST(ParsePosts, XApiV2WithIncludes) {
  auto posts = ParsePosts(R"({"data":[{"id":"11","text":"Rule published today.",
 "author_id":"7","created_at":"2026-01-15T14:05:00.000Z"}],
 "includes":{"users":[{"id":"7","name":"Bureau of Controls","username":"BoC"}]}})",
                          "x.json");
  ASSERT_TRUE(posts.ok());
  ASSERT_EQ(posts->size(), 1u);
  EXPECT_EQ((*posts)[0].authors,
            std::vector<std::string>{"Bureau of Controls (@BoC)"});
  EXPECT_EQ((*posts)[0].url, "https://x.com/BoC/status/11");
  EXPECT_EQ((*posts)[0].text, "Rule published today.");
}

TEST(ParsePosts, BlueskyViewsAndRecords) {
  auto posts = ParsePosts(R"({"feed":[{"post":{"uri":"at://did:plc:x/app.bsky.feed.post/3abc",
 "author":{"handle":"lin.example","displayName":"Lin Mei"},
 "record":{"$type":"app.bsky.feed.post","text":"Export control is common practice.",
 "createdAt":"2026-01-23T01:05:00.000Z","langs":["en"]}}}]})",
                          "bsky.json");
  ASSERT_TRUE(posts.ok());
  ASSERT_EQ(posts->size(), 1u);
  EXPECT_EQ((*posts)[0].account_owner, "Lin Mei");
  EXPECT_EQ((*posts)[0].url, "https://bsky.app/profile/lin.example/post/3abc");
  EXPECT_EQ((*posts)[0].language, "en");
}

TEST(ParsePosts, UnknownShapesAndBadJson) {
  EXPECT_EQ(ParsePosts(R"({"name":"config","values":[1,2,3]})", "c.json")
                .status()
                .code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ParsePosts("{not json", "b.json").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ParsePosts, CapsPostsAndDepth) {
  std::string json = "[";
  for (int i = 0; i < 50; ++i) {
    if (i) json += ",";
    json += R"({"id":")" + std::to_string(i) +
            R"(","text":"t","created_at":"2026-01-01T00:00:00Z"})";
  }
  json += "]";
  PostLimits limits;
  limits.max_posts = 10;
  auto posts = ParsePosts(json, "many.json", limits);
  ASSERT_TRUE(posts.ok());
  EXPECT_EQ(posts->size(), 10u);
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  EXPECT_FALSE(ParsePosts(deep, "deep.json").ok());
}

}  // namespace
}  // namespace whosaid::ingest
