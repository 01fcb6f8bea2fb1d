// http(s) URL parsing and resolution on top of CURLU.

#include "ingest/http_url.h"

#include <curl/curl.h>

#include <cctype>
#include <memory>

#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::optional<std::string> Part(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(u, part, &value, flags) != CURLUE_OK || value == nullptr) {
    return std::nullopt;
  }
  std::string out(value);
  curl_free(value);
  return out;
}

}  // namespace

absl::StatusOr<HttpUrl> ParseHttpUrl(std::string_view url) {
  UrlHandle u(curl_url());
  const std::string text(url);
  // NON_SUPPORT_SCHEME lets us name the scheme we refuse.
  if (curl_url_set(u.get(), CURLUPART_URL, text.c_str(),
                   CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return absl::InvalidArgumentError("not a URL: " + text);
  }
  HttpUrl out;
  out.scheme = nlp::LowerAscii(Part(u.get(), CURLUPART_SCHEME).value_or(""));
  if (out.scheme != "http" && out.scheme != "https") {
    return absl::UnimplementedError("unsupported scheme '" + out.scheme + "' in " + text);
  }
  out.host = nlp::LowerAscii(Part(u.get(), CURLUPART_HOST).value_or(""));
  if (out.host.empty()) return absl::InvalidArgumentError("URL without a host: " + text);
  out.port = std::stoi(Part(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT).value_or("0"));
  curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
  out.url = Part(u.get(), CURLUPART_URL).value_or(text);
  out.origin = out.scheme + "://" + out.host + ":" + std::to_string(out.port);
  out.path_and_query = Part(u.get(), CURLUPART_PATH).value_or("/");
  // Appending, not assigning "/" or adding "?" + query: GCC 12 warns
  // -Wrestrict (a false positive) on those inlined string copies.
  if (out.path_and_query.empty()) out.path_and_query.push_back('/');
  if (auto q = Part(u.get(), CURLUPART_QUERY)) {
    out.path_and_query.push_back('?');
    out.path_and_query.append(*q);
  }
  return out;
}

std::optional<std::string> ResolveUrl(std::string_view base, std::string_view ref) {
  UrlHandle u(curl_url());
  const std::string b(base), r(ref);
  if (curl_url_set(u.get(), CURLUPART_URL, b.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return std::nullopt;
  }
  // Setting a relative URL on a handle that holds an absolute one resolves
  // it (RFC 3986 section 5).
  if (curl_url_set(u.get(), CURLUPART_URL, r.c_str(),
                   CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return std::nullopt;
  }
  curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
  return Part(u.get(), CURLUPART_URL);
}

}  // namespace whosaid::ingest
