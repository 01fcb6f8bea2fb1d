// A fixed list of words as a set built at compile time: a filter on each
// word's length and first and last bytes that turns most words away, then
// a small open-addressed table of the list's indices. For the word classes
// of speaker parsing (titles, organisation words, prepositions), which are
// asked about nearly every word near a quotation and in the speaker
// registry: no hashing of strings, no heap, no guard of a function-local
// static on each call.
//
// Words are compared byte for byte (case matters). Header-only; the sets
// are constexpr and thread-safe.

#ifndef WHOSAID_NLP_STATIC_WORD_SET_H_
#define WHOSAID_NLP_STATIC_WORD_SET_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

// The set of the words of the list `kList` (a constexpr array of
// std::string_view). REQUIRES: each word is non-empty and under 32 bytes,
// and the list has fewer than 255 words (checked at compile time).
template <const auto& kList>
class StaticWordSet {
 public:
  static constexpr bool Contains(std::string_view w) {
    // The list has no empty or long word, so neither passes the filter.
    if (!kFilter.MayHoldExact(w)) return false;
    for (size_t slot = Slot(w);; slot = (slot + 1) & kMask) {
      const uint8_t entry = kTable[slot];
      if (entry == 0) return false;
      if (kList[entry - 1] == w) return true;
    }
  }

 private:
  static constexpr size_t kWords = std::size(kList);
  static_assert(kWords < 255, "indices are stored in a byte");
  static_assert(
      [] {
        for (std::string_view w : kList) {
          if (!WordListFilter::Filterable(w)) return false;
        }
        return true;
      }(),
      "every word has 1 to 31 bytes");
  // At least four slots per word keeps the probe runs short.
  static constexpr size_t kSlots = std::bit_ceil(kWords * 4);
  static constexpr size_t kMask = kSlots - 1;

  // A slot from the word's length, first, middle and last bytes: cheap,
  // and enough to tell the words of one short list apart.
  static constexpr size_t Slot(std::string_view w) {
    const uint32_t key =
        static_cast<uint32_t>(w.size()) |
        static_cast<uint32_t>(static_cast<unsigned char>(w.front())) << 8 |
        static_cast<uint32_t>(static_cast<unsigned char>(w[w.size() / 2]))
            << 16 |
        static_cast<uint32_t>(static_cast<unsigned char>(w.back())) << 24;
    return ((key * 0x9E3779B1u) >> 16) & kMask;
  }

  // Slot s holds 1 + the index in kList of a word, or 0 when empty. A word
  // listed twice keeps its first slot.
  static constexpr std::array<uint8_t, kSlots> BuildTable() {
    std::array<uint8_t, kSlots> table{};
    for (size_t i = 0; i < kWords; ++i) {
      size_t slot = Slot(kList[i]);
      bool listed = false;
      while (table[slot] != 0 && !listed) {
        listed = kList[table[slot] - 1] == kList[i];
        slot = (slot + 1) & kMask;
      }
      if (!listed) table[slot] = static_cast<uint8_t>(i + 1);
    }
    return table;
  }

  static constexpr WordListFilter kFilter = FilterOf(kList);
  static constexpr std::array<uint8_t, kSlots> kTable = BuildTable();
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_STATIC_WORD_SET_H_
