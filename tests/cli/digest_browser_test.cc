// The HTML digest in a real browser: `whosaid digest --format html` over the
// fixed store, opened by headless Chromium (Debian's chromium package, see
// scripts/install-deps.sh). Checks the DOM Chromium built after letting the
// page run, and takes a phone-width screenshot. Set WHOSAID_DIGEST_SCREENSHOT
// to a path to keep the screenshot (and the page beside it, as PATH.html).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/digest_fixture.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

class DigestBrowser : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kChromium)) {
      GTEST_SKIP() << kChromium << " is missing (scripts/install-deps.sh installs it)";
    }
    auto store = cli::testing::BuildFixtureStore(dir_.File("w.db"));
    ASSERT_TRUE(store.ok()) << store.status();
    store->reset();  // close it before the program opens the file
    html_ = dir_.File("digest.html");
    auto r = testutil::RunCommand({WHOSAID_BINARY, "digest", "--db", dir_.File("w.db"),
                                   "--since", "2025-11-03", "--until", "2025-11-04",
                                   "--format", "html", "-o", html_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  // Runs Chromium headless on the digest with `extra` flags; every run gets
  // a fresh profile and no network features.
  testutil::CommandResult Chromium(const std::vector<std::string>& extra) {
    const std::string profile = dir_.File("profile-" + std::to_string(runs_++));
    std::vector<std::string> argv = {
        "/usr/bin/timeout", "120", kChromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=420,900"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back("file://" + html_);
    return testutil::RunCommand(argv, "", {"HOME=" + dir_.path()});
  }

  testutil::TempDir dir_;
  std::string html_;
  int runs_ = 0;
};

TEST_F(DigestBrowser, DomHasTheSectionsAndTheHostileQuoteStaysText) {
  // Virtual time lets any script or onerror handler run before the dump.
  auto r = Chromium({"--virtual-time-budget=3000", "--dump-dom"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string& dom = r.out;
  ASSERT_NE(dom.find("</html>"), std::string::npos) << r.err;
  for (const char* id : {"summary", "moved", "charts", "chart-quotes",
                         "chart-topics", "actors", "sources", "coverage"}) {
    EXPECT_NE(dom.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(dom.find("<svg"), std::string::npos);
  // The script did not run: the title is unchanged and nothing was added.
  EXPECT_NE(dom.find("<title>whosaid digest</title>"), std::string::npos);
  EXPECT_EQ(dom.find("pwned</title>"), std::string::npos);
  EXPECT_EQ(dom.find("<marquee"), std::string::npos);
  // The markup is text in the DOM, not elements.
  EXPECT_EQ(dom.find("<script"), std::string::npos);
  EXPECT_EQ(dom.find("<img"), std::string::npos);
  EXPECT_NE(dom.find("Nothing to see &lt;script&gt;document.title='pwned'"
                     "&lt;/script&gt; here &lt;img src=x onerror=\""),
            std::string::npos);
  EXPECT_NE(dom.find("[click](javascript:alert(2))"), std::string::npos);
  // The javascript: URL of the hostile document is shown, not linked.
  EXPECT_EQ(dom.find("href=\"javascript"), std::string::npos);
  EXPECT_NE(dom.find("<span class=\"url\">javascript:alert(1)</span>"),
            std::string::npos);
  EXPECT_NE(dom.find("href=\"https://wire.example/soy?id=7&amp;lang=en\""),
            std::string::npos);
}

TEST_F(DigestBrowser, TakesAPhoneWidthScreenshot) {
  const std::string png = dir_.File("digest.png");
  auto r = Chromium({"--hide-scrollbars", "--screenshot=" + png});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_TRUE(std::filesystem::exists(png)) << r.err;
  std::ifstream in(png, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  ASSERT_GT(bytes.size(), 8000u);  // a blank page compresses to far less
  EXPECT_EQ(bytes.substr(1, 3), "PNG");
  if (const char* keep = std::getenv("WHOSAID_DIGEST_SCREENSHOT")) {
    const auto overwrite = std::filesystem::copy_options::overwrite_existing;
    std::filesystem::copy_file(png, keep, overwrite);
    std::filesystem::copy_file(html_, std::string(keep) + ".html", overwrite);
  }
}

}  // namespace
}  // namespace whosaid
