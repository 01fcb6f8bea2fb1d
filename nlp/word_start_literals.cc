#include "nlp/word_start_literals.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <utility>

namespace whosaid::nlp {

namespace {

char Fold(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

char Unfold(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - ('a' - 'A')) : c;
}

}  // namespace

WordStartLiterals::WordStartLiterals(std::vector<std::string> literals)
    : literals_(std::move(literals)),
      first_of_pair_(std::make_unique<uint16_t[]>(1 << 16)) {
  for (std::string& literal : literals_) {
    assert(literal.size() >= 2 && IsWordByte(literal[0]));
    for (char& c : literal) c = Fold(c);
  }
  for (size_t i = 0; i < literals_.size(); ++i) {
    by_pair_.push_back(static_cast<int>(i));
  }
  std::stable_sort(by_pair_.begin(), by_pair_.end(), [&](int a, int b) {
    return literals_[a].compare(0, 2, literals_[b], 0, 2) < 0;
  });
  assert(by_pair_.size() < 0xFFFF);
  thirds_.assign(by_pair_.size(), 0);
  for (size_t k = 0; k < by_pair_.size(); ++k) {
    // The bits of literal k go to the first literal with its pair.
    size_t first = k;
    while (first > 0 && literals_[by_pair_[first - 1]].compare(
                            0, 2, literals_[by_pair_[k]], 0, 2) == 0) {
      --first;
    }
    const std::string& literal = literals_[by_pair_[k]];
    if (literal.size() == 2) {
      thirds_[first] = ~uint64_t{0};
    } else {
      for (char c : {literal[2], Unfold(literal[2])}) {
        thirds_[first] |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
      }
    }
  }
  for (size_t k = by_pair_.size(); k-- > 0;) {
    const std::string& literal = literals_[by_pair_[k]];
    // Every spelling of the first two bytes that folds to theirs.
    for (char x : {literal[0], Unfold(literal[0])}) {
      for (char y : {literal[1], Unfold(literal[1])}) {
        const char pair[2] = {x, y};
        uint16_t raw;
        std::memcpy(&raw, pair, sizeof raw);
        first_of_pair_[raw] = static_cast<uint16_t>(k + 1);
      }
    }
  }
}

WordStartLiterals::~WordStartLiterals() = default;

}  // namespace whosaid::nlp
