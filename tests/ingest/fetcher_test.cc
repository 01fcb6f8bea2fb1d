// The Fetcher against a real server on 127.0.0.1 that injects faults. Each
// fault must give the right outcome and reason, quickly: timeouts and
// backoffs are cut to fractions of a second.

#include "ingest/fetcher.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <map>

#include "tests/testutil/http_test_server.h"

namespace whosaid::ingest {
namespace {

using testutil::HttpTestServer;

constexpr const char* kPage =
    "<html><head><title>Loopback page</title></head><body><article>"
    "<p>Deputy minister Ana Ferreira said the talks would resume.</p>"
    "</article></body></html>";

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A request for `url` with no validators.
FetchRequest Request(std::string url) {
  FetchRequest r;
  r.url = std::move(url);
  return r;
}

FetchOptions TestOptions() {
  FetchOptions o;
  o.user_agent = "whosaid-test/1.0 (+http://127.0.0.1/contact)";
  o.per_host_delay_ms = 0;
  o.per_host_parallel = 4;
  o.connect_timeout_ms = 500;
  o.total_timeout_ms = 1000;
  o.low_speed_bytes = 1000;
  o.low_speed_seconds = 1;
  o.max_body_bytes = 1 << 20;
  o.max_redirects = 4;
  o.retry.max_attempts = 3;
  o.retry.initial_backoff_ms = 20;
  o.retry.max_backoff_ms = 100;
  o.retry.max_retry_after_ms = 2000;
  o.seed = 42;
  return o;
}

class FetcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    httplib::Server& s = server_.server();
    s.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("User-agent: *\nDisallow: /private/\nAllow: /private/open$\n",
                      "text/plain");
    });
    s.Get("/page.html", [this](const httplib::Request& req, httplib::Response& res) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        user_agent_ = req.get_header_value("User-Agent");
        accept_encoding_ = req.get_header_value("Accept-Encoding");
      }
      res.set_content(kPage, "text/html; charset=utf-8");
    });
    s.Get("/private/secret.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kPage, "text/html");
    });
    s.Get("/private/open", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kPage, "text/html");
    });
    s.Get("/flaky", [this](const httplib::Request&, httplib::Response& res) {
      if (++flaky_ <= 2) {
        res.status = 500;
        return;
      }
      res.set_content(kPage, "text/html");
    });
    s.Get("/always-503", [](const httplib::Request&, httplib::Response& res) {
      res.status = 503;
      res.set_header("Retry-After", "0");
    });
    s.Get("/retry-after-1", [this](const httplib::Request&, httplib::Response& res) {
      if (++retry_after_ == 1) {
        res.status = 503;
        res.set_header("Retry-After", "1");
        return;
      }
      res.set_content(kPage, "text/html");
    });
    s.Get("/too-many", [this](const httplib::Request&, httplib::Response& res) {
      if (++too_many_ == 1) {
        res.status = 429;
        res.set_header("Retry-After", "0");
        return;
      }
      res.set_content(kPage, "text/html");
    });
    s.Get("/retry-after-hour", [](const httplib::Request&, httplib::Response& res) {
      res.status = 429;
      res.set_header("Retry-After", "3600");
    });
    s.Get("/missing", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    s.Get("/r1", [this](const httplib::Request&, httplib::Response& res) {
      res.set_redirect(server_.Url("/r2"), 301);
    });
    s.Get("/r2", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/page.html", 302);
    });
    s.Get("/loop-a", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/loop-b", 302);
    });
    s.Get("/loop-b", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/loop-a", 301);
    });
    s.Get("/to-file", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("file:///etc/passwd", 302);
    });
    s.Get("/to-ftp", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("ftp://127.0.0.1/pub/x", 301);
    });
    s.Get("/to-private", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/private/secret.html", 302);
    });
    s.Get("/drip", [](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/html", [](size_t offset, httplib::DataSink& sink) {
        if (offset > 100) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        return sink.write("x", 1);
      });
    });
    s.Get("/stall", [this](const httplib::Request&, httplib::Response& res) {
      server_.Stall(5000);
      res.set_content(kPage, "text/html");
    });
    s.Get("/truncated", [](const httplib::Request&, httplib::Response& res) {
      res.set_content_provider(10000, "text/html",
                               [](size_t offset, size_t, httplib::DataSink& sink) {
                                 if (offset > 0) return false;  // hang up early
                                 sink.write("<html><body><p>cut", 18);
                                 return true;
                               });
    });
    s.Get("/bomb", [this](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content_provider(
          bomb_.size(), "text/html", [this](size_t offset, size_t length, httplib::DataSink& sink) {
            return sink.write(bomb_.data() + offset, std::min<size_t>(length, 65536));
          });
    });
    s.Get("/oversized", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(3 << 20, 'a'), "text/html");
    });
    s.Get("/oversized-chunked", [](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("application/octet-stream",
                                       [](size_t offset, httplib::DataSink& sink) {
                                         if (offset >= (4u << 20)) {
                                           sink.done();
                                           return true;
                                         }
                                         static const std::string chunk(65536, 'b');
                                         return sink.write(chunk.data(), chunk.size());
                                       });
    });
    s.Get("/etag", [](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"v1\"");
      res.set_header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
      res.set_content(kPage, "text/html");
    });
    s.Get("/last-modified", [](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-Modified-Since") == "Wed, 21 Oct 2015 07:28:00 GMT") {
        res.status = 304;
        return;
      }
      res.set_header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
      res.set_content(kPage, "text/html");
    });
    static const std::string* bomb = new std::string(Gzip(std::string(16 << 20, '\0')));
    bomb_ = *bomb;
    ASSERT_TRUE(server_.Start());
  }

  // Fetches each path once and returns the results by path.
  std::map<std::string, FetchResult> FetchAll(const std::vector<std::string>& paths,
                                              FetchOptions options = TestOptions()) {
    Fetcher fetcher(options);
    for (const std::string& p : paths) fetcher.Add(Request(server_.Url(p)));
    std::map<std::string, FetchResult> out;
    fetcher.Run([&](FetchResult&& r) {
      const std::string path = r.request.url.substr(server_.Url("").size());
      EXPECT_EQ(out.count(path), 0u) << "second result for " << path;
      out[path] = std::move(r);
    });
    EXPECT_EQ(out.size(), paths.size());
    return out;
  }

  HttpTestServer server_;
  std::mutex mu_;
  std::string user_agent_, accept_encoding_;
  std::atomic<int> flaky_{0}, retry_after_{0}, too_many_{0};
  std::string bomb_;
};

