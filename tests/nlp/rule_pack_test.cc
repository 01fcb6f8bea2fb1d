#include "nlp/rule_pack.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(LoadRulePack, BuiltinPacksLoad) {
  auto pack = LoadRulePack(BuiltinRuleFiles());
  ASSERT_TRUE(pack.ok()) << pack.status();
  EXPECT_FALSE(pack->cues.empty());
  EXPECT_FALSE(pack->topics.empty());
}

TEST(LoadRulePack, ReportsFileLineAndFragment) {
  auto pack = LoadRulePack({{"bad.toml",
                             "[[topic]]\nid = \"x\"\ntopic = \"t\"\n"
                             "pattern = \"(unclosed\"\n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("bad.toml:1"), std::string::npos)
      << pack.status();
  EXPECT_NE(pack.status().message().find("(unclosed"), std::string::npos);
}

TEST(LoadRulePack, MalformedTomlNamesTheLine) {
  auto pack = LoadRulePack({{"broken.toml", "[[cue]]\nlemma = \n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("broken.toml:2"), std::string::npos)
      << pack.status();
}

TEST(LoadRulePack, ExampleMustMatch) {
  auto pack = LoadRulePack({{"t.toml",
                             "[[topic]]\nid = \"x\"\ntopic = \"t\"\n"
                             "pattern = 'tariff'\nexample = 'soybeans'\n"}});
  ASSERT_FALSE(pack.ok());
  EXPECT_NE(pack.status().message().find("does not match"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::nlp
