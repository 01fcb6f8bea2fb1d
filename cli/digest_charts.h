// Counting items per key per UTC day for the digest's charts. Not
// thread-safe.

#ifndef WHOSAID_CLI_DIGEST_CHARTS_H_
#define WHOSAID_CLI_DIGEST_CHARTS_H_

#include <cstdint>
#include <map>
#include <string>

#include "cli/digest_model.h"

namespace whosaid::cli {

class DayChartBuilder {
 public:
  // Counts one item of `key` at `seconds` (UTC seconds since the epoch).
  void Add(const std::string& key, int64_t seconds);

  // The chart over the UTC days from `first_seconds` to `last_seconds`
  // (at most `max_days`: the last ones up to the latest day with data), with the `max_keys` keys of the
  // largest totals in the period (ties by name); items of other keys and
  // items outside the days are counted in `others`.
  DayChart Build(int64_t first_seconds, int64_t last_seconds, size_t max_keys,
                 size_t max_days) const;

 private:
  std::map<std::string, std::map<int64_t, int64_t>> counts_;  // key, day
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_CHARTS_H_
