// Golden-file comparison for output formats. Set WHOSAID_UPDATE_GOLDEN=1 to
// rewrite the golden files from the current output (then review the diff).

#ifndef WHOSAID_TESTS_CLI_GOLDEN_H_
#define WHOSAID_TESTS_CLI_GOLDEN_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace whosaid::testutil {

// Compares `actual` with tests/testdata/<name>. On a mismatch the output is
// left beside the golden file as <name>.actual for diffing.
inline void ExpectMatchesGolden(const std::string& actual, const std::string& name) {
  const std::string path = std::string(WHOSAID_SOURCE_DIR) + "/tests/testdata/" + name;
  const char* update = std::getenv("WHOSAID_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in.good()) << "missing golden file " << path
                         << " (run with WHOSAID_UPDATE_GOLDEN=1)";
  std::stringstream want;
  want << in.rdbuf();
  if (want.str() != actual) {
    std::ofstream(path + ".actual", std::ios::binary) << actual;
    ADD_FAILURE() << "output differs from " << path << "; see " << path
                  << ".actual (WHOSAID_UPDATE_GOLDEN=1 to accept)";
  }
}

}  // namespace whosaid::testutil

#endif  // WHOSAID_TESTS_CLI_GOLDEN_H_
