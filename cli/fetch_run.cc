#include "cli/fetch_run.h"

#include "cli/fetch_ingest.h"

namespace whosaid::cli {
namespace {

// The store's fetch state, which also tallies every fetch in the session.
class TallyingFetchState : public StoreFetchState {
 public:
  TallyingFetchState(store::Store& store, RunSession& session)
      : StoreFetchState(store), session_(session) {}

  absl::Status RecordFetch(const ingest::FetchRecord& r) override {
    const std::string source = FetchSourceName(r.source);
    RunSummary& summary = session_.summary();
    summary.AddSeconds(source, r.seconds);
    if (r.outcome == "failed") {
      // The crawler prints the failure through its reporter; tally only.
      summary.Failed(source, r.url + ": " + r.reason);
    } else if (r.outcome == "not_modified" || r.outcome == "unchanged") {
      summary.Fetched(source);
      summary.Stored(source, store::PutOutcome::kUnchanged, 0);
    } else {
      summary.Source(source);  // ok (counted by the sink), blocked, skipped
    }
    session_.progress().Advance();
    return StoreFetchState::RecordFetch(r);
  }

 private:
  RunSession& session_;
};

}  // namespace

std::string FetchSourceName(const std::string& configured_name) {
  return configured_name.empty() ? "(urls)" : configured_name;
}

ingest::CrawlStats FetchInSession(const std::vector<ingest::Source>& sources,
                                  const ingest::FetchOptions& options,
                                  const nlp::Analyzer& analyzer, store::Store& store,
                                  RunSession& session) {
  TallyingFetchState state(store, session);
  DiagnosticsReporter errors(session.diagnostics(), DiagnosticsReporter::Level::kError);
  for (const ingest::Source& s : sources) session.summary().Source(FetchSourceName(s.name));
  session.progress().SetTotal(0);  // pages to come are not known in advance
  auto sink = [&](nlp::Document&& doc) -> absl::Status {
    // An error here makes the crawler log the page as failed (tallied
    // above) and fetch it again next run.
    return session.StoreDocument(doc, FetchSourceName(doc.source), analyzer);
  };
  return ingest::Crawl(sources, options, state, sink, errors);
}

}  // namespace whosaid::cli
