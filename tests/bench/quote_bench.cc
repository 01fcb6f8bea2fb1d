// Quote extraction benchmark (a program, not a test).
//
// Builds at least 20 MB of news-like documents from the paragraphs of the
// corpus text files (corpora/*/*.txt, headers dropped) and from generated
// paragraphs, then times on one thread:
//   1. the whole nlp::Analyzer (normalise, segment, actors, quotes, claims,
//      quantities, topics: every pack),
//   2. the quote extractor: normalise + segment + quotes, speakers and
//      indirect speech (the cue pack only),
//   3. normalise + segment only,
//   4. the topic rules' RE2::Set, one scan of each document (the Analyzer
//      runs it over the document and again over each quote and claim): a
//      floor under the Analyzer's cost that no change to our code removes,
// and prints MB/s (per core: one thread) and the ratio of 1 and 2 to 3.
//
// Usage: quote_bench [CORPORA_DIR] [MEGABYTES] [news|mixed|corpus|aeb]
//                    [AEB_DIR]
// "news" (the default) mixes corpus paragraphs with narrative ones that
// hold no speech (narrative_text.h), in the proportion that gives real
// news's quotes per MB (one per 740 bytes; the aeb pages have one per 736).
// "mixed" is a stress text, the default until the sixteenth session:
// corpus paragraphs and synthetic sentences that are all speech, one
// quote per 112 bytes, six times real news's density. "corpus" builds
// documents from corpus paragraphs only (one quote per 254 bytes, like the
// gold corpora). "aeb" times real news instead: the main texts ingest
// extracts from the aeb pages (AEB_DIR, default ../shared/data/aeb/html
// beside the source tree, read in place), repeated to MEGABYTES.
//
// QUOTE_BENCH_SYNTHETIC_PACK=1 adds the 5,000-actor synthetic pack
// (synthetic_pack.h) to the builtin packs; QUOTE_BENCH_WHOLE_ONLY=1 and
// QUOTE_BENCH_EXTRACT_ONLY=1 time only pass 1 or pass 2 (for profilers);
// WHOSAID_BENCH_TEXT=FILE writes the text, to read it.
//
// With WHOSAID_BENCH_DUMP=FILE set, it also writes every field of every
// analysis (and every sentence span) to FILE, so that two builds can be
// shown to give the same output on the same text (diff the files).

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "nlp/analyzer.h"
#include "nlp/normalizer.h"
#include "nlp/quote_extractor.h"
#include "nlp/rule_pack.h"
#include "nlp/segmenter.h"
#include "nlp/topic_tagger.h"
#include "tests/bench/aeb_text.h"
#include "tests/bench/narrative_text.h"
#include "tests/bench/synthetic_pack.h"
#include "tests/bench/bench_text.h"

namespace {

namespace fs = std::filesystem;
using whosaid::bench::CorpusParagraphs;
using whosaid::bench::ThreadCpuSeconds;
using whosaid::nlp::Document;

std::string Synthetic(std::mt19937& rng) {
  static const char* kNames[] = {"Dana Whitlock", "Lin Mei", "Marta Keane",
                                 "Tomás Ibarra", "Chen Haoran", "Priya Natarajan"};
  static const char* kCues[] = {"said", "told reporters", "added", "warned",
                                "argued", "noted"};
  static const char* kClauses[] = {
      "the tariff truce would hold through the spring",
      "soybean purchases had picked up in recent weeks",
      "export controls on advanced chips were not negotiable",
      "both sides had narrowed their differences on market access"};
  static const char* kQuotes[] = {
      "We will judge this by results, not by paperwork",
      "This buys time, and time is what both economies need",
      "Nobody in the room thinks this is the end of the story",
      "The numbers look big in a headline"};
  auto pick = [&](auto& arr) {
    return arr[rng() % (sizeof(arr) / sizeof(arr[0]))];
  };
  std::string name = pick(kNames);
  std::string surname = name.substr(name.find(' ') + 1);
  switch (rng() % 5) {
    case 0:
      return std::string("“") + pick(kQuotes) + ",” " + surname + " said.";
    case 1:
      return name + " " + pick(kCues) + " that " + pick(kClauses) + ".";
    case 2:
      return std::string("“") + pick(kQuotes) + ",” said " + name +
             ", a former trade negotiator. “" + pick(kQuotes) + ".”";
    case 3:
      return std::string(pick(kClauses)) + ", " + surname + " said on Tuesday.";
    default:
      return surname + " called the plan “a bad joke” and said " +
             pick(kClauses) + ".";
  }
}

// MB/s over the thread's CPU time (what one core does, even on a loaded
// machine); `wall` receives MB/s over elapsed time.
template <typename F>
double MegabytesPerSecond(const std::vector<Document>& docs, size_t bytes,
                          F&& f, double* wall) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = ThreadCpuSeconds();
  for (const Document& d : docs) f(d);
  const double cpu = ThreadCpuSeconds() - cpu_start;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  *wall = bytes / 1e6 / seconds;
  return bytes / 1e6 / cpu;
}

