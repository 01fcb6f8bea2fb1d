// Fuzzes ingest::ReadDocuments: text with header lines, JSON Lines (with
// embedded HTML) and HTML. The first byte picks the format; the rest is the
// input.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using whosaid::ingest::InputFormat;
  static constexpr InputFormat kFormats[] = {
      InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl,
      InputFormat::kHtml};
  const InputFormat format = kFormats[data[0] % 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1),
                               size - 1);
  whosaid::nlp::CollectingReporter reporter;
  const auto docs =
      whosaid::ingest::ReadDocuments("fuzz.in", bytes, format, reporter);
  for (const auto& doc : docs) {
    if (doc.id.empty()) __builtin_trap();
  }
  whosaid::ingest::DetectFormat("fuzz", bytes);
  return 0;
}
