// The shape of an RE2 pattern, read from its spelling alone: an upper bound
// on the bytes any match can span, and its top-level alternatives. The
// topic tagger (topic_tagger.h) runs a rule only on windows of that length
// around the literals its matches must contain.
//
// The reader is conservative: a construct it does not know makes the length
// unbounded and the pattern a single alternative, so it can only widen a
// window, never drop a match. Pure function; thread-safe.

#ifndef WHOSAID_NLP_PATTERN_SHAPE_H_
#define WHOSAID_NLP_PATTERN_SHAPE_H_

#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

// What the topic prefilter needs to know of a pattern's spelling: the most bytes
// any match of it can span, and its top-level alternatives.
struct PatternShape {
  static constexpr size_t kUnbounded = std::numeric_limits<size_t>::max();
  // No match of the pattern spans more bytes (kUnbounded when it may).
  size_t max_length = kUnbounded;
  // The pattern's top-level alternatives, when it is one of them exactly
  // where any of them matches (one piece, the pattern, otherwise).
  std::vector<std::string_view> alternatives;
};


// The shape of `pattern`, which RE2 must have compiled (views into it).
PatternShape ReadPatternShape(std::string_view pattern);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_PATTERN_SHAPE_H_
