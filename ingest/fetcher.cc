// The libcurl multi loop behind Fetcher: host queues, robots.txt, redirects,
// retries.

#include "ingest/fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <random>
#include <vector>

#include "ingest/http_url.h"
#include "ingest/robots.h"
#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

// Beyond this many queued priority requests, no new normal (feed) request
// starts: links discovered are fetched before more are discovered, which
// keeps memory flat however many feeds there are.
constexpr size_t kMaxQueuedPriority = 2000;
// The longest a Run sleeps without looking at its queues again.
constexpr int64_t kMaxPollMs = 1000;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

int64_t UnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Whether a failed transfer may succeed on another try.
bool IsRetryableCurlCode(CURLcode rc) {
  switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

// One request's progress through queues, transfers and retries.
struct Job {
  FetchRequest request;
  std::string url;  // the current hop
  std::string origin;
  std::string path;  // path and query of the current hop
  int attempts = 0;
  int redirects = 0;
  int64_t added_ms = 0;
  bool robots = false;  // a robots.txt fetch for `origin`
};

struct Host {
  enum class Robots { kUnknown, kFetching, kReady };
  Robots robots = Robots::kUnknown;
  RobotsRules rules;
  std::string robots_reason;  // why everything is disallowed, if it is
  int active = 0;
  int64_t next_start_ms = 0;
  int64_t delay_ms = 0;
  std::deque<Job> priority;
  std::deque<Job> normal;
  bool HasQueued() const { return !priority.empty() || !normal.empty(); }
};

// One running transfer; owns its easy handle.
struct Transfer {
  Job job;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string body;
  std::string etag, last_modified, content_type, retry_after;
  size_t max_body = 0;
  bool too_large = false;
  char error[CURL_ERROR_SIZE] = {0};

  ~Transfer() {
    curl_slist_free_all(headers);
    curl_easy_cleanup(easy);
  }
};

size_t WriteBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t bytes = size * n;
  if (t->body.size() + bytes > t->max_body) {
    t->too_large = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  t->body.append(data, bytes);
  return bytes;
}

size_t ReadHeader(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::string_view line(data, size * n);
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after 1xx): start over
    t->etag.clear();
    t->last_modified.clear();
    t->content_type.clear();
    t->retry_after.clear();
    return line.size();
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return line.size();
  const std::string name = nlp::LowerAscii(nlp::TrimAscii(line.substr(0, colon)));
  const std::string value(nlp::TrimAscii(line.substr(colon + 1)));
  if (name == "etag") t->etag = value;
  else if (name == "last-modified") t->last_modified = value;
  else if (name == "content-type") t->content_type = value;
  else if (name == "retry-after") t->retry_after = value;
  return line.size();
}

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

const char* FetchStatusName(FetchStatus status) {
  switch (status) {
    case FetchStatus::kOk: return "ok";
    case FetchStatus::kNotModified: return "not_modified";
    case FetchStatus::kBlocked: return "blocked";
    case FetchStatus::kFailed: return "failed";
  }
  return "failed";
}

std::string ProductToken(std::string_view user_agent) {
  const size_t end = user_agent.find_first_of("/ (");
  return std::string(user_agent.substr(0, end));
}

class Fetcher::Impl {
 public:
  explicit Impl(FetchOptions options) : options_(std::move(options)) {
    GlobalInit();
    options_.max_parallel = std::max(1, options_.max_parallel);
    options_.per_host_parallel = std::max(1, options_.per_host_parallel);
    options_.retry.max_attempts = std::max(1, options_.retry.max_attempts);
    rng_.seed(options_.seed ? options_.seed : std::random_device{}());
    token_ = ProductToken(options_.user_agent);
    multi_ = curl_multi_init();
    curl_multi_setopt(multi_, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(options_.max_parallel));
    curl_multi_setopt(multi_, CURLMOPT_MAX_HOST_CONNECTIONS,
                      static_cast<long>(options_.per_host_parallel));
  }

  ~Impl() {
    for (auto& t : transfers_) curl_multi_remove_handle(multi_, t->easy);
    transfers_.clear();
    curl_multi_cleanup(multi_);
  }

  void Add(FetchRequest request) {
    Job job;
    job.url = request.url;
    job.request = std::move(request);
    job.added_ms = NowMs();
    Enqueue(std::move(job), /*front=*/false);
  }

