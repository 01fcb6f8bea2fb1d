// `whosaid ingest URL...` and `whosaid ingest --sources FILE` end to end:
// the real binary against a loopback news site, a real SQLite store.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "store/store.h"
#include "tests/testutil/http_test_server.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

using testutil::RunCommand;

std::string Corpus(const std::string& name) {
  std::ifstream in(std::string(WHOSAID_SOURCE_DIR) + "/corpora/news/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class FetchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    httplib::Server& s = server_.server();
    s.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
    });
    s.Get("/feed.xml", [](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"f1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"f1\"");
      res.set_content(
          "<rss version=\"2.0\"><channel>"
          "<item><link>/news/001-tariff-truce-extended.html</link></item>"
          "<item><link>/news/003-chip-export-controls-tightened.html</link></item>"
          "<item><link>/news/missing.html</link></item>"
          "<item><link>/private/x.html</link></item>"
          "</channel></rss>",
          "application/rss+xml");
    });
    s.Get(R"(/news/([\w.-]+))", [](const httplib::Request& req, httplib::Response& res) {
      const std::string body = Corpus(req.matches[1]);
      if (body.empty()) {
        res.status = 404;
        return;
      }
      res.set_content(body, "text/html; charset=utf-8");
    });
    ASSERT_TRUE(server_.Start());
    db_ = dir_.File("w.db");
  }

  testutil::HttpTestServer server_;
  testutil::TempDir dir_;
  std::string db_;
};

TEST_F(FetchCli, IngestsAFeedUrlThenOnlyWhatChanged) {
  const std::vector<std::string> env = {"WHOSAID_CONTACT=http://127.0.0.1/contact"};
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db_, server_.Url("/feed.xml")}, "", env);
  // One item is missing (404): a partial failure, the rest stored.
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("2 new"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(server_.Url("/news/missing.html") + ": HTTP 404"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 blocked by robots.txt"), std::string::npos) << r.err;
  EXPECT_EQ(server_.Hits("/private/x.html"), 0);

  server_.ResetHits();
  auto again =
      RunCommand({WHOSAID_BINARY, "ingest", "--db", db_, server_.Url("/feed.xml")}, "", env);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("1 not modified"), std::string::npos) << again.err;
  EXPECT_EQ(server_.TotalHits(), 2);  // robots.txt and the feed's 304

  auto quotes = RunCommand({WHOSAID_BINARY, "quotes", "--db", db_, "--format", "jsonl"});
  EXPECT_EQ(quotes.exit_code, 0) << quotes.err;
  EXPECT_NE(quotes.out.find(server_.Url("/news/001-tariff-truce-extended.html")),
            std::string::npos);

  auto store = store::OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok());
  auto log = (*store)->FetchLog(0);
  ASSERT_TRUE(log.ok());
  bool saw_404 = false;
  for (const store::FetchLogRow& row : *log) {
    if (row.url == server_.Url("/news/missing.html")) {
      saw_404 = true;
      EXPECT_EQ(row.outcome, "failed");
      EXPECT_EQ(row.reason, "HTTP 404");
    }
  }
  EXPECT_TRUE(saw_404);
}

TEST_F(FetchCli, IngestsSourcesFile) {
  const std::string toml = dir_.Write("sources.toml", R"([fetch]
user_agent = "whosaid-test/0.1"
contact = "http://127.0.0.1/contact"
per_host_delay_ms = 0
per_host_parallel = 4
max_attempts = 1

[[source]]
name = "loopback-news"
kind = "feed"
url = ")" + server_.Url("/feed.xml") + R"("
language = "en"
max_items = 1
)");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db_, "--sources", toml});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 new"), std::string::npos) << r.err;
  auto bad = RunCommand({WHOSAID_BINARY, "ingest", "--db", db_, "--sources",
                         dir_.Write("bad.toml", "[[source]]\nname = \"x\"\n")});
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("contact"), std::string::npos) << bad.err;
  auto none = RunCommand({WHOSAID_BINARY, "ingest", "--db", db_});
  EXPECT_EQ(none.exit_code, 2);
}

}  // namespace
}  // namespace whosaid
