#include "cli/progress.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

#include "cli/time_text.h"

namespace whosaid::cli {

bool ProgressWanted(bool quiet) { return !quiet && isatty(STDERR_FILENO) == 1; }

std::string FormatProgress(size_t done, size_t total, double elapsed_seconds,
                           std::string_view unit, int width) {
  const double rate = elapsed_seconds > 0 ? done / elapsed_seconds : 0;
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, "%.1f/s", rate);
  // Built by appending only: GCC 12 warns -Wrestrict (a false positive) on
  // the inlined `"literal" + std::string` of the obvious version.
  std::string out;
  if (total > 0) {
    const size_t shown = done > total ? total : done;
    const int filled = static_cast<int>(width * shown / total);
    out.push_back('[');
    out.append(filled, '#');
    out.append(width - filled, '.');
    out.append("] ");
    out.append(std::to_string(done));
    out.push_back('/');
    out.append(std::to_string(total));
  } else {
    out.append(std::to_string(done));
  }
  out.push_back(' ');
  out.append(unit);
  out.append("  ");
  out.append(rate_text);
  if (total > 0 && done < total && rate > 0) {
    const double eta = (total - done) / rate;
    out.append("  ETA ");
    out.append(HumanDuration(static_cast<int64_t>(std::ceil(eta))));
  }
  return out;
}

Progress::Progress(std::ostream& out, bool enabled, std::string unit)
    : out_(out), enabled_(enabled), unit_(std::move(unit)) {
  start_ = std::chrono::steady_clock::now();
  last_draw_ = start_ - std::chrono::seconds(1);
}

void Progress::Advance(size_t n) {
  done_ += n;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) &&
      !(total_ > 0 && done_ >= total_)) {
    return;
  }
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  // \r and "erase line": redraw in place.
  out_ << "\r\033[K" << FormatProgress(done_, total_, elapsed, unit_) << std::flush;
  drawn_ = true;
}

void Progress::Clear() {
  if (!enabled_ || !drawn_) return;
  out_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace whosaid::cli
