// The source configuration (sources.toml): which feeds, sitemaps, pages and
// official accounts to fetch, and how politely.
//
// A file looks like:
//
//   [fetch]
//   user_agent = "whosaid/0.1"                 # product token and version
//   contact = "https://example.org/crawler"    # required: who to tell
//   per_host_delay_ms = 2000
//
//   [[source]]
//   name = "ote-press"            # unique; stored with every document
//   kind = "feed"                 # feed | sitemap | page | account
//   url = "https://example.gov/press/rss.xml"
//   owner = "Office of Trade"     # whose words an account carries
//   language = "en"
//   min_interval = "6h"           # skip if fetched more recently
//   max_items = 50                # items taken from one feed per run
//
// Stateless functions; thread-safe.

#ifndef WHOSAID_INGEST_SOURCES_H_
#define WHOSAID_INGEST_SOURCES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/fetcher.h"
#include "nlp/document.h"

namespace whosaid::ingest {

enum class SourceKind {
  kFeed,     // RSS or Atom: its item links are fetched as pages
  kSitemap,  // urlset or sitemapindex: its <loc> pages are fetched
  kPage,     // one page, fetched again on every run (conditional GET)
  kAccount,  // an official account's feed: items carry `owner`'s words
  kAuto,     // a bare URL from the command line: feed, sitemap or page,
             // decided from the response
};

// "feed", "sitemap", "page", "account"; "auto" for kAuto.
std::string_view SourceKindName(SourceKind kind);
std::optional<SourceKind> ParseSourceKind(std::string_view name);

struct Source {
  std::string name;
  SourceKind kind = SourceKind::kFeed;
  std::string url;
  // The actor whose words an official account carries; empty for news.
  std::string owner;
  // BCP 47 tag given to documents whose page declares none (unless their
  // text is plainly in another language); may be empty.
  std::string language;
  // Document kind given to the pages: "official" for accounts, else news.
  nlp::DocumentKind document_kind = nlp::DocumentKind::kNews;
  // The source is skipped when its URL was fetched less than this long ago.
  // Default 0: fetch on every run.
  int64_t min_interval_seconds = 0;
  // At most this many new item links are taken from one feed or sitemap per
  // run. Default 200.
  int max_items = 200;
};

struct SourcesConfig {
  FetchOptions fetch;  // from the [fetch] table; user_agent includes contact
  std::vector<Source> sources;
};

// Parses a sources.toml text. `name` is used in error messages. On failure
// returns InvalidArgument listing every problem with its line: a missing or
// duplicate name, an unknown kind, a URL that is not http(s), a missing
// contact, a malformed interval.
absl::StatusOr<SourcesConfig> ParseSources(std::string_view toml_text,
                                           std::string_view name);

// Reads and parses the file at `path`; NotFound when it cannot be read.
absl::StatusOr<SourcesConfig> LoadSources(const std::string& path);

// Parses "90", "90s", "30m", "6h", "1d" into seconds; nullopt otherwise.
std::optional<int64_t> ParseInterval(std::string_view text);

// "NAME/VERSION (+CONTACT)"; just `agent` when contact is empty.
std::string MakeUserAgent(std::string_view agent, std::string_view contact);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_SOURCES_H_
