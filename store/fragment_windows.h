// Hashed word windows of quote keys: the values the fragment index
// (store/fragment_index.h) stores and probes, so that the quotes of a
// speaker that contain a new quote, or that it contains, are found through
// an index instead of by reading every quote of the speaker.
//
// A window value is a 64-bit integer made of four 16-bit fields: the
// speaker (a hash of the speaker key) and the hashes of up to three
// consecutive words of one ellipsis segment ("|"-separated part) of the key.
// A window that would run past the end of its segment is cut short and its
// missing words are 0; word hashes are never 0. So the windows starting
// with a given run of one or two words form one range of values.
//
// A key K that is a fragment of W (KeyIsFragmentOf) has each of its
// segments inside one segment of W. Hence:
//   - every range ContainingProbes(K) returns holds one of Windows(W), and
//   - Anchor(F), for a fragment F of K, is one of ContainedProbes(K).
// Hash collisions only add candidates; callers verify each candidate with
// KeyIsFragmentOf, so results are exact.
//
// Pure functions; thread-safe. Values are stored on disk: never change the
// hash or the layout without a schema migration that rebuilds the index.

#ifndef WHOSAID_STORE_FRAGMENT_WINDOWS_H_
#define WHOSAID_STORE_FRAGMENT_WINDOWS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::store {

// Words per window.
inline constexpr int kWindowWords = 3;

// An inclusive range of window values.
struct WindowRange {
  int64_t lo;
  int64_t hi;
};

// The window starting at every word of `key` (a QuoteKey), for the speaker
// `speaker_key`: one value per word, in key order (values may repeat).
std::vector<int64_t> Windows(std::string_view speaker_key, std::string_view key);

// The value that stands for `key` in the anchor table: the window at the
// start of its longest segment (the first of equally long ones).
// REQUIRES: `key` has at least one word.
int64_t Anchor(std::string_view speaker_key, std::string_view key);

// Every value Anchor() gives for a fragment of `key`: at each word, the
// windows of one, two and three words starting there that fit in its
// segment. Sorted, without repeats.
std::vector<int64_t> ContainedProbes(std::string_view speaker_key,
                                     std::string_view key);

// One or two ranges such that a key containing `key` as a fragment has a
// window in each: the window at the start of the longest segment, and
// either the last full window of that segment or the first window of the
// next longest. A segment shorter than a window gives the range of windows
// that start with its words. Empty when `key` has no words.
std::vector<WindowRange> ContainingProbes(std::string_view speaker_key,
                                          std::string_view key);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_FRAGMENT_WINDOWS_H_
