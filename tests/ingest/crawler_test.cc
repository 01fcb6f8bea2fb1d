// The streaming pipeline against a loopback news site: feeds, a sitemap and
// pages from corpora/news with faults mixed in. A first run stores what it
// can and records why the rest failed; a second run fetches only what
// changed.

#include "ingest/crawler.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/testutil/http_test_server.h"

namespace whosaid::ingest {
namespace {

using testutil::HttpTestServer;

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(WHOSAID_SOURCE_DIR) + "/corpora/news/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> CorpusPages() {
  std::vector<std::string> names;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(WHOSAID_SOURCE_DIR) + "/corpora/news")) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".html" && name[0] != '_') names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string Rss(const std::vector<std::string>& links) {
  std::string rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback</title>";
  for (const std::string& l : links) rss += "<item><link>" + l + "</link></item>";
  return rss + "</channel></rss>";
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
  o.retry.max_attempts = 2;
  o.retry.initial_backoff_ms = 10;
  o.retry.max_backoff_ms = 50;
  o.seed = 7;
  return o;
}

class CrawlerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    pages_ = CorpusPages();
    ASSERT_GE(pages_.size(), 3u);
    httplib::Server& s = server_.server();
    s.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
    });
    s.Get(R"(/news/([\w.-]+\.html))", [](const httplib::Request& req, httplib::Response& res) {
      const std::string body = ReadCorpus(req.matches[1]);
      if (body.empty()) {
        res.status = 404;
        return;
      }
      res.set_content(body, "text/html; charset=utf-8");
    });
    s.Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      std::vector<std::string> links;
      for (const std::string& p : pages_) links.push_back("/news/" + p);
      links.push_back("/news/gone.html");            // 404
      links.push_back("/private/secret.html");       // robots.txt
      links.push_back("/bad/picture.png");           // wrong content type
      links.push_back("/bad/latin1.html");           // declared ISO-8859-1
      links.push_back("/bad/mislabelled.html");      // HTML sent as text/plain
      if (flaky_down_) links.push_back("/bad/down.html");  // 503 on run 1
      if (extra_item_) links.push_back("/extra/extra.html");
      const std::string body = Rss(links);
      const std::string etag = "\"feed-" + std::to_string(std::hash<std::string>()(body)) + "\"";
      if (req.get_header_value("If-None-Match") == etag) {
        res.status = 304;
        return;
      }
      res.set_header("ETag", etag);
      res.set_content(body, "application/rss+xml");
    });
    s.Get("/sitemap.xml", [this](const httplib::Request&, httplib::Response& res) {
      // No validators: a second run sees the same bytes and skips them.
      res.set_content("<urlset><url><loc>" + server_.Url("/news/" + pages_[0]) +
                          "</loc></url><url><loc>/sitemap-only.html</loc></url></urlset>",
                      "application/xml");
    });
    s.Get("/sitemap-only.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><head><title>Sitemap page</title></head><body><article><p>Trade envoy "
          "Ines Duarte said the review would finish in March.</p></article></body></html>",
          "text/html");
    });
    s.Get("/bad/picture.png", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string("\x89PNG\r\n\x1a\n", 8), "image/png");
    });
    s.Get("/bad/latin1.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><head><title>Caf\xe9 talks</title></head><body><article><p>The caf\xe9 "
          "owner Jos\xe9 Alvarez said prices rose.</p></article></body></html>",
          "text/html; charset=ISO-8859-1");
    });
    s.Get("/bad/mislabelled.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<!DOCTYPE html><html><head><title>Mislabelled</title></head><body><article>"
          "<p>Analyst Mara Quint said the label was wrong.</p></article></body></html>",
          "text/plain");
    });
    s.Get("/bad/down.html", [this](const httplib::Request&, httplib::Response& res) {
      if (!down_fixed_) {
        res.status = 503;
        return;
      }
      res.set_content("<html><body><article><p>Back up.</p></article></body></html>",
                      "text/html");
    });
    s.Get("/extra/extra.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><head><title>Extra</title></head><body><article><p>Economist Lena Ortiz "
          "said a new round was likely.</p></article></body></html>",
          "text/html");
    });
    s.Get("/statement.html", [](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"s1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"s1\"");
      res.set_content(
          "<html><head><title>Statement</title></head><body><article><p>We will keep "
          "talking.</p></article></body></html>",
          "text/html");
    });
    ASSERT_TRUE(server_.Start());
    Source feed;
    feed.name = "loopback-news";
    feed.kind = SourceKind::kFeed;
    feed.url = server_.Url("/feed.xml");
    feed.language = "en";
    Source sitemap;
    sitemap.name = "loopback-sitemap";
    sitemap.kind = SourceKind::kSitemap;
    sitemap.url = server_.Url("/sitemap.xml");
    Source account;
    account.name = "loopback-office";
    account.kind = SourceKind::kPage;
    account.url = server_.Url("/statement.html");
    account.owner = "Loopback Trade Office";
    account.document_kind = nlp::DocumentKind::kOfficial;
    sources_ = {feed, sitemap, account};
  }

  CrawlStats RunOnce() {
    docs_.clear();
    state_.ClearLog();
    nlp::CollectingReporter reporter;
    CrawlStats stats = Crawl(
        sources_, TestOptions(), state_,
        [this](nlp::Document&& d) {
          docs_.push_back(std::move(d));
          return absl::OkStatus();
        },
        reporter);
    reports_ = reporter.entries();
    return stats;
  }

  const FetchRecord* LogFor(const std::string& path) const {
    for (const FetchRecord& r : state_.log()) {
      if (r.url == server_.Url(path)) return &r;
    }
    return nullptr;
  }

  HttpTestServer server_;
  std::vector<std::string> pages_;
  std::vector<Source> sources_;
  MemoryFetchState state_;
  std::vector<nlp::Document> docs_;
  std::vector<nlp::CollectingReporter::Entry> reports_;
  std::atomic<bool> flaky_down_{true}, extra_item_{false}, down_fixed_{false};
};

