#include "ingest/json_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::ingest {
namespace {

TEST(JsonNestingDepth, CountsArraysAndObjects) {
  struct Case {
    std::string json;
    int depth;
  } cases[] = {
      {"", 0},
      {"42", 0},
      {"{}", 1},
      {R"({"a":[1,{"b":[]}]})", 4},
      {R"(["[[[[", "{{{"])", 1},        // brackets inside strings
      {R"(["\"[[[", 1])", 1},           // an escaped quote stays in the string
      {R"(["\\", [[]]])", 3},           // an escaped backslash ends nothing
      {"]]]}}}[", 1},                   // unbalanced closers never go below 0
      {std::string(100000, '['), 100000},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(JsonNestingDepth(c.json), c.depth) << c.json.substr(0, 40);
  }
}

}  // namespace
}  // namespace whosaid::ingest
