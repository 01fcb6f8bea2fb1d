// whosaid ingest: read local files and folders, analyse them and write the
// results to the store.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/analysis_setup.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "cli/store_options.h"
#include "ingest/document_reader.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

struct IngestOptions {
  std::string db;
  RuleOptions rules;
  bool quiet = false;
  std::vector<std::string> paths;
};

int RunIngest(const IngestOptions& options) {
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
  size_t failed = 0, added = 0, updated = 0, unchanged = 0, quotes = 0;
  std::vector<std::string> files = ingest::ListInputFiles(options.paths, reporter);
  failed += reporter.count();
  for (const std::string& file : files) {
    auto bytes = ingest::ReadInputFile(file);
    if (!bytes.ok()) {
      std::cerr << "whosaid: " << bytes.status().message() << '\n';
      ++failed;
      continue;
    }
    const size_t before = reporter.count();
    std::vector<nlp::Document> docs = ingest::ReadDocuments(
        file, *bytes, ingest::InputFormat::kAuto, reporter);
    failed += reporter.count() - before;
    for (const nlp::Document& doc : docs) {
      nlp::Analysis analysis = (*analyzer)->Analyze(doc, &reporter);
      auto outcome = (*store)->Put(doc, analysis);
      if (!outcome.ok()) {
        std::cerr << "whosaid: " << doc.id << ": " << outcome.status().message()
                  << '\n';
        ++failed;
        continue;
      }
      switch (*outcome) {
        case store::PutOutcome::kNew: ++added; quotes += analysis.quotes.size(); break;
        case store::PutOutcome::kUpdated: ++updated; quotes += analysis.quotes.size(); break;
        case store::PutOutcome::kUnchanged: ++unchanged; break;
      }
    }
  }
  if (!options.quiet || failed > 0) {
    std::cerr << "whosaid ingest: " << added << " new, " << updated
              << " updated, " << unchanged << " unchanged, " << failed
              << " failed; " << quotes << " quotes stored in " << options.db
              << '\n';
  }
  if (failed == 0) return kExitOk;
  return added + updated + unchanged > 0 ? kExitPartial : kExitFailure;
}

}  // namespace

void RegisterIngest(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Read files and folders, analyse them and store the results");
  AddDbOption(*cmd, options->db);
  AddRuleOptions(*cmd, options->rules);
  cmd->add_flag("-q,--quiet", options->quiet, "Print nothing on success");
  cmd->add_option("paths", options->paths, "Files and folders to ingest")
      ->required();
  cmd->callback([options, run] { *run = [options] { return RunIngest(*options); }; });
}

}  // namespace whosaid::cli