void DumpSpan(std::ostream& out, const whosaid::nlp::Span& s) {
  out << s.start << '-' << s.end;
}

void DumpStrings(std::ostream& out, const std::vector<std::string>& v) {
  out << '[';
  for (const std::string& s : v) out << s << '|';
  out << ']';
}

void DumpQuantity(std::ostream& out, const whosaid::nlp::Quantity& q) {
  out << "  quantity " << q.text << ' ';
  DumpSpan(out, q.span);
  char value[32];
  std::snprintf(value, sizeof value, "%.17g", q.value);
  out << ' ' << static_cast<int>(q.kind) << ' ' << value << ' ' << q.unit
      << '\n';
}

// Every field of `a` and the document's sentence spans, one line each.
void DumpAnalysis(std::ostream& out, const Document& d,
                  const whosaid::nlp::Analysis& a) {
  out << "doc " << d.id << ' ' << a.text.size() << ' '
      << std::hash<std::string>()(a.text) << ' ' << a.repaired_bytes << '\n';
  for (const auto& s : whosaid::nlp::Segment(a.text).sentences) {
    out << "  sentence ";
    DumpSpan(out, s);
    out << '\n';
  }
  for (const auto& x : a.actors) {
    out << "  actor " << x.name << ' ' << static_cast<int>(x.kind) << ' '
        << x.role << ' ' << x.affiliation << ' ' << x.known;
    for (const auto& m : x.mentions) {
      out << ' ';
      DumpSpan(out, m);
    }
    out << '\n';
  }
  for (const auto& q : a.quotes) {
    out << "  quote " << q.text << ' ';
    DumpSpan(out, q.span);
    out << ' ' << static_cast<int>(q.kind) << ' ' << q.cue << ' '
        << q.speaker.value_or("<none>") << ' ' << q.speaker_mention << ' ';
    DumpSpan(out, q.speaker_span);
    out << ' ' << q.rule << ' ';
    DumpStrings(out, q.topics);
    DumpStrings(out, q.topic_rules);
    out << '\n';
  }
  for (const auto& c : a.claims) {
    out << "  claim " << c.holder.value_or("<none>") << ' ' << c.text << ' ';
    DumpSpan(out, c.span);
    out << ' ' << c.cue << ' ' << static_cast<int>(c.modality) << ' '
        << c.negated << ' ' << c.rule << ' ';
    DumpStrings(out, c.topics);
    DumpStrings(out, c.topic_rules);
    out << '\n';
    for (const auto& q : c.quantities) DumpQuantity(out, q);
  }
  for (const auto& q : a.quantities) DumpQuantity(out, q);
  out << "  topics ";
  DumpStrings(out, a.topics);
  out << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path corpora =
      argc > 1 ? fs::path(argv[1]) : fs::path(WHOSAID_SOURCE_DIR) / "corpora";
  const size_t megabytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20;
  const std::string mode = argc > 3 ? argv[3] : "news";
  std::vector<std::string> corpus;
  std::vector<Document> docs;
  if (mode == "aeb") {
    const fs::path aeb =
        argc > 4 ? fs::path(argv[4])
                 : fs::path(WHOSAID_SOURCE_DIR) / "../shared/data/aeb/html";
    docs = whosaid::bench::AebDocuments(aeb, megabytes << 20);
    if (docs.empty()) {
      std::fprintf(stderr, "quote_bench: no aeb pages in %s\n", aeb.c_str());
      return 1;
    }
  } else if (mode == "news") {
    corpus = CorpusParagraphs(corpora);
    docs = whosaid::bench::NewsDocuments(corpus, megabytes << 20);
  } else if (mode == "mixed" || mode == "corpus") {
    corpus = CorpusParagraphs(corpora);
    whosaid::bench::DocumentOptions options;
    options.corpus_only = mode == "corpus";
    docs = whosaid::bench::MakeDocuments(
        corpus, megabytes << 20, options, [](std::mt19937& rng) {
          return Synthetic(rng) + " " + Synthetic(rng);
        });
  } else {
    std::fprintf(stderr, "quote_bench: unknown text \"%s\" (news, mixed, "
                 "corpus or aeb)\n", mode.c_str());
    return 2;
  }
  size_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  // WHOSAID_BENCH_TEXT=FILE writes the texts, a blank line apart, to read.
  if (const char* path = std::getenv("WHOSAID_BENCH_TEXT")) {
    std::ofstream out(path);
    for (const Document& d : docs) out << d.text << "\n\n";
  }

  // QUOTE_BENCH_SYNTHETIC_PACK=1 loads the 5,000-actor synthetic pack
  // (synthetic_pack.h) beside the builtin packs, as #4 asks.
  std::vector<whosaid::nlp::RuleFile> rule_files =
      whosaid::nlp::BuiltinRuleFiles();
  const bool synthetic_pack = std::getenv("QUOTE_BENCH_SYNTHETIC_PACK") != nullptr;
  if (synthetic_pack) {
    rule_files.push_back(
        {"synthetic-actors.toml", whosaid::bench::SyntheticPack()});
  }
  auto pack = whosaid::nlp::LoadRulePack(rule_files);
  if (!pack.ok()) {
    std::fprintf(stderr, "rule pack: %s\n", std::string(pack.status().message()).c_str());
    return 1;
  }
  const whosaid::nlp::QuoteExtractor extractor(pack->cues, pack->discovery);
  const whosaid::nlp::TopicTagger topics(pack->topics);
  auto analyzer = whosaid::nlp::Analyzer::Create(*std::move(pack));
  if (!analyzer.ok()) return 1;

  size_t quotes = 0, sentences = 0;
  double base_wall = 0, extract_wall = 0, whole_wall = 0;
  // For profilers: QUOTE_BENCH_WHOLE_ONLY=1 times only the whole Analyzer,
  // QUOTE_BENCH_EXTRACT_ONLY=1 only normalise + segment + quotes.
  const bool whole_only = std::getenv("QUOTE_BENCH_WHOLE_ONLY") != nullptr;
  const bool extract_only = std::getenv("QUOTE_BENCH_EXTRACT_ONLY") != nullptr;
  const auto extract_quotes = [&](const Document& d) {
    const auto n = whosaid::nlp::Normalize(d.text);
    const auto seg = whosaid::nlp::Segment(n.text);
    whosaid::nlp::QuoteContext context;
    quotes += extractor.Extract(n.text, n.quote_marks, seg, context).size();
  };
  if (extract_only) {
    const double extract =
        MegabytesPerSecond(docs, bytes, extract_quotes, &extract_wall);
    std::printf("normalise + segment + quotes: %7.1f  [%6.1f]\n", extract,
                extract_wall);
    return quotes == 0 ? 1 : 0;
  }
  const double base = whole_only ? 0 : MegabytesPerSecond(docs, bytes, [&](const Document& d) {
    const auto n = whosaid::nlp::Normalize(d.text);
    sentences += whosaid::nlp::Segment(n.text).sentences.size();
  }, &base_wall);
  const double extract = whole_only ? 0 : MegabytesPerSecond(
      docs, bytes, extract_quotes, &extract_wall);
  size_t tagged = 0;
  double topics_wall = 0;
  const double topic_scan = whole_only ? 0 : MegabytesPerSecond(docs, bytes, [&](const Document& d) {
    tagged += topics.TagDocument("", d.text, 1).topics.size();
  }, &topics_wall);
  size_t analyzed_quotes = 0;
  const double whole = MegabytesPerSecond(docs, bytes, [&](const Document& d) {
    analyzed_quotes += (*analyzer)->Analyze(d, nullptr).quotes.size();
  }, &whole_wall);

  if (const char* dump = std::getenv("WHOSAID_BENCH_DUMP")) {
    std::ofstream out(dump);
    for (const Document& d : docs) {
      DumpAnalysis(out, d, (*analyzer)->Analyze(d, nullptr));
    }
  }
  std::printf(
      "%s text: documents %zu, %zu bytes (%.1f MB, %zu corpus "
      "paragraphs reused), %zu sentences, %zu quotes%s\n",
      mode.c_str(), docs.size(), bytes, bytes / 1e6, corpus.size(), sentences,
      quotes, synthetic_pack ? "; synthetic pack of 5,000 actors loaded" : "");
  std::printf("MB/s per core (thread CPU time; wall-clock in brackets)\n");
  if (whole_only) {
    std::printf("whole Analyzer:               %7.1f  [%6.1f]\n", whole,
                whole_wall);
    return analyzed_quotes == 0 ? 1 : 0;
  }
  std::printf("normalise + segment:          %7.1f  [%6.1f]\n", base, base_wall);
  std::printf("normalise + segment + quotes: %7.1f  [%6.1f]  ratio %.2f\n",
              extract, extract_wall, extract / base);
  std::printf("whole Analyzer:               %7.1f  [%6.1f]  ratio %.2f\n",
              whole, whole_wall, whole / base);
  std::printf("topic rules, one scan:        %7.1f  [%6.1f]  (%zu topics)\n",
              topic_scan, topics_wall, tagged);
  return analyzed_quotes == 0 ? 1 : 0;
}
