#include "tests/bench/aeb_text.h"

#include <algorithm>
#include <string>

#include "ingest/html_extractor.h"
#include "tests/testutil/read_gzip.h"

namespace whosaid::bench {
std::vector<nlp::Document> AebDocuments(const std::filesystem::path& dir,
                                        size_t bytes) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.ends_with(".html.gz")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<nlp::Document> pages;
  for (const auto& f : files) {
    auto page = ingest::ExtractHtmlPage(testutil::ReadGzip(f.string()), "", "");
    if (!page.ok() || page->doc.text.empty()) continue;
    if (page->doc.id.empty()) page->doc.id = f.filename().string();
    pages.push_back(std::move(page->doc));
  }
  std::vector<nlp::Document> docs;
  size_t total = 0;
  for (size_t copy = 0; !pages.empty() && total < bytes; ++copy) {
    for (const nlp::Document& p : pages) {
      docs.push_back(p);
      docs.back().id += '#';
      docs.back().id += std::to_string(copy);
      total += p.text.size();
      if (total >= bytes) break;
    }
  }
  return docs;
}

}  // namespace whosaid::bench
