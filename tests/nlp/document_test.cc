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

// Found by tests/fuzz/iso8601_fuzzer: a leap second on the last day of year
// 9999, read with a negative offset, printed as year 10000, which the parser
// then refused. Instants outside years 0000-9999 are now refused up front.
TEST(ParseIso8601, FuzzLeapSecondIntoYear10000IsRefused) {
  for (const char* bad : {"9999-12-31T23:59:60-05:30",
                          "9999-12-31T23:00:00-05:00", "0000-01-01T01:00+05:00"}) {
    EXPECT_FALSE(ParseIso8601(bad).has_value()) << bad;
  }
  auto last = ParseIso8601("9999-12-31T23:59:59Z");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(ParseIso8601(last->ToIso8601())->utc_seconds, last->utc_seconds);
}

// Every date the parser accepts prints back as itself: days past the end of
// the month, 24:00 with minutes, and offsets of 24 hours or more used to be
// accepted and silently shifted into the next month or day.
TEST(ParseIso8601, RejectsImpossibleDaysTimesAndOffsets) {
  for (const char* bad :
       {"2025-02-29", "2025-02-31", "2025-04-31", "1900-02-29",
        "2025-10-30T24:30", "2025-10-30T09:15+24:00", "2025-10-30T09:15+05:60",
        "2025-10-30T09:15-99:99"}) {
    EXPECT_FALSE(ParseIso8601(bad).has_value()) << bad;
  }
  for (const char* good : {"2024-02-29", "2000-02-29", "2025-10-30T24:00",
                           "2025-10-30T09:15+14:00", "2025-12-31T23:59:60Z"}) {
    EXPECT_TRUE(ParseIso8601(good).has_value()) << good;
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
