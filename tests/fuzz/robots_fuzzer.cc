// Fuzzes the robots.txt parser (ingest/robots.h, RFC 9309): the input is
// split at the first NUL into a robots.txt body and a path, and the rules
// parsed for the "whosaid" token decide on the path. /robots.txt must
// always be allowed, and a pattern always matches itself literally when it
// has no wildcard or anchor.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t nul = in.find('\0');
  const std::string_view body = in.substr(0, nul);
  const std::string_view path =
      nul == std::string_view::npos ? "/" : in.substr(nul + 1);
  const auto rules = whosaid::ingest::RobotsRules::Parse(body, "whosaid");
  rules.IsAllowed(path);
  rules.crawl_delay_ms();
  if (!rules.IsAllowed("/robots.txt")) __builtin_trap();
  if (path.find_first_of("*$") == std::string_view::npos &&
      !whosaid::ingest::RobotsPatternMatches(path, path)) {
    __builtin_trap();
  }
  whosaid::ingest::RobotsPatternMatches(body.substr(0, 256), path);
  return 0;
}
