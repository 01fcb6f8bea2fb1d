// robots.txt (RFC 9309): parsing one file and deciding whether a path may be
// fetched, plus the Crawl-delay extension.
//
// A RobotsRules is an immutable value once built; thread-compatible.

#ifndef WHOSAID_INGEST_ROBOTS_H_
#define WHOSAID_INGEST_ROBOTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::ingest {

class RobotsRules {
 public:
  // Allows everything (no robots.txt, or a 4xx for it).
  RobotsRules() = default;

  // Disallows everything but /robots.txt (robots.txt unreachable: RFC 9309
  // says to assume complete disallow).
  static RobotsRules DisallowAll();

  // Parses `body` and keeps the rules of the group that applies to
  // `product_token` (e.g. "whosaid"): the groups whose User-agent value
  // matches the token case-insensitively (the longest such value wins, and
  // groups naming the same agent are merged), else the "*" groups, else
  // none. Unknown lines and garbage are ignored; at most the first 500 KiB
  // are read, as RFC 9309 allows.
  static RobotsRules Parse(std::string_view body, std::string_view product_token);

  // Whether `path` (the URL's path and query, percent-encoded, starting with
  // '/') may be fetched: the longest matching Allow or Disallow pattern wins,
  // Allow on a tie; no match allows. Patterns may use '*' for any sequence
  // and a final '$' for the end of the path. /robots.txt is always allowed.
  bool IsAllowed(std::string_view path) const;

  // The group's Crawl-delay in milliseconds, if it gave a valid one.
  std::optional<int64_t> crawl_delay_ms() const { return crawl_delay_ms_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow;
  };
  std::vector<Rule> rules_;
  std::optional<int64_t> crawl_delay_ms_;
  bool disallow_all_ = false;
};

// Whether `path` matches a robots.txt `pattern` ('*' wildcard, '$' end
// anchor; otherwise a prefix match). Exposed for tests.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_ROBOTS_H_
