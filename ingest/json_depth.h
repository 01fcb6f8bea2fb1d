// A cheap guard run before parsing untrusted JSON: how deeply its arrays
// and objects nest. nlohmann::json parses any depth without recursion, but
// each level costs memory, so a 64 MB line of "[" would need gigabytes;
// callers refuse input nested deeper than kMaxJsonDepth first.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_JSON_DEPTH_H_
#define WHOSAID_INGEST_JSON_DEPTH_H_

#include <string_view>

namespace whosaid::ingest {

// JSON documents (a JSONL line, a social post) nested deeper than this are
// refused. Real posts and JSON-LD nest fewer than ten levels.
inline constexpr int kMaxJsonDepth = 64;

// Returns the deepest nesting of '[' and '{' in `json` (0 for a scalar),
// ignoring brackets inside strings. Does not validate the JSON; unbalanced
// input simply reports the deepest level it reached. O(size), no allocation.
int JsonNestingDepth(std::string_view json);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_JSON_DEPTH_H_
