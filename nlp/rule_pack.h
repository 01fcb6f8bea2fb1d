// Rule packs: the configuration that tells nlp which words cue speech, which
// actors exist and which topics to tag.
//
// Rule packs are TOML text. nlp never opens files: callers hand it the text
// of each file with a name used in messages. LoadRulePack compiles every
// pattern up front and reports all failures at once, naming file, line and
// fragment, so a broken pack stops the program before any text is read.
// A loaded RulePack is immutable and safe to share between threads.

#ifndef WHOSAID_NLP_RULE_PACK_H_
#define WHOSAID_NLP_RULE_PACK_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/analysis.h"

namespace whosaid::nlp {

// One rule file: `name` is how messages refer to it (a path or
// "builtin:cues.toml"), `text` its TOML content.
struct RuleFile {
  std::string name;
  std::string text;
};

// A date-ranged title: "Treasury Secretary" from 2025-01-28 until empty.
struct DatedRole {
  std::string title;
  std::string from;   // YYYY-MM-DD, empty = open
  std::string until;  // YYYY-MM-DD, empty = open
};

struct KnownActor {
  std::string name;
  ActorKind kind = ActorKind::kPerson;
  std::vector<std::string> aliases;
  std::string role;
  std::string affiliation;
  std::vector<DatedRole> roles;
};

// A verb or phrase that introduces speech: "said", "told reporters".
struct CueVerb {
  std::string form;   // as written in text, lower case: "said"
  std::string lemma;  // "say"
};

struct TopicRule {
  std::string id;       // rule id reported with the topic
  std::string topic;    // topic label, e.g. "tariffs"
  std::string pattern;  // RE2 pattern, matched case-insensitively
};

struct RulePack {
  std::vector<CueVerb> cues;
  std::vector<KnownActor> actors;
  std::vector<TopicRule> topics;
};

// Parses and validates every file; actors from several files are merged.
// On failure the status message lists every problem, one per line, as
// "FILE:LINE: reason: fragment".
absl::StatusOr<RulePack> LoadRulePack(const std::vector<RuleFile>& files);

// The packs in nlp/rules/, embedded in the binary at build time.
const std::vector<RuleFile>& BuiltinRuleFiles();

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_RULE_PACK_H_
