// MemoryFetchState and the content hash.

#include "ingest/fetch_state.h"

#include <cstdio>

namespace whosaid::ingest {

absl::StatusOr<std::optional<UrlState>> MemoryFetchState::GetUrlState(
    const std::string& url) {
  auto it = urls_.find(url);
  if (it == urls_.end()) return std::optional<UrlState>();
  return std::optional<UrlState>(it->second);
}

absl::Status MemoryFetchState::PutUrlState(const std::string& url, const UrlState& state) {
  urls_[url] = state;
  return absl::OkStatus();
}

absl::StatusOr<bool> MemoryFetchState::HasItem(const std::string& url) {
  return items_.count(url) > 0;
}

absl::Status MemoryFetchState::AddItem(const std::string& url, const std::string&) {
  items_.insert(url);
  return absl::OkStatus();
}

absl::Status MemoryFetchState::RecordFetch(const FetchRecord& record) {
  log_.push_back(record);
  return absl::OkStatus();
}

std::string ContentHash(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace whosaid::ingest
