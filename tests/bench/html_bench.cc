// HTML extraction speed on the aeb pages (../shared/data/aeb/html, read in
// place): pages/s and MB/s on one core for libxml2 parsing alone and for the
// whole extractor (charset decoding, parse, metadata, main text), and the
// ratio of the two measured in the same run.
//
//   html_bench [DATA_DIR] [PASSES]

#include <libxml/HTMLparser.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/charset.h"
#include "ingest/html_dom.h"
#include "ingest/html_extractor.h"
#include "ingest/html_metadata.h"
#include "ingest/main_text.h"
#include "tests/testutil/read_gzip.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since)
      .count();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1]
                                   : std::string(WHOSAID_SOURCE_DIR) +
                                         "/../shared/data/aeb/html";
  const int passes = argc > 2 ? std::atoi(argv[2]) : 5;
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    pages.push_back(whosaid::testutil::ReadGzip(e.path().string()));
    bytes += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "html_bench: no pages in %s\n", dir.c_str());
    return 1;
  }
  xmlInitParser();
  // Warm up caches and lazily built patterns.
  for (const std::string& p : pages) (void)whosaid::ingest::ExtractHtml(p);

  double parse_s = 0, extract_s = 0;
  size_t text_bytes = 0;
  // Parse-only and extract alternate page by page, so that load from other
  // processes on the machine weighs on both alike.
  for (int pass = 0; pass < passes; ++pass) {
    for (const std::string& p : pages) {
      auto t0 = std::chrono::steady_clock::now();
      htmlDocPtr doc = htmlReadMemory(
          p.data(), static_cast<int>(p.size()), nullptr, "UTF-8",
          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
              HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT);
      xmlFreeDoc(doc);
      parse_s += Seconds(t0);
      t0 = std::chrono::steady_clock::now();
      auto page = whosaid::ingest::ExtractHtmlPage(p, "", "");
      extract_s += Seconds(t0);
      if (page.ok()) text_bytes += page->doc.text.size();
    }
  }
  // Where the time goes, stage by stage (one more pass).
  double decode_s = 0, tree_s = 0, meta_s = 0, main_s = 0;
  for (const std::string& p : pages) {
    auto t0 = std::chrono::steady_clock::now();
    whosaid::ingest::DecodedText d = whosaid::ingest::DecodeToUtf8(p);
    decode_s += Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    whosaid::ingest::HtmlDocPtr doc = whosaid::ingest::ParseHtml(d.utf8);
    tree_s += Seconds(t0);
    if (!doc) continue;
    t0 = std::chrono::steady_clock::now();
    whosaid::ingest::PageMetadata m = whosaid::ingest::ExtractMetadata(doc.get(), "");
    meta_s += Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    whosaid::ingest::MainText t = whosaid::ingest::ExtractMainText(doc.get(), m.title);
    main_s += Seconds(t0);
  }
  const double n = static_cast<double>(pages.size()) * passes;
  const double mb = static_cast<double>(bytes) * passes / 1e6;
  std::printf("pages: %zu (%.1f MB), passes: %d, one thread\n", pages.size(),
              bytes / 1e6, passes);
  std::printf("libxml2 parse only:        %7.1f pages/s  %6.1f MB/s\n",
              n / parse_s, mb / parse_s);
  std::printf("parse + extract (whosaid): %7.1f pages/s  %6.1f MB/s\n",
              n / extract_s, mb / extract_s);
  std::printf("ratio extract/parse-only:  %.2f\n", parse_s / extract_s);
  std::printf("one pass by stage: decode %.3f s, parse %.3f s, metadata %.3f s, "
              "main text %.3f s\n", decode_s, tree_s, meta_s, main_s);
  std::printf("(text extracted: %zu bytes per pass)\n",
              text_bytes / static_cast<size_t>(passes));
  return 0;
}
