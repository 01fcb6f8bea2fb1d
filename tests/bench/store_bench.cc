// Store benchmark: builds a synthetic store through Store::Put (one
// transaction per document, as `whosaid ingest` does) and measures insert
// rate, bytes per quote, and latency of actor+date and full-text queries.
//
//   store_bench [--quotes N] [--quotes-per-doc K] [--speakers S]
//               [--queries Q] [--db PATH] [--keep]
//
// Text is drawn from a Zipf-distributed vocabulary of invented words, so
// common words are common and rare ones rare; full-text queries use words
// outside the 100 most frequent (as a researcher's content words would be).

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;
using whosaid::store::Query;

struct Flags {
  int64_t quotes = 1000000;
  int quotes_per_doc = 10;
  int speakers = 5000;
  int queries = 500;
  std::string db;
  bool keep = false;
};

Flags ParseFlags(int argc, char** argv) {
  Flags f;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--quotes") f.quotes = std::atoll(next().c_str());
    else if (a == "--quotes-per-doc") f.quotes_per_doc = std::atoi(next().c_str());
    else if (a == "--speakers") f.speakers = std::atoi(next().c_str());
    else if (a == "--queries") f.queries = std::atoi(next().c_str());
    else if (a == "--db") f.db = next();
    else if (a == "--keep") f.keep = true;
    else {
      std::fprintf(stderr, "usage: store_bench [--quotes N] [--quotes-per-doc K] "
                           "[--speakers S] [--queries Q] [--db PATH] [--keep]\n");
      std::exit(2);
    }
  }
  return f;
}

// An invented word for each rank: syllables from a fixed table.
std::string Word(int rank) {
  static const char* kSyl[] = {"ka", "lo", "mi", "ren", "ta", "vo", "shi", "den",
                               "ul", "par", "go", "ne", "fi", "sa", "tor", "bel"};
  std::string w;
  int r = rank + 16;
  while (r > 0) {
    w += kSyl[r % 16];
    r /= 16;
  }
  return w;
}

class Text {
 public:
  explicit Text(std::mt19937_64& rng) : rng_(rng) {
    constexpr int kVocab = 20000;
    std::vector<double> weights(kVocab);
    for (int i = 0; i < kVocab; ++i) weights[i] = 1.0 / (i + 1);
    zipf_ = std::discrete_distribution<int>(weights.begin(), weights.end());
    for (int i = 0; i < kVocab; ++i) words_.push_back(Word(i));
  }
  std::string Sentence(int min_words, int max_words) {
    std::uniform_int_distribution<int> len(min_words, max_words);
    std::string s;
    const int n = len(rng_);
    for (int i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += words_[zipf_(rng_)];
    }
    return s;
  }
  // A content word: rank 100 or beyond.
  std::string ContentWord() {
    int r;
    do r = zipf_(rng_); while (r < 100);
    return words_[r];
  }

 private:
  std::mt19937_64& rng_;
  std::discrete_distribution<int> zipf_;
  std::vector<std::string> words_;
};

std::string Speaker(int i) { return "Speaker " + Word(i) + " " + std::to_string(i); }

