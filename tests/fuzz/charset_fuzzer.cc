// Fuzzes charset detection and decoding (ingest/charset.h): the declared
// charset sniffer, WHATWG label mapping and DecodeToUtf8 under an HTTP
// charset chosen by the first byte. The decoded text must be valid UTF-8.
// The decoded text then goes through content-based language detection
// (ingest/language_id.h), which must name a language or "und" and keep its
// confidence within 0..1.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/charset.h"
#include "ingest/language_id.h"
#include "tests/fuzz/utf8_check.h"

using whosaid::fuzz::IsValidUtf8;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr std::string_view kHttpCharsets[] = {
      "", "utf-8", "iso-8859-1", "windows-1252", "shift_jis", "gb2312",
      "big5", "euc-kr", "koi8-r", "utf-16le", "utf-16", "x-user-defined",
      "no-such-charset", "replacement"};
  const std::string_view http =
      kHttpCharsets[data[0] % (sizeof kHttpCharsets / sizeof kHttpCharsets[0])];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1),
                               size - 1);
  whosaid::ingest::DecodedText d = whosaid::ingest::DecodeToUtf8(bytes, http);
  if (!IsValidUtf8(d.utf8)) __builtin_trap();
  const whosaid::ingest::LanguageGuess guess =
      whosaid::ingest::DetectLanguage(d.utf8, 4096);
  if (guess.tag.empty() || guess.confidence < 0 || guess.confidence > 1) {
    __builtin_trap();
  }
  const std::string declared = whosaid::ingest::DeclaredCharset(bytes);
  whosaid::ingest::CharsetForLabel(declared);
  whosaid::ingest::CharsetForLabel(bytes.substr(0, 64));
  std::string copy(bytes);
  whosaid::ingest::RepairUtf8(copy);
  if (!IsValidUtf8(copy)) __builtin_trap();
  return 0;
}
