// whosaid ingest: read local files and folders, analyse them and write the
// results to the store.

#include <CLI/CLI.hpp>

#include <chrono>
#include <utility>

#include "cli/analysis_setup.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/run_session.h"
#include "cli/store_options.h"
#include "ingest/document_reader.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

struct IngestOptions {
  std::string db;
  RuleOptions rules;
  RunOptions run;  // --wait, --report, --quiet, --expect-every
  std::vector<std::string> paths;
};

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
        session.StoreDocument(doc, source, analyzer);
      }
    }
    session.summary().AddSeconds(
        source, std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              started).count());
    session.progress().Advance();
  }
}

int RunIngest(const IngestOptions& options) {
  RunSession session("ingest", options.db, options.run);
  if (int rc = session.Lock(); rc != kExitOk) return rc;
  auto analyzer = BuildAnalyzer(options.rules);
  if (!analyzer.ok()) return session.Fail(std::string(analyzer.status().message()));
  auto store = store::OpenSqliteStore(options.db);
  if (!store.ok()) return session.Fail(std::string(store.status().message()));
  session.Begin(**store);
  IngestLocalFiles(options.paths, **analyzer, session);
  return session.Finish();
}

}  // namespace

void RegisterIngest(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Read files and folders, analyse them and store the results");
  AddDbOption(*cmd, options->db);
  AddRuleOptions(*cmd, options->rules);
  AddRunOptions(*cmd, options->run);
  cmd->add_option("paths", options->paths, "Files and folders to ingest")
      ->required();
  cmd->callback([options, run] { *run = [options] { return RunIngest(*options); }; });
}

}  // namespace whosaid::cli