std::string Date(int day) {  // day 0 = 2024-01-01, over three years
  std::tm tm{};
  tm.tm_year = 124;
  tm.tm_mday = 1 + day;
  tm.tm_hour = 12;
  timegm(&tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:00Z", &tm);
  return buf;
}

// CPU time of this thread in milliseconds: on a shared, overloaded machine
// it shows what a query costs without the time spent waiting for a core.
double ThreadCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  const Flags flags = ParseFlags(argc, argv);
  std::string path = flags.db;
  if (path.empty()) {
    path = (std::filesystem::temp_directory_path() /
            ("whosaid-bench-" + std::to_string(getpid()) + ".db")).string();
  }
  std::filesystem::remove(path);
  auto opened = whosaid::store::OpenSqliteStore(path);
  if (!opened.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", std::string(opened.status().message()).c_str());
    return 1;
  }
  auto& store = *opened;
  std::mt19937_64 rng(42);
  Text text(rng);
  std::uniform_int_distribution<int> speaker(0, flags.speakers - 1);
  std::uniform_int_distribution<int> day(0, 3 * 365 - 1);
  const int64_t docs = (flags.quotes + flags.quotes_per_doc - 1) / flags.quotes_per_doc;

  const auto t0 = Clock::now();
  const double cpu0 = ThreadCpuMs();
  int64_t quotes = 0;
  for (int64_t d = 0; d < docs; ++d) {
    whosaid::nlp::Document doc;
    doc.id = "doc-" + std::to_string(d);
    doc.url = "https://news" + std::to_string(d % 50) + ".example/" + doc.id;
    doc.source = "Outlet " + std::to_string(d % 50);
    doc.title = text.Sentence(5, 10);
    doc.published = whosaid::nlp::ParseIso8601(Date(day(rng)));
    whosaid::nlp::Analysis a;
    for (int k = 0; k < flags.quotes_per_doc && quotes < flags.quotes; ++k, ++quotes) {
      whosaid::nlp::Quote q;
      q.text = text.Sentence(8, 20);
      q.speaker = Speaker(speaker(rng));
      q.kind = whosaid::nlp::QuoteKind::kDirect;
      q.cue = "said";
      q.topics = {k % 3 == 0 ? "tariffs" : "purchases"};
      const std::string filler = text.Sentence(10, 25);
      a.text += "\"" + q.text + ",\" " + *q.speaker + " said. " + filler + ".\n\n";
      q.span = {a.text.size() - filler.size() - q.text.size() - 15, 0};
      q.span.end = q.span.start + q.text.size();
      a.quotes.push_back(std::move(q));
    }
    doc.text = a.text;
    auto put = store->Put(doc, a);
    if (!put.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", std::string(put.status().message()).c_str());
      return 1;
    }
    if ((d + 1) % 10000 == 0) {
      const double s = std::chrono::duration<double>(Clock::now() - t0).count();
      std::fprintf(stderr, "  %lld quotes in %.0f s\n", static_cast<long long>(quotes), s);
    }
  }
  const double build_s = std::chrono::duration<double>(Clock::now() - t0).count();
  const double build_cpu_s = (ThreadCpuMs() - cpu0) / 1e3;
  store.reset();  // checkpoint the WAL into the file before measuring it
  opened = whosaid::store::OpenSqliteStore(path);
  auto& reader = *opened;

  std::vector<double> actor_ms, fts_ms, actor_cpu, fts_cpu;
  size_t actor_rows = 0, fts_rows = 0;
  for (int i = 0; i < flags.queries; ++i) {
    Query q;
    q.actor = Speaker(speaker(rng));
    const int from = day(rng) % (3 * 365 - 90);
    q.since = Date(from).substr(0, 10);
    q.until = Date(from + 90).substr(0, 10);
    q.limit = 50;
    auto t = Clock::now();
    double c = ThreadCpuMs();
    auto rows = reader->Quotes(q);
    actor_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    actor_cpu.push_back(ThreadCpuMs() - c);
    if (!rows.ok()) return 1;
    actor_rows += rows->size();

    Query f;
    f.text_match = text.ContentWord();
    f.limit = 50;
    t = Clock::now();
    c = ThreadCpuMs();
    rows = reader->Quotes(f);
    fts_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    fts_cpu.push_back(ThreadCpuMs() - c);
    if (!rows.ok()) return 1;
    fts_rows += rows->size();
  }
  reader.reset();
  uint64_t bytes = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code ec;
    bytes += std::filesystem::file_size(path + suffix, ec) * !ec;
  }
  std::printf("store_bench: %lld quotes in %lld documents, %d speakers\n",
              static_cast<long long>(quotes), static_cast<long long>(docs), flags.speakers);
  std::printf("build: %.1f s wall, %.0f quotes/s, %.0f documents/s; "
              "%.1f s CPU, %.0f quotes per CPU-second\n",
              build_s, quotes / build_s, docs / build_s, build_cpu_s, quotes / build_cpu_s);
  std::printf("size: %.1f MB, %.0f bytes per quote (documents, text and indexes included)\n",
              bytes / 1e6, static_cast<double>(bytes) / quotes);
  std::printf("actor + 90-day range, limit 50: wall p50 %.2f ms, p99 %.2f ms; "
              "CPU p50 %.2f ms, p99 %.2f ms (%.1f rows avg, %d queries)\n",
              Percentile(actor_ms, 0.5), Percentile(actor_ms, 0.99),
              Percentile(actor_cpu, 0.5), Percentile(actor_cpu, 0.99),
              static_cast<double>(actor_rows) / flags.queries, flags.queries);
  std::printf("full-text one content word, limit 50: wall p50 %.2f ms, p99 %.2f ms; "
              "CPU p50 %.2f ms, p99 %.2f ms (%.1f rows avg)\n",
              Percentile(fts_ms, 0.5), Percentile(fts_ms, 0.99),
              Percentile(fts_cpu, 0.5), Percentile(fts_cpu, 0.99),
              static_cast<double>(fts_rows) / flags.queries);
  if (!flags.keep && flags.db.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  return 0;
}
