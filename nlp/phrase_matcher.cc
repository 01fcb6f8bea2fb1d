#include "nlp/phrase_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace whosaid::nlp {
namespace {

uint8_t Fold(uint8_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

constexpr std::array<bool, 256> AsciiWordTable() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9') || c == '_';
  }
  return table;
}
// ASCII letters, digits and '_', as one load; false for non-ASCII bytes.
constexpr std::array<bool, 256> kAsciiWord = AsciiWordTable();

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
  // class; all other bytes share class 0, which leads nowhere.
  bool used[256] = {};
  for (const Phrase& p : phrases_) {
    for (char ch : p.text) used[Fold(static_cast<uint8_t>(ch))] = true;
  }
  for (int b = 0; b < 256; ++b) {
    if (used[b]) class_of_[b] = static_cast<uint8_t>(classes_++);
  }
  for (int b = 'A'; b <= 'Z'; ++b) class_of_[b] = class_of_[b + 32];

  std::vector<int32_t> parent;
  auto add_state = [&](int from) {
    delta_.resize(delta_.size() + classes_, -1);
    outputs_.emplace_back();
    parent.push_back(from);
    return static_cast<int>(outputs_.size() - 1);
  };
  add_state(-1);
  for (size_t i = 0; i < phrases_.size(); ++i) {
    const std::string& text = phrases_[i].text;
    if (text.empty()) continue;
    // A case-sensitive phrase starts only with its own first byte; most
    // are capitalised, so lower-case words are skipped at once.
    const auto first = static_cast<uint8_t>(text[0]);
    starts_[first] = true;
    if (!phrases_[i].case_sensitive) {
      starts_[Fold(first)] = true;
      if (first >= 'a' && first <= 'z') starts_[first - 32] = true;
    }
    int state = 0;
    for (char ch : text) {
      const size_t slot = static_cast<size_t>(state) * classes_ +
                          class_of_[static_cast<uint8_t>(ch)];
      if (delta_[slot] < 0) {
        const int fresh = add_state(state);
        delta_[slot] = fresh;
      }
      state = delta_[slot];
    }
    outputs_[state].push_back(static_cast<int>(i));
  }
  RenumberBreadthFirst(parent);
  CompactDeepStates();
}

void PhraseMatcher::CompactDeepStates() {
  // Breadth-first numbering puts the root and the first two or three
  // levels first; their rows stay dense (a few hundred KB at most).
  constexpr size_t kDenseStates = 512;
  const size_t n = outputs_.size();
  dense_states_ = static_cast<int>(std::min(n, kDenseStates));
  first_edge_.assign(n + 1, 0);
  for (size_t s = 0; s < n; ++s) {
    first_edge_[s] = static_cast<uint32_t>(edge_class_.size());
    if (s < static_cast<size_t>(dense_states_)) continue;
    for (int c = 0; c < classes_; ++c) {
      const int32_t t = delta_[s * classes_ + c];
      if (t < 0) continue;
      edge_class_.push_back(static_cast<uint8_t>(c));
      edge_target_.push_back(t);
    }
  }
  first_edge_[n] = static_cast<uint32_t>(edge_class_.size());
  delta_.resize(static_cast<size_t>(dense_states_) * classes_);
  delta_.shrink_to_fit();
}

// Shallow states are visited most; numbering them first keeps their rows of
// the transition table together in cache.
void PhraseMatcher::RenumberBreadthFirst(const std::vector<int32_t>& parent) {
  const size_t n = outputs_.size();
  std::vector<int32_t> order;
  order.reserve(n);
  order.push_back(0);
  for (size_t head = 0; head < order.size(); ++head) {
    const int s = order[head];
    for (int c = 0; c < classes_; ++c) {
      const int t = delta_[static_cast<size_t>(s) * classes_ + c];
      if (t > 0 && parent[t] == s) order.push_back(t);
    }
  }
  std::vector<int32_t> new_id(n);
  for (size_t i = 0; i < order.size(); ++i) {
    new_id[order[i]] = static_cast<int32_t>(i);
  }
  std::vector<int32_t> delta(delta_.size());
  std::vector<std::vector<int>> outputs(n);
  for (size_t old = 0; old < n; ++old) {
    const size_t fresh = new_id[old];
    for (int c = 0; c < classes_; ++c) {
      const int32_t t = delta_[old * classes_ + c];
      delta[fresh * classes_ + c] = t < 0 ? -1 : new_id[t];
    }
    outputs[fresh] = std::move(outputs_[old]);
  }
  delta_ = std::move(delta);
  outputs_ = std::move(outputs);
  accepting_.resize(n);
  for (size_t i = 0; i < n; ++i) accepting_[i] = !outputs_[i].empty();
}

bool PhraseMatcher::Accepts(const Match& m, std::string_view text) const {
  const Phrase& p = phrases_[m.phrase];
  // Most candidates sit inside a longer word: reject those cheaply.
  if (m.span.start > 0) {
    const auto before = static_cast<uint8_t>(text[m.span.start - 1]);
    const auto first = static_cast<uint8_t>(p.text[0]);
    const bool word_before = (before | 0x20) >= 'a' && (before | 0x20) <= 'z';
    const bool word_first = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
    if (word_before && word_first) return false;
  }
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
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    if (!starts_[bytes[i]]) continue;
    // Only where a word starts (or at a phrase's own punctuation).
    if (i > 0) {
      const uint8_t prev = bytes[i - 1];
      if (prev < 0x80 && bytes[i] < 0x80) {
        if (kAsciiWord[prev] && kAsciiWord[bytes[i]]) {
          // Inside an ASCII word: every later byte of it is skipped too.
          while (i + 1 < n && kAsciiWord[bytes[i + 1]]) ++i;
          continue;
        }
      } else if (IsWordChar(CharAt(text, i)) &&
                 IsWordChar(CharBefore(text, i))) {
        continue;
      }
    }
    // The longest accepted phrase starting here.
    Match best{{i, i}, -1};
    int state = 0;
    for (size_t j = i; j < n; ++j) {
      state = Next(state, bytes[j]);
      if (state < 0) break;
      if (!accepting_[state]) continue;
      for (int id : outputs_[state]) {
        Match m{{i, j + 1}, id};
        if (Accepts(m, text)) {
          best = m;
          break;
        }
      }
    }
    if (best.phrase >= 0) {
      found.push_back(best);
      i = best.span.end - 1;
    }
  }
  return found;
}

}  // namespace whosaid::nlp
