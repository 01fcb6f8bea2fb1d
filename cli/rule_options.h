// The options naming the rule packs a text-analysing command loads
// (see analysis_setup.h). Plain data, no behaviour.

#ifndef WHOSAID_CLI_RULE_OPTIONS_H_
#define WHOSAID_CLI_RULE_OPTIONS_H_

#include <string>
#include <vector>

namespace whosaid::cli {

struct RuleOptions {
  std::string rules_dir;  // --rules DIR; empty (default) = builtin packs
  std::vector<std::string> actors;  // --actors FILE, repeatable; default none
};

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_RULE_OPTIONS_H_
