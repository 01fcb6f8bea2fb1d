// Fuzzes the social-post reader (Mastodon, Bluesky and X API JSON;
// ingest/social_posts.h) with arbitrary bytes. Every post it returns has an
// id.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/social_posts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  auto posts = whosaid::ingest::ParsePosts(json, "fuzz.json");
  if (!posts.ok()) return 0;
  for (const auto& doc : *posts) {
    if (doc.id.empty()) __builtin_trap();
  }
  return 0;
}
