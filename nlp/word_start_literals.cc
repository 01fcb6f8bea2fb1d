#include "nlp/word_start_literals.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <string_view>
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
      bucket_of_pair_(std::make_unique<uint16_t[]>(1 << 16)),
      class_of_pair_(std::make_unique<uint8_t[]>(1 << 16)),
      classes_after_(std::make_unique<uint64_t[]>(1 << 16)) {
  std::fill_n(class_of_pair_.get(), 1 << 16, kNoClass);
  for (std::string& literal : literals_) {
    assert(CanFind(literal));
    for (char& c : literal) c = Fold(c);
  }
  auto add_entry = [&](int index) {
    const std::string& literal = literals_[index];
    Entry e{0, 0, static_cast<uint32_t>(literal.size()), index};
    const size_t head = std::min<size_t>(8, literal.size());
    std::memcpy(&e.head, literal.data(), head);
    std::memset(&e.mask, 0xFF, head);
    entries_.push_back(e);
  };
  std::vector<int> by_pair(literals_.size());
  for (size_t i = 0; i < by_pair.size(); ++i) by_pair[i] = static_cast<int>(i);
  std::stable_sort(by_pair.begin(), by_pair.end(), [&](int a, int b) {
    return literals_[a].compare(0, 2, literals_[b], 0, 2) < 0;
  });
  std::vector<int> first_of_bucket;  // a literal of each bucket
  for (int index : by_pair) {
    const std::string& literal = literals_[index];
    if (buckets_.empty() ||
        literals_[first_of_bucket.back()].compare(0, 2, literal, 0, 2) != 0) {
      const auto at = static_cast<uint32_t>(entries_.size());
      buckets_.push_back({at, at});
      follows_.push_back({0, 0});
      first_of_bucket.push_back(index);
    }
    Bucket& bucket = buckets_.back();
    Follow& follow = follows_.back();
    if (literal.size() < 4) {
      add_entry(index);
      ++bucket.end;
    }
    // Bits (c & 63) of the byte at `at` in either case, all without one.
    auto bits_at = [&](size_t at) {
      if (literal.size() <= at) return ~uint64_t{0};
      uint64_t bits = 0;
      for (char c : {literal[at], Unfold(literal[at])}) {
        bits |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
      }
      return bits;
    };
    follow.thirds |= bits_at(2);
    follow.fourths |= bits_at(3);
    // Each raw spelling of the literal's third and fourth bytes (every
    // byte where it has none) lets its bucket's class through.
    const uint64_t class_bit = uint64_t{1}
                               << ((buckets_.size() - 1) % kNoClass);
    auto spellings = [&](size_t at) {
      std::vector<unsigned char> bytes;
      if (literal.size() <= at) {
        for (int c = 0; c < 256; ++c) {
          bytes.push_back(static_cast<unsigned char>(c));
        }
      } else {
        bytes.push_back(static_cast<unsigned char>(literal[at]));
        if (Unfold(literal[at]) != literal[at]) {
          bytes.push_back(static_cast<unsigned char>(Unfold(literal[at])));
        }
      }
      return bytes;
    };
    for (unsigned char third : spellings(2)) {
      for (unsigned char fourth : spellings(3)) {
        const char next[2] = {static_cast<char>(third),
                              static_cast<char>(fourth)};
        uint16_t raw;
        std::memcpy(&raw, next, sizeof raw);
        classes_after_[raw] |= class_bit;
      }
    }
  }
  assert(buckets_.size() < 0xFFFF);
  // Index 0 (no bucket) lets no word start through.
  follows_.insert(follows_.begin(), Follow{0, 0});
  for (size_t b = 0; b < buckets_.size(); ++b) {
    const std::string& literal = literals_[first_of_bucket[b]];
    // Every spelling of the first two bytes that folds to theirs.
    for (char x : {literal[0], Unfold(literal[0])}) {
      for (char y : {literal[1], Unfold(literal[1])}) {
        const char pair[2] = {x, y};
        uint16_t raw;
        std::memcpy(&raw, pair, sizeof raw);
        bucket_of_pair_[raw] = static_cast<uint16_t>(b + 1);
        class_of_pair_[raw] = static_cast<uint8_t>(b % kNoClass);
      }
    }
  }
  // The quads, each with the literals that begin it, by index.
  std::vector<uint32_t> keys;
  for (const std::string& literal : literals_) {
    if (literal.size() < 4) continue;
    uint32_t key;
    std::memcpy(&key, literal.data(), sizeof key);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(key);
    }
  }
  unsigned bits = 1;
  while ((size_t{1} << bits) < 2 * keys.size()) ++bits;
  quads_.assign(size_t{1} << bits, Quad{0, 0, 0, 0});
  quad_shift_ = 32 - bits;
  quad_mask_ = quads_.size() - 1;
  for (uint32_t key : keys) {
    char quad[4];
    std::memcpy(quad, &key, sizeof quad);
    Quad q{key, static_cast<uint32_t>(entries_.size()), 0, 0};
    for (size_t i = 0; i < literals_.size(); ++i) {
      const std::string& literal = literals_[i];
      if (literal.compare(0, 4, std::string_view(quad, 4), 0,
                          literal.size()) == 0) {
        add_entry(static_cast<int>(i));
        if (literal.size() <= 4) {
          q.fifths = ~uint64_t{0};
          continue;
        }
        for (char c : {literal[4], Unfold(literal[4])}) {
          q.fifths |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
        }
      }
    }
    q.end = static_cast<uint32_t>(entries_.size());
    size_t slot = QuadSlot(key);
    while (quads_[slot].key != 0) slot = (slot + 1) & quad_mask_;
    quads_[slot] = q;
  }
}

WordStartLiterals::~WordStartLiterals() = default;

}  // namespace whosaid::nlp