  void Run(const std::function<void(FetchResult&&)>& on_done) {
    on_done_ = &on_done;
    for (;;) {
      Deliver();
      const int64_t now = NowMs();
      PromoteDueRetries(now);
      StartTransfers(now);
      Deliver();
      if (transfers_.empty() && waiting_.empty() && !AnyQueued()) break;
      int running = 0;
      curl_multi_perform(multi_, &running);
      CollectFinished();
      Deliver();
      if (!ready_.empty()) continue;
      if (transfers_.empty() && waiting_.empty() && !AnyQueued()) break;
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(PollTimeoutMs()), nullptr);
    }
    on_done_ = nullptr;
  }

  int64_t requests_sent() const { return requests_sent_; }
  int64_t retries() const { return retries_; }

 private:
  // Puts a job in its host's queue, or completes it at once when its URL
  // is not one we fetch.
  void Enqueue(Job job, bool front) {
    absl::StatusOr<HttpUrl> url = ParseHttpUrl(job.url);
    if (!url.ok()) {
      Fail(std::move(job), std::string(url.status().message()), true);
      return;
    }
    job.url = url->url;
    job.origin = url->origin;
    job.path = url->path_and_query;
    Host& host = hosts_[job.origin];
    if (host.robots == Host::Robots::kUnknown && !options_.obey_robots) {
      host.robots = Host::Robots::kReady;
      host.delay_ms = options_.per_host_delay_ms;
    }
    const bool priority = job.request.priority || front;
    std::deque<Job>& queue = priority ? host.priority : host.normal;
    if (priority) ++queued_priority_;
    if (front) queue.push_front(std::move(job));
    else queue.push_back(std::move(job));
  }

  bool AnyQueued() const {
    for (const auto& [origin, host] : hosts_) {
      if (host.HasQueued()) return true;
    }
    return false;
  }

  void PromoteDueRetries(int64_t now) {
    while (!waiting_.empty() && waiting_.begin()->first <= now) {
      Job job = std::move(waiting_.begin()->second);
      waiting_.erase(waiting_.begin());
      Enqueue(std::move(job), /*front=*/true);
    }
  }

  void StartTransfers(int64_t now) {
    for (auto& [origin, host] : hosts_) {
      if (static_cast<int>(transfers_.size()) >= options_.max_parallel) return;
      if (!host.HasQueued()) continue;
      if (host.robots == Host::Robots::kUnknown) {
        StartRobots(origin, host, now);
        continue;
      }
      if (host.robots == Host::Robots::kFetching) continue;
      while (host.HasQueued() && host.active < options_.per_host_parallel &&
             now >= host.next_start_ms &&
             static_cast<int>(transfers_.size()) < options_.max_parallel) {
        const bool from_priority = !host.priority.empty();
        if (!from_priority && queued_priority_ > kMaxQueuedPriority) break;
        std::deque<Job>& queue = from_priority ? host.priority : host.normal;
        Job job = std::move(queue.front());
        queue.pop_front();
        if (from_priority) --queued_priority_;
        if (!host.rules.IsAllowed(job.path)) {
          std::string reason = host.robots_reason.empty()
                                   ? "disallowed by robots.txt"
                                   : host.robots_reason;
          Complete(std::move(job), FetchStatus::kBlocked, std::move(reason), true);
          continue;
        }
        Start(std::move(job), host);
        host.next_start_ms = now + host.delay_ms;
      }
    }
  }

  void StartRobots(const std::string& origin, Host& host, int64_t now) {
    host.robots = Host::Robots::kFetching;
    Job job;
    job.robots = true;
    job.origin = origin;
    job.url = origin + "/robots.txt";
    job.path = "/robots.txt";
    job.added_ms = now;
    Start(std::move(job), host);
    host.next_start_ms = now + options_.per_host_delay_ms;
  }

  void Start(Job job, Host& host) {
    auto t = std::make_unique<Transfer>();
    t->job = std::move(job);
    t->max_body = t->job.robots ? 512 * 1024 : options_.max_body_bytes;
    ++t->job.attempts;
    CURL* e = t->easy = curl_easy_init();
    curl_easy_setopt(e, CURLOPT_URL, t->job.url.c_str());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    // Page redirects are followed by hand so each hop is checked; robots.txt
    // may follow a few on its own (RFC 9309 section 2.3.1.2).
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, t->job.robots ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // all curl decodes
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout_ms));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout_ms));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(options_.low_speed_bytes));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_seconds));
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(t->max_body));
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, WriteBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, ReadHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    if (!t->job.request.etag.empty()) {
      t->headers = curl_slist_append(t->headers, ("If-None-Match: " + t->job.request.etag).c_str());
    }
    if (!t->job.request.last_modified.empty()) {
      t->headers = curl_slist_append(
          t->headers, ("If-Modified-Since: " + t->job.request.last_modified).c_str());
    }
    if (t->headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    curl_multi_add_handle(multi_, e);
    ++host.active;
    ++requests_sent_;
    transfers_.push_back(std::move(t));
  }

  void CollectFinished() {
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      const CURLcode rc = msg->data.result;
      auto it = std::find_if(transfers_.begin(), transfers_.end(),
                             [&](const auto& t) { return t->easy == msg->easy_handle; });
      if (it == transfers_.end()) continue;
      std::unique_ptr<Transfer> t = std::move(*it);
      transfers_.erase(it);
      curl_multi_remove_handle(multi_, t->easy);
      --hosts_[t->job.origin].active;
      if (t->job.robots) {
        FinishRobots(*t, rc);
      } else {
        Finish(std::move(t), rc);
      }
    }
  }

  void FinishRobots(Transfer& t, CURLcode rc) {
    Host& host = hosts_[t.job.origin];
    long code = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &code);
    host.robots = Host::Robots::kReady;
    host.delay_ms = options_.per_host_delay_ms;
    if (rc == CURLE_OK && code >= 200 && code < 300) {
      host.rules = RobotsRules::Parse(t.body, token_);
      if (auto delay = host.rules.crawl_delay_ms()) {
        host.delay_ms = std::max(host.delay_ms, std::min(*delay, options_.max_crawl_delay_ms));
      }
    } else if (rc == CURLE_OK && code >= 400 && code < 500) {
      host.rules = RobotsRules();  // "unavailable": no restrictions
    } else {
      // RFC 9309 2.3.1.4: unreachable robots.txt means complete disallow.
      host.rules = RobotsRules::DisallowAll();
      host.robots_reason = "robots.txt unreachable (" + Describe(t, rc, code) + ")";
    }
  }

  static std::string Describe(const Transfer& t, CURLcode rc, long code) {
    if (rc != CURLE_OK) {
      return t.error[0] ? std::string(t.error) : std::string(curl_easy_strerror(rc));
    }
    return "HTTP " + std::to_string(code);
  }

  void Finish(std::unique_ptr<Transfer> t, CURLcode rc) {
    long code = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &code);
    Job& job = t->job;
    if (rc != CURLE_OK) {
      if (t->too_large || rc == CURLE_FILESIZE_EXCEEDED) {
        Fail(std::move(job), "body larger than " + std::to_string(t->max_body) + " bytes",
             true, code);
      } else if (IsRetryableCurlCode(rc)) {
        Retry(std::move(job), Describe(*t, rc, code), std::nullopt, code);
      } else {
        Fail(std::move(job), Describe(*t, rc, code), true, code);
      }
      return;
    }
    if (code >= 300 && code < 400 && code != 304) {
      FollowRedirect(*t, code);
      return;
    }
    if (code == 304 || (code >= 200 && code < 300)) {
      FetchResult r = MakeResult(std::move(job), code == 304 ? FetchStatus::kNotModified
                                                             : FetchStatus::kOk);
      r.http_status = code;
      r.content_type = std::move(t->content_type);
      r.etag = t->etag.empty() && code == 304 ? r.request.etag : std::move(t->etag);
      r.last_modified = t->last_modified.empty() && code == 304 ? r.request.last_modified
                                                                : std::move(t->last_modified);
      if (code != 304) r.body = std::move(t->body);
      ready_.push_back(std::move(r));
      return;
    }
    if (IsRetryableHttpStatus(code)) {
      std::optional<int64_t> retry_after;
      if (!t->retry_after.empty()) retry_after = ParseRetryAfter(t->retry_after, UnixSeconds());
      Retry(std::move(job), "HTTP " + std::to_string(code), retry_after, code);
      return;
    }
    Fail(std::move(job), "HTTP " + std::to_string(code), true, code);
  }

  void FollowRedirect(Transfer& t, long code) {
    char* location = nullptr;
    curl_easy_getinfo(t.easy, CURLINFO_REDIRECT_URL, &location);
    if (location == nullptr) {
      Fail(std::move(t.job), "HTTP " + std::to_string(code) + " without a usable Location",
           true, code);
      return;
    }
    std::string target(location);
    absl::StatusOr<HttpUrl> url = ParseHttpUrl(target);
    if (!url.ok()) {
      Fail(std::move(t.job), "redirect refused: " + std::string(url.status().message()),
           true, code);
      return;
    }
    if (t.job.redirects >= options_.max_redirects) {
      Fail(std::move(t.job),
           "too many redirects (more than " + std::to_string(options_.max_redirects) + ")",
           true, code);
      return;
    }
    ++t.job.redirects;
    t.job.attempts = 0;  // attempts count the tries of the current hop
    t.job.url = url->url;
    Enqueue(std::move(t.job), /*front=*/true);
  }

  // Schedules another try, or fails the job when it has had its tries.
  void Retry(Job job, std::string reason, std::optional<int64_t> retry_after_ms, long code) {
    const int max = options_.retry.max_attempts;
    if (retry_after_ms && *retry_after_ms > options_.retry.max_retry_after_ms) {
      Fail(std::move(job),
           reason + ": Retry-After of " + std::to_string(*retry_after_ms / 1000) +
               " s exceeds the limit",
           false, code);
      return;
    }
    if (job.attempts >= max) {
      Fail(std::move(job),
           reason + " (after " + std::to_string(job.attempts) +
               (job.attempts == 1 ? " attempt)" : " attempts)"),
           false, code);
      return;
    }
    const int64_t now = NowMs();
    int64_t delay = BackoffDelayMs(options_.retry, job.attempts, rng_);
    if (retry_after_ms) {
      delay = std::max(delay, *retry_after_ms);
      // The server asked the whole host to slow down, not just this URL.
      Host& host = hosts_[job.origin];
      host.next_start_ms = std::max(host.next_start_ms, now + *retry_after_ms);
    }
    ++retries_;
    waiting_.emplace(now + delay, std::move(job));
  }

  FetchResult MakeResult(Job job, FetchStatus status) {
    FetchResult r;
    r.status = status;
    r.final_url = std::move(job.url);
    r.attempts = job.attempts;
    r.redirects = job.redirects;
    r.seconds = static_cast<double>(NowMs() - job.added_ms) / 1000.0;
    r.request = std::move(job.request);
    return r;
  }

  void Complete(Job job, FetchStatus status, std::string reason, bool permanent, long code = 0) {
    FetchResult r = MakeResult(std::move(job), status);
    r.reason = std::move(reason);
    r.permanent = permanent;
    r.http_status = code;
    ready_.push_back(std::move(r));
  }

  void Fail(Job job, std::string reason, bool permanent, long code = 0) {
    Complete(std::move(job), FetchStatus::kFailed, std::move(reason), permanent, code);
  }

  // Hands finished results to the callback; it may add requests.
  void Deliver() {
    while (!ready_.empty()) {
      FetchResult r = std::move(ready_.front());
      ready_.pop_front();
      (*on_done_)(std::move(r));
    }
  }

  int64_t PollTimeoutMs() {
    const int64_t now = NowMs();
    int64_t wake = now + kMaxPollMs;
    if (!waiting_.empty()) wake = std::min(wake, waiting_.begin()->first);
    for (const auto& [origin, host] : hosts_) {
      if (host.HasQueued() && host.robots == Host::Robots::kReady &&
          host.active < options_.per_host_parallel) {
        wake = std::min(wake, host.next_start_ms);
      }
    }
    long curl_ms = -1;
    curl_multi_timeout(multi_, &curl_ms);
    if (curl_ms >= 0) wake = std::min(wake, now + curl_ms);
    return std::max<int64_t>(0, wake - now);
  }

  FetchOptions options_;
  CURLM* multi_ = nullptr;
  std::map<std::string, Host> hosts_;
  std::multimap<int64_t, Job> waiting_;  // retries by due time
  std::vector<std::unique_ptr<Transfer>> transfers_;
  std::deque<FetchResult> ready_;
  size_t queued_priority_ = 0;
  int64_t requests_sent_ = 0;
  int64_t retries_ = 0;
  std::mt19937_64 rng_;
  std::string token_;
  const std::function<void(FetchResult&&)>* on_done_ = nullptr;
};

Fetcher::Fetcher(FetchOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Fetcher::~Fetcher() = default;
void Fetcher::Add(FetchRequest request) { impl_->Add(std::move(request)); }
void Fetcher::Run(const std::function<void(FetchResult&&)>& on_done) { impl_->Run(on_done); }
int64_t Fetcher::requests_sent() const { return impl_->requests_sent(); }
int64_t Fetcher::retries() const { return impl_->retries(); }

}  // namespace whosaid::ingest
