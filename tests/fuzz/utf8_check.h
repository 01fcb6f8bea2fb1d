// The one UTF-8 validity check the fuzz targets assert with: true when every
// byte sequence in `s` is well-formed UTF-8 by ICU's U8_NEXT (no overlongs,
// no surrogates, nothing above U+10FFFF). Header-only so each target stays a
// single source file.

#ifndef WHOSAID_TESTS_FUZZ_UTF8_CHECK_H_
#define WHOSAID_TESTS_FUZZ_UTF8_CHECK_H_

#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace whosaid::fuzz {

inline bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace whosaid::fuzz

#endif  // WHOSAID_TESTS_FUZZ_UTF8_CHECK_H_
