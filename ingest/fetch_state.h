// What the fetcher remembers between runs, as an interface: validators and
// content hash per URL, the item URLs already taken from feeds, and a log
// of every fetch with its outcome.
//
// ingest may not reach the store, so the program adapts its store to this
// interface; MemoryFetchState keeps everything in memory for runs without a
// store and for tests. Implementations are used from one thread at a time.

#ifndef WHOSAID_INGEST_FETCH_STATE_H_
#define WHOSAID_INGEST_FETCH_STATE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace whosaid::ingest {

// What the last successful fetch of a URL left behind.
struct UrlState {
  std::string etag;           // ETag as the server sent it; may be empty
  std::string last_modified;  // Last-Modified as sent; may be empty
  std::string content_hash;   // ContentHash of the body; may be empty
  int64_t fetched_at = 0;     // Unix seconds of the last 200 or 304
};

// One fetch and what came of it; a row of the fetch log.
struct FetchRecord {
  std::string url;        // as requested
  std::string final_url;  // after redirects
  std::string source;     // configured source name; empty for bare URLs
  // "ok" (fetched and processed), "not_modified" (304), "unchanged" (same
  // content hash), "blocked" (robots.txt), "failed", "skipped".
  std::string outcome;
  long http_status = 0;
  std::string reason;  // why it failed, was blocked or was skipped
  int attempts = 0;
  int64_t bytes = 0;
  int64_t fetched_at = 0;  // Unix seconds
  double seconds = 0;
};

class FetchState {
 public:
  virtual ~FetchState() = default;

  // The URL's state, nullopt when it was never fetched successfully.
  virtual absl::StatusOr<std::optional<UrlState>> GetUrlState(const std::string& url) = 0;
  virtual absl::Status PutUrlState(const std::string& url, const UrlState& state) = 0;

  // Whether an item URL taken from a feed or sitemap was already handled.
  virtual absl::StatusOr<bool> HasItem(const std::string& url) = 0;
  // Marks an item URL handled so that later runs skip it.
  virtual absl::Status AddItem(const std::string& url, const std::string& source) = 0;

  // Appends a row to the fetch log.
  virtual absl::Status RecordFetch(const FetchRecord& record) = 0;
};

class MemoryFetchState : public FetchState {
 public:
  absl::StatusOr<std::optional<UrlState>> GetUrlState(const std::string& url) override;
  absl::Status PutUrlState(const std::string& url, const UrlState& state) override;
  absl::StatusOr<bool> HasItem(const std::string& url) override;
  absl::Status AddItem(const std::string& url, const std::string& source) override;
  absl::Status RecordFetch(const FetchRecord& record) override;

  const std::vector<FetchRecord>& log() const { return log_; }
  void ClearLog() { log_.clear(); }

 private:
  std::map<std::string, UrlState> urls_;
  std::set<std::string> items_;
  std::vector<FetchRecord> log_;
};

// A 64-bit FNV-1a hash of `bytes` in 16 hex digits: tells a changed body
// from an unchanged one.
std::string ContentHash(std::string_view bytes);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_FETCH_STATE_H_
