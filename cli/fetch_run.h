// The network side of an ingest run inside a RunSession: crawls the
// sources, stores every page through the session (so that unchanged pages
// skip analysis), and tallies each fetch in the session's per-source
// health record from the fetch log entries. Not thread-safe.

#ifndef WHOSAID_CLI_FETCH_RUN_H_
#define WHOSAID_CLI_FETCH_RUN_H_

#include <string>
#include <vector>

#include "cli/run_session.h"
#include "ingest/crawler.h"
#include "ingest/sources.h"
#include "nlp/analyzer.h"
#include "store/store.h"

namespace whosaid::cli {

// The health-record name of a fetched source: its configured name, or
// "(urls)" for URLs given on the command line.
std::string FetchSourceName(const std::string& configured_name);

// Crawls `sources` as ingest::Crawl does, with the store as fetch state.
// Fetch failures are tallied as failed items of their source (a page that
// failed is fetched again next run); pages answered 304 or with the content
// of last time count as unchanged.
ingest::CrawlStats FetchInSession(const std::vector<ingest::Source>& sources,
                                  const ingest::FetchOptions& options,
                                  const nlp::Analyzer& analyzer, store::Store& store,
                                  RunSession& session);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_FETCH_RUN_H_
