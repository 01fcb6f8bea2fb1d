// HTML5 named character references that libxml2's HTML 4 parser leaves as
// literal text: a page that writes "Ji&rcaron;í" or "Ay&scedil;egül" would
// otherwise keep the "&rcaron;" in its text and its names.
//
// (DecodeCharacterReferences decodes them in plain text.)
//
// SpellOutHtml5Entities rewrites each reference libxml2 does not know into
// its numeric form ("&#x159;"), which every HTML parser decodes, before the
// page is parsed. It works on the raw markup, so "&amp;rcaron;" (the
// literal text "&rcaron;") is left alone, exactly as a browser reads it.
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_HTML_ENTITIES_H_
#define WHOSAID_INGEST_HTML_ENTITIES_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace whosaid::ingest {

// The code points of the HTML5 named reference `name` (without "&" and
// ";": "rcaron"); the second is 0 for the many names of one code point.
// {0, 0} when HTML5 has no such name. Names are case-sensitive.
std::pair<char32_t, char32_t> Html5Entity(std::string_view name);

// `text` with its character references decoded to UTF-8: named ones that
// HTML5 defines ("&nbsp;", "&amp;", "&rcaron;") and numeric ones ("&#8217;",
// "&#x2019;"). A "&" that starts none stays as written. For text that
// arrives outside markup but was written for it (a JSON-LD articleBody).
std::string DecodeCharacterReferences(std::string_view text);

// `html` with every named reference that HTML5 defines and libxml2 does
// not ("&rcaron;") written as numeric references ("&#x159;"); nullopt when
// there is none, so that the caller parses the original without a copy.
std::optional<std::string> SpellOutHtml5Entities(std::string_view html);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_HTML_ENTITIES_H_
