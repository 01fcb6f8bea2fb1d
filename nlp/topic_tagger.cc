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

// A byte RE2's \b counts as part of a word (ASCII only).
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

// True when `part` is the bytes of `text` from `start` on and neither
// begins nor ends inside a word of `text`: then \b and \B see the same on
// both sides of each of its ends in `part` as in `text`.
bool IsWordAlignedPart(std::string_view text, size_t start,
                       std::string_view part) {
  if (start > text.size() || part.size() > text.size() - start ||
      text.compare(start, part.size(), part) != 0) {
    return false;
  }
  const size_t end = start + part.size();
  return (start == 0 || !IsWordByte(text[start - 1])) &&
         (end == text.size() || !IsWordByte(text[end]));
}

}  // namespace

struct TopicTagger::Impl {
  std::vector<TopicRule> rules;
  std::unique_ptr<RE2::Set> set;
  // Every rule satisfies StaysInParagraph: a rule fires in some paragraph
  // exactly when it fires in the whole text. It follows that a rule that
  // fires in a word-aligned part of a text (IsWordAlignedPart) fires in the
  // whole text: no rule looks at where the text begins or ends.
  bool paragraph_local = true;
  // topic_of[i]: the first rule with rules[i]'s topic, so that topics are
  // compared as numbers.
  std::vector<int> topic_of;

  // The tags of the rules in `fired` (sorted here): each topic once, with
  // its first rule that fired.
  Tags Collect(std::vector<int>& fired) const;
};

TopicTagger::Tags TopicTagger::Impl::Collect(std::vector<int>& fired) const {
  Tags tags;
  std::sort(fired.begin(), fired.end());
  tags.topics.reserve(fired.size());
  tags.rules.reserve(fired.size());
  for (size_t k = 0; k < fired.size(); ++k) {
    const int topic = topic_of[fired[k]];
    bool seen = false;
    for (size_t j = 0; j < k && !seen; ++j) seen = topic_of[fired[j]] == topic;
    if (seen) continue;
    tags.topics.push_back(rules[fired[k]].topic);
    tags.rules.push_back(rules[fired[k]].id);
  }
  return tags;
}

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
  const std::vector<TopicRule>& all = impl_->rules;
  for (size_t i = 0; i < all.size(); ++i) {
    size_t first = 0;
    while (all[first].topic != all[i].topic) ++first;
    impl_->topic_of.push_back(static_cast<int>(first));
  }
}

TopicTagger::~TopicTagger() = default;

TopicTagger::Tags TopicTagger::Tag(std::string_view text) const {
  Tags tags;
  if (impl_->rules.empty()) return tags;
  std::vector<int> fired;
  if (!impl_->set->Match(text, &fired)) return tags;
  return impl_->Collect(fired);
}

TopicTagger::TextScan TopicTagger::Scan(std::string_view text) const {
  TextScan scan;
  scan.text = text;
  if (impl_->rules.empty() || text.empty()) return scan;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  impl_->set->Match(text, &scan.fired, &error);
  scan.complete = error.kind == RE2::Set::kNoError;
  return scan;
}

TopicTagger::Tags TopicTagger::TagPart(const TextScan& whole, size_t start,
                                       std::string_view part) const {
  if (impl_->paragraph_local && whole.complete && whole.fired.empty() &&
      IsWordAlignedPart(whole.text, start, part)) {
    return {};  // what fires in the part would have fired in the whole
  }
  return Tag(part);
}

TopicTagger::Tags TopicTagger::TagDocument(std::string_view title,
                                           std::string_view text,
                                           int min_paragraphs) const {
  TextScan scan;
  scan.text = text;
  if (min_paragraphs <= 1 && impl_->paragraph_local) scan = Scan(text);
  return TagDocument(title, scan, min_paragraphs);
}

TopicTagger::Tags TopicTagger::TagDocument(std::string_view title,
                                           const TextScan& scan,
                                           int min_paragraphs) const {
  const std::string_view text = scan.text;
  const std::vector<TopicRule>& rules = impl_->rules;
  std::vector<int> paragraphs(rules.size(), 0);
  std::vector<bool> in_title(rules.size(), false);
  std::vector<int> fired;
  if (!rules.empty() && impl_->set->Match(title, &fired)) {
    for (int i : fired) in_title[i] = true;
  }
  if (min_paragraphs <= 1 && impl_->paragraph_local) {
    // "In at least one paragraph" is "anywhere in the text": the one
    // scan instead of one per paragraph.
    for (int i : scan.fired) paragraphs[i] = 1;
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
