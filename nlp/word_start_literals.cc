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
      bucket_of_pair_(std::make_unique<uint16_t[]>(1 << 16)) {
  for (std::string& literal : literals_) {
    assert(literal.size() >= 2 && IsWordByte(literal[0]));
    for (char& c : literal) c = Fold(c);
  }
  std::vector<int> by_pair(literals_.size());
  for (size_t i = 0; i < by_pair.size(); ++i) by_pair[i] = static_cast<int>(i);
  std::stable_sort(by_pair.begin(), by_pair.end(), [&](int a, int b) {
    return literals_[a].compare(0, 2, literals_[b], 0, 2) < 0;
  });
  for (int index : by_pair) {
    const std::string& literal = literals_[index];
    if (buckets_.empty() ||
        literals_[entries_[buckets_.back().begin].index].compare(
            0, 2, literal, 0, 2) != 0) {
      const auto at = static_cast<uint32_t>(entries_.size());
      buckets_.push_back({at, at, 0, 0});
    }
    Entry e{0, 0, static_cast<uint32_t>(literal.size()), index};
    const size_t head = std::min<size_t>(8, literal.size());
    std::memcpy(&e.head, literal.data(), head);
    std::memset(&e.mask, 0xFF, head);
    entries_.push_back(e);
    Bucket& bucket = buckets_.back();
    ++bucket.end;
    // Bits (c & 63) of the byte at `at` in either case, all without one.
    auto bits_at = [&](size_t at) {
      if (literal.size() <= at) return ~uint64_t{0};
      uint64_t bits = 0;
      for (char c : {literal[at], Unfold(literal[at])}) {
        bits |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
      }
      return bits;
    };
    bucket.thirds |= bits_at(2);
    bucket.fourths |= bits_at(3);
  }
  assert(buckets_.size() < 0xFFFF);
  for (size_t b = 0; b < buckets_.size(); ++b) {
    const std::string& literal = literals_[entries_[buckets_[b].begin].index];
    // Every spelling of the first two bytes that folds to theirs.
    for (char x : {literal[0], Unfold(literal[0])}) {
      for (char y : {literal[1], Unfold(literal[1])}) {
        const char pair[2] = {x, y};
        uint16_t raw;
        std::memcpy(&raw, pair, sizeof raw);
        bucket_of_pair_[raw] = static_cast<uint16_t>(b + 1);
      }
    }
  }
}

WordStartLiterals::~WordStartLiterals() = default;

}  // namespace whosaid::nlp