TEST_F(FetcherTest, PageComesBackDecodedWithOurUserAgent) {
  auto r = FetchAll({"/page.html"});
  const FetchResult& page = r["/page.html"];
  EXPECT_EQ(page.status, FetchStatus::kOk) << page.reason;
  EXPECT_EQ(page.http_status, 200);
  EXPECT_EQ(page.body, kPage);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(page.attempts, 1);
  std::lock_guard<std::mutex> lock(mu_);
  EXPECT_EQ(user_agent_, "whosaid-test/1.0 (+http://127.0.0.1/contact)");
  EXPECT_NE(accept_encoding_.find("gzip"), std::string::npos) << accept_encoding_;
  EXPECT_EQ(server_.Hits("/robots.txt"), 1);
}

TEST_F(FetcherTest, EachFaultGivesItsOutcomeAndReason) {
  struct Case {
    const char* path;
    FetchStatus status;
    const char* reason;  // substring of the reason; "" for success
    bool permanent;
    int attempts;
  };
  const Case cases[] = {
      {"/flaky", FetchStatus::kOk, "", false, 3},
      {"/too-many", FetchStatus::kOk, "", false, 2},
      {"/always-503", FetchStatus::kFailed, "HTTP 503 (after 3 attempts)", false, 3},
      {"/retry-after-hour", FetchStatus::kFailed, "Retry-After of 3600 s exceeds the limit",
       false, 1},
      {"/missing", FetchStatus::kFailed, "HTTP 404", true, 1},
      {"/r1", FetchStatus::kOk, "", false, 1},
      {"/loop-a", FetchStatus::kFailed, "too many redirects (more than 4)", true, 1},
      {"/to-file", FetchStatus::kFailed, "redirect refused: unsupported scheme 'file'", true, 1},
      {"/to-ftp", FetchStatus::kFailed, "redirect refused: unsupported scheme 'ftp'", true, 1},
      {"/private/secret.html", FetchStatus::kBlocked, "disallowed by robots.txt", true, 0},
      {"/to-private", FetchStatus::kBlocked, "disallowed by robots.txt", true, 0},
      {"/private/open", FetchStatus::kOk, "", false, 1},
      {"/truncated", FetchStatus::kFailed, "(after 3 attempts)", false, 3},
      {"/bomb", FetchStatus::kFailed, "body larger than 1048576 bytes", true, 1},
      {"/oversized", FetchStatus::kFailed, "larger than 1048576 bytes", true, 1},
      {"/oversized-chunked", FetchStatus::kFailed, "body larger than 1048576 bytes", true, 1},
  };
  std::vector<std::string> paths;
  for (const Case& c : cases) paths.push_back(c.path);
  auto results = FetchAll(paths);
  for (const Case& c : cases) {
    const FetchResult& r = results[c.path];
    EXPECT_EQ(r.status, c.status) << c.path << ": " << r.reason;
    EXPECT_NE(r.reason.find(c.reason), std::string::npos) << c.path << ": " << r.reason;
    if (c.status != FetchStatus::kOk) {
      EXPECT_EQ(r.permanent, c.permanent) << c.path;
    }
    EXPECT_EQ(r.attempts, c.attempts) << c.path << ": " << r.reason;
  }
  EXPECT_EQ(results["/r1"].redirects, 2);
  EXPECT_EQ(results["/r1"].final_url, server_.Url("/page.html"));
  EXPECT_EQ(results["/r1"].body, kPage);
  EXPECT_EQ(server_.Hits("/private/secret.html"), 0);  // never asked for
  EXPECT_EQ(server_.Hits("/loop-a") + server_.Hits("/loop-b"), 5);
}

