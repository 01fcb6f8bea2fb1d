// Hash sets and maps keyed by std::string that can be searched with a
// std::string_view without building a string (heterogeneous lookup).
// Debian's Abseil hashes absl::string_view, not std::string_view, so the
// standard containers with a transparent hash are used instead.

#ifndef WHOSAID_NLP_STRING_SET_H_
#define WHOSAID_NLP_STRING_SET_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_STRING_SET_H_
