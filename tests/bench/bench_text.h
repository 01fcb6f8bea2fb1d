// News-like benchmark text shared by the nlp benchmarks (quote_bench,
// actor_bench): corpus paragraphs (corpora/*/*.txt without their headers)
// mixed with synthetic paragraphs that each benchmark writes itself, cut
// into documents of 12 paragraphs. The text is deterministic for a given
// seed, so figures from different builds compare the same bytes.
//
// Also the thread-CPU clock both benchmarks report MB/s against. Not
// thread-safe (the generator callback may keep state); call from one thread.

#ifndef WHOSAID_TESTS_BENCH_BENCH_TEXT_H_
#define WHOSAID_TESTS_BENCH_BENCH_TEXT_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "nlp/document.h"

namespace whosaid::bench {

// The body paragraphs (longer than 40 bytes) of every .txt file under
// `root`, recursively, except the held-out quality set (a folder named
// "heldout"); empty when `root` is not a directory.
std::vector<std::string> CorpusParagraphs(const std::filesystem::path& root);

struct DocumentOptions {
  unsigned seed = 42;
  std::string title = "Benchmark document";
  std::string published;     // ISO 8601 date; empty: none
  bool corpus_only = false;  // every paragraph from the corpus (if any)
  // Otherwise a paragraph comes from the corpus with odds
  // corpus_odds_in of corpus_odds_of, else from the synthetic callback.
  unsigned corpus_odds_in = 1;
  unsigned corpus_odds_of = 2;
  int paragraphs = 12;  // per document
  // "\n\n" after every paragraph (true) or only between paragraphs.
  bool trailing_separator = false;
};

// Documents "bench-0", "bench-1", ... of options.paragraphs paragraphs
// each until their texts reach `bytes` in total. Each paragraph is, with
// the options' odds (or always with corpus_only), a random corpus
// paragraph, else synthetic(rng).
std::vector<nlp::Document> MakeDocuments(
    const std::vector<std::string>& corpus, size_t bytes,
    const DocumentOptions& options,
    const std::function<std::string(std::mt19937&)>& synthetic);

// CPU time consumed by the calling thread, in seconds.
double ThreadCpuSeconds();

}  // namespace whosaid::bench

#endif  // WHOSAID_TESTS_BENCH_BENCH_TEXT_H_
