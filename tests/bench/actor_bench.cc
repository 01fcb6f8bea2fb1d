// Actors, quantities, claims and topics benchmark (a program, not a test).
//
// Loads every builtin rule pack plus a synthetic actor pack of 5,000 people
// and organisations (10,000 names and aliases), builds at least 20 MB of
// news-like documents from the corpus paragraphs (corpora/*/*.txt, headers
// dropped) and from generated sentences that name pack actors, discovered
// people, quantities and claims, then times on one thread:
//   1. the whole nlp::Analyzer,
//   2. ActorFinder::Find alone,
//   3. QuantityExtractor::Extract alone,
//   4. ClaimExtractor::Extract alone (on the finder's actors),
// and prints MB/s per core (bytes over the thread's CPU time) for each.
//
// Usage: actor_bench [CORPORA_DIR] [MEGABYTES]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "nlp/actor_finder.h"
#include "nlp/analyzer.h"
#include "nlp/claim_extractor.h"
#include "nlp/name_scanner.h"
#include "nlp/phrase_matcher.h"
#include "nlp/normalizer.h"
#include "nlp/quantity_extractor.h"
#include "nlp/rule_pack.h"
#include "nlp/topic_tagger.h"
#include "tests/bench/bench_text.h"
#include "tests/bench/synthetic_pack.h"

