#include "ingest/xml_load.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::ingest {
namespace {

TEST(LoadXml, GoodAndBadInputs) {
  const struct {
    std::string bytes;
    size_t max_bytes;
    absl::StatusCode code;
    const char* message;  // a part of the message; "" for OK
    const char* root;     // the root element's name on success
  } kCases[] = {
      {"<rss><channel/></rss>", 100, absl::StatusCode::kOk, "", "rss"},
      {"<?xml version='1.0' encoding='ISO-8859-1'?><t>caf\xE9</t>", 100,
       absl::StatusCode::kOk, "", "t"},
      {"<!-- just a comment -->", 100, absl::StatusCode::kInvalidArgument,
       "No document element", ""},
      {"", 100, absl::StatusCode::kInvalidArgument,
       "feed is not well-formed XML at byte 0: No document element", ""},
      {"<rss><channel></rss>", 100, absl::StatusCode::kInvalidArgument,
       "feed is not well-formed XML at byte ", ""},
      {"<rss/>", 5, absl::StatusCode::kResourceExhausted,
       "feed is 6 bytes, over the limit of 5; skipped", ""},
  };
  for (const auto& c : kCases) {
    pugi::xml_document doc;
    const absl::Status s = LoadXml(c.bytes, "feed", c.max_bytes, doc);
    EXPECT_EQ(s.code(), c.code) << c.bytes << ": " << s;
    EXPECT_NE(std::string(s.message()).find(c.message), std::string::npos)
        << s;
    if (s.ok()) {
      EXPECT_EQ(std::string(doc.document_element().name()), c.root) << c.bytes;
    }
  }
}

TEST(LoadXml, DecodesTheDeclaredCharset) {
  pugi::xml_document doc;
  ASSERT_TRUE(LoadXml("<?xml version='1.0' encoding='ISO-8859-1'?><t>caf\xE9</t>",
                      "feed", 100, doc)
                  .ok());
  EXPECT_EQ(std::string(doc.document_element().child_value()), "caf\xC3\xA9");
}

// Entities a DOCTYPE declares are never expanded ("billion laughs").
TEST(LoadXml, LeavesDoctypeEntitiesUnexpanded) {
  const std::string bomb =
      "<?xml version='1.0'?><!DOCTYPE t [<!ENTITY a 'aaaaaaaaaa'>"
      "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><t>&b;</t>";
  pugi::xml_document doc;
  const absl::Status s = LoadXml(bomb, "sitemap", 1000, doc);
  if (s.ok()) {
    EXPECT_EQ(std::string(doc.document_element().child_value()).find("aaa"),
              std::string::npos);
  } else {
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(std::string(s.message()).find("sitemap is not well-formed"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace whosaid::ingest
