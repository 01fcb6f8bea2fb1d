#include "ingest/html_entities.h"

#include <gtest/gtest.h>

#include "ingest/html_dom.h"

namespace whosaid::ingest {
namespace {

TEST(Html5Entity, LooksUpNamesCaseSensitively) {
  EXPECT_EQ(Html5Entity("rcaron"), std::make_pair(char32_t{0x159}, char32_t{0}));
  EXPECT_EQ(Html5Entity("Rcaron"), std::make_pair(char32_t{0x158}, char32_t{0}));
  EXPECT_EQ(Html5Entity("NotEqualTilde"),
            std::make_pair(char32_t{0x2242}, char32_t{0x338}));
  EXPECT_EQ(Html5Entity("eacute"), std::make_pair(char32_t{0xE9}, char32_t{0}));
  EXPECT_EQ(Html5Entity("rcaronx"), std::make_pair(char32_t{0}, char32_t{0}));
  EXPECT_EQ(Html5Entity(""), std::make_pair(char32_t{0}, char32_t{0}));
}

struct SpellCase {
  const char* html;
  const char* want;  // nullptr: left as it is
};

TEST(SpellOutHtml5Entities, OnlyReferencesLibxml2DoesNotKnow) {
  const SpellCase cases[] = {
      {"Ji&rcaron;&iacute;", "Ji&#x159;&iacute;"},
      {"Ay&scedil;eg&uuml;l &NotEqualTilde;", "Ay&#x15F;eg&uuml;l &#x2242;&#x338;"},
      {"caf&eacute; &amp; bar", nullptr},  // HTML 4: libxml2 decodes them
      {"&amp;rcaron; is the reference", nullptr},
      {"AT&T; &unknown; &rcaron &; & rcaron;", nullptr},
      {"", nullptr},
      {"&rcaron;", "&#x159;"},
  };
  for (const SpellCase& c : cases) {
    const std::optional<std::string> got = SpellOutHtml5Entities(c.html);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.html << " -> " << got.value_or("");
    } else {
      EXPECT_EQ(got.value_or("(none)"), c.want) << c.html;
    }
  }
}

TEST(SpellOutHtml5Entities, ParsedPagesDecodeThemInTextAndAttributes) {
  HtmlDocPtr doc = ParseHtml(
      "<html><head><meta name=author content='Ji&rcaron;&iacute; Hrube&scaron;'>"
      "</head><body><p>Ay&scedil;eg&uuml;l said &amp;rcaron; is "
      "&apos;fine&apos;.</p></body></html>");
  ASSERT_TRUE(doc);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  std::string text;
  std::string author;
  WalkElements(root, [&](xmlNode* n) {
    if (NodeName(n) == "p") text = NodeText(n);
    if (NodeName(n) == "meta") author = std::string(AttrView(n, "content"));
    return true;
  });
  EXPECT_EQ(text, "Ay\u015Feg\u00FCl said &rcaron; is 'fine'.");
  EXPECT_EQ(author, "Ji\u0159\u00ED Hrube\u0161");
}

// Session 15: a JSON-LD articleBody written for markup ("from&nbsp;0.90
// percent") is decoded before it becomes the text.
TEST(DecodeCharacterReferences, NamedAndNumeric) {
  EXPECT_EQ(DecodeCharacterReferences("from&nbsp;0.90 percent"),
            "from\u00A00.90 percent");
  EXPECT_EQ(DecodeCharacterReferences("Ji&rcaron;&#237; &#x2019;90s &amp; co"),
            "Ji\u0159\u00ED \u201990s & co");
  // What starts no reference stays.
  EXPECT_EQ(DecodeCharacterReferences("AT&T; R&D &#xZZ; & &nbsp"),
            "AT&T; R&D &#xZZ; & &nbsp");
  EXPECT_EQ(DecodeCharacterReferences("&#0;&#xD800;&#x110000;"),
            "\uFFFD\uFFFD\uFFFD");
}

}  // namespace
}  // namespace whosaid::ingest
