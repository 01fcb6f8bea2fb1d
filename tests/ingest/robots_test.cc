#include "ingest/robots.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(RobotsPatternMatches, Table) {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  };
  const Case cases[] = {
      {"/", "/anything", true},
      {"/private", "/private/x", true},
      {"/private", "/privateer", true},
      {"/private/", "/private", false},
      {"/*.pdf$", "/a/b.pdf", true},
      {"/*.pdf$", "/a/b.pdf?x=1", false},
      {"/*.pdf", "/a/b.pdf?x=1", true},
      {"/a*b*c", "/aXXbYYc/z", true},
      {"/a*b*c", "/aXXbYY", false},
      {"/exact$", "/exact", true},
      {"/exact$", "/exactly", false},
      {"*", "/x", true},
      {"/fish*", "/fish", true},
      {"/fish*.php", "/fishheads/catfish.php?parameters", true},
      {"/fish*.php", "/Fish.PHP", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RobotsPatternMatches(c.pattern, c.path), c.match)
        << c.pattern << " vs " << c.path;
  }
}

TEST(RobotsRules, GroupsAndLongestMatch) {
  const char* body =
      "# comment\n"
      "User-agent: *\n"
      "Disallow: /private/\n"
      "Allow: /private/open$\n"
      "Crawl-delay: 2.5\n"
      "\n"
      "User-agent: WhoSaid\n"
      "User-agent: otherbot\n"
      "Disallow: /nowhosaid\n"
      "Allow: /nowhosaid/ok\n"
      "Crawl-delay: 0.2\n"
      "\n"
      "User-agent: whosaid\n"
      "Disallow: /merged\n";
  RobotsRules star = RobotsRules::Parse(body, "somebot");
  EXPECT_FALSE(star.IsAllowed("/private/x"));
  EXPECT_TRUE(star.IsAllowed("/private/open"));
  EXPECT_FALSE(star.IsAllowed("/private/open/more"));
  EXPECT_TRUE(star.IsAllowed("/nowhosaid"));
  ASSERT_TRUE(star.crawl_delay_ms().has_value());
  EXPECT_EQ(*star.crawl_delay_ms(), 2500);

  RobotsRules ours = RobotsRules::Parse(body, "whosaid");
  EXPECT_TRUE(ours.IsAllowed("/private/x"));  // our group replaces "*"
  EXPECT_FALSE(ours.IsAllowed("/nowhosaid/x"));
  EXPECT_TRUE(ours.IsAllowed("/nowhosaid/ok/1"));
  EXPECT_FALSE(ours.IsAllowed("/merged/1"));  // same agent's groups merge
  EXPECT_EQ(*ours.crawl_delay_ms(), 200);
}

TEST(RobotsRules, EdgeCases) {
  EXPECT_TRUE(RobotsRules().IsAllowed("/x"));
  RobotsRules none = RobotsRules::DisallowAll();
  EXPECT_FALSE(none.IsAllowed("/x"));
  EXPECT_TRUE(none.IsAllowed("/robots.txt"));
  // Empty Disallow allows everything; tie goes to Allow.
  RobotsRules empty = RobotsRules::Parse("User-agent: *\nDisallow:\n", "whosaid");
  EXPECT_TRUE(empty.IsAllowed("/x"));
  RobotsRules tie =
      RobotsRules::Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "whosaid");
  EXPECT_TRUE(tie.IsAllowed("/page"));
  // Garbage, CRLF and rules before any group are survived.
  RobotsRules junk = RobotsRules::Parse(
      "Disallow: /before\r\n\x01\x02 garbage\r\nUser-agent: *\r\nDisallow: /x\r\n"
      "Crawl-delay: soon\r\n",
      "whosaid");
  EXPECT_TRUE(junk.IsAllowed("/before"));
  EXPECT_FALSE(junk.IsAllowed("/x/y"));
  EXPECT_FALSE(junk.crawl_delay_ms().has_value());
  // No group for us and no "*": everything allowed.
  EXPECT_TRUE(RobotsRules::Parse("User-agent: other\nDisallow: /\n", "whosaid").IsAllowed("/a"));
}

}  // namespace
}  // namespace whosaid::ingest
