// Relative links against a base URL with libcurl's URL API (curl_url), as
// feeds (xml:base), sitemaps and pages (canonical links) need.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_URL_RESOLVER_H_
#define WHOSAID_INGEST_URL_RESOLVER_H_

#include <string>
#include <string_view>

namespace whosaid::ingest {

// `ref` resolved against `base` (RFC 3986). Unlike ResolveUrl in
// http_url.h, which is for fetching, this never fails and keeps any scheme:
// feeds and pages carry tag:, mailto: and relative links with no base. An absolute `ref` comes back
// normalised by libcurl; a relative one against an empty or unparsable
// base comes back unchanged, trimmed. Never fails.
std::string ResolveLink(std::string_view base, std::string_view ref);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_URL_RESOLVER_H_
