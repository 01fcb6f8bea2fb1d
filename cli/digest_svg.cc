#include "cli/digest_svg.h"

#include <algorithm>
#include <cstdio>

#include "cli/digest_text.h"

namespace whosaid::cli {
namespace {

constexpr double kWidth = 360;
constexpr double kBarsLeft = 122;
constexpr double kBarsRight = 318;
constexpr double kRowHeight = 24;
constexpr double kBarMax = 18;
constexpr double kTop = 4;
constexpr double kAxisHeight = 16;
constexpr const char* kPalette[] = {"#1f5fa8", "#c2571a", "#2e8540", "#8e3ea8",
                                    "#b8860b", "#0f7c8c", "#a4262c", "#5b6570"};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// "10-30" from "2025-10-30".
std::string ShortDay(const std::string& day) {
  return day.size() == 10 ? day.substr(5) : day;
}

std::string Row(const DayChart& chart, size_t k, int64_t max) {
  const double y = kTop + static_cast<double>(k) * kRowHeight;
  const double base = y + kBarMax + 2;
  const double step = (kBarsRight - kBarsLeft) / chart.days.size();
  const double gap = std::min(2.0, step * 0.2);
  const char* color = kPalette[k % std::size(kPalette)];
  std::string out = "<g class=\"row\"><text x=\"0\" y=\"" + Num(base - 4) +
                    "\">" + HtmlEscape(Truncate(chart.keys[k], 18)) + "</text>";
  out += "<line x1=\"" + Num(kBarsLeft) + "\" x2=\"" + Num(kBarsRight) +
         "\" y1=\"" + Num(base) + "\" y2=\"" + Num(base) +
         "\" stroke=\"#8a949e\" stroke-width=\"0.5\"/>";
  int64_t total = 0;
  for (size_t d = 0; d < chart.days.size(); ++d) {
    const int64_t n = chart.counts[k][d];
    total += n;
    if (n == 0) continue;
    const double h = std::max(1.0, kBarMax * n / static_cast<double>(max));
    out += "<rect x=\"" + Num(kBarsLeft + d * step + gap / 2) + "\" y=\"" +
           Num(base - h) + "\" width=\"" + Num(step - gap) + "\" height=\"" +
           Num(h) + "\" fill=\"" + color + "\"><title>" +
           HtmlEscape(chart.keys[k]) + ", " + HtmlEscape(chart.days[d]) + ": " +
           std::to_string(n) + "</title></rect>";
  }
  out += "<text x=\"" + Num(kWidth - 4) + "\" y=\"" + Num(base - 4) +
         "\" text-anchor=\"end\">" + std::to_string(total) + "</text></g>\n";
  return out;
}

// Every day under its bar for a week or less; else the first and last.
std::string AxisLabels(const DayChart& chart, const std::string& y) {
  auto label = [&](double x, const char* anchor, const std::string& day) {
    return "<text class=\"axis\" x=\"" + Num(x) + "\" y=\"" + y +
           "\" text-anchor=\"" + anchor + "\">" + HtmlEscape(ShortDay(day)) +
           "</text>";
  };
  const size_t n = chart.days.size();
  std::string out;
  if (n <= 7) {
    const double step = (kBarsRight - kBarsLeft) / n;
    for (size_t d = 0; d < n; ++d) {
      out += label(kBarsLeft + (d + 0.5) * step, "middle", chart.days[d]);
    }
  } else {
    out += label(kBarsLeft, "start", chart.days.front());
    out += label(kBarsRight, "end", chart.days.back());
  }
  return out + "\n";
}

}  // namespace

std::string Truncate(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) return std::string(text.substr(0, i)) + "…";
    ++chars;
  }
  return std::string(text);
}

std::string DayChartSvg(const DayChart& chart, std::string_view label) {
  if (chart.keys.empty() || chart.days.empty()) {
    return "<p class=\"muted\">Nothing to chart in this period.</p>\n";
  }
  int64_t max = 1;
  for (const auto& row : chart.counts) {
    for (int64_t n : row) max = std::max(max, n);
  }
  const double height =
      kTop + chart.keys.size() * kRowHeight + kAxisHeight;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    Num(kWidth) + " " + Num(height) +
                    "\" role=\"img\" aria-label=\"" + HtmlEscape(label) + "\">\n";
  for (size_t k = 0; k < chart.keys.size(); ++k) out += Row(chart, k, max);
  out += AxisLabels(chart, Num(height - 3));
  out += "</svg>\n";
  if (chart.others > 0) {
    out += "<p class=\"meta\">" + Plural(chart.others, "more item", "more items") +
           " not charted (other keys or days).</p>\n";
  }
  return out;
}

}  // namespace whosaid::cli
