// Fuzzes rule-pack loading (TOML parsing, validation, pattern compilation)
// and, when a pack loads, building an Analyzer from it and running it on a
// short text that exercises the cue, actor and topic rules.

#include <cstddef>
#include <cstdint>
#include <string>

#include "nlp/actor_finder.h"
#include "nlp/analyzer.h"
#include "nlp/rule_pack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<whosaid::nlp::RuleFile> files = {
      {"fuzz.toml", std::string(reinterpret_cast<const char*>(data), size)}};
  auto pack = whosaid::nlp::LoadRulePack(files);
  if (!pack.ok()) {
    if (pack.status().message().empty()) __builtin_trap();
    return 0;
  }
  whosaid::nlp::Document doc;
  doc.id = "fuzz";
  doc.text =
      "“Tariffs will fall,” Ann Lee said on Tuesday.\n\n"
      "The ministry told reporters that soybean purchases would resume.";
  if (pack->cues.empty()) {
    // Compiling the quote rules costs ~100 ms; only packs that change them
    // pay for it, so the fuzzer spends its time on parsing and validation.
    whosaid::nlp::ActorFinder actors(pack->actors);
    actors.Find(doc.text, "2025-10-30");
    return 0;
  }
  auto analyzer = whosaid::nlp::Analyzer::Create(*std::move(pack));
  if (!analyzer.ok()) return 0;
  (*analyzer)->Analyze(doc, nullptr);
  return 0;
}
