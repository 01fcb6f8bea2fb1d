#include "cli/source_health.h"

#include "cli/time_text.h"

namespace whosaid::cli {

SourceVerdict JudgeSource(const store::SourceHealthRow& row, int64_t now,
                          int64_t default_interval) {
  SourceVerdict v;
  if (row.expected_interval_seconds > 0) {
    v.expected_interval = row.expected_interval_seconds;
    v.expected_from = "given";
  } else if (row.typical_gap_seconds > 0) {
    v.expected_interval = 3 * row.typical_gap_seconds;
    v.expected_from = "learned";
  } else {
    v.expected_interval = default_interval;
    v.expected_from = "default";
  }
  const int64_t since = row.last_new_at > 0 ? row.last_new_at : row.first_seen_at;
  v.silent_for = now > since ? now - since : 0;
  v.silent = v.expected_interval > 0 && v.silent_for > v.expected_interval;
  v.failing = row.consecutive_failures > 0;
  if (v.silent) {
    std::string w = "source " + row.source + ": silent for " +
                    HumanDuration(v.silent_for) + ", longer than its expected " +
                    HumanDuration(v.expected_interval) + " (" + v.expected_from + "); ";
    w += row.last_new_at > 0 ? "last new document " + UtcIso(row.last_new_at)
                             : std::string("no new document ever");
    v.warnings.push_back(std::move(w));
  }
  if (v.failing) {
    std::string w = "source " + row.source + ": failed in its last " +
                    std::to_string(row.consecutive_failures) + " run" +
                    (row.consecutive_failures == 1 ? "" : "s") + "; last success ";
    w += row.last_success_at > 0 ? UtcIso(row.last_success_at) : "never";
    if (!row.last_error.empty()) w += "; last error: " + row.last_error;
    v.warnings.push_back(std::move(w));
  }
  return v;
}

}  // namespace whosaid::cli
