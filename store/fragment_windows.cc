#include "store/fragment_windows.h"

#include <algorithm>
#include <cassert>

namespace whosaid::store {
namespace {

constexpr int kFieldBits = 16;

// FNV-1a, 64 bits: stable across platforms and releases, which std::hash
// is not.
uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t SpeakerField(std::string_view speaker_key) {
  const uint64_t h = Fnv1a(speaker_key);
  return (h ^ (h >> 16) ^ (h >> 32) ^ (h >> 48)) & 0xffff;
}

// 1..65535: 0 marks a word past the end of a segment.
uint64_t WordField(std::string_view word) { return 1 + Fnv1a(word) % 0xffff; }

// A segment as the fields of its words.
using Segment = std::vector<uint64_t>;

// The non-empty "|"-separated segments of a QuoteKey.
std::vector<Segment> Segments(std::string_view key) {
  std::vector<Segment> segments(1);
  size_t start = 0;
  while (start < key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string_view::npos) space = key.size();
    const std::string_view token = key.substr(start, space - start);
    if (token == "|") {
      if (!segments.back().empty()) segments.emplace_back();
    } else if (!token.empty()) {
      segments.back().push_back(WordField(token));
    }
    start = space + 1;
  }
  if (segments.back().empty()) segments.pop_back();
  return segments;
}

// The window of the `len` (1..kWindowWords) words of `seg` from `pos`.
int64_t Window(uint64_t speaker, const Segment& seg, size_t pos, size_t len) {
  uint64_t v = speaker;
  for (size_t i = 0; i < kWindowWords; ++i) {
    v = (v << kFieldBits) | (i < len ? seg[pos + i] : 0);
  }
  return static_cast<int64_t>(v);
}

size_t FitLength(const Segment& seg, size_t pos) {
  return std::min<size_t>(kWindowWords, seg.size() - pos);
}

// Every window that starts with the words of `seg` from `pos` (as many as
// fit). The range never leaves the speaker's field, so it keeps one sign
// and signed order agrees with unsigned order.
WindowRange StartingWith(uint64_t speaker, const Segment& seg, size_t pos) {
  const size_t len = FitLength(seg, pos);
  const int64_t lo = Window(speaker, seg, pos, len);
  const uint64_t open_bits = kFieldBits * (kWindowWords - len);
  const uint64_t mask = open_bits == 0 ? 0 : (uint64_t{1} << open_bits) - 1;
  return {lo, static_cast<int64_t>(static_cast<uint64_t>(lo) | mask)};
}

// Index of the longest segment, the first of equally long ones; `skip` is
// left out.
size_t Longest(const std::vector<Segment>& segments, size_t skip) {
  size_t best = segments.size();
  for (size_t i = 0; i < segments.size(); ++i) {
    if (i == skip) continue;
    if (best == segments.size() || segments[i].size() > segments[best].size()) {
      best = i;
    }
  }
  return best;
}

}  // namespace

std::vector<int64_t> Windows(std::string_view speaker_key, std::string_view key) {
  const uint64_t speaker = SpeakerField(speaker_key);
  std::vector<int64_t> out;
  for (const Segment& seg : Segments(key)) {
    for (size_t pos = 0; pos < seg.size(); ++pos) {
      out.push_back(Window(speaker, seg, pos, FitLength(seg, pos)));
    }
  }
  return out;
}

int64_t Anchor(std::string_view speaker_key, std::string_view key) {
  const std::vector<Segment> segments = Segments(key);
  assert(!segments.empty());  // REQUIRES: a word
  const Segment& seg = segments[Longest(segments, segments.size())];
  return Window(SpeakerField(speaker_key), seg, 0, FitLength(seg, 0));
}

std::vector<int64_t> ContainedProbes(std::string_view speaker_key,
                                     std::string_view key) {
  const uint64_t speaker = SpeakerField(speaker_key);
  std::vector<int64_t> out;
  for (const Segment& seg : Segments(key)) {
    for (size_t pos = 0; pos < seg.size(); ++pos) {
      for (size_t len = 1; len <= FitLength(seg, pos); ++len) {
        out.push_back(Window(speaker, seg, pos, len));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<WindowRange> ContainingProbes(std::string_view speaker_key,
                                          std::string_view key) {
  const uint64_t speaker = SpeakerField(speaker_key);
  const std::vector<Segment> segments = Segments(key);
  std::vector<WindowRange> out;
  if (segments.empty()) return out;
  const size_t first = Longest(segments, segments.size());
  const Segment& seg = segments[first];
  out.push_back(StartingWith(speaker, seg, 0));
  if (seg.size() > kWindowWords) {
    out.push_back(StartingWith(speaker, seg, seg.size() - kWindowWords));
  } else if (segments.size() > 1) {
    out.push_back(StartingWith(speaker, segments[Longest(segments, first)], 0));
  }
  return out;
}

}  // namespace whosaid::store
