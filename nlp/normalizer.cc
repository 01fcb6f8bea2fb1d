#include "nlp/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace whosaid::nlp {
namespace {

// Copies `raw`, replacing each maximal invalid subsequence, and each NUL
// byte (never text; C strings and tools downstream would cut there), by
// U+FFFD.
std::string RepairUtf8(std::string_view raw, size_t& repaired) {
  std::string out;
  out.reserve(raw.size());
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t length = static_cast<int32_t>(raw.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c <= 0) {
      out += "\xEF\xBF\xBD";
      ++repaired;
    } else {
      out.append(raw.data() + start, i - start);
    }
  }
  return out;
}

bool IsFoldedSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\r' || c == 0x00A0 || c == 0x2007 ||
         c == 0x2009 || c == 0x200A || c == 0x202F || c == 0x3000 ||
         c == 0x200B || c == 0xFEFF || (c >= 0x2000 && c <= 0x2006);
}

}  // namespace

NormalizedText Normalize(std::string_view raw) {
  NormalizedText result;
  std::string valid = RepairUtf8(raw, result.repaired_bytes);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(valid);
  if (U_SUCCESS(status) && !nfc->isNormalized(u, status)) {
    icu::UnicodeString n = nfc->normalize(u, status);
    if (U_SUCCESS(status)) {
      valid.clear();
      n.toUTF8String(valid);
    }
  }

  std::string& out = result.text;
  out.reserve(valid.size());
  const auto* s = reinterpret_cast<const uint8_t*>(valid.data());
  const int32_t length = static_cast<int32_t>(valid.size());
  int32_t i = 0;
  bool pending_space = false;
  bool pending_break = false;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c == '\n') {
      pending_break = true;
      pending_space = false;
      continue;
    }
    if (IsFoldedSpace(c)) {
      pending_space = true;
      continue;
    }
    if (!out.empty()) {
      if (pending_break) {
        out += "\n\n";
      } else if (pending_space) {
        out += ' ';
      }
    }
    pending_space = pending_break = false;
    out.append(valid.data() + start, i - start);
  }
  return result;
}

}  // namespace whosaid::nlp
