// Real news text for the nlp benchmarks: the documents ingest extracts
// (ingest::ExtractHtmlPage: charset, main text, title, date, kind) from the
// aeb pages, ../shared/data/aeb/html/*.html.gz, read in place and never
// copied into the repository. Not thread-safe; call from one thread.

#ifndef WHOSAID_TESTS_BENCH_AEB_TEXT_H_
#define WHOSAID_TESTS_BENCH_AEB_TEXT_H_

#include <cstddef>
#include <filesystem>
#include <vector>

#include "nlp/document.h"

namespace whosaid::bench {

// The extracted documents of every *.html.gz page in `dir` (in file name
// order, pages whose extraction fails or yields no text left out), repeated
// in that order until their texts reach `bytes` in total. Copies get ids
// "<url-or-file>#<copy>". Empty when `dir` holds no page.
std::vector<nlp::Document> AebDocuments(const std::filesystem::path& dir,
                                        size_t bytes);

}  // namespace whosaid::bench

#endif  // WHOSAID_TESTS_BENCH_AEB_TEXT_H_
