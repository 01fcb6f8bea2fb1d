#include "ingest/url_resolver.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ResolveLink, Table) {
  struct Case {
    const char* base;
    const char* ref;
    const char* want;
  } cases[] = {
      {"http://example.com/feed/rss.xml", "/a/1", "http://example.com/a/1"},
      {"http://example.com/feed/rss.xml", "b.html", "http://example.com/feed/b.html"},
      {"http://example.com/x/", "../y", "http://example.com/y"},
      {"http://example.com/", "https://other.org/p?q=1", "https://other.org/p?q=1"},
      {"http://example.com/", "//cdn.example.com/z", "http://cdn.example.com/z"},
      {"", "/relative", "/relative"},
      {"not a url", "rel", "rel"},
      {"http://example.com/", "  http://example.com/trim  ", "http://example.com/trim"},
      {"http://example.com/", "mailto:a@example.com", "mailto:a@example.com"},
      {"http://example.com/", "tag:example.com,2004:1", "tag:example.com,2004:1"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ResolveLink(c.base, c.ref), c.want) << c.base << " + " << c.ref;
  }
}

}  // namespace
}  // namespace whosaid::ingest
