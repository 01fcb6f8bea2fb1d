#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ParseDate, GoodForms) {
  struct Case {
    const char* text;
    const char* iso;  // ToIso8601 of the result
    const char* utc;  // ToUtcIso8601
  } cases[] = {
      {"2025-10-30T09:15:00+08:00", "2025-10-30T09:15:00+08:00", "2025-10-30T01:15:00Z"},
      {"2025-10-30T09:15:00.123Z", "2025-10-30T09:15:00Z", "2025-10-30T09:15:00Z"},
      {"2025-10-30", "2025-10-30", "2025-10-30"},
      {"2003-12", "2003-12", "2003-12"},
      {"20031231T101455Z", "2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"},
      {"2003-12-31T10:14:55 -08:00", "2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z"},
      {"Wed, 31 Dec 2003 10:14:55 +0800", "2003-12-31T10:14:55+08:00", "2003-12-31T02:14:55Z"},
      {"Wed, 31 Dec 2003 10:14:55 GMT", "2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"},
      {"31 Dec 03 10:14 EST", "2003-12-31T10:14:00-05:00", "2003-12-31T15:14:00Z"},
      {"Thu, 01 Jan 2004 19:48:21 PDT", "2004-01-01T19:48:21-07:00", "2004-01-02T02:48:21Z"},
      {"Wed 31 Dec 2003 10:14:55 +0000", "2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"},
      {"Sept 5, 2025", "2025-09-05", "2025-09-05"},
      {"November 19, 2019 10:23 pm EST", "2019-11-19T22:23:00-05:00", "2019-11-20T03:23:00Z"},
      {"Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z", "1994-11-06T08:49:37Z"},
  };
  for (const Case& c : cases) {
    auto t = ParseDate(c.text);
    ASSERT_TRUE(t.has_value()) << c.text;
    EXPECT_EQ(t->ToIso8601(), c.iso) << c.text;
    EXPECT_EQ(t->ToUtcIso8601(), c.utc) << c.text;
  }
}

TEST(ParseDate, PrecisionAndOffsetKnown) {
  auto t = ParseDate("Wed, 31 Dec 2003 10:14 +0100");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->precision, nlp::TimePrecision::kMinute);
  EXPECT_TRUE(t->offset_known);
  EXPECT_EQ(t->offset_minutes, 60);
  t = ParseDate("2025-10-30T09:15:00");
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->offset_known);
}

TEST(ParseDate, BadForms) {
  for (const char* text : {"", "   ", "yesterday", "32 Dec 2003", "2003-13-01",
                           "Wed, 31 Foo 2003 10:14:55 GMT", "12:00"}) {
    EXPECT_FALSE(ParseDate(text).has_value()) << text;
  }
}

// Session 15: content systems write a zero date when they have none; a
// page's next date source must then be asked.
TEST(ParseDate, PlaceholdersAreNoDate) {
  for (const char* text :
       {"0001-01-01T00:00:00Z", "0001-01-01", "1970-01-01T00:00:00Z",
        "1970-01-01T01:00:00+01:00", "1900-01-01T00:00:00Z",
        "Thu, 01 Jan 1970 00:00:00 GMT", "1601-01-01"}) {
    EXPECT_FALSE(ParseDate(text)) << text;
  }
  for (const char* text : {"1970-01-02", "1850-06-01", "1999-12-31T23:59:59Z",
                           "2019-11-20T06:37:00"}) {
    EXPECT_TRUE(ParseDate(text)) << text;
  }
}

TEST(ParseRfc822, RejectsIso) {
  EXPECT_FALSE(ParseRfc822("2003-12-31T10:14:55Z"));
  EXPECT_FALSE(ParseRfc3339("Wed, 31 Dec 2003 10:14:55 GMT"));
}

}  // namespace
}  // namespace whosaid::ingest
