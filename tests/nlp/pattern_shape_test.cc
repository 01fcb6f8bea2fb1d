#include "nlp/pattern_shape.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

constexpr size_t kUnbounded = PatternShape::kUnbounded;

struct ShapeCase {
  const char* pattern;
  size_t max_length;
  std::vector<std::string> alternatives;
};

TEST(ReadPatternShape, BoundsMatchesAndSplitsTopLevelAlternatives) {
  const ShapeCase cases[] = {
      {"tariff", 6, {"tariff"}},
      // Folding case, RE2 matches 's' against the two-byte long s (U+017F).
      {R"(\btariffs?\b)", 8, {R"(\btariffs?\b)"}},
      {"soy(beans?)?|corn", 10, {"soy(beans?)?", "corn"}},
      {"a{2,4}b", 5, {"a{2,4}b"}},
      {"[a-z]x", 5, {"[a-z]x"}},  // a class may be a four-byte character
      {"fent.*nyl", kUnbounded, {"fent.*nyl"}},
      {"a+", kUnbounded, {"a+"}},
      // A flag group reaches the alternatives after it: one piece.
      {"(?i)ab|cd", 2, {"(?i)ab|cd"}},
  };
  for (const ShapeCase& c : cases) {
    const PatternShape shape = ReadPatternShape(c.pattern);
    EXPECT_EQ(shape.max_length, c.max_length) << c.pattern;
    std::vector<std::string> got(shape.alternatives.begin(),
                                 shape.alternatives.end());
    EXPECT_EQ(got, c.alternatives) << c.pattern;
  }
}

}  // namespace
}  // namespace whosaid::nlp
