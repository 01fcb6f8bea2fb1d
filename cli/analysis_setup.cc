#include "cli/analysis_setup.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"

namespace whosaid::cli {
namespace {

absl::StatusOr<nlp::RuleFile> ReadRuleFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot read rule file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return nlp::RuleFile{path, text.str()};
}

}  // namespace

absl::StatusOr<std::unique_ptr<nlp::Analyzer>> BuildAnalyzer(
    const RuleOptions& options) {
  std::vector<nlp::RuleFile> files;
  if (options.rules_dir.empty()) {
    files = nlp::BuiltinRuleFiles();
  } else {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<std::string> paths;
    for (fs::directory_iterator it(options.rules_dir, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".toml") paths.push_back(it->path().string());
    }
    if (ec) {
      return absl::NotFoundError("cannot read rules folder " +
                                 options.rules_dir + ": " + ec.message());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      auto f = ReadRuleFile(p);
      if (!f.ok()) return f.status();
      files.push_back(*std::move(f));
    }
  }
  for (const std::string& p : options.actors) {
    auto f = ReadRuleFile(p);
    if (!f.ok()) return f.status();
    files.push_back(*std::move(f));
  }
  auto pack = nlp::LoadRulePack(files);
  if (!pack.ok()) return pack.status();
  return nlp::Analyzer::Create(*std::move(pack));
}

}  // namespace whosaid::cli
