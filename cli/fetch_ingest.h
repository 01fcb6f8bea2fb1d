// The network side of `whosaid ingest`: fetches URLs and configured sources
// through ingest::Crawl, analyses each page and writes it to the store, and
// keeps the fetcher's memory (validators, seen items, fetch log) in the
// store's fetch tables.

#ifndef WHOSAID_CLI_FETCH_INGEST_H_
#define WHOSAID_CLI_FETCH_INGEST_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/crawler.h"
#include "ingest/fetch_state.h"
#include "nlp/analyzer.h"
#include "nlp/reporter.h"
#include "store/store.h"

namespace whosaid::cli {

// ingest::FetchState on top of the store's fetch tables.
class StoreFetchState : public ingest::FetchState {
 public:
  explicit StoreFetchState(store::Store& store) : store_(store) {}
  absl::StatusOr<std::optional<ingest::UrlState>> GetUrlState(const std::string& url) override;
  absl::Status PutUrlState(const std::string& url, const ingest::UrlState& state) override;
  absl::StatusOr<bool> HasItem(const std::string& url) override;
  absl::Status AddItem(const std::string& url, const std::string& source) override;
  absl::Status RecordFetch(const ingest::FetchRecord& record) override;

 private:
  store::Store& store_;
};

// What a fetch run did to the store.
struct StoreCounts {
  size_t added = 0, updated = 0, unchanged = 0, quotes = 0;
};

// Crawls `sources`, analysing and storing every page as it arrives.
ingest::CrawlStats FetchAndStore(const std::vector<ingest::Source>& sources,
                                 const ingest::FetchOptions& options,
                                 const nlp::Analyzer& analyzer, store::Store& store,
                                 nlp::Reporter& reporter, StoreCounts& counts);

// True for arguments that name a URL rather than a local path.
bool IsUrlArgument(std::string_view arg);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_FETCH_INGEST_H_
