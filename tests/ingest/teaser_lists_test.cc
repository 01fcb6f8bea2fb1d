#include "ingest/teaser_lists.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "ingest/html_dom.h"

namespace whosaid::ingest {
namespace {

uint32_t Num(const xmlNode* n, std::string_view attr) {
  return static_cast<uint32_t>(
      std::atoi(std::string(AttrView(n, attr)).c_str()));
}

// A page measured as the test says: every element gets a NodeStats record
// (as DomPruner's measuring pass gives it) from its data-text, data-link and
// data-good attributes, 0 where absent.
struct Measured {
  explicit Measured(const std::string& body) {
    doc = ParseHtml("<html><body>" + body + "</body></html>");
    EXPECT_TRUE(doc);
    stats.resize(1);
    WalkElements(xmlDocGetRootElement(doc.get()), [this](xmlNode* n) {
      NodeStats s;
      s.text = Num(n, "data-text");
      s.link = Num(n, "data-link");
      s.good = Num(n, "data-good");
      s.node = n;
      stats.push_back(s);
      n->_private = reinterpret_cast<void*>(stats.size() - 1);
      if (AttrView(n, "id") == "n") tested = n;
      return true;
    });
    EXPECT_TRUE(tested) << "no element with id=n";
  }
  HtmlDocPtr doc;
  std::vector<NodeStats> stats;
  xmlNode* tested = nullptr;
};

TEST(TeaserLists, IsArticleList) {
  const struct {
    const char* body;
    bool list;
  } kCases[] = {
      {"<section id=n data-good=300><article data-good=100></article>"
       "<article data-good=100></article><article data-good=100></article>"
       "</section>",
       true},
      // Wrapped one level down: <ul><li><article>.
      {"<ul id=n data-good=90><li><article data-good=30></article></li>"
       "<li><article data-good=30></article></li>"
       "<li><article data-good=30></article></li></ul>",
       true},
      // One of them holds half the text: an article among short boxes.
      {"<section id=n data-good=300><article data-good=150></article>"
       "<article data-good=100></article><article data-good=50></article>"
       "</section>",
       false},
      {"<section id=n data-good=300><article data-good=100></article>"
       "<article data-good=100></article></section>",
       false},
      {"<main id=n data-good=300><article data-good=100></article>"
       "<article data-good=100></article><article data-good=100></article>"
       "</main>",
       false},
      // Deeper than a grandchild does not count.
      {"<div id=n data-good=300><div><div><article></article></div></div>"
       "<div><div><article></article></div></div>"
       "<div><div><article></article></div></div></div>",
       false},
  };
  for (const auto& c : kCases) {
    Measured m(c.body);
    ASSERT_TRUE(m.tested) << c.body;
    EXPECT_EQ(IsArticleList(m.tested, m.stats), c.list) << c.body;
  }
}

TEST(TeaserLists, IsCardList) {
  const std::string card =
      "<div class=card data-text=50 data-link=20><img src=a.jpg>"
      "<a href=/x>x</a></div>";
  const std::string no_picture =
      "<div class=card data-text=50 data-link=20><a href=/x>x</a></div>";
  const std::string no_link =
      "<div class=card data-text=50 data-link=0><img src=a.jpg></div>";
  const std::string long_card =
      "<div class=card data-text=300 data-link=20><img src=a.jpg></div>";
  const std::string other_class =
      "<div class=promo data-text=50 data-link=20><img src=a.jpg></div>";
  const struct {
    std::string body;
    bool list;
  } kCases[] = {
      {"<div id=n data-text=160>" + card + card + card + "</div>", true},
      {"<div id=n data-text=160>" + card + card + "</div>", false},
      // The cards must make up six tenths of the text.
      {"<div id=n data-text=260>" + card + card + card + "</div>", false},
      {"<div id=n data-text=160>" + card + card + no_picture + "</div>", false},
      {"<div id=n data-text=160>" + card + card + no_link + "</div>", false},
      {"<div id=n data-text=500>" + card + card + long_card + "</div>", false},
      {"<div id=n data-text=210>" + card + card + other_class + card + "</div>",
       false},
  };
  for (const auto& c : kCases) {
    Measured m(c.body);
    ASSERT_TRUE(m.tested) << c.body;
    EXPECT_EQ(IsCardList(m.tested, m.stats), c.list) << c.body;
  }
}

TEST(TeaserLists, IsEmbeddedPost) {
  const struct {
    const char* body;
    bool post;
  } kCases[] = {
      {"<blockquote id=n class='Twitter-Tweet'><p>hi</p></blockquote>", true},
      {"<blockquote id=n class=bluesky-embed>hi</blockquote>", true},
      {"<blockquote id=n>hi</blockquote>", false},
      // Wrappers holding only the post (and its script) count, three deep.
      {"<div id=n class=embed><div><div><blockquote class=instagram-media>"
       "</blockquote></div><script>s()</script></div></div>",
       true},
      {"<div id=n><div><div><div><blockquote class=tiktok-embed>"
       "</blockquote></div></div></div></div>",
       false},
      {"<div id=n><p>text</p><blockquote class=twitter-tweet></blockquote>"
       "</div>",
       false},
  };
  for (const auto& c : kCases) {
    Measured m(c.body);
    ASSERT_TRUE(m.tested) << c.body;
    EXPECT_EQ(IsEmbeddedPost(m.tested), c.post) << c.body;
  }
}

}  // namespace
}  // namespace whosaid::ingest
