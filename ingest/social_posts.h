// Official social posts from API JSON: Mastodon-API statuses (Mastodon,
// Truth Social and other compatible servers; single statuses, timelines and
// conversation contexts), X API v2 responses (data + includes.users),
// Bluesky post views, feeds, threads and bare records, and JSON of the same
// family recognised by the field names these APIs share: text or content,
// an author / account / user with a name and a handle, created_at or
// createdAt. Each post becomes one Document of kind post whose author and
// account owner are the posting account.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_SOCIAL_POSTS_H_
#define WHOSAID_INGEST_SOCIAL_POSTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/document.h"

namespace whosaid::ingest {

struct PostLimits {
  // Posts past this many are left out. Default 10,000.
  size_t max_posts = 10000;
  // JSON nesting deeper than this is not searched. Default 64.
  int max_depth = 64;
};

// Parses `json` (UTF-8) read from `name` (a path or URL; ids become
// "NAME#POST-ID"). On success returns the posts in the order the JSON holds
// them: authors = {"Display Name (@handle)"}, account_owner = the display
// name (else the handle), published from created_at / createdAt, url of the
// post when known, text as plain text (Mastodon HTML converted, paragraphs
// kept). InvalidArgument when the bytes are not JSON; NotFound when the JSON
// holds no post this reader knows.
absl::StatusOr<std::vector<nlp::Document>> ParsePosts(
    std::string_view json, std::string_view name, const PostLimits& limits = {});

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_SOCIAL_POSTS_H_