TEST_F(CrawlerTest, FirstRunStoresPagesAndRecordsEachFailure) {
  CrawlStats stats = RunOnce();
  // Corpus pages, latin1, mislabelled, sitemap-only and the statement.
  EXPECT_EQ(stats.documents, pages_.size() + 4) << stats.failed;
  EXPECT_EQ(docs_.size(), stats.documents);
  EXPECT_EQ(stats.lists, 2u);
  EXPECT_EQ(stats.blocked, 1u);
  EXPECT_EQ(stats.failed, 3u);  // 404, image/png, 503
  struct Expect {
    const char* path;
    const char* outcome;
    const char* reason;
  };
  const Expect expects[] = {
      {"/news/gone.html", "failed", "HTTP 404"},
      {"/private/secret.html", "blocked", "disallowed by robots.txt"},
      {"/bad/picture.png", "failed", "unsupported content type 'image/png'"},
      {"/bad/down.html", "failed", "HTTP 503 (after 2 attempts)"},
      {"/bad/latin1.html", "ok", ""},
      {"/bad/mislabelled.html", "ok", ""},
      {"/feed.xml", "ok", ""},
  };
  for (const Expect& e : expects) {
    const FetchRecord* r = LogFor(e.path);
    ASSERT_NE(r, nullptr) << e.path;
    EXPECT_EQ(r->outcome, e.outcome) << e.path << ": " << r->reason;
    EXPECT_NE(r->reason.find(e.reason), std::string::npos) << e.path << ": " << r->reason;
  }
  // The first sitemap entry is also in the feed: fetched once.
  EXPECT_EQ(server_.Hits("/news/" + pages_[0]), 1);
  EXPECT_EQ(reports_.size(), 4u);  // three failures and the blocked page
  for (const nlp::Document& d : docs_) {
    EXPECT_FALSE(d.text.empty()) << d.id;
    if (d.id == server_.Url("/bad/latin1.html")) {
      EXPECT_NE(d.text.find("caf\xc3\xa9 owner Jos\xc3\xa9"), std::string::npos) << d.text;
      EXPECT_EQ(d.source, "loopback-news");
      EXPECT_EQ(d.language, "en");
    }
    if (d.id == server_.Url("/statement.html")) {
      EXPECT_EQ(d.account_owner, "Loopback Trade Office");
      EXPECT_EQ(d.kind, nlp::DocumentKind::kOfficial);
    }
  }
}

