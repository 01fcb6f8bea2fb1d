// whosaid extract: analyse files and print one JSON object per document.

#include "cli/extract_command.h"

#include <iostream>

#include "cli/analysis_setup.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "ingest/document_reader.h"
#include "ingest/language_id.h"

namespace whosaid::cli {

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
      // Beside the language each document carries (declared, else
      // detected), what its text alone says: the reader's own guesses.
      std::vector<ingest::LanguageGuess> detected;
      std::vector<nlp::Document> docs = ingest::ReadDocuments(
          file, *bytes, format, reporter,
          options.with_text ? &detected : nullptr);
      if (docs.empty() && reporter.count() > before) ++failed_inputs;
      for (size_t i = 0; i < docs.size(); ++i) {
        const nlp::Document& doc = docs[i];
        nlp::Analysis analysis = (*analyzer)->Analyze(doc, &reporter);
        nlohmann::json j = AnalysisToJson(doc, analysis, options.with_text);
        if (options.with_text) j["language_detected"] = detected[i].tag;
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

}  // namespace whosaid::cli
