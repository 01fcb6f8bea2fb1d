// Wiring: crawler → analyzer → store, and the store as fetch state.

#include "cli/fetch_ingest.h"

#include <cctype>

namespace whosaid::cli {

absl::StatusOr<std::optional<ingest::UrlState>> StoreFetchState::GetUrlState(
    const std::string& url) {
  auto row = store_.GetFetchState(url);
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<ingest::UrlState>();
  return std::optional<ingest::UrlState>(ingest::UrlState{
      (*row)->etag, (*row)->last_modified, (*row)->content_hash, (*row)->fetched_at});
}

absl::Status StoreFetchState::PutUrlState(const std::string& url,
                                          const ingest::UrlState& state) {
  return store_.PutFetchState(
      url, store::FetchStateRow{state.etag, state.last_modified, state.content_hash,
                                state.fetched_at});
}

absl::StatusOr<bool> StoreFetchState::HasItem(const std::string& url) {
  return store_.HasItem(url);
}

absl::Status StoreFetchState::AddItem(const std::string& url, const std::string& source) {
  return store_.AddItem(url, source);
}

absl::Status StoreFetchState::RecordFetch(const ingest::FetchRecord& r) {
  store::FetchLogRow row;
  row.url = r.url;
  row.final_url = r.final_url;
  row.source = r.source;
  row.outcome = r.outcome;
  row.http_status = r.http_status;
  row.reason = r.reason;
  row.attempts = r.attempts;
  row.bytes = r.bytes;
  row.fetched_at = r.fetched_at;
  row.seconds = r.seconds;
  return store_.RecordFetch(row);
}

ingest::CrawlStats FetchAndStore(const std::vector<ingest::Source>& sources,
                                 const ingest::FetchOptions& options,
                                 const nlp::Analyzer& analyzer, store::Store& store,
                                 nlp::Reporter& reporter, StoreCounts& counts) {
  StoreFetchState state(store);
  auto sink = [&](nlp::Document&& doc) -> absl::Status {
    nlp::Analysis analysis = analyzer.Analyze(doc, &reporter);
    auto outcome = store.Put(doc, analysis);
    if (!outcome.ok()) return outcome.status();
    switch (*outcome) {
      case store::PutOutcome::kNew: ++counts.added; counts.quotes += analysis.quotes.size(); break;
      case store::PutOutcome::kUpdated: ++counts.updated; counts.quotes += analysis.quotes.size(); break;
      case store::PutOutcome::kUnchanged: ++counts.unchanged; break;
    }
    return absl::OkStatus();
  };
  return ingest::Crawl(sources, options, state, sink, reporter);
}

bool IsUrlArgument(std::string_view arg) {
  std::string head(arg.substr(0, 8));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0;
}

}  // namespace whosaid::cli
