// A one-line progress display for long runs: done/total, rate and ETA,
// redrawn in place on a terminal.
//
// It draws only when enabled, which callers decide with
// ProgressWanted(): stderr is a terminal and the run is not --quiet, so
// cron mail and logs never see it. Diagnostics clears the line before
// printing a message, so messages and the bar do not mix. Not thread-safe.

#ifndef WHOSAID_CLI_PROGRESS_H_
#define WHOSAID_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace whosaid::cli {

// True when standard error is a terminal and `quiet` is false.
bool ProgressWanted(bool quiet);

// The bar's text, without control characters, e.g.
// "[#####.....] 1200/2400 files  85.3/s  ETA 14s"; with total 0 (unknown)
// "1200 files  85.3/s". `width` is the bar's width in cells.
std::string FormatProgress(size_t done, size_t total, double elapsed_seconds,
                           std::string_view unit, int width = 24);

class Progress {
 public:
  // Draws on `out` when `enabled`; otherwise every call does nothing.
  // `unit` names what is counted ("files", "pages").
  Progress(std::ostream& out, bool enabled, std::string unit);
  ~Progress() { Clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Sets how many items there are; 0 = unknown (no bar, no ETA).
  void SetTotal(size_t total) { total_ = total; }
  // Counts `n` more items done and redraws, at most ten times a second.
  void Advance(size_t n = 1);
  // Erases the line if one is drawn (the next Advance draws it again).
  void Clear();

  bool enabled() const { return enabled_; }
  size_t done() const { return done_; }

 private:
  void Draw();

  std::ostream& out_;
  bool enabled_;
  std::string unit_;
  size_t total_ = 0;
  size_t done_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_PROGRESS_H_
