#include "nlp/hyphenated_modifier.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

// A capitalised compound ending in a lower-case participle or adjective
// describes a name; a name's own hyphenated parts do not.
TEST(HyphenatedModifier, ParticiplesAndAdjectivesButNotNames) {
  for (const char* modifier :
       {"Sacramento-based", "Saudi-led", "Beijing-backed", "NBA-leading",
        "GOP-dominated", "Europe-wide", "Texas-born", "State-run"}) {
    EXPECT_TRUE(IsHyphenatedModifier(modifier)) << modifier;
  }
  for (const char* name :
       {"Coca-Cola", "US-China", "Jong-un", "Ing-wen", "Jae-in", "Ho-yip",
        "Sacramento", "Al-", "-based", "Singer-guitarists"}) {
    EXPECT_FALSE(IsHyphenatedModifier(name)) << name;
  }
}

}  // namespace
}  // namespace whosaid::nlp
