#include "ingest/xml_names.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(NameResolver, CanonicalNames) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(
      R"(<rss xmlns:foo="http://purl.org/dc/elements/1.1/" xmlns:x="urn:other">
<channel><foo:date>d</foo:date><x:thing/><TITLE a:b="1" HREF="h"/></channel></rss>)"));
  NameResolver names;
  pugi::xml_node channel = doc.child("rss").child("channel");
  EXPECT_EQ(names.Element(doc.child("rss")), "rss:rss");
  EXPECT_EQ(names.Element(channel.child("foo:date")), "dc:date");
  EXPECT_EQ(names.Element(channel.child("x:thing")), "{urn:other}thing");
  EXPECT_EQ(names.Element(channel.child("TITLE")), "rss:title");
  EXPECT_EQ(names.Attr(channel.child("TITLE"), "href"), "h");
  names.AddAlias("urn:other", "atom");
  EXPECT_EQ(names.Element(channel.child("x:thing")), "atom:thing");
}

}  // namespace
}  // namespace whosaid::ingest
