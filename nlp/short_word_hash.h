// A cheap hash for short words, such as the speaker registry's lower-case
// name words: the first and last eight bytes of a word (the first and last
// four of a shorter one, three sampled bytes of one under four) and its
// length, mixed by two multiplications. It costs a third of absl::Hash on
// such words. Equal words hash equal; words longer than sixteen bytes that
// differ only in the middle collide, which costs a map a compare, never a
// wrong answer. Transparent, so that a map keyed by std::string is asked
// with a std::string_view. Header only; stateless.

#ifndef WHOSAID_NLP_SHORT_WORD_HASH_H_
#define WHOSAID_NLP_SHORT_WORD_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace whosaid::nlp {

struct ShortWordHash {
  using is_transparent = void;

  size_t operator()(std::string_view w) const {
    const size_t n = w.size();
    uint64_t head = 0;
    uint64_t tail = 0;
    if (n >= 8) {
      std::memcpy(&head, w.data(), 8);
      std::memcpy(&tail, w.data() + n - 8, 8);
    } else if (n >= 4) {
      uint32_t first4;
      uint32_t last4;
      std::memcpy(&first4, w.data(), 4);
      std::memcpy(&last4, w.data() + n - 4, 4);
      head = first4;
      tail = last4;
    } else if (n > 0) {
      head = uint64_t{static_cast<unsigned char>(w[0])} |
             uint64_t{static_cast<unsigned char>(w[n / 2])} << 8 |
             uint64_t{static_cast<unsigned char>(w[n - 1])} << 16;
    }
    // Both halves of the result are mixed: absl's tables take a slot from
    // the high bits and a control byte from the low seven.
    uint64_t h = (head ^ (n * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ tail ^ (h >> 31)) * 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 32));
  }
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SHORT_WORD_HASH_H_
