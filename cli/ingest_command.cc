// whosaid ingest: read local files and folders, fetch URLs and configured
// sources, analyse them and write the results to the store.

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "cli/analysis_setup.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fetch_ingest.h"
#include "cli/output.h"
#include "cli/store_options.h"
#include "ingest/document_reader.h"
#include "ingest/sources.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

struct IngestOptions {
  std::string db;
  RuleOptions rules;
  bool quiet = false;
  std::string sources_file;
  std::string contact;
  std::vector<std::string> paths;
};

// Reads, analyses and stores local files; returns how many items failed.
size_t IngestLocalFiles(const std::vector<std::string>& paths, const nlp::Analyzer& analyzer,
                        store::Store& store, StderrReporter& reporter, StoreCounts& counts) {
  size_t failed = 0;
  const size_t before_list = reporter.count();
  std::vector<std::string> files = ingest::ListInputFiles(paths, reporter);
  failed += reporter.count() - before_list;
  for (const std::string& file : files) {
    auto bytes = ingest::ReadInputFile(file);
    if (!bytes.ok()) {
      std::cerr << "whosaid: " << bytes.status().message() << '\n';
      ++failed;
      continue;
    }
    const size_t before = reporter.count();
    std::vector<nlp::Document> docs =
        ingest::ReadDocuments(file, *bytes, ingest::InputFormat::kAuto, reporter);
    failed += reporter.count() - before;
    for (const nlp::Document& doc : docs) {
      nlp::Analysis analysis = analyzer.Analyze(doc, &reporter);
      auto outcome = store.Put(doc, analysis);
      if (!outcome.ok()) {
        std::cerr << "whosaid: " << doc.id << ": " << outcome.status().message() << '\n';
        ++failed;
        continue;
      }
      switch (*outcome) {
        case store::PutOutcome::kNew: ++counts.added; counts.quotes += analysis.quotes.size(); break;
        case store::PutOutcome::kUpdated: ++counts.updated; counts.quotes += analysis.quotes.size(); break;
        case store::PutOutcome::kUnchanged: ++counts.unchanged; break;
      }
    }
  }
  return failed;
}

void PrintFetchSummary(const ingest::CrawlStats& s) {
  std::cerr << "whosaid ingest: fetched " << s.pages << " pages and " << s.lists
            << " feeds in " << s.requests << " requests; " << s.not_modified
            << " not modified, " << s.unchanged << " unchanged, " << s.seen_items
            << " items seen before, " << s.sources_skipped << " sources not due, "
            << s.blocked << " blocked by robots.txt, " << s.failed << " failed\n";
}

int RunIngest(const IngestOptions& options) {
  std::vector<std::string> local, urls;
  for (const std::string& p : options.paths) (IsUrlArgument(p) ? urls : local).push_back(p);
  if (local.empty() && urls.empty() && options.sources_file.empty()) {
    std::cerr << "whosaid ingest: give files, folders, URLs or --sources FILE\n";
    return kExitUsage;
  }
  ingest::SourcesConfig config;
  if (!options.sources_file.empty()) {
    auto loaded = ingest::LoadSources(options.sources_file);
    if (!loaded.ok()) {
      std::cerr << "whosaid ingest: " << loaded.status().message() << '\n';
      return kExitFailure;
    }
    config = std::move(*loaded);
  } else {
    const char* env = std::getenv("WHOSAID_CONTACT");
    config.fetch.user_agent = ingest::MakeUserAgent(
        "whosaid/0.1", !options.contact.empty() ? options.contact : (env ? env : ""));
  }
  for (const std::string& url : urls) config.sources.push_back(ingest::SourceForUrl(url));

  auto analyzer = BuildAnalyzer(options.rules);
  if (!analyzer.ok()) {
    std::cerr << "whosaid ingest: " << analyzer.status().message() << '\n';
    return kExitFailure;
  }
  auto store = store::OpenSqliteStore(options.db);
  if (!store.ok()) {
    std::cerr << "whosaid ingest: " << store.status().message() << '\n';
    return kExitFailure;
  }
  StderrReporter reporter;
  StoreCounts counts;
  size_t failed = IngestLocalFiles(local, **analyzer, **store, reporter, counts);
  if (!config.sources.empty()) {
    ingest::CrawlStats stats =
        FetchAndStore(config.sources, config.fetch, **analyzer, **store, reporter, counts);
    failed += stats.failed;
    if (!options.quiet || stats.failed > 0) PrintFetchSummary(stats);
  }
  if (!options.quiet || failed > 0) {
    std::cerr << "whosaid ingest: " << counts.added << " new, " << counts.updated
              << " updated, " << counts.unchanged << " unchanged, " << failed << " failed; "
              << counts.quotes << " quotes stored in " << options.db << '\n';
  }
  if (failed == 0) return kExitOk;
  return counts.added + counts.updated + counts.unchanged > 0 ? kExitPartial : kExitFailure;
}

}  // namespace

void RegisterIngest(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read files and folders, fetch URLs and configured sources, analyse them and store the "
      "results");
  AddDbOption(*cmd, options->db);
  AddRuleOptions(*cmd, options->rules);
  cmd->add_flag("-q,--quiet", options->quiet, "Print nothing on success");
  cmd->add_option("--sources", options->sources_file,
                  "sources.toml listing feeds, sitemaps, pages and accounts to fetch");
  cmd->add_option("--contact", options->contact,
                  "Contact URL sent in the User-Agent when fetching URLs without --sources "
                  "(default $WHOSAID_CONTACT)");
  cmd->add_option("paths", options->paths,
                  "Files, folders and http(s) URLs of pages or feeds to ingest");
  cmd->callback([options, run] { *run = [options] { return RunIngest(*options); }; });
}

}  // namespace whosaid::cli