namespace {

namespace fs = std::filesystem;
using namespace whosaid::nlp;
using whosaid::bench::kSyntheticActors;
using whosaid::bench::SyntheticName;
using whosaid::bench::SyntheticPack;
using whosaid::bench::ThreadCpuSeconds;

std::string Sentence(std::mt19937& rng) {
  static const char* kCues[] = {"said", "expects", "pledged", "denied",
                                "insisted", "warned"};
  static const char* kClauses[] = {
      "that tariffs of 25 percent would stay until purchases of 12 million "
      "tonnes of soybeans were met",
      "that Beijing would buy $18 billion of aircraft and LNG",
      "that export controls on chips were not negotiable",
      "that the yuan had weakened 1.4% against the dollar"};
  auto pick = [&](auto& arr) {
    return arr[rng() % (sizeof(arr) / sizeof(arr[0]))];
  };
  const int i = static_cast<int>(rng() % kSyntheticActors);
  std::string holder = i % 2 == 0 ? SyntheticName(i)
                                  : SyntheticName(i).substr(
                                        SyntheticName(i).find(' ') + 1) +
                                        " Holdings";
  switch (rng() % 4) {
    case 0:
      return holder + " " + pick(kCues) + " " + pick(kClauses) + ".";
    case 1:
      return "Jo Marlow, a senior fellow at the Harbor Institute, " +
             std::string(pick(kCues)) + " " + pick(kClauses) + ".";
    case 2:
      return "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in "
             "Geneva, and " + holder + " said exports rose 3 percent.";
    default:
      return "Trade Envoy Ana Ruiz told reporters in Washington that the "
             "envoy " + std::string(pick(kCues)) + " " + pick(kClauses) + ".";
  }
}

// MB/s over this thread's CPU time, so that other work on the machine does
// not count against the figure.
template <typename Fn>
double MegabytesPerSecond(size_t bytes, Fn&& fn) {
  const double start = ThreadCpuSeconds();
  fn();
  return bytes / 1e6 / (ThreadCpuSeconds() - start);
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path corpora =
      argc > 1 ? fs::path(argv[1]) : fs::path(WHOSAID_SOURCE_DIR) / "corpora";
  const size_t megabytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20;

  std::vector<RuleFile> files = BuiltinRuleFiles();
  files.push_back({"synthetic-actors.toml", SyntheticPack()});
  auto pack = LoadRulePack(files);
  if (!pack.ok()) {
    std::fprintf(stderr, "%s\n", std::string(pack.status().message()).c_str());
    return 3;
  }
  size_t names = 0;
  for (const KnownActor& a : pack->actors) names += 1 + a.aliases.size();
  const RulePack rules = *pack;
  auto analyzer = Analyzer::Create(*std::move(pack));
  if (!analyzer.ok()) return 3;

  whosaid::bench::DocumentOptions options;
  options.seed = 4;
  options.title = "Trade talks resume";
  options.published = "2025-10-30";
  options.trailing_separator = true;
  std::vector<Document> docs = whosaid::bench::MakeDocuments(
      whosaid::bench::CorpusParagraphs(corpora), megabytes << 20, options,
      [](std::mt19937& rng) {
        std::string paragraph;
        for (int s = 0; s < 3; ++s) paragraph += Sentence(rng) + " ";
        return paragraph;
      });
  size_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  std::printf("%zu documents, %.1f MB, %zu actors, %zu names and aliases\n",
              docs.size(), bytes / 1e6, rules.actors.size(), names);

  size_t counts[4] = {};
  const double whole = MegabytesPerSecond(bytes, [&] {
    for (const Document& d : docs) {
      Analysis a = (*analyzer)->Analyze(d, nullptr);
      counts[0] += a.actors.size();
      counts[1] += a.quantities.size();
      counts[2] += a.claims.size();
      counts[3] += a.quotes.size();
    }
  });
  std::printf("whole analyzer:      %7.1f MB/s per core (%zu actors, %zu "
              "quantities, %zu claims, %zu quotes)\n",
              whole, counts[0], counts[1], counts[2], counts[3]);

  std::vector<std::string> texts;
  for (const Document& d : docs) texts.push_back(Normalize(d.text).text);
  std::vector<std::string> cue_forms;
  for (const CueVerb& c : rules.cues) cue_forms.push_back(c.form);
  for (const ClaimCue& c : rules.claim_cues) cue_forms.push_back(c.form);
  const ActorFinder finder(rules.actors, rules.discovery, cue_forms);
  std::vector<std::vector<ActorInText>> actors(texts.size());
  const double find = MegabytesPerSecond(bytes, [&] {
    for (size_t i = 0; i < texts.size(); ++i) {
      actors[i] = finder.Find(texts[i], "2025-10-30");
    }
  });
  std::printf("actor finder:        %7.1f MB/s per core\n", find);

  if (std::getenv("ACTOR_BENCH_PARTS")) {
    std::vector<PhraseMatcher::Phrase> phrases;
    for (const KnownActor& a : rules.actors) {
      phrases.push_back({a.name, true});
      for (const std::string& alias : a.aliases) phrases.push_back({alias, true});
    }
    const PhraseMatcher matcher(std::move(phrases));
    size_t n = 0;
    std::printf("  phrase matcher:    %7.1f MB/s per core (%zu states)\n",
                MegabytesPerSecond(bytes, [&] {
                  for (const auto& t : texts) n += matcher.FindAll(t).size();
                }),
                matcher.state_count());
    const NameScanner::Words words =
        NameScanner::Words::From(rules.discovery, cue_forms);
    const NameScanner scanner(words);
    std::printf("  name scanner:      %7.1f MB/s per core\n",
                MegabytesPerSecond(bytes, [&] {
                  for (const auto& t : texts) n += scanner.Scan(t).size();
                }));
  }

  const QuantityExtractor quantities(rules.quantities);
  std::vector<std::vector<Quantity>> found(texts.size());
  const double quantity = MegabytesPerSecond(bytes, [&] {
    for (size_t i = 0; i < texts.size(); ++i) {
      found[i] = quantities.Extract(texts[i]);
    }
  });
  std::printf("quantity extractor:  %7.1f MB/s per core\n", quantity);

  const ClaimExtractor claims(rules.claim_cues, rules.discovery, rules.cues);
  const TopicTagger topics(rules.topics);
  size_t claim_count = 0;
  const double claim = MegabytesPerSecond(bytes, [&] {
    for (size_t i = 0; i < texts.size(); ++i) {
      claim_count += claims
                         .Extract({texts[i], &actors[i], nullptr, &found[i],
                                   &topics, ""})
                         .size();
    }
  });
  std::printf("claims + topics:     %7.1f MB/s per core (%zu claims)\n", claim,
              claim_count);
  return 0;
}