TEST_F(FetcherTest, SlowAndStalledServersTimeOut) {
  FetchOptions o = TestOptions();
  o.retry.max_attempts = 2;
  const auto start = std::chrono::steady_clock::now();
  auto r = FetchAll({"/drip", "/stall", "/page.html"}, o);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r["/drip"].status, FetchStatus::kFailed);
  EXPECT_NE(r["/drip"].reason.find("(after 2 attempts)"), std::string::npos) << r["/drip"].reason;
  EXPECT_EQ(r["/stall"].status, FetchStatus::kFailed);
  EXPECT_NE(r["/stall"].reason.find("timed out"), std::string::npos) << r["/stall"].reason;
  EXPECT_FALSE(r["/stall"].permanent);
  EXPECT_EQ(r["/page.html"].status, FetchStatus::kOk);  // the run went on
  EXPECT_LT(seconds, 4.0);
}

TEST_F(FetcherTest, RetryAfterIsHonoured) {
  const auto start = std::chrono::steady_clock::now();
  auto r = FetchAll({"/retry-after-1"});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r["/retry-after-1"].status, FetchStatus::kOk);
  EXPECT_EQ(r["/retry-after-1"].attempts, 2);
  EXPECT_GE(seconds, 0.95);
}

TEST_F(FetcherTest, ConditionalGetGives304) {
  auto first = FetchAll({"/etag", "/last-modified"});
  ASSERT_EQ(first["/etag"].status, FetchStatus::kOk);
  EXPECT_EQ(first["/etag"].etag, "\"v1\"");
  Fetcher fetcher(TestOptions());
  FetchRequest a = Request(server_.Url("/etag"));
  a.etag = first["/etag"].etag;
  FetchRequest b = Request(server_.Url("/last-modified"));
  b.last_modified = first["/last-modified"].last_modified;
  fetcher.Add(a);
  fetcher.Add(b);
  std::vector<FetchResult> again;
  fetcher.Run([&](FetchResult&& r) { again.push_back(std::move(r)); });
  ASSERT_EQ(again.size(), 2u);
  for (const FetchResult& r : again) {
    EXPECT_EQ(r.status, FetchStatus::kNotModified) << r.request.url;
    EXPECT_TRUE(r.body.empty());
  }
}

