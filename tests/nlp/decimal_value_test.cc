#include "nlp/decimal_value.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>

namespace whosaid::nlp {
namespace {

double Strtod(const std::string& digits) {
  return std::strtod(digits.c_str(), nullptr);
}

TEST(DecimalValue, EqualsStrtodOnExamples) {
  const std::string cases[] = {
      "0",
      "7",
      "1800",
      "2100",
      "1.2",
      "0.1",
      "3.5",
      "1234.5678",
      "0.000001",
      "007",
      "1.",
      "1.2.3",
      "999999999999999",    // fifteen digits: the fast path
      "9999999999999999",   // sixteen: strtod
      "123456789012.345",   // fifteen digits with a point
      "1234567890123.456",  // sixteen with a point
      "0.30000000000000004",
      "12345678901234567890",
  };
  for (const std::string& digits : cases) {
    EXPECT_EQ(DecimalValue(digits), Strtod(digits)) << digits;
  }
}

TEST(DecimalValue, EqualsStrtodOnRandomNumbers) {
  std::mt19937_64 rng(1129);
  for (int n = 0; n < 200000; ++n) {
    const size_t length = 1 + rng() % 18;
    std::string digits;
    for (size_t k = 0; k < length; ++k)
      digits += static_cast<char>('0' + rng() % 10);
    if (rng() % 2 == 0 && length > 1)
      digits.insert(digits.begin() + 1 + rng() % (length - 1), '.');
    ASSERT_EQ(DecimalValue(digits), Strtod(digits)) << digits;
  }
}

}  // namespace
}  // namespace whosaid::nlp
