// The fast sentence boundaries (nlp/sentence_breaks.h) against ICU's own on
// real text: every corpus file (corpora/**: text, HTML, feeds, gold files;
// raw and normalised) and
// the main text ingest extracts from every aeb page (../shared/data/aeb,
// read in place; skipped when absent), raw and normalised.

#include <gtest/gtest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/html_extractor.h"
#include "nlp/normalizer.h"
#include "nlp/sentence_breaks.h"
#include "tests/testutil/read_gzip.h"

namespace whosaid {
namespace {

namespace fs = std::filesystem;

const std::string kSource = WHOSAID_SOURCE_DIR;

// Both texts' boundaries compare equal; returns the number compared.
size_t ExpectSameBreaks(const std::string& raw, const std::string& name) {
  size_t boundaries = 0;
  for (const std::string& text : {raw, nlp::Normalize(raw).text}) {
    std::vector<size_t> fast, icu;
    EXPECT_TRUE(nlp::SentenceBreaks(text, fast));
    EXPECT_TRUE(nlp::IcuSentenceBreaks(text, icu));
    EXPECT_EQ(fast, icu) << name;
    boundaries += icu.size();
  }
  return boundaries;
}

TEST(SentenceBreaksDifferential, CorporaText) {
  size_t files = 0, boundaries = 0;
  for (const auto& e : fs::recursive_directory_iterator(kSource + "/corpora")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    boundaries += ExpectSameBreaks(ss.str(), e.path().string());
    ++files;
  }
  EXPECT_GT(files, 40u);
  std::cout << "corpora: " << files << " files, " << boundaries
            << " boundaries identical\n";
}

TEST(SentenceBreaksDifferential, AebMainText) {
  const fs::path dir = kSource + "/../shared/data/aeb/html";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  size_t pages = 0, boundaries = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    auto page = ingest::ExtractHtmlPage(
        testutil::ReadGzip(e.path().string()), "", "");
    if (!page.ok()) continue;
    boundaries += ExpectSameBreaks(page->doc.text, e.path().string());
    ++pages;
  }
  EXPECT_GT(pages, 100u);
  std::cout << "aeb: " << pages << " pages, " << boundaries
            << " boundaries identical\n";
}

}  // namespace
}  // namespace whosaid