TEST_F(FetcherTest, BadUrlsAndDeadHostsFailWithoutStoppingTheRun) {
  FetchOptions o = TestOptions();
  o.retry.max_attempts = 2;
  Fetcher fetcher(o);
  fetcher.Add(Request("ftp://127.0.0.1/x"));
  fetcher.Add(Request("not a url"));
  fetcher.Add(Request("http://127.0.0.1:1/nothing-listens-here"));
  fetcher.Add(Request(server_.Url("/page.html")));
  std::map<std::string, FetchResult> out;
  fetcher.Run([&](FetchResult&& r) { out[r.request.url] = std::move(r); });
  ASSERT_EQ(out.size(), 4u);
  EXPECT_NE(out["ftp://127.0.0.1/x"].reason.find("unsupported scheme 'ftp'"), std::string::npos);
  EXPECT_EQ(out["not a url"].status, FetchStatus::kFailed);
  // The dead host's robots.txt is unreachable: RFC 9309 says disallow all.
  const FetchResult& dead = out["http://127.0.0.1:1/nothing-listens-here"];
  EXPECT_EQ(dead.status, FetchStatus::kBlocked);
  EXPECT_NE(dead.reason.find("robots.txt unreachable"), std::string::npos) << dead.reason;
  EXPECT_EQ(out[server_.Url("/page.html")].status, FetchStatus::kOk);
}

TEST(FetcherRobots, ServerErrorForRobotsDisallowsAndNotFoundAllows) {
  HttpTestServer broken, missing;
  broken.server().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.status = 503;
  });
  broken.server().Get("/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kPage, "text/html");
  });
  missing.server().Get("/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kPage, "text/html");
  });
  ASSERT_TRUE(broken.Start());
  ASSERT_TRUE(missing.Start());
  Fetcher fetcher(TestOptions());
  fetcher.Add(Request(broken.Url("/a")));
  fetcher.Add(Request(missing.Url("/a")));
  std::map<std::string, FetchResult> out;
  fetcher.Run([&](FetchResult&& r) { out[r.request.url] = std::move(r); });
  EXPECT_EQ(out[broken.Url("/a")].status, FetchStatus::kBlocked);
  EXPECT_NE(out[broken.Url("/a")].reason.find("robots.txt unreachable (HTTP 503)"),
            std::string::npos);
  EXPECT_EQ(broken.Hits("/a"), 0);
  EXPECT_EQ(out[missing.Url("/a")].status, FetchStatus::kOk);
}

TEST(FetcherPoliteness, CrawlDelayAndPerHostLimitSpaceRequests) {
  HttpTestServer server;
  std::mutex mu;
  std::vector<std::chrono::steady_clock::time_point> starts;
  server.server().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nCrawl-delay: 0.25\n", "text/plain");
  });
  server.server().Get(R"(/p/\d+)", [&](const httplib::Request&, httplib::Response& res) {
    {
      std::lock_guard<std::mutex> lock(mu);
      starts.push_back(std::chrono::steady_clock::now());
    }
    res.set_content(kPage, "text/html");
  });
  ASSERT_TRUE(server.Start());
  FetchOptions o = TestOptions();
  o.per_host_parallel = 1;
  Fetcher fetcher(o);
  for (int i = 0; i < 4; ++i) fetcher.Add(Request(server.Url("/p/" + std::to_string(i))));
  int ok = 0;
  fetcher.Run([&](FetchResult&& r) { ok += r.status == FetchStatus::kOk; });
  EXPECT_EQ(ok, 4);
  ASSERT_EQ(starts.size(), 4u);
  for (size_t i = 1; i < starts.size(); ++i) {
    EXPECT_GE(std::chrono::duration<double>(starts[i] - starts[i - 1]).count(), 0.2);
  }
}

TEST(ProductToken, Table) {
  EXPECT_EQ(ProductToken("whosaid/0.1 (+https://x)"), "whosaid");
  EXPECT_EQ(ProductToken("whosaid"), "whosaid");
  EXPECT_EQ(ProductToken("Bot (+x)"), "Bot");
}

}  // namespace
}  // namespace whosaid::ingest
