#include "ingest/url_resolver.h"

#include <curl/curl.h>

#include <cctype>
#include <memory>

#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

struct UrlFree {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

bool HasScheme(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c == ':') return i > 0;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

// Absolute URLs with a scheme libcurl does not speak (mailto:, tag:, urn:)
// are returned as they are.
bool CurlSpeaks(std::string_view s) {
  const size_t colon = s.find(':');
  std::string scheme(s.substr(0, colon));
  for (char& c : scheme) c = static_cast<char>(std::tolower(c));
  return scheme == "http" || scheme == "https" || scheme == "ftp" ||
         scheme == "file";
}

}  // namespace

std::string ResolveLink(std::string_view base, std::string_view ref) {
  ref = nlp::TrimAscii(ref);
  base = nlp::TrimAscii(base);
  if (HasScheme(ref) && !CurlSpeaks(ref)) return std::string(ref);
  std::unique_ptr<CURLU, UrlFree> url(curl_url());
  if (!url) return std::string(ref);
  const unsigned flags = CURLU_NON_SUPPORT_SCHEME;
  if (!base.empty() && HasScheme(base)) {
    const std::string b(base);
    if (curl_url_set(url.get(), CURLUPART_URL, b.c_str(), flags) != CURLUE_OK) {
      return std::string(ref);
    }
  } else if (!HasScheme(ref)) {
    return std::string(ref);
  }
  const std::string r(ref);
  if (curl_url_set(url.get(), CURLUPART_URL, r.c_str(), flags) != CURLUE_OK) {
    return std::string(ref);
  }
  char* out = nullptr;
  if (curl_url_get(url.get(), CURLUPART_URL, &out, 0) != CURLUE_OK || !out) {
    return std::string(ref);
  }
  std::string result(out);
  curl_free(out);
  return result;
}

}  // namespace whosaid::ingest
