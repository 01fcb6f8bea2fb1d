// Escaping helpers of the digest writers, and the chart truncation.

#include "cli/digest_text.h"

#include <gtest/gtest.h>

#include "cli/digest_svg.h"

namespace whosaid::cli {
namespace {

TEST(DigestText, OnlyHttpUrlsAreWebUrls) {
  const struct {
    const char* url;
    bool web;
  } cases[] = {
      {"https://example.org/a?b=1&c=2", true},
      {"HTTP://EXAMPLE.ORG", true},
      {"http://", true},
      {"javascript:alert(1)", false},
      {"JavaScript:alert(1)", false},
      {" https://example.org", false},
      {"https://exa mple.org", false},
      {"https://example.org/\n", false},
      {"data:text/html,<b>x</b>", false},
      {"//example.org/a", false},
      {"/home/user/a.html", false},
      {"", false},
      {"httpx://a", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsWebUrl(c.url), c.web) << c.url;
}

TEST(DigestText, HtmlEscapeCoversTextAndAttributes) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"plain", "plain"},
      {"<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
      {"a \"b\" & c", "a &quot;b&quot; &amp; c"},
      {"&amp;", "&amp;amp;"},
      {"bell\x07 tab\t nl\n", "bell  tab\t nl\n"},
      {"“curly” café", "“curly” café"},
  };
  for (const auto& c : cases) EXPECT_EQ(HtmlEscape(c.in), c.out) << c.in;
}

TEST(DigestText, MarkdownEscapeKeepsOneLiteralLine) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"plain words.", "plain words."},
      {"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
      {"[x](javascript:y)", "\\[x\\](javascript:y)"},
      {"<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"},
      {"line\n# heading", "line \\# heading"},
      {"a | b ~ c \\ d", "a \\| b \\~ c \\\\ d"},
  };
  for (const auto& c : cases) EXPECT_EQ(MarkdownEscape(c.in), c.out) << c.in;
}

TEST(DigestText, MarkdownUrlEncodesWhatEndsADestination) {
  EXPECT_EQ(MarkdownUrl("https://e.example/a b(c)<d>\\"),
            "https://e.example/a%20b%28c%29%3Cd%3E%5C");
  EXPECT_EQ(MarkdownUrl("https://e.example/?q=1&r=2"), "https://e.example/?q=1&r=2");
}

TEST(DigestText, TruncateCountsCodePoints) {
  EXPECT_EQ(Truncate("short", 18), "short");
  EXPECT_EQ(Truncate("abcdef", 3), "abc…");
  EXPECT_EQ(Truncate("éééé", 2), "éé…");
  EXPECT_EQ(Truncate("中文名字", 4), "中文名字");
  EXPECT_EQ(Truncate("", 3), "");
}

TEST(DigestText, DisplayTimeShortensIsoTimes) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"2025-11-03T14:30:00+08:00", "2025-11-03 14:30 +08:00"},
      {"2025-11-03T08:00:00Z", "2025-11-03 08:00 UTC"},
      {"2025-11-03T08:00:59.250Z", "2025-11-03 08:00:59 UTC"},
      {"2025-11-03T08:00", "2025-11-03 08:00"},
      {"2025-11-03", "2025-11-03"},
      {"2025-11-03T08:00:00 PST", "2025-11-03T08:00:00 PST"},
      {"<b>", "<b>"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(DisplayTime(c.in), c.out) << c.in;
}

TEST(DigestText, PluralAndJoin) {
  EXPECT_EQ(Plural(1, "quote", "quotes"), "1 quote");
  EXPECT_EQ(Plural(0, "quote", "quotes"), "0 quotes");
  EXPECT_EQ(JoinStrings({"a", "b", "c"}, ", "), "a, b, c");
  EXPECT_EQ(JoinStrings({}, ", "), "");
}

}  // namespace
}  // namespace whosaid::cli
