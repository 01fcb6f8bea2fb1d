// Splitting and resolving http(s) URLs with libcurl's URL API.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_HTTP_URL_H_
#define WHOSAID_INGEST_HTTP_URL_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace whosaid::ingest {

struct HttpUrl {
  std::string scheme;  // "http" or "https", lower case
  std::string host;    // lower case
  int port = 0;        // explicit or the scheme's default
  std::string url;     // the whole URL, normalised by curl, no fragment
  // "scheme://host:port": the unit robots.txt and politeness apply to.
  std::string origin;
  std::string path_and_query;  // "/a/b?c", at least "/"
};

// Parses an absolute URL. InvalidArgument when it is not a URL,
// Unimplemented when its scheme is not http or https.
absl::StatusOr<HttpUrl> ParseHttpUrl(std::string_view url);

// Resolves `ref` (absolute, or relative such as "../a.html" or "//host/x")
// against the absolute `base`; nullopt when either is unusable. Fragments
// are dropped.
std::optional<std::string> ResolveUrl(std::string_view base, std::string_view ref);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_HTTP_URL_H_
