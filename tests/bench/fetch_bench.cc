// Fetching end to end: a loopback server offers FEEDS feeds of ITEMS items
// each (robots.txt, RSS, generated news pages); the crawler fetches them
// all, and every page is parsed, analysed and stored in a fresh SQLite
// store. Prints items/s for the first run, the time of a second run (which
// must fetch no page again), and peak memory (ru_maxrss).
//
//   fetch_bench [FEEDS] [ITEMS] [PARALLEL]      defaults 200 50 8

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "cli/analysis_setup.h"
#include "cli/fetch_ingest.h"
#include "store/store.h"
#include "tests/testutil/http_test_server.h"
#include "tests/testutil/temp_dir.h"

namespace {

using namespace whosaid;

std::string Page(int feed, int item) {
  const std::string id = std::to_string(feed) + "-" + std::to_string(item);
  std::string body =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Trade talks update " + id +
      "</title><meta property=\"article:published_time\" content=\"2025-10-30T09:15:00Z\">"
      "</head><body><nav><a href=\"/\">Home</a></nav><article>";
  for (int p = 0; p < 6; ++p) {
    body += "<p>Negotiators met again on day " + std::to_string(p) + " of round " + id +
            " to discuss tariffs on soybeans, semiconductors and rare earths. \"We are making "
            "progress, but there is no deal yet,\" trade envoy Dana Whitlock said. Officials "
            "said purchase commitments worth $" +
            std::to_string(10 + p) + " billion were on the table.</p>";
  }
  return body + "</article><footer>About us</footer></body></html>";
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  const int feeds = argc > 1 ? std::atoi(argv[1]) : 200;
  const int items = argc > 2 ? std::atoi(argv[2]) : 50;
  const int parallel = argc > 3 ? std::atoi(argv[3]) : 8;
  testutil::HttpTestServer server(24);
  server.server().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
  });
  server.server().Get(R"(/feed/(\d+)\.xml)", [&](const httplib::Request& req,
                                                 httplib::Response& res) {
    const int f = std::atoi(req.matches[1].str().c_str());
    std::string rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>";
    for (int i = 0; i < items; ++i) {
      rss += "<item><title>Item</title><link>/item/" + std::to_string(f) + "/" +
             std::to_string(i) + ".html</link></item>";
    }
    res.set_header("ETag", "\"feed-" + std::to_string(f) + "\"");
    if (req.get_header_value("If-None-Match") == "\"feed-" + std::to_string(f) + "\"") {
      res.status = 304;
      return;
    }
    auto body = std::make_shared<std::string>(rss + "</channel></rss>");
    res.set_content_provider(body->size(), "application/rss+xml",
                             [body](size_t offset, size_t length, httplib::DataSink& sink) {
                               return sink.write(body->data() + offset, length);
                             });
  });
  server.server().Get(R"(/item/(\d+)/(\d+)\.html)", [](const httplib::Request& req,
                                                      httplib::Response& res) {
    // A fixed-length provider keeps cpp-httplib from brotli-compressing
    // every page at quality 11, which would make this a benchmark of the
    // server rather than of the pipeline.
    auto page = std::make_shared<std::string>(
        Page(std::atoi(req.matches[1].str().c_str()), std::atoi(req.matches[2].str().c_str())));
    res.set_content_provider(page->size(), "text/html; charset=utf-8",
                             [page](size_t offset, size_t length, httplib::DataSink& sink) {
                               return sink.write(page->data() + offset, length);
                             });
  });
  if (!server.Start()) {
    std::fprintf(stderr, "cannot start server\n");
    return 1;
  }
  std::vector<ingest::Source> sources;
  for (int f = 0; f < feeds; ++f) {
    ingest::Source s;
    s.name = "feed-" + std::to_string(f);
    s.url = server.Url("/feed/" + std::to_string(f) + ".xml");
    s.max_items = items;
    sources.push_back(s);
  }
  ingest::FetchOptions options;
  options.user_agent = "whosaid-bench/0.1 (+http://127.0.0.1/contact)";
  options.max_parallel = parallel;
  options.per_host_parallel = parallel;  // one loopback host stands for many
  options.per_host_delay_ms = 0;
  auto analyzer = cli::BuildAnalyzer({});
  testutil::TempDir dir;
  auto store = store::OpenSqliteStore(dir.File("bench.db"));
  if (!analyzer.ok() || !store.ok()) {
    std::fprintf(stderr, "setup failed\n");
    return 1;
  }
  nlp::CollectingReporter reporter;
  for (int run = 1; run <= 2; ++run) {
    cli::StoreCounts counts;
    cli::StoreFetchState store_state(**store);
    ingest::MemoryFetchState memory_state;
    const bool in_memory = std::getenv("BENCH_MEMORY_STATE") != nullptr;
    ingest::FetchState& state =
        in_memory ? static_cast<ingest::FetchState&>(memory_state) : store_state;
    double analyse_s = 0, store_s = 0;
    auto sink = [&](nlp::Document&& doc) -> absl::Status {
      const auto t0 = std::chrono::steady_clock::now();
      nlp::Analysis analysis = (*analyzer)->Analyze(doc, &reporter);
      const auto t1 = std::chrono::steady_clock::now();
      auto outcome = (*store)->Put(doc, analysis);
      store_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
      analyse_s += std::chrono::duration<double>(t1 - t0).count();
      if (!outcome.ok()) return outcome.status();
      counts.added += *outcome == store::PutOutcome::kNew;
      return absl::OkStatus();
    };
    const auto start = std::chrono::steady_clock::now();
    ingest::CrawlStats stats = ingest::Crawl(sources, options, state, sink, reporter);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("  of which analysing %.2f s, storing %.2f s\n", analyse_s, store_s);
    std::printf(
        "run %d: %d feeds x %d items: %zu documents stored (%zu new), %zu pages, %zu not "
        "modified, %zu seen, %zu failed, %lld requests in %.2f s = %.0f items/s; peak RSS "
        "%.1f MB\n",
        run, feeds, items, stats.documents, counts.added, stats.pages, stats.not_modified,
        stats.seen_items, stats.failed, static_cast<long long>(stats.requests), seconds,
        static_cast<double>(stats.documents) / seconds, PeakRssMb());
  }
  std::printf("reports: %zu\n", reporter.entries().size());
  return 0;
}
