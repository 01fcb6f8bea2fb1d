// Bytes in any charset to UTF-8, the way browsers decide: a byte order mark,
// then the HTTP Content-Type charset the caller passes, then the document's
// own declaration (<meta charset>, <meta http-equiv>, <?xml encoding?>), then
// ICU's charset detector. Labels are mapped as the WHATWG Encoding Standard
// says (iso-8859-1 and us-ascii decode as windows-1252, gb2312 and gbk as
// GB18030, ...). Bytes that are invalid in the chosen charset become U+FFFD
// and are counted.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_CHARSET_H_
#define WHOSAID_INGEST_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid::ingest {

enum class CharsetSource {
  kBom,          // a byte order mark
  kHttp,         // the Content-Type charset the caller passed
  kDeclared,     // <meta charset>, http-equiv or the XML declaration
  kUtf8Valid,    // nothing declared; the bytes are valid UTF-8
  kDetected,     // ICU's charset detector
  kDefault,      // nothing helped; windows-1252
};

// "bom", "http", "declared", "utf8-valid", "detected", "default".
std::string_view CharsetSourceName(CharsetSource source);

struct DecodedText {
  std::string utf8;            // the text, valid UTF-8, without the BOM
  std::string encoding;        // the ICU name of the charset used
  CharsetSource source = CharsetSource::kDefault;
  size_t replaced = 0;         // invalid sequences turned into U+FFFD
};

// The charset ICU should use for a WHATWG `label` (case and surrounding
// blanks ignored): "latin1" -> "windows-1252", "gb2312" -> "GB18030", ...
// A label the standard does not know but ICU does is passed through; an
// empty string means "no usable charset".
std::string CharsetForLabel(std::string_view label);

// The charset label a document declares in its first 4 KB, "" when none:
// <meta charset=X>, <meta http-equiv="Content-Type" content="...charset=X">
// or <?xml ... encoding="X"?>.
std::string DeclaredCharset(std::string_view bytes);

// Decodes `bytes`. `http_charset` is the charset parameter of the HTTP
// Content-Type header (empty for local files). Never fails: undecodable
// bytes become U+FFFD and are counted in `replaced`.
DecodedText DecodeToUtf8(std::string_view bytes,
                         std::string_view http_charset = {});

// Replaces every invalid UTF-8 sequence in `text` with U+FFFD, in place;
// returns how many were replaced.
size_t RepairUtf8(std::string& text);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_CHARSET_H_
