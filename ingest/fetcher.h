// Polite parallel HTTP fetching with libcurl's multi interface.
//
// A Fetcher runs many transfers at once across hosts while keeping to a
// per-host limit on parallel requests and a delay between request starts on
// one host (the larger of the configured delay and robots.txt's
// Crawl-delay). Before the first request to a host (scheme, name and port)
// it fetches that host's robots.txt, caches it for the Fetcher's life and
// refuses disallowed URLs. Redirects are followed by the Fetcher itself, so
// that each hop goes through robots.txt, the per-host limits and the
// http/https-only check. Timeouts, 429 and retryable 5xx are retried with
// exponential backoff and jitter (Retry-After honoured). Bodies are decoded
// (gzip, deflate, brotli, zstd) and capped while they arrive, so a gzip bomb
// costs at most the cap.
//
// Not thread-safe: Add and Run are called from one thread, and the
// completion callback runs on that thread too.

#ifndef WHOSAID_INGEST_FETCHER_H_
#define WHOSAID_INGEST_FETCHER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "ingest/retry_policy.h"

namespace whosaid::ingest {

struct FetchOptions {
  // Sent with every request; should name a contact URL. Default "whosaid/0.1".
  std::string user_agent = "whosaid/0.1";
  // Transfers running at once over all hosts. Default 16.
  int max_parallel = 16;
  // Transfers running at once against one host. Default 2.
  int per_host_parallel = 2;
  // Least time between two request starts on one host. Default 1000 ms.
  int64_t per_host_delay_ms = 1000;
  // A robots.txt Crawl-delay above this is cut to it. Default 30 s.
  int64_t max_crawl_delay_ms = 30000;
  // Fetch and obey robots.txt. Default true.
  bool obey_robots = true;
  // Time allowed to connect, and for one whole transfer. Defaults 10 s, 60 s.
  int64_t connect_timeout_ms = 10000;
  int64_t total_timeout_ms = 60000;
  // A transfer slower than low_speed_bytes per second for low_speed_seconds
  // is aborted as a timeout. Defaults 100 B/s for 20 s.
  int64_t low_speed_bytes = 100;
  int64_t low_speed_seconds = 20;
  // Decoded bodies larger than this are aborted. Default 20 MiB.
  size_t max_body_bytes = 20 << 20;
  // Redirect hops followed per request. Default 5.
  int max_redirects = 5;
  RetryPolicy retry;
  // Seeds the backoff jitter; fixed for reproducible tests. Default 0 picks
  // a random seed.
  uint64_t seed = 0;
};

struct FetchRequest {
  std::string url;
  // Validators from an earlier fetch, sent as If-None-Match and
  // If-Modified-Since; empty ones are not sent.
  std::string etag;
  std::string last_modified;
  // Priority requests start before the others (pages before feeds, which
  // keeps the queue of discovered links short).
  bool priority = false;
  // The caller's, returned untouched in the result.
  uint64_t tag = 0;
};

enum class FetchStatus {
  kOk,           // a 2xx response; body holds it
  kNotModified,  // 304: the validators still hold
  kBlocked,      // robots.txt disallows the URL (or a redirect hop)
  kFailed,       // anything else; reason says what
};

// "ok", "not_modified", "blocked", "failed".
const char* FetchStatusName(FetchStatus status);

struct FetchResult {
  FetchRequest request;
  FetchStatus status = FetchStatus::kFailed;
  std::string final_url;  // after redirects
  long http_status = 0;   // of the last response; 0 when none came
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::string body;    // decoded; empty unless kOk
  std::string reason;  // why it failed or was blocked; empty on success
  // True when trying again later is unlikely to help (404, too large,
  // disallowed, bad redirect); false for timeouts and 5xx.
  bool permanent = false;
  int attempts = 0;   // tries of the last hop
  int redirects = 0;  // hops followed
  double seconds = 0;  // from Add to completion, waits included
};

class Fetcher {
 public:
  explicit Fetcher(FetchOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Queues a request. Only http and https URLs are fetched; others complete
  // as kFailed. May be called from inside Run's callback.
  void Add(FetchRequest request);

  // Runs every queued request, and those added meanwhile, to completion.
  // `on_done` is called once per request, on this thread, with the result
  // to keep or drop; while it runs, transfers wait.
  void Run(const std::function<void(FetchResult&&)>& on_done);

  // Requests sent over the network so far, robots.txt and retries included.
  int64_t requests_sent() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// The product token of a User-Agent ("whosaid/0.1 (+...)" → "whosaid"),
// which robots.txt groups are matched against.
std::string ProductToken(std::string_view user_agent);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_FETCHER_H_
