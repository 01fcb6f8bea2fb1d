// The gold corpora the quality tests score, and the analyzer they score:
// one definition for quote_quality_test.cc and actor_claim_quality_test.cc.
//
// The corpora are `$WHOSAID_CORPORA`, else the repository's corpora/. Each
// folder with a `_gold.jsonl` (or `gold.jsonl`) is a gold set. The folder
// `heldout` is the sealed held-out set (corpora/heldout/README.md): the
// rules in nlp/ were not developed against it, so it is scored apart and
// never counts toward the development figures.

#ifndef WHOSAID_TESTS_QUALITY_GOLD_SETS_H_
#define WHOSAID_TESTS_QUALITY_GOLD_SETS_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

#include "nlp/analyzer.h"
#include "nlp/rule_pack.h"

namespace whosaid::quality {

inline constexpr char kHeldOutFolder[] = "heldout";

inline std::filesystem::path CorporaDir() {
  if (const char* env = std::getenv("WHOSAID_CORPORA")) return env;
  return std::filesystem::path(WHOSAID_SOURCE_DIR) / "corpora";
}

// Gold files of the folders under `root`: the held-out folder alone when
// `held_out`, otherwise every other folder (the development set). Sorted;
// empty when there are none.
inline std::vector<std::filesystem::path> GoldFiles(
    const std::filesystem::path& root, bool held_out) {
  namespace fs = std::filesystem;
  std::vector<fs::path> golds;
  std::error_code ec;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_directory()) continue;
    if ((it->path().filename() == kHeldOutFolder) != held_out) continue;
    for (const char* name : {"_gold.jsonl", "gold.jsonl"}) {
      if (fs::exists(it->path() / name)) {
        golds.push_back(it->path() / name);
        break;
      }
    }
  }
  std::sort(golds.begin(), golds.end());
  return golds;
}

// The analyzer with the built-in rule packs; null (with a test failure)
// when they do not load.
inline std::unique_ptr<nlp::Analyzer> BuiltinAnalyzer() {
  auto pack = nlp::LoadRulePack(nlp::BuiltinRuleFiles());
  EXPECT_TRUE(pack.ok()) << pack.status();
  if (!pack.ok()) return nullptr;
  auto analyzer = nlp::Analyzer::Create(*std::move(pack));
  EXPECT_TRUE(analyzer.ok()) << analyzer.status();
  if (!analyzer.ok()) return nullptr;
  return *std::move(analyzer);
}

}  // namespace whosaid::quality

#endif  // WHOSAID_TESTS_QUALITY_GOLD_SETS_H_
