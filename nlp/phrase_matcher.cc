#include "nlp/phrase_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <deque>

namespace whosaid::nlp {
namespace {

uint8_t Fold(uint8_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

bool IsWordChar(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || c == '_');
}

// The code point ending just before `pos`, or -1 at the start.
UChar32 CharBefore(std::string_view text, size_t pos) {
  if (pos == 0) return -1;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return c;
}

UChar32 CharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return -1;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return c;
}

}  // namespace

PhraseMatcher::PhraseMatcher(std::vector<Phrase> phrases)
    : phrases_(std::move(phrases)) {
  // Byte classes: every folded byte that occurs in a phrase gets its own
  // class; all other bytes share class 0 and always lead back to the root.
  bool used[256] = {};
  for (const Phrase& p : phrases_) {
    for (char ch : p.text) used[Fold(static_cast<uint8_t>(ch))] = true;
  }
  for (int b = 0; b < 256; ++b) {
    if (used[b]) class_of_[b] = static_cast<uint8_t>(classes_++);
  }
  for (int b = 'A'; b <= 'Z'; ++b) class_of_[b] = class_of_[b + 32];

  // Trie.
  auto add_state = [&] {
    delta_.resize(delta_.size() + classes_, -1);
    outputs_.emplace_back();
    return static_cast<int>(outputs_.size() - 1);
  };
  add_state();
  for (size_t i = 0; i < phrases_.size(); ++i) {
    const std::string& text = phrases_[i].text;
    if (text.empty()) continue;
    int state = 0;
    for (char ch : text) {
      const size_t slot = static_cast<size_t>(state) * classes_ +
                          class_of_[static_cast<uint8_t>(ch)];
      if (delta_[slot] < 0) {
        const int fresh = add_state();
        delta_[slot] = fresh;
      }
      state = delta_[slot];
    }
    outputs_[state].push_back(static_cast<int>(i));
  }

  // Breadth-first: fail links become DFA transitions.
  const size_t n = outputs_.size();
  std::vector<int32_t> fail(n, 0);
  dict_.assign(n, -1);
  std::deque<int> queue;
  for (int c = 0; c < classes_; ++c) {
    int32_t& t = delta_[c];
    if (t < 0) {
      t = 0;
    } else {
      fail[t] = 0;
      queue.push_back(t);
    }
  }
  while (!queue.empty()) {
    const int s = queue.front();
    queue.pop_front();
    const int f = fail[s];
    dict_[s] = outputs_[f].empty() ? dict_[f] : f;
    for (int c = 0; c < classes_; ++c) {
      int32_t& t = delta_[static_cast<size_t>(s) * classes_ + c];
      const int32_t via_fail = delta_[static_cast<size_t>(f) * classes_ + c];
      if (t < 0) {
        t = via_fail;
      } else {
        fail[t] = via_fail;
        queue.push_back(t);
      }
    }
  }
  has_output_.resize(n);
  for (size_t s = 0; s < n; ++s) {
    has_output_[s] = !outputs_[s].empty() || dict_[s] >= 0;
  }
}

bool PhraseMatcher::Accepts(const Match& m, std::string_view text) const {
  const Phrase& p = phrases_[m.phrase];
  if (p.case_sensitive &&
      text.compare(m.span.start, m.span.size(), p.text) != 0) {
    return false;
  }
  // A boundary is needed only where the phrase itself has a word character.
  if (IsWordChar(CharAt(p.text, 0)) &&
      IsWordChar(CharBefore(text, m.span.start))) {
    return false;
  }
  if (IsWordChar(CharBefore(p.text, p.text.size())) &&
      IsWordChar(CharAt(text, m.span.end))) {
    return false;
  }
  return true;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(
    std::string_view text) const {
  std::vector<Match> found;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int state = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    state = Next(state, bytes[i]);
    if (!has_output_[state]) continue;
    // Longest accepted phrase ending here.
    for (int s = state; s >= 0; s = dict_[s]) {
      bool accepted = false;
      for (int id : outputs_[s]) {
        const size_t len = phrases_[id].text.size();
        Match m{{i + 1 - len, i + 1}, id};
        if (Accepts(m, text)) {
          found.push_back(m);
          accepted = true;
          break;
        }
      }
      if (accepted) break;
    }
  }
  // Leftmost-longest, non-overlapping.
  std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    return a.span.end > b.span.end;
  });
  std::vector<Match> kept;
  for (const Match& m : found) {
    if (!kept.empty() && m.span.start < kept.back().span.end) continue;
    kept.push_back(m);
  }
  return kept;
}

}  // namespace whosaid::nlp
