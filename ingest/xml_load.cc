#include "ingest/xml_load.h"

#include <string>

#include "ingest/charset.h"

namespace whosaid::ingest {

absl::Status LoadXml(std::string_view bytes, std::string_view what,
                     size_t max_bytes, pugi::xml_document& doc) {
  if (bytes.size() > max_bytes) {
    return absl::ResourceExhaustedError(
        std::string(what) + " is " + std::to_string(bytes.size()) +
        " bytes, over the limit of " + std::to_string(max_bytes) +
        "; skipped");
  }
  const DecodedText decoded = DecodeToUtf8(bytes);
  // parse_default without parse_doctype: the DOCTYPE is skipped unread, so
  // the entities it declares are never expanded (no "billion laughs").
  const pugi::xml_parse_result result = doc.load_buffer(
      decoded.utf8.data(), decoded.utf8.size(),
      pugi::parse_default & ~pugi::parse_doctype, pugi::encoding_utf8);
  if (!result) {
    return absl::InvalidArgumentError(
        std::string(what) + " is not well-formed XML at byte " +
        std::to_string(result.offset) + ": " + result.description());
  }
  return absl::OkStatus();
}

}  // namespace whosaid::ingest
