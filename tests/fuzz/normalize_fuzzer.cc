// Fuzzes nlp::Normalize with arbitrary bytes and checks its contract: the
// output is valid UTF-8 (repairs counted only for invalid input or NULs), has no doubled spaces, no space at either end of a
// paragraph, and paragraphs are joined by exactly one blank line.

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/normalizer.h"

namespace {

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const whosaid::nlp::NormalizedText n = whosaid::nlp::Normalize(raw);
  const std::string& t = n.text;
  if (!IsValidUtf8(t)) __builtin_trap();
  if (IsValidUtf8(raw) && raw.find('\0') == raw.npos &&
      n.repaired_bytes != 0) {
    __builtin_trap();
  }
  if (t.find("  ") != std::string::npos) __builtin_trap();
  if (t.find("\n\n\n") != std::string::npos) __builtin_trap();
  if (t.find(" \n") != std::string::npos) __builtin_trap();
  if (t.find("\n ") != std::string::npos) __builtin_trap();
  if (!t.empty() && (t.front() == ' ' || t.front() == '\n' ||
                     t.back() == ' ' || t.back() == '\n')) {
    __builtin_trap();
  }
  return 0;
}
