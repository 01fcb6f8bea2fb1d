#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "nlp/ascii.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

std::string LowerTrim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) ||
                        s.front() == '"' || s.front() == '\'')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) ||
                        s.back() == '"' || s.back() == '\'')) {
    s.remove_suffix(1);
  }
  return nlp::LowerAscii(s);
}

struct LabelMap {
  const char* label;
  const char* charset;
};

// The WHATWG Encoding Standard's labels that matter in practice, mapped to
// ICU converter names.
constexpr LabelMap kLabels[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"unicode11utf8", "UTF-8"}, {"unicode20utf8", "UTF-8"},
    {"x-unicode20utf8", "UTF-8"},
    {"us-ascii", "windows-1252"}, {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"}, {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"}, {"iso88591", "windows-1252"},
    {"iso_8859-1", "windows-1252"}, {"iso_8859-1:1987", "windows-1252"},
    {"latin1", "windows-1252"}, {"l1", "windows-1252"},
    {"cp1252", "windows-1252"}, {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"}, {"x-cp1252", "windows-1252"},
    {"windows-1252", "windows-1252"}, {"csisolatin1", "windows-1252"},
    {"iso-ir-100", "windows-1252"},
    {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"}, {"tis-620", "windows-874"},
    {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"},
    {"chinese", "GB18030"}, {"csgb2312", "GB18030"}, {"gb_2312", "GB18030"},
    {"gb_2312-80", "GB18030"}, {"iso-ir-58", "GB18030"}, {"cp936", "GB18030"},
    {"gb18030", "GB18030"},
    {"big5", "Big5-HKSCS"}, {"big5-hkscs", "Big5-HKSCS"},
    {"cn-big5", "Big5-HKSCS"}, {"x-x-big5", "Big5-HKSCS"},
    {"shift_jis", "windows-31j"}, {"shift-jis", "windows-31j"},
    {"sjis", "windows-31j"}, {"ms_kanji", "windows-31j"},
    {"windows-31j", "windows-31j"}, {"x-sjis", "windows-31j"},
    {"csshiftjis", "windows-31j"},
    {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"euc-kr", "windows-949"}, {"ks_c_5601-1987", "windows-949"},
    {"windows-949", "windows-949"}, {"cp949", "windows-949"},
    {"korean", "windows-949"},
    {"koi8-r", "KOI8-R"}, {"koi8r", "KOI8-R"}, {"koi8", "KOI8-R"},
    {"koi8-u", "KOI8-U"}, {"koi8-ru", "KOI8-U"},
    {"utf-16", "UTF-16LE"}, {"utf-16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"x-mac-roman", "macintosh"}, {"macintosh", "macintosh"},
    {"mac", "macintosh"},
};

std::string WindowsOrIso(const std::string& label) {
  // windows-125x and iso-8859-N (N != 1, 9, 11) under their many spellings.
  static const RE2* const kWin = new RE2(R"((?:windows-|cp|x-cp)(125\d|874|866))");
  static const RE2* const kIso = new RE2(R"(iso[-_ ]?8859[-_]?(\d{1,2})(?::\d+)?)");
  std::string n;
  if (RE2::FullMatch(label, *kWin, &n)) {
    return n == "866" ? "ibm-866" : "windows-" + n;
  }
  if (RE2::FullMatch(label, *kIso, &n)) return "ISO-8859-" + n;
  return "";
}

bool IcuKnows(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (conv) ucnv_close(conv);
  return U_SUCCESS(status) && conv;
}

// Counts and replaces every bad sequence with U+FFFD.
struct CallbackState {
  size_t replaced = 0;
};

void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args,
                        const char*, int32_t, UConverterCallbackReason reason,
                        UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  auto* state = static_cast<CallbackState*>(const_cast<void*>(context));
  ++state->replaced;
  static const UChar kFffd = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kFffd, 1, 0, err);
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    // Pages are mostly ASCII: skip it eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Decodes with ICU; false when the converter cannot be opened.
bool DecodeWith(const std::string& charset, std::string_view bytes,
                DecodedText& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(
      ucnv_open(charset.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status) || !conv) return false;
  CallbackState state;
  ucnv_setToUCallBack(conv.get(), &CountingSubstitute, &state, nullptr,
                      nullptr, &status);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> utf8(
      ucnv_open("UTF-8", &status), &ucnv_close);
  if (U_FAILURE(status)) return false;
  out.utf8.clear();
  out.utf8.resize(bytes.size() * 3 + 16);
  char* target = out.utf8.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8.get(), conv.get(), &target,
                 out.utf8.data() + out.utf8.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr,
                 nullptr, true, true, &status);
  if (U_FAILURE(status)) return false;
  out.utf8.resize(static_cast<size_t>(target - out.utf8.data()));
  out.encoding = charset;
  out.replaced = state.replaced;
  return true;
}

void DecodeUtf8(std::string_view bytes, DecodedText& out) {
  out.utf8.assign(bytes);
  out.replaced = RepairUtf8(out.utf8);
  out.encoding = "UTF-8";
}

void Decode(const std::string& charset, std::string_view bytes,
            CharsetSource source, DecodedText& out) {
  out.source = source;
  if (charset == "UTF-8") {
    DecodeUtf8(bytes, out);
  } else if (!DecodeWith(charset, bytes, out)) {
    DecodeUtf8(bytes, out);
  }
}

}  // namespace

