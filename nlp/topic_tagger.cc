#include "nlp/topic_tagger.h"

#include <algorithm>
#include <cassert>

#include "re2/re2.h"
#include "re2/set.h"

namespace whosaid::nlp {

struct TopicTagger::Impl {
  std::vector<TopicRule> rules;
  std::unique_ptr<RE2::Set> set;
};

TopicTagger::TopicTagger(std::vector<TopicRule> rules)
    : impl_(std::make_unique<Impl>()) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  impl_->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const TopicRule& r : rules) {
    [[maybe_unused]] const int index = impl_->set->Add(r.pattern, nullptr);
    assert(index >= 0);
  }
  [[maybe_unused]] const bool compiled = impl_->set->Compile();
  assert(compiled);
  impl_->rules = std::move(rules);
}

TopicTagger::~TopicTagger() = default;

TopicTagger::Tags TopicTagger::Tag(std::string_view text) const {
  Tags tags;
  if (impl_->rules.empty()) return tags;
  std::vector<int> fired;
  if (!impl_->set->Match(text, &fired)) return tags;
  std::sort(fired.begin(), fired.end());
  for (int i : fired) {
    const TopicRule& r = impl_->rules[i];
    if (std::find(tags.topics.begin(), tags.topics.end(), r.topic) !=
        tags.topics.end()) {
      continue;
    }
    tags.topics.push_back(r.topic);
    tags.rules.push_back(r.id);
  }
  return tags;
}

}  // namespace whosaid::nlp
