// HttpTestServer on cpp-httplib.

#include "tests/testutil/http_test_server.h"

#include <chrono>

namespace whosaid::testutil {

HttpTestServer::HttpTestServer(size_t threads) {
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server_.set_keep_alive_timeout(2);
  // Without it, header and body writes wait on delayed ACKs (40 ms each).
  server_.set_tcp_nodelay(true);
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
    std::lock_guard<std::mutex> lock(mu_);
    ++hits_[req.path];
    return httplib::Server::HandlerResponse::Unhandled;
  });
}

HttpTestServer::~HttpTestServer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  stopping_cv_.notify_all();
  server_.stop();
  if (thread_.joinable()) thread_.join();
}

bool HttpTestServer::Start() {
  port_ = server_.bind_to_any_port("127.0.0.1");
  if (port_ <= 0) return false;
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return true;
}

std::string HttpTestServer::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

int HttpTestServer::Hits(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = hits_.find(path);
  return it == hits_.end() ? 0 : it->second;
}

int HttpTestServer::TotalHits() const {
  std::lock_guard<std::mutex> lock(mu_);
  int total = 0;
  for (const auto& [path, n] : hits_) total += n;
  return total;
}

void HttpTestServer::ResetHits() {
  std::lock_guard<std::mutex> lock(mu_);
  hits_.clear();
}

void HttpTestServer::Stall(int ms) {
  std::unique_lock<std::mutex> lock(mu_);
  stopping_cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping_; });
}

}  // namespace whosaid::testutil
