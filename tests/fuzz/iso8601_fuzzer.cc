// Fuzzes nlp::ParseIso8601 and checks that whatever it accepts prints back
// as a date it accepts again, denoting the same instant. (Minute precision
// prints with ":00" seconds, so it reads back as second precision.)

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto t = whosaid::nlp::ParseIso8601(text);
  if (!t) return 0;
  const std::string local = t->ToIso8601();
  const std::string utc = t->ToUtcIso8601();
  const auto again = whosaid::nlp::ParseIso8601(local);
  if (!again) __builtin_trap();
  if (again->utc_seconds != t->utc_seconds) __builtin_trap();
  if (again->offset_minutes != t->offset_minutes) __builtin_trap();
  const auto utc_again = whosaid::nlp::ParseIso8601(utc);
  if (!utc_again || utc_again->utc_seconds != t->utc_seconds) __builtin_trap();
  return 0;
}
