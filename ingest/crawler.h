// The streaming fetch pipeline: sources → feeds and sitemaps → item links
// not seen before → pages → Documents handed to a sink (which analyses and
// stores them), one at a time.
//
// Memory stays flat however many items there are: pages are fetched before
// more feeds, each body is dropped once its Document has been handed on,
// and only the links still waiting are held. Every fetch is written to the
// FetchState's log with its outcome; failures are also reported to the
// Reporter and the run goes on.
//
// Crawl is not thread-safe with respect to its arguments; the sink is
// called on the calling thread.

#ifndef WHOSAID_INGEST_CRAWLER_H_
#define WHOSAID_INGEST_CRAWLER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "ingest/fetch_state.h"
#include "ingest/fetcher.h"
#include "ingest/sources.h"
#include "nlp/document.h"
#include "nlp/reporter.h"

namespace whosaid::ingest {

struct CrawlStats {
  size_t sources_skipped = 0;  // fetched more recently than min_interval
  size_t lists = 0;            // feeds and sitemaps read
  size_t pages = 0;            // pages downloaded (200)
  size_t not_modified = 0;     // 304 answers
  size_t unchanged = 0;        // 200 with the content hash of last time
  size_t seen_items = 0;       // item links skipped: handled on an earlier run
  size_t documents = 0;        // Documents the sink accepted
  size_t blocked = 0;          // refused by robots.txt
  size_t failed = 0;           // fetch, parse or sink failures
  int64_t requests = 0;        // HTTP requests sent, robots.txt and retries included
};

// Takes one page's Document (id = the URL asked for, url = the URL after
// redirects). An error fails that page with the error's message; the page
// is then fetched again on the next run.
using DocumentSink = std::function<absl::Status(nlp::Document&&)>;

// Fetches every source once, as described above. Fetch-state errors (the
// store failing) are reported and counted as failures of the item at hand.
CrawlStats Crawl(const std::vector<Source>& sources, const FetchOptions& options,
                 FetchState& state, const DocumentSink& sink, nlp::Reporter& reporter);

// A source for a bare URL given on the command line: kind kAuto, no name.
Source SourceForUrl(const std::string& url);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_CRAWLER_H_
