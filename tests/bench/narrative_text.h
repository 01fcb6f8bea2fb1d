// Narrative paragraphs for news-like benchmark text: the sentences of a
// news story that carry no speech (shipments, prices, meetings, plants,
// people travelling), with the names, places, numbers, dates and curly
// apostrophes such sentences hold. Mixed with the corpus paragraphs (which
// are nearly all speech) they give generated text whose quotes, claims,
// actors and quantities per MB are those of real news (BENCHMARKS.md).
//
// The sentences are original and name only fictional people and firms;
// nobody is quoted. Deterministic for a given generator state.

#ifndef WHOSAID_TESTS_BENCH_NARRATIVE_TEXT_H_
#define WHOSAID_TESTS_BENCH_NARRATIVE_TEXT_H_

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "nlp/document.h"

namespace whosaid::bench {

// One paragraph of one to three narrative sentences, one in eight of them
// stating a fact with names and numbers, the others background.
std::string NarrativeParagraph(std::mt19937& rng);

// News-like documents (MakeDocuments, bench_text.h) until their texts reach
// `bytes`: 24 paragraphs each, a corpus paragraph with odds kCorpusPercent
// in 100, else a narrative one. The odds and the length were set so that
// quotes, claims and actors per MB and bytes per document come near those
// of the aeb pages' real news (BENCHMARKS.md, sixteenth session).
constexpr unsigned kCorpusPercent = 29;
std::vector<nlp::Document> NewsDocuments(
    const std::vector<std::string>& corpus, size_t bytes);

}  // namespace whosaid::bench

#endif  // WHOSAID_TESTS_BENCH_NARRATIVE_TEXT_H_
