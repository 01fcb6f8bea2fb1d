// The digest's period flags and its day charts.

#include "cli/digest_period.h"

#include <gtest/gtest.h>

#include "cli/digest_charts.h"

namespace whosaid::cli {
namespace {

// 2025-11-04T12:00:00Z.
constexpr int64_t kNow = 1762257600;

TEST(DigestPeriod, ResolvesDurationsDatesAndTimes) {
  const struct {
    const char* since;
    const char* until;
    const char* want_since;
    const char* want_until;
  } cases[] = {
      {"", "", "2025-11-03T12:00:00Z", "2025-11-04T12:00:00Z"},
      {"24h", "", "2025-11-03T12:00:00Z", "2025-11-04T12:00:00Z"},
      {"7d", "", "2025-10-28T12:00:00Z", "2025-11-04T12:00:00Z"},
      {"2025-11-01", "", "2025-11-01", "2025-11-04T12:00:00Z"},
      // A duration before a bare date covers whole days up to its end.
      {"24h", "2025-11-02", "2025-11-02T00:00:00Z", "2025-11-02"},
      {"2025-11-01T08:00+02:00", "2025-11-02T10:00Z", "2025-11-01T08:00+02:00",
       "2025-11-02T10:00Z"},
  };
  for (const auto& c : cases) {
    auto p = ResolvePeriod(c.since, c.until, kNow);
    ASSERT_TRUE(p.ok()) << c.since << " " << p.status();
    EXPECT_EQ(p->since, c.want_since) << c.since;
    EXPECT_EQ(p->until, c.want_until) << c.since;
    EXPECT_LE(p->since_seconds, p->until_seconds);
  }
  auto day = ResolvePeriod("2025-11-02", "2025-11-02", kNow);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->until_seconds - day->since_seconds, 86399);
}

TEST(DigestPeriod, RejectsBadFlags) {
  const struct {
    const char* since;
    const char* until;
    const char* words;
  } cases[] = {
      {"yesterday", "", "--since"},
      {"24x", "", "--since"},
      {"h", "", "--since"},
      {"", "soon", "--until"},
      {"2025-11-05", "2025-11-04", "after"},
  };
  for (const auto& c : cases) {
    auto p = ResolvePeriod(c.since, c.until, kNow);
    ASSERT_EQ(p.status().code(), absl::StatusCode::kInvalidArgument) << c.since;
    EXPECT_NE(p.status().message().find(c.words), std::string::npos)
        << p.status().message();
  }
}

TEST(DigestPeriod, DayHelpers) {
  EXPECT_EQ(UtcDay(kNow), "2025-11-04");
  EXPECT_EQ(UtcTime(kNow), "2025-11-04T12:00:00Z");
  EXPECT_EQ(UtcSeconds("2025-11-04T20:00:00+08:00"), kNow);
  EXPECT_EQ(UtcSeconds(""), std::nullopt);
  EXPECT_EQ(UtcSeconds("not a date"), std::nullopt);
}

TEST(DigestCharts, CountsPerKeyPerDayAndKeepsTheLargest) {
  DayChartBuilder b;
  const int64_t day = 86400;
  const int64_t d0 = kNow - 2 * day;  // 2025-11-02
  b.Add("Zhou", d0);
  b.Add("Zhou", d0 + day);
  b.Add("Zhou", d0 + day + 60);
  b.Add("Brandt", d0 + 2 * day);
  b.Add("Adams", d0 + 2 * day);
  b.Add("Adams", d0 - 10 * day);  // outside the days
  DayChart c = b.Build(d0, d0 + 2 * day, 2, 62);
  EXPECT_EQ(c.days, (std::vector<std::string>{"2025-11-02", "2025-11-03", "2025-11-04"}));
  // Ties on totals go by name.
  EXPECT_EQ(c.keys, (std::vector<std::string>{"Zhou", "Adams"}));
  EXPECT_EQ(c.counts[0], (std::vector<int64_t>{1, 2, 0}));
  EXPECT_EQ(c.counts[1], (std::vector<int64_t>{0, 0, 1}));
  EXPECT_EQ(c.others, 2);  // Brandt, and Adams outside the days

  DayChart last = b.Build(d0 - 30 * day, d0 + 2 * day, 8, 2);
  EXPECT_EQ(last.days, (std::vector<std::string>{"2025-11-03", "2025-11-04"}));
  // A long period ending well after the data charts up to the data.
  DayChart long_period = b.Build(d0 - 30 * day, d0 + 300 * day, 8, 3);
  EXPECT_EQ(long_period.days,
            (std::vector<std::string>{"2025-11-02", "2025-11-03", "2025-11-04"}));
  EXPECT_EQ(long_period.keys.size(), 3u);
}

}  // namespace
}  // namespace whosaid::cli
