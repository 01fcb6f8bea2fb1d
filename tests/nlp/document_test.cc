#include "nlp/document.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(ParseIso8601, KeepsTheSourceOffset) {
  struct Case {
    const char* in;
    const char* iso;
    const char* utc;
  } cases[] = {
      {"2025-10-30T09:15:00+08:00", "2025-10-30T09:15:00+08:00",
       "2025-10-30T01:15:00Z"},
      {"2025-10-30T09:15Z", "2025-10-30T09:15:00Z", "2025-10-30T09:15:00Z"},
      {"2025-10-30", "2025-10-30", "2025-10-30"},
      {"2025-02", "2025-02", "2025-02"},
      {"2025-03-01T00:30:00-05:00", "2025-03-01T00:30:00-05:00",
       "2025-03-01T05:30:00Z"},
      {"2024-12-31 23:59:59.5+0100", "2024-12-31T23:59:59+01:00",
       "2024-12-31T22:59:59Z"},
  };
  for (const Case& c : cases) {
    auto t = ParseIso8601(c.in);
    ASSERT_TRUE(t.has_value()) << c.in;
    EXPECT_EQ(t->ToIso8601(), c.iso) << c.in;
    EXPECT_EQ(t->ToUtcIso8601(), c.utc) << c.in;
  }
}

TEST(ParseIso8601, RejectsNonDates) {
  for (const char* bad : {"", "yesterday", "2025-13-01", "2025-10-32",
                          "30/10/2025", "2025-10-30T25:61"}) {
    EXPECT_FALSE(ParseIso8601(bad).has_value()) << bad;
  }
}

TEST(DocumentKind, RoundTrips) {
  for (auto k : {DocumentKind::kNews, DocumentKind::kOfficial,
                 DocumentKind::kPost, DocumentKind::kTranscript,
                 DocumentKind::kWire}) {
    EXPECT_EQ(ParseDocumentKind(DocumentKindName(k)), k);
  }
  EXPECT_FALSE(ParseDocumentKind("blog").has_value());
}

}  // namespace
}  // namespace whosaid::nlp
