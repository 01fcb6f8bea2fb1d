// The health record of fetched sources: an ingest of a sources file against
// a loopback site, one source healthy but for a missing page and one whose
// feed is down, seen in the --report file and in `whosaid sources`.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "tests/testutil/http_test_server.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

using testutil::RunCommand;

const char* kPage =
    "<html><head><title>Soy talks</title></head><body><article><p>“We will "
    "not be rushed on soybeans or on anything else this season,” Dana "
    "Whitlock said on Tuesday in the capital.</p><p>Talks continued late "
    "into the evening, officials said, with no date set for the next "
    "round.</p></article></body></html>";

TEST(NightlyFetch, PerSourceHealthOfFetchedSources) {
  testutil::HttpTestServer server;
  httplib::Server& s = server.server();
  s.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\n", "text/plain");
  });
  s.Get("/good.xml", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<rss version=\"2.0\"><channel><item><link>/news/a.html</link></item>"
        "<item><link>/news/missing.html</link></item></channel></rss>",
        "application/rss+xml");
  });
  s.Get("/news/a.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kPage, "text/html; charset=utf-8");
  });
  s.Get("/news/missing.html", [](const httplib::Request&, httplib::Response& res) {
    res.status = 404;
  });
  s.Get("/dead.xml", [](const httplib::Request&, httplib::Response& res) {
    res.status = 503;
  });
  ASSERT_TRUE(server.Start());
  testutil::TempDir dir;
  const std::string toml = dir.Write("sources.toml", R"([fetch]
user_agent = "whosaid-test/0.1"
contact = "http://127.0.0.1/contact"
per_host_delay_ms = 0
max_attempts = 1

[[source]]
name = "good-news"
kind = "feed"
url = ")" + server.Url("/good.xml") + R"("

[[source]]
name = "dead-feed"
kind = "feed"
url = ")" + server.Url("/dead.xml") + R"("
)");
  const std::string db = dir.File("w.db");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, "--sources", toml,
                       "--report", dir.File("r.json")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::ifstream in(dir.File("r.json"));
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["status"], "partial");
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& src : j["sources"]) by_name[src["name"]] = src;
  ASSERT_TRUE(by_name.count("good-news")) << j.dump(2);
  ASSERT_TRUE(by_name.count("dead-feed")) << j.dump(2);
  EXPECT_EQ(by_name["good-news"]["new"], 1);
  EXPECT_EQ(by_name["good-news"]["failed"], 1);
  EXPECT_NE(by_name["good-news"]["failures"][0].get<std::string>().find("missing.html"),
            std::string::npos);
  EXPECT_EQ(by_name["dead-feed"]["new"], 0);
  EXPECT_EQ(by_name["dead-feed"]["failed"], 1);

  auto health = RunCommand({WHOSAID_BINARY, "sources", "--db", db, "--check"});
  EXPECT_EQ(health.exit_code, 1) << health.err;
  EXPECT_NE(health.err.find("whosaid: warning: source dead-feed: failed in its last 1 run"),
            std::string::npos)
      << health.err;
  EXPECT_EQ(health.err.find("warning: source good-news: failed"), std::string::npos)
      << health.err;
}

}  // namespace
}  // namespace whosaid
