// Fuzzes nlp::Normalize with arbitrary bytes and checks its contract: the
// output is valid UTF-8 (repairs counted only for invalid input or NULs), has no doubled spaces, no space at either end of a
// paragraph, and paragraphs are joined by exactly one blank line.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/normalizer.h"
#include "tests/fuzz/utf8_check.h"

using whosaid::fuzz::IsValidUtf8;

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
