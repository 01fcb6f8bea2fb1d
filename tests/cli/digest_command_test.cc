// `whosaid digest` end to end: the real binary over the fixed store.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/cli/digest_fixture.h"
#include "tests/cli/golden.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

using testutil::RunCommand;

class DigestCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = cli::testing::BuildFixtureStore(db());
    ASSERT_TRUE(store.ok()) << store.status();
  }
  std::string db() const { return dir_.File("w.db"); }
  testutil::CommandResult Digest(std::vector<std::string> flags) {
    std::vector<std::string> argv = {WHOSAID_BINARY, "digest", "--db", db()};
    argv.insert(argv.end(), flags.begin(), flags.end());
    return RunCommand(argv);
  }

  testutil::TempDir dir_;
};

TEST_F(DigestCommand, MarkdownToStdoutMatchesTheGolden) {
  auto r = Digest({"--since", "2025-11-03", "--until", "2025-11-04"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  testutil::ExpectMatchesGolden(r.out, "digest/fixed.md");
}

TEST_F(DigestCommand, WritesJsonAndHtmlFiles) {
  const std::string json_path = dir_.File("d.json");
  auto r = Digest({"--since", "2025-11-03", "--until", "2025-11-04", "--format",
                   "json", "-o", json_path, "--actor", "Dana Whitlock"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::ifstream in(json_path);
  const nlohmann::json j = nlohmann::json::parse(in);
  EXPECT_EQ(j["filters"]["actor"], "Dana Whitlock");
  ASSERT_EQ(j["actors"].size(), 1u);

  const std::string html_path = dir_.File("d.html");
  r = Digest({"--since", "7d", "--until", "2025-11-04", "--format", "html", "-o",
              html_path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream html(html_path);
  std::stringstream text;
  text << html.rdbuf();
  EXPECT_EQ(text.str().rfind("<!DOCTYPE html>", 0), 0u);
}

TEST_F(DigestCommand, BadFlagsAreUsageErrors) {
  const std::vector<std::vector<std::string>> cases = {
      {"--since", "yesterday"},
      {"--until", "soon"},
      {"--since", "2025-11-05", "--until", "2025-11-04"},
      {"--format", "pdf"},
  };
  for (const auto& flags : cases) {
    auto r = Digest(flags);
    EXPECT_EQ(r.exit_code, 2) << flags[0] << " " << r.err;
  }
}

TEST_F(DigestCommand, MissingStoreIsAFailure) {
  auto r = RunCommand({WHOSAID_BINARY, "digest", "--db", dir_.File("none.db")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no store"), std::string::npos);
}

}  // namespace
}  // namespace whosaid
