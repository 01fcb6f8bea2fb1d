#include "cli/digest_charts.h"

#include <algorithm>
#include <vector>

#include "cli/digest_period.h"

namespace whosaid::cli {
namespace {

constexpr int64_t kDay = 24 * 3600;

// Days since the epoch, rounding down for times before it.
int64_t DayNumber(int64_t seconds) {
  return seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
}

}  // namespace

void DayChartBuilder::Add(const std::string& key, int64_t seconds) {
  ++counts_[key][DayNumber(seconds)];
}

DayChart DayChartBuilder::Build(int64_t first_seconds, int64_t last_seconds,
                                size_t max_keys, size_t max_days) const {
  DayChart chart;
  int64_t last = DayNumber(last_seconds);
  int64_t first = DayNumber(first_seconds);
  const int64_t span = static_cast<int64_t>(max_days);
  if (max_days > 0 && last - first + 1 > span) {
    // A long period ends its chart at its last day with data, so that old
    // data in a long period still shows.
    int64_t data_last = first - 1;
    for (const auto& [key, by_day] : counts_) {
      for (const auto& [day, n] : by_day) {
        if (day >= first && day <= last) data_last = std::max(data_last, day);
      }
    }
    last = std::min(last, std::max(data_last, first + span - 1));
    first = last - span + 1;
  }
  for (int64_t d = first; d <= last; ++d) chart.days.push_back(UtcDay(d * kDay));

  std::vector<std::pair<int64_t, std::string>> totals;  // in the days
  for (const auto& [key, by_day] : counts_) {
    int64_t in_days = 0;
    for (const auto& [day, n] : by_day) {
      if (day >= first && day <= last) in_days += n; else chart.others += n;
    }
    if (in_days > 0) totals.push_back({-in_days, key});
  }
  std::sort(totals.begin(), totals.end());
  for (size_t i = 0; i < totals.size(); ++i) {
    if (i >= max_keys) {
      chart.others += -totals[i].first;
      continue;
    }
    const std::string& key = totals[i].second;
    chart.keys.push_back(key);
    std::vector<int64_t> row(chart.days.size(), 0);
    for (const auto& [day, n] : counts_.at(key)) {
      if (day >= first && day <= last) row[day - first] = n;
    }
    chart.counts.push_back(std::move(row));
  }
  return chart;
}

}  // namespace whosaid::cli
