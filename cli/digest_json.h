// The digest as one JSON object, for scripts and other tools. Field names
// follow digest_model.h; the layout is a stable interface (fields are added,
// never renamed). Invalid UTF-8 is replaced by U+FFFD. Thread-compatible.

#ifndef WHOSAID_CLI_DIGEST_JSON_H_
#define WHOSAID_CLI_DIGEST_JSON_H_

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/digest_model.h"

namespace whosaid::cli {

// The digest as a JSON value.
nlohmann::json DigestToJson(const Digest& digest);

// Writes DigestToJson(digest), indented by two spaces, and a newline.
void WriteDigestJson(std::ostream& out, const Digest& digest);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_JSON_H_
