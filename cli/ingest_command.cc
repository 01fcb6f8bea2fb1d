// whosaid ingest: read local files and folders, fetch URLs and configured
// sources, analyse them and write the results to the store, as one run of
// a RunSession (lock, run log, progress, report, exit code).

#include "cli/ingest_command.h"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <utility>

#include "cli/analysis_setup.h"
#include "cli/exit_codes.h"
#include "cli/fetch_ingest.h"
#include "cli/fetch_run.h"
#include "cli/run_session.h"
#include "ingest/document_reader.h"
#include "ingest/sources.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

// Local files: each path argument is one source of the run.
void IngestLocalFiles(const std::vector<std::string>& paths,
                      const nlp::Analyzer& analyzer, RunSession& session) {
  std::vector<std::pair<std::string, std::string>> work;  // source, file
  for (const std::string& path : paths) {
    session.summary().Source(path);
    auto failures = session.FailureReporter(path);
    for (std::string& file : ingest::ListInputFiles({path}, *failures)) {
      work.emplace_back(path, std::move(file));
    }
  }
  session.progress().SetTotal(work.size());
  for (const auto& [source, file] : work) {
    const auto started = std::chrono::steady_clock::now();
    auto failures = session.FailureReporter(source);
    auto bytes = ingest::ReadInputFile(file);
    if (!bytes.ok()) {
      session.Failed(source, file, std::string(bytes.status().message()));
    } else {
      for (const nlp::Document& doc : ingest::ReadDocuments(
               file, *bytes, ingest::InputFormat::kAuto, *failures)) {
        if (absl::Status s = session.StoreDocument(doc, source, analyzer); !s.ok()) {
          session.Failed(source, doc.id, std::string(s.message()));
        }
      }
    }
    session.summary().AddSeconds(
        source, std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              started).count());
    session.progress().Advance();
  }
}

std::string FetchSummary(const ingest::CrawlStats& s) {
  return "whosaid ingest: fetched " + std::to_string(s.pages) + " pages and " +
         std::to_string(s.lists) + " feeds in " + std::to_string(s.requests) +
         " requests; " + std::to_string(s.not_modified) + " not modified, " +
         std::to_string(s.unchanged) + " unchanged, " + std::to_string(s.seen_items) +
         " items seen before, " + std::to_string(s.sources_skipped) +
         " sources not due, " + std::to_string(s.blocked) + " blocked by robots.txt, " +
         std::to_string(s.failed) + " failed";
}

}  // namespace

int RunIngest(const IngestOptions& options) {
  std::vector<std::string> local, urls;
  for (const std::string& p : options.paths) (IsUrlArgument(p) ? urls : local).push_back(p);
  if (local.empty() && urls.empty() && options.sources_file.empty()) {
    std::cerr << "whosaid: error: give files, folders, URLs or --sources FILE\n";
    return kExitUsage;
  }
  RunSession session("ingest", options.db, options.run);
  if (int rc = session.Lock(); rc != kExitOk) return rc;
  ingest::SourcesConfig config;
  if (!options.sources_file.empty()) {
    auto loaded = ingest::LoadSources(options.sources_file);
    if (!loaded.ok()) return session.Fail(std::string(loaded.status().message()));
    config = std::move(*loaded);
  } else {
    const char* env = std::getenv("WHOSAID_CONTACT");
    config.fetch.user_agent = ingest::MakeUserAgent(
        "whosaid/0.1", !options.contact.empty() ? options.contact : (env ? env : ""));
  }
  for (const std::string& url : urls) config.sources.push_back(ingest::SourceForUrl(url));
  auto analyzer = BuildAnalyzer(options.rules);
  if (!analyzer.ok()) return session.Fail(std::string(analyzer.status().message()));
  auto store = store::OpenSqliteStore(options.db);
  if (!store.ok()) return session.Fail(std::string(store.status().message()));
  session.Begin(**store);
  IngestLocalFiles(local, **analyzer, session);
  if (!config.sources.empty()) {
    ingest::CrawlStats stats =
        FetchInSession(config.sources, config.fetch, **analyzer, **store, session);
    session.diagnostics().Note(FetchSummary(stats));
  }
  return session.Finish();
}

}  // namespace whosaid::cli
