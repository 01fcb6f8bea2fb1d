// Loading untrusted XML (feeds, sitemaps) into pugixml, the same guarded way
// everywhere: the size limit first, any charset decoded to UTF-8 (see
// charset.h), and the DOCTYPE left unparsed, so that no entity it declares is
// ever expanded (pugixml never loads external entities).
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_XML_LOAD_H_
#define WHOSAID_INGEST_XML_LOAD_H_

#include <pugixml.hpp>

#include <cstddef>
#include <string_view>

#include "absl/status/status.h"

namespace whosaid::ingest {

// Parses `bytes` into `doc` (which keeps its own copy of the text), or
// fails: ResourceExhausted when `bytes` is larger than `max_bytes`,
// InvalidArgument when it is not well-formed XML or holds no element (the
// message gives the byte offset and pugixml's description). `what` ("feed",
// "sitemap") opens the error messages.
absl::Status LoadXml(std::string_view bytes, std::string_view what,
                     size_t max_bytes, pugi::xml_document& doc);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_XML_LOAD_H_
