#include "ingest/retry_policy.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(BackoffDelayMs, GrowsAndIsCapped) {
  RetryPolicy p;
  p.initial_backoff_ms = 100;
  p.max_backoff_ms = 1000;
  p.jitter = 0;
  std::mt19937_64 rng(1);
  EXPECT_EQ(BackoffDelayMs(p, 1, rng), 100);
  EXPECT_EQ(BackoffDelayMs(p, 2, rng), 200);
  EXPECT_EQ(BackoffDelayMs(p, 3, rng), 400);
  EXPECT_EQ(BackoffDelayMs(p, 5, rng), 1000);
  EXPECT_EQ(BackoffDelayMs(p, 60, rng), 1000);
}

TEST(BackoffDelayMs, JitterStaysInRange) {
  RetryPolicy p;
  p.initial_backoff_ms = 1000;
  p.jitter = 0.5;
  std::mt19937_64 rng(7);
  bool differs = false;
  const int64_t first = BackoffDelayMs(p, 1, rng);
  for (int i = 0; i < 100; ++i) {
    const int64_t d = BackoffDelayMs(p, 1, rng);
    EXPECT_GE(d, 500);
    EXPECT_LE(d, 1500);
    differs |= d != first;
  }
  EXPECT_TRUE(differs);
}

TEST(ParseRetryAfter, Table) {
  const int64_t now = 1445412480;  // Wed, 21 Oct 2015 07:28:00 GMT
  EXPECT_EQ(ParseRetryAfter("120", now), 120000);
  EXPECT_EQ(ParseRetryAfter(" 0 ", now), 0);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now), 30000);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
  EXPECT_FALSE(ParseRetryAfter("", now).has_value());
  EXPECT_FALSE(ParseRetryAfter("soon", now).has_value());
  EXPECT_FALSE(ParseRetryAfter("-5", now).has_value());
}

TEST(IsRetryableHttpStatus, Table) {
  for (long s : {408L, 425L, 429L, 500L, 502L, 503L, 504L}) EXPECT_TRUE(IsRetryableHttpStatus(s)) << s;
  for (long s : {200L, 301L, 304L, 400L, 403L, 404L, 410L, 501L, 505L}) {
    EXPECT_FALSE(IsRetryableHttpStatus(s)) << s;
  }
}

}  // namespace
}  // namespace whosaid::ingest
