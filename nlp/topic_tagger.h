// Tags text with topics from RE2 topic rules ("tariffs", "fentanyl", ...).
//
// All rules are compiled into one RE2::Set (case-insensitive), so a text is
// scanned once however many rules there are. Each topic is reported with the
// id of the first rule (in pack order) that fired for it. Built once;
// immutable and thread-safe.

#ifndef WHOSAID_NLP_TOPIC_TAGGER_H_
#define WHOSAID_NLP_TOPIC_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/rule_pack.h"

namespace re2 {
class RE2;
}

namespace whosaid::nlp {

class TopicTagger {
 public:
  struct Tags {
    std::vector<std::string> topics;  // distinct, in rule order
    std::vector<std::string> rules;   // rules[i] fired for topics[i]
  };

  // REQUIRES: every pattern compiles (LoadRulePack checked them).
  explicit TopicTagger(std::vector<TopicRule> rules);
  ~TopicTagger();

  Tags Tag(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_TOPIC_TAGGER_H_
