// A real HTTP server on 127.0.0.1 for fetch tests and benchmarks, on
// cpp-httplib. Register handlers on server() before Start(); the server
// runs on its own threads until the object is destroyed. Requests are
// counted per path (thread-safe).

#ifndef WHOSAID_TESTS_TESTUTIL_HTTP_TEST_SERVER_H_
#define WHOSAID_TESTS_TESTUTIL_HTTP_TEST_SERVER_H_

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace whosaid::testutil {

class HttpTestServer {
 public:
  // `threads` handler threads; a stalled handler holds one.
  explicit HttpTestServer(size_t threads = 16);
  ~HttpTestServer();
  HttpTestServer(const HttpTestServer&) = delete;
  HttpTestServer& operator=(const HttpTestServer&) = delete;

  httplib::Server& server() { return server_; }

  // Binds a free port on 127.0.0.1 and starts serving; false on failure.
  bool Start();

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path (path starts with '/').
  std::string Url(const std::string& path) const;

  // Requests received for `path` (without query) since the last reset.
  int Hits(const std::string& path) const;
  int TotalHits() const;
  void ResetHits();

  // Blocks the calling handler for up to `ms` milliseconds, returning early
  // when the server is being stopped. For stalled-connection faults.
  void Stall(int ms);

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mu_;
  std::condition_variable stopping_cv_;
  bool stopping_ = false;
  std::map<std::string, int> hits_;
};

}  // namespace whosaid::testutil

#endif  // WHOSAID_TESTS_TESTUTIL_HTTP_TEST_SERVER_H_
