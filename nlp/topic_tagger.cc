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

TopicTagger::Tags TopicTagger::TagDocument(std::string_view title,
                                           std::string_view text,
                                           int min_paragraphs) const {
  const std::vector<TopicRule>& rules = impl_->rules;
  std::vector<int> paragraphs(rules.size(), 0);
  std::vector<bool> in_title(rules.size(), false);
  std::vector<int> fired;
  if (!rules.empty() && impl_->set->Match(title, &fired)) {
    for (int i : fired) in_title[i] = true;
  }
  size_t start = 0;
  while (start < text.size() && !rules.empty()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    fired.clear();
    if (impl_->set->Match(text.substr(start, end - start), &fired)) {
      for (int i : fired) ++paragraphs[i];
    }
    start = end + 2;
  }
  // Per topic, the paragraph count of its best rule.
  Tags tags;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (!in_title[i] && paragraphs[i] < min_paragraphs) continue;
    if (std::find(tags.topics.begin(), tags.topics.end(), rules[i].topic) !=
        tags.topics.end()) {
      continue;
    }
    tags.topics.push_back(rules[i].topic);
    tags.rules.push_back(rules[i].id);
  }
  return tags;
}

}  // namespace whosaid::nlp