TEST_F(CrawlerTest, SecondRunFetchesOnlyWhatChanged) {
  RunOnce();
  server_.ResetHits();
  flaky_down_ = false;  // the 503 page is now gone from the feed
  CrawlStats second = RunOnce();
  // The feed changed (an item left), so it is read again, but every item on
  // it was handled: no page is downloaded again.
  EXPECT_EQ(second.documents, 0u);
  EXPECT_EQ(docs_.size(), 0u);
  EXPECT_EQ(second.not_modified, 1u);  // the statement's ETag
  EXPECT_EQ(second.unchanged, 1u);     // the sitemap's hash
  EXPECT_EQ(server_.Hits("/news/" + pages_[0]), 0);
  EXPECT_EQ(server_.Hits("/news/gone.html"), 0);  // a 404 is not asked again
  EXPECT_EQ(server_.Hits("/private/secret.html"), 0);
  EXPECT_EQ(server_.Hits("/sitemap-only.html"), 0);
  EXPECT_EQ(server_.Hits("/robots.txt"), 1);

  server_.ResetHits();
  extra_item_ = true;  // one new item
  CrawlStats third = RunOnce();
  EXPECT_EQ(third.documents, 1u);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, server_.Url("/extra/extra.html"));
  EXPECT_EQ(server_.Hits("/extra/extra.html"), 1);
  EXPECT_EQ(server_.TotalHits(), 5);  // robots, feed, item, sitemap, statement

  server_.ResetHits();
  CrawlStats fourth = RunOnce();  // nothing changed at all
  EXPECT_EQ(fourth.documents, 0u);
  EXPECT_EQ(fourth.not_modified, 2u);  // feed and statement
  EXPECT_EQ(server_.TotalHits(), 4);
}

TEST_F(CrawlerTest, TransientItemFailuresAreRetriedNextRun) {
  RunOnce();  // /bad/down.html answers 503
  server_.ResetHits();
  // Same feed bytes: without the retry rule the feed would answer 304 and
  // the failed item would never be tried again.
  down_fixed_ = true;
  CrawlStats second = RunOnce();
  EXPECT_EQ(second.documents, 1u);
  EXPECT_EQ(server_.Hits("/bad/down.html"), 1);
}

TEST_F(CrawlerTest, MinIntervalSkipsRecentSources) {
  sources_[2].min_interval_seconds = 3600;
  RunOnce();
  server_.ResetHits();
  CrawlStats second = RunOnce();
  EXPECT_EQ(second.sources_skipped, 1u);
  EXPECT_EQ(server_.Hits("/statement.html"), 0);
  const FetchRecord* r = LogFor("/statement.html");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->outcome, "skipped");
}

TEST_F(CrawlerTest, SinkFailureIsRecordedAndRetried) {
  nlp::CollectingReporter reporter;
  std::vector<Source> one = {sources_[2]};
  CrawlStats stats = Crawl(
      one, TestOptions(), state_,
      [](nlp::Document&&) { return absl::InternalError("disk full"); }, reporter);
  EXPECT_EQ(stats.failed, 1u);
  ASSERT_EQ(reporter.entries().size(), 1u);
  EXPECT_EQ(reporter.entries()[0].reason, "disk full");
  // Nothing was remembered, so the next run downloads the page again.
  auto url_state = state_.GetUrlState(server_.Url("/statement.html"));
  ASSERT_TRUE(url_state.ok());
  EXPECT_FALSE(url_state->has_value());
}

TEST_F(CrawlerTest, BareUrlsAreFeedsOrPages) {
  nlp::CollectingReporter reporter;
  std::vector<Source> bare = {SourceForUrl(server_.Url("/sitemap.xml")),
                              SourceForUrl(server_.Url("/extra/extra.html"))};
  std::vector<std::string> ids;
  CrawlStats stats = Crawl(
      bare, TestOptions(), state_,
      [&](nlp::Document&& d) {
        ids.push_back(d.id);
        return absl::OkStatus();
      },
      reporter);
  EXPECT_EQ(stats.lists, 1u);
  EXPECT_EQ(stats.documents, 3u);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{server_.Url("/extra/extra.html"),
                                           server_.Url("/news/" + pages_[0]),
                                           server_.Url("/sitemap-only.html")}));
}

}  // namespace
}  // namespace whosaid::ingest
