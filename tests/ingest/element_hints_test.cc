#include "ingest/element_hints.h"

#include <gtest/gtest.h>

#include "ingest/html_dom.h"

namespace whosaid::ingest {
namespace {

// The first element named `name` under the root of `doc`, or null.
xmlNode* Find(xmlDoc* doc, std::string_view name) {
  xmlNode* found = nullptr;
  WalkElements(xmlDocGetRootElement(doc), [&](xmlNode* n) {
    if (!found && NodeName(n) == name) found = n;
    return !found;
  });
  return found;
}

TEST(ElementHints, TagPredicates) {
  for (const char* tag : {"script", "style", "nav", "footer", "aside", "figure",
                          "figcaption", "iframe", "dialog"}) {
    EXPECT_TRUE(IsDroppedTag(tag)) << tag;
  }
  for (const char* tag : {"p", "div", "article", "section", "header", "a"}) {
    EXPECT_FALSE(IsDroppedTag(tag)) << tag;
  }
  for (const char* tag : {"a", "span", "em", "strong", "img", "time"}) {
    EXPECT_TRUE(IsInlineTag(tag)) << tag;
  }
  for (const char* tag : {"p", "div", "li", "br", "h2", "blockquote"}) {
    EXPECT_FALSE(IsInlineTag(tag)) << tag;
  }
  for (const char* tag : {"h1", "h2", "h6"}) EXPECT_TRUE(IsHeading(tag));
  for (const char* tag : {"h", "h0", "h7", "hr", "header", "p"}) {
    EXPECT_FALSE(IsHeading(tag)) << tag;
  }
}

TEST(ElementHints, LowerHintJoinsClassIdAndRole) {
  HtmlDocPtr doc = ParseHtml(
      "<html><body><div class='Story Box' id='Main' role='Navigation'>x</div>"
      "<p>y</p><span id='only-ID'>z</span></body></html>");
  ASSERT_TRUE(doc);
  EXPECT_EQ(LowerHint(Find(doc.get(), "div")),
            "story box main role-navigation");
  EXPECT_EQ(LowerHint(Find(doc.get(), "p")), "");
  std::string buf = "left over";
  LowerHintInto(Find(doc.get(), "span"), buf);
  EXPECT_EQ(buf, " only-id");
}

TEST(ElementHints, ClassifyHintRaw) {
  const struct {
    const char* hint;
    Hint want;
  } kCases[] = {
      {"", Hint::kNone},
      {"story", Hint::kNone},
      {"head", Hint::kNone},                  // not "header", not "ad"
      {"related article-body", Hint::kNone},  // the body is protected
      {"comments", Hint::kAlways},
      {"share-tools", Hint::kAlways},
      {"top ad", Hint::kAlways},
      {"x role-navigation", Hint::kAlways},
      // Session 22: hover cards a name opens (hidden by the page's CSS).
      {"rollover-people-block", Hint::kAlways},
      {"author-tooltip", Hint::kAlways},
      {"rollover-people", Hint::kNone},  // the name itself
      {"byline", Hint::kStrong},
      {"dek", Hint::kStrong},  // the standfirst under the headline
      {"article-standfirst", Hint::kStrong},
      {"deckhand-story", Hint::kNone},  // "deck" only as a whole word
      {"widget", Hint::kStrong},
      {"article-meta", Hint::kStrong},
      {"teaser", Hint::kWeak},
      {"photo-credit-box", Hint::kStrong},
      {"card", Hint::kWeak},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ClassifyHintRaw(c.hint), c.want) << c.hint;
  }
}

TEST(ElementHints, ClassifyHintSoftensContentWords) {
  const struct {
    const char* hint;
    Hint want;
  } kCases[] = {
      {"sidebar", Hint::kAlways},
      {"content-with-sidebar", Hint::kStrong},  // kAlways softened
      {"article-meta", Hint::kWeak},            // kStrong softened
      {"teaser story", Hint::kWeak},            // kWeak stays
      {"comment-content", Hint::kAlways},       // comments are never softened
      {"disqus_thread main", Hint::kAlways},
      {"", Hint::kNone},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ClassifyHint(c.hint), c.want) << c.hint;
  }
}

TEST(ElementHints, HasAny) {
  EXPECT_TRUE(HasAny("post-comments", {"disqus", "comment"}));
  EXPECT_FALSE(HasAny("post", {"disqus", "comment"}));
  EXPECT_FALSE(HasAny("", {"a"}));
}

TEST(ElementHints, IsHidden) {
  const struct {
    const char* attrs;
    bool hidden;
  } kCases[] = {
      // The hidden attribute, whatever its value but until-found.
      {"hidden", true},
      {"hidden=''", true},
      {"hidden='hidden'", true},
      {"HIDDEN", true},  // the parser lower-cases attribute names
      {"hidden='until-found'", false},
      {"hidden=' Until-Found '", false},
      // aria-hidden: "true" in any case, trimmed.
      {"aria-hidden='true'", true},
      {"aria-hidden='TRUE'", true},
      {"aria-hidden='True'", true},
      {"aria-hidden=' true '", true},
      {"aria-hidden='\ttrue\n'", true},
      {"ARIA-HIDDEN='true'", true},
      {"aria-hidden='false'", false},
      {"aria-hidden=''", false},
      {"aria-hidden='truely'", false},
      {"aria-hidden", false},
      // Inline styles.
      {"style='display:none'", true},
      {"style='display: none'", true},
      {"style='display :none;'", true},
      {"style='DISPLAY: NONE'", true},
      {"style='Display:None'", true},
      {"style='display:\tnone\n'", true},
      {"style='display: none !important'", true},
      {"style='display:none!important'", true},
      {"style='color: red; display: none; margin: 0'", true},
      {"style='visibility:hidden'", true},
      {"style='VISIBILITY : Hidden'", true},
      {"style='visibility: collapse'", true},
      {"style='visibility: visible'", false},
      {"style='display:block; color: red'", false},
      {"style='display: inline-block'", false},
      {"style='display: nonesuch'", false},
      {"style='font-family: None Such'", false},
      {"style='content: \"display:none\"'", false},
      {"style='overflow: hidden'", false},
      {"style='--display: none'", false},
      // The IE7 "star hack": other browsers ignore the declaration and show
      // the element (yahoo-3 in the Readability pages has 20 such lists).
      {"style='*display:none'", false},
      {"style=''", false},
      {"style=';;'", false},
      {"style='display'", false},
      // Neither attribute says hidden.
      {"class='hidden'", false},  // a class is a hint, not a state
      {"data-hidden='true'", false},
      {"", false},
  };
  for (const auto& c : kCases) {
    HtmlDocPtr doc = ParseHtml(std::string("<html><body><div ") + c.attrs +
                               ">text</div></body></html>");
    ASSERT_TRUE(doc);
    xmlNode* div = Find(doc.get(), "div");
    ASSERT_TRUE(div) << c.attrs;
    EXPECT_EQ(IsHidden(div), c.hidden) << c.attrs;
  }
}

}  // namespace
}  // namespace whosaid::ingest
