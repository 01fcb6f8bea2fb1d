// Hash sets and maps keyed by std::string that can be searched with a
// std::string_view without building a string (heterogeneous lookup).
// Read-only use from many threads is safe. Debian's Abseil hashes
// absl::string_view, not std::string_view: StringSet/StringMap are the
// standard containers with a transparent std::hash, and FlatStringSet/
// FlatStringMap convert to absl::string_view to hash.

#ifndef WHOSAID_NLP_STRING_SET_H_
#define WHOSAID_NLP_STRING_SET_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"

namespace whosaid::nlp {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap =
    std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// The same lookups on Abseil's open-addressing tables with Abseil's hash:
// no node per entry, no division per probe, a cheaper hash. Iteration order
// is unspecified and may change between runs, so use these only for
// lookups whose results do not depend on iterating the container.
struct FlatStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
  }
};
struct FlatStringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
using FlatStringSet =
    absl::flat_hash_set<std::string, FlatStringHash, FlatStringEq>;
template <typename V>
using FlatStringMap =
    absl::flat_hash_map<std::string, V, FlatStringHash, FlatStringEq>;

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_STRING_SET_H_
