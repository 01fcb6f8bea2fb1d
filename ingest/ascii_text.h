// ASCII case and whitespace for the tokens of protocols and markup (header
// and attribute values, charset and element names, dates), where case and
// spacing are ASCII by definition. Not for natural-language text: bytes
// outside ASCII are left as they are. One home for what used to be a
// file-local Lower() or Trim() in a dozen ingest files; named as in
// nlp/ascii.h, which ingest does not include (it uses nlp's model headers
// only).
//
// Stateless; thread-safe (no locale is consulted).

#ifndef WHOSAID_INGEST_ASCII_TEXT_H_
#define WHOSAID_INGEST_ASCII_TEXT_H_

#include <string>
#include <string_view>

namespace whosaid::ingest {

// `s` with A-Z turned into a-z.
std::string LowerAscii(std::string_view s);

// `s` without ASCII whitespace (space, \t, \n, \v, \f, \r) at either end;
// views `s`.
std::string_view TrimAscii(std::string_view s);

// Whether `a` and `b` are equal but for the case of A-Z.
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_ASCII_TEXT_H_
