#include "tests/bench/bench_text.h"

#include <time.h>

#include <fstream>
#include <sstream>

namespace whosaid::bench {

namespace fs = std::filesystem;

std::vector<std::string> CorpusParagraphs(const fs::path& root) {
  std::vector<std::string> out;
  if (!fs::is_directory(root)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".txt") continue;
    // The held-out quality set (corpora/heldout) stays out, so the
    // benchmark text is the same from session to session.
    if (entry.path().parent_path().filename() == "heldout") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    // The header (metadata lines) ends at the first blank line.
    const size_t body = text.find("\n\n");
    if (body == std::string::npos) continue;
    size_t pos = body + 2;
    while (pos < text.size()) {
      size_t end = text.find("\n\n", pos);
      if (end == std::string::npos) end = text.size();
      if (end > pos + 40) out.push_back(text.substr(pos, end - pos));
      pos = end + 2;
    }
  }
  return out;
}

std::vector<nlp::Document> MakeDocuments(
    const std::vector<std::string>& corpus, size_t bytes,
    const DocumentOptions& options,
    const std::function<std::string(std::mt19937&)>& synthetic) {
  std::mt19937 rng(options.seed);
  std::vector<nlp::Document> docs;
  size_t total = 0;
  while (total < bytes) {
    nlp::Document doc;
    doc.id = "bench-" + std::to_string(docs.size());
    doc.title = options.title;
    if (!options.published.empty()) {
      doc.published = nlp::ParseIso8601(options.published);
    }
    for (int p = 0; p < options.paragraphs; ++p) {
      if (!options.trailing_separator && !doc.text.empty()) doc.text += "\n\n";
      // With corpus_only the coin is not tossed: the sequence of random
      // numbers, and so the text, stays what it was before this file.
      if (!corpus.empty() &&
          (options.corpus_only ||
           rng() % options.corpus_odds_of < options.corpus_odds_in)) {
        doc.text += corpus[rng() % corpus.size()];
      } else {
        doc.text += synthetic(rng);
      }
      if (options.trailing_separator) doc.text += "\n\n";
    }
    total += doc.text.size();
    docs.push_back(std::move(doc));
  }
  return docs;
}

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

}  // namespace whosaid::bench
