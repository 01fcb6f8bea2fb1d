// Fuzzes ingest::ExtractHtml (libxml2's HTML parser plus main-text and
// metadata extraction) with arbitrary bytes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/html_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  auto doc = whosaid::ingest::ExtractHtml(html);
  if (!doc.ok() && doc.status().message().empty()) __builtin_trap();
  return 0;
}
