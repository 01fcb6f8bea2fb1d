#include "nlp/decimal_value.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace whosaid::nlp {

// strtod costs several hundred instructions. A number of at most fifteen
// digits converts exactly without it: its digits without the point form
// an integer below 10^15 < 2^53, exact as a double, and so is the power of
// ten to divide by (at most 10^15); an IEEE division rounds its result
// correctly, as glibc's strtod does. Longer numbers go to strtod.
double DecimalValue(std::string_view digits) {
  static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3, 1e4,  1e5,
                                            1e6,  1e7,  1e8,  1e9, 1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15};
  uint64_t mantissa = 0;
  size_t count = 0, after_point = 0;
  bool point = false;
  for (const char c : digits) {
    if (c == '.') {
      if (point) break;  // strtod too stops at a second point
      point = true;
      continue;
    }
    if (++count > 15) {
      return std::strtod(std::string(digits).c_str(), nullptr);
    }
    mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
    after_point += point;
  }
  const double value = static_cast<double>(mantissa);
  return after_point == 0 ? value : value / kPowersOfTen[after_point];
}

}  // namespace whosaid::nlp
