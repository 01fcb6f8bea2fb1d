#include "nlp/topic_tagger.h"

#include <algorithm>
#include <cassert>

#include "re2/re2.h"
#include "re2/set.h"

namespace whosaid::nlp {

namespace {

// True when no match of `pattern` can contain a line break or depend on
// where the text it is matched against begins or ends, judged from its
// spelling alone (conservatively: any construct that might is refused).
// Such a pattern fires in a paragraph exactly when it fires somewhere in
// the paragraphs joined by "\n\n": \b sees the same non-word character
// either way.
bool StaysInParagraph(std::string_view pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '^' || c == '$' || c == '\n' || c == '\r') return false;
    if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == '^') {
      return false;  // a negated class matches line breaks
    }
    if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
      // Flags up to ':' or ')': (?s) lets '.' match "\n"; (?m) moves ^, $.
      for (size_t j = i + 2; j < pattern.size(); ++j) {
        const char f = pattern[j];
        if (f == 's' || f == 'm') return false;
        if (!((f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z') || f == '-')) {
          break;
        }
      }
    }
    if (c != '\\' || i + 1 >= pattern.size()) continue;
    const char e = pattern[++i];
    // Letter escapes that are word boundaries, digits, or word characters
    // are safe; \s, \W, \D, \n, \p, \C, \A, \z and the rest are not.
    if (e == 'b' || e == 'B' || e == 'd' || e == 'w' || e == 'S') continue;
    if (e == 'x') {
      // \xHH other than a line break; \x{...} is refused.
      if (i + 2 >= pattern.size() || pattern[i + 1] == '{') return false;
      const std::string_view hex = pattern.substr(i + 1, 2);
      if (hex == "0a" || hex == "0A" || hex == "0d" || hex == "0D" ||
          hex == "85") {
        return false;
      }
      i += 2;
      continue;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
        (e >= '0' && e <= '9')) {
      return false;
    }
    // An escaped punctuation character ("\.", "\'", "\-") is a literal.
  }
  return true;
}

}  // namespace

struct TopicTagger::Impl {
  std::vector<TopicRule> rules;
  std::unique_ptr<RE2::Set> set;
  // Every rule satisfies StaysInParagraph: a rule fires in some paragraph
  // exactly when it fires in the whole text.
  bool paragraph_local = true;
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
    impl_->paragraph_local &= StaysInParagraph(r.pattern);
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
  if (min_paragraphs <= 1 && impl_->paragraph_local) {
    // "In at least one paragraph" is "anywhere in the text": one scan
    // instead of one per paragraph.
    fired.clear();
    if (!rules.empty() && !text.empty() && impl_->set->Match(text, &fired)) {
      for (int i : fired) paragraphs[i] = 1;
    }
  }
  size_t start = 0;
  if (min_paragraphs <= 1 && impl_->paragraph_local) start = text.size();
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