std::string_view CharsetSourceName(CharsetSource source) {
  switch (source) {
    case CharsetSource::kBom: return "bom";
    case CharsetSource::kHttp: return "http";
    case CharsetSource::kDeclared: return "declared";
    case CharsetSource::kUtf8Valid: return "utf8-valid";
    case CharsetSource::kDetected: return "detected";
    case CharsetSource::kDefault: return "default";
  }
  return "default";
}

std::string CharsetForLabel(std::string_view label) {
  const std::string key = LowerTrim(label);
  if (key.empty() || key.size() > 40) return "";
  for (const LabelMap& m : kLabels) {
    if (key == m.label) return m.charset;
  }
  std::string name = WindowsOrIso(key);
  if (!name.empty()) return name;
  if (key == "x-user-defined" || key == "replacement") return "";
  return IcuKnows(key) ? key : "";
}

std::string DeclaredCharset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4096);
  static const RE2* const kXml = new RE2(
      R"(^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["'])");
  static const RE2* const kMeta = new RE2(
      R"((?is)<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))");
  std::string label;
  if (RE2::PartialMatch(head, *kXml, &label)) return label;
  if (RE2::PartialMatch(head, *kMeta, &label)) return label;
  return "";
}

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view http_charset) {
  DecodedText out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    Decode("UTF-8", bytes.substr(3), CharsetSource::kBom, out);
    return out;
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") {
    Decode("UTF-16BE", bytes.substr(2), CharsetSource::kBom, out);
    return out;
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    Decode("UTF-16LE", bytes.substr(2), CharsetSource::kBom, out);
    return out;
  }
  if (std::string cs = CharsetForLabel(http_charset); !cs.empty()) {
    Decode(cs, bytes, CharsetSource::kHttp, out);
    return out;
  }
  if (std::string cs = CharsetForLabel(DeclaredCharset(bytes)); !cs.empty()) {
    // A page saved as UTF-8 that still declares latin1 (common after
    // re-saving) decodes as UTF-8: the declaration is then evidently stale.
    // UTF-16 declared in bytes we can read as ASCII is UTF-8 (WHATWG).
    if (cs.rfind("UTF-16", 0) == 0) cs = "UTF-8";
    if (cs != "UTF-8" && !IsAscii(bytes) && IsValidUtf8(bytes)) cs = "UTF-8";
    Decode(cs, bytes, CharsetSource::kDeclared, out);
    return out;
  }
  if (IsValidUtf8(bytes)) {
    Decode("UTF-8", bytes, CharsetSource::kUtf8Valid, out);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(
      ucsdet_open(&status), &ucsdet_close);
  if (U_SUCCESS(status)) {
    const std::string_view sample = bytes.substr(0, 64 << 10);
    ucsdet_enableInputFilter(det.get(), true);  // skip markup
    ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()),
                   &status);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
    if (U_SUCCESS(status) && match) {
      const char* name = ucsdet_getName(match, &status);
      const int32_t confidence = ucsdet_getConfidence(match, &status);
      std::string cs = U_SUCCESS(status) && name ? CharsetForLabel(name) : "";
      if (!cs.empty() && confidence >= 10) {
        Decode(cs, bytes, CharsetSource::kDetected, out);
        return out;
      }
    }
  }
  Decode("windows-1252", bytes, CharsetSource::kDefault, out);
  return out;
}

size_t RepairUtf8(std::string& text) {
  if (IsValidUtf8(text)) return 0;
  std::string out;
  out.reserve(text.size() + 16);
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  size_t replaced = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
    } else {
      out.append(text, start, i - start);
    }
  }
  text = std::move(out);
  return replaced;
}

}  // namespace whosaid::ingest
