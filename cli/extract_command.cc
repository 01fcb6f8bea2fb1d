// whosaid extract: analyse files and print one JSON object per document.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/analysis_setup.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "ingest/document_reader.h"
#include "ingest/language_id.h"

namespace whosaid::cli {
namespace {

struct ExtractOptions {
  std::string input = "auto";
  RuleOptions rules;
  bool with_text = false;
  std::string format = "jsonl";
  std::vector<std::string> paths;
};

int RunExtract(const ExtractOptions& options) {
  ingest::InputFormat format;
  if (!ingest::ParseInputFormat(options.input, &format)) {
    std::cerr << "whosaid extract: unknown --input " << options.input << '\n';
    return kExitUsage;
  }
  auto analyzer = BuildAnalyzer(options.rules);
  if (!analyzer.ok()) {
    std::cerr << "whosaid extract: " << analyzer.status().message() << '\n';
    return kExitFailure;
  }
  StderrReporter reporter;
  size_t failed_inputs = 0;
  size_t documents = 0;
  for (const std::string& path : options.paths) {
    std::vector<std::string> files =
        path == "-" ? std::vector<std::string>{"-"}
                    : ingest::ListInputFiles({path}, reporter);
    if (files.empty()) ++failed_inputs;
    for (const std::string& file : files) {
      auto bytes = ingest::ReadInputFile(file);
      if (!bytes.ok()) {
        std::cerr << "whosaid: " << bytes.status().message() << '\n';
        ++failed_inputs;
        continue;
      }
      const size_t before = reporter.count();
      std::vector<nlp::Document> docs =
          ingest::ReadDocuments(file, *bytes, format, reporter);
      if (docs.empty() && reporter.count() > before) ++failed_inputs;
      for (const nlp::Document& doc : docs) {
        nlp::Analysis analysis = (*analyzer)->Analyze(doc, &reporter);
        nlohmann::json j = AnalysisToJson(doc, analysis, options.with_text);
        // Beside the language the document carries (declared, else
        // detected), what its text alone says.
        if (options.with_text) {
          j["language_detected"] = ingest::DetectLanguage(doc.text).tag;
        }
        std::cout << j.dump(-1, ' ', false,
                            nlohmann::json::error_handler_t::replace)
                  << '\n';
        ++documents;
      }
    }
  }
  std::cout.flush();
  if (failed_inputs == 0) return kExitOk;
  return documents > 0 ? kExitPartial : kExitFailure;
}

}  // namespace

void RegisterExtract(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Analyse documents and print one JSON object per document");
  cmd->add_option("--input", options->input, "Input format")
      ->check(CLI::IsMember({"auto", "html", "text", "jsonl", "feed", "json"}))
      ->capture_default_str();
  AddRuleOptions(*cmd, options->rules);
  cmd->add_flag("--with-text", options->with_text,
                "Include the normalised text every offset points into");
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  cmd->add_option("paths", options->paths, "Files, folders, or - for stdin")
      ->required();
  cmd->callback([options, run] { *run = [options] { return RunExtract(*options); }; });
}

}  // namespace whosaid::cli
