// Finds money amounts, percentages and counts in normalised text and
// normalises each to a number and a unit.
//
//   "$200 billion"      -> money   2e11   USD
//   "500 billion yuan"  -> money   5e11   CNY
//   "US$1.2tn", "€3bn"  -> money   1.2e12 USD, 3e9 EUR
//   "10 per cent", "8%" -> percent 10 %, 8 %
//   "3 million tonnes"  -> count   3e6    tonnes
//   "half a million jobs" -> count 5e5    jobs
//
// A scaled number with no unit of its own takes the unit of the count or
// prefixed money amount just before it in the same sentence ("about 40
// million cars a year but sold only about 25 million" -> 2.5e7 cars); a bare
// number without a scale word never does ("up to 150.").
//
// Dates, years, clock times, thread numbers ("2/5"), numbers glued to words
// or inside URLs, and numbers with no unit are not quantities. Currencies,
// scale words, percent signs and count units come from QuantityRules.
// Built once; immutable and thread-safe.

#ifndef WHOSAID_NLP_QUANTITY_EXTRACTOR_H_
#define WHOSAID_NLP_QUANTITY_EXTRACTOR_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"
#include "nlp/string_set.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

class QuantityExtractor {
 public:
  explicit QuantityExtractor(const QuantityRules& rules);

  // Every quantity in `text`, in text order, with spans into `text`.
  std::vector<Quantity> Extract(std::string_view text) const;

 private:
  struct Number {
    size_t start = 0;  // where the quantity starts (currency or digit)
    size_t end = 0;    // after the digits (and an attached scale)
    double value = 0;
    const QuantityRules::Currency* currency = nullptr;
    bool scaled = false;
  };
  // The quantity whose number starts at `digit`. With `allow_range`, a
  // number before a dash may open a range (RangeStart), whose second
  // number is read without: ranges never nest.
  std::optional<Quantity> At(std::string_view text, size_t digit,
                             bool allow_range = true) const;
  // "25 million" at `digit` reusing `previous`'s unit; see the file comment.
  std::optional<Quantity> EllipticalAt(std::string_view text, size_t digit,
                                       const Quantity& previous) const;
  std::optional<Quantity> WordNumberAt(std::string_view text, size_t a,
                                       double factor, size_t after) const;
  // The first number of a range written with a dash ("10-15 percent",
  // "2–3 hours", "$5-10 billion") or in words ("3 to 4 percent", "between
  // 3 and 4 million tonnes"), whose second number starts at
  // `second` with the value `second_value` before any scale: it takes the
  // second's unit and scale. Nullopt when the second is no quantity and
  // gives the first none either.
  std::optional<Quantity> RangeStart(std::string_view text, Number first,
                                     size_t second, double second_value) const;
  // Reads scale, percent, currency suffix or count unit after the number.
  // `before_start`, when not null, is PrevWord(text, n.start), read already.
  std::optional<Quantity> Finish(std::string_view text, Number n, bool bare_ok,
                                 const std::string_view* before_start =
                                     nullptr) const;
  size_t ReadScale(std::string_view text, size_t pos, double* factor) const;
  // Whether `word` in lower case is a scale word, with its factor in
  // *factor if so. `readable` as ShortWords::Contains.
  bool FindScale(std::string_view word, size_t readable, double* factor) const;
  bool CountUnit(std::string_view text, size_t pos, size_t* end,
                 std::string* unit) const;
  // Whether `before` (the word before the number) or the word after `end`
  // is a date word.
  bool IsDateNeighbour(std::string_view text, std::string_view before,
                       size_t end) const;

  // A set of words of 1 to 8 bytes without NUL, in ASCII lower case, each
  // held as one number (its bytes from the low one up, zeros after) in an
  // open-addressed table: a look-up lowers eight bytes at once and
  // compares a slot or two, where a hash set lowers into a buffer, hashes
  // and compares strings.
  class ShortWords {
   public:
    static constexpr size_t kMaxSize = 8;
    // Builds the set of the words of `words` with 1 to kMaxSize bytes.
    template <typename Words>
    explicit ShortWords(const Words& words);
    ShortWords() = default;
    // Whether `word` (1 to kMaxSize bytes, no NUL) in ASCII lower case is
    // in the set. `readable`: how many bytes from word.data() may be read
    // (word.size() or more).
    bool Contains(std::string_view word, size_t readable) const {
      return Find(word, readable) >= 0;
    }
    // As Contains, but the word's index in the order the constructor read
    // `words`, or -1.
    int Find(std::string_view word, size_t readable) const;

   private:
    size_t SlotOf(uint64_t packed) const;
    std::vector<uint64_t> slots_;  // 0: empty
    std::vector<int> indexes_;     // of each slot's word
    int shift_ = 64;
  };
  // Whether `word` (as written) is in `words` (in lower case), whose words
  // of up to 8 bytes are `short_words`. `readable` as ShortWords::Contains.
  static bool InWordSet(std::string_view word, size_t readable,
                        const ShortWords& short_words,
                        const FlatStringSet& words);

  QuantityRules rules_;
  std::vector<const QuantityRules::Currency*> prefixes_;  // longest first
  // Whether each of prefixes_ is all letters ("RMB", not "US$"): such a
  // prefix may stand a space before the number and must not end a word.
  std::vector<bool> prefix_is_alpha_;
  // One of prefixes_ that may end where At looks for it.
  struct PrefixCandidate {
    const QuantityRules::Currency* currency;
    bool alpha;  // prefix_is_alpha_ of it
  };
  // The prefixes_ (in their order) that may end right before the digits
  // when the byte before them is b, not a space: those ending with b, or
  // empty. With a space before the digits, those of prefixes_after_space_
  // [the byte before the space]: the alphabetic ones ending with it, and
  // the others that end with a space or are empty.
  std::array<std::vector<PrefixCandidate>, 256> prefixes_ending_with_;
  std::array<std::vector<PrefixCandidate>, 256> prefixes_after_space_;
  // The last bytes of the prefixes, and the last two of the alphabetic
  // ones (which may stand a space before the number): bytes before the
  // digits in none rule out every prefix at once ("was 5" against "Rs 5").
  std::array<bool, 256> prefix_last_byte_{};
  std::array<bool, 256> alpha_prefix_last_byte_{};
  std::array<bool, 256> alpha_prefix_second_last_byte_{};
  std::vector<const QuantityRules::Currency*> suffixes_;  // longest first
  // A currency suffix, written a space after the number, and the ASCII
  // letters it starts with: the word there must have as many to be it
  // ("pounds" of "pounds sterling").
  struct SuffixCandidate {
    const QuantityRules::Currency* currency;
    size_t letters;
  };
  // The suffixes_ that may begin with each byte (their first byte in
  // either ASCII case, or empty ones), and the empty ones: only those are
  // tried after a number.
  std::array<std::vector<SuffixCandidate>, 256> suffixes_by_first_byte_;
  std::vector<SuffixCandidate> empty_suffixes_;
  FlatStringMap<double> scales_;  // lower case
  // The scales_ of up to 8 bytes, and the factor of each by its index.
  ShortWords short_scales_;
  std::vector<double> short_scale_factors_;
  // The scales_ of six bytes or more, longest first, then by spelling: those
  // also written "a million", "half a billion".
  std::vector<std::pair<std::string, double>> long_scales_;
  // The first bytes of long_scales_: "a " before any other byte begins
  // no "a million".
  std::array<bool, 256> long_scale_first_byte_{};
  // The first bytes (either ASCII case) of the scales_ of four bytes or
  // more, the only ones ReadScale takes: a word starting otherwise is none.
  std::array<bool, 256> spelled_scale_first_byte_{};
  FlatStringMap<std::string> units_;  // lower case
  FlatStringSet stop_words_;
  FlatStringSet date_words_;
  ShortWords short_stop_words_, short_date_words_;
  // Most words asked about are in none of these: the filters turn them
  // away before they are lowered or hashed.
  WordListFilter unit_filter_, stop_filter_, date_filter_, scale_filter_;
  // The first bytes (either ASCII case) of the percent words ("percent",
  // "pct"): only a word starting with one is compared with each form.
  std::array<bool, 256> percent_word_first_byte_{};
  // The percent forms but "%", in order, each with the ASCII letters it
  // starts with (as SuffixCandidate::letters).
  std::vector<std::pair<std::string, size_t>> percent_words_;
  bool has_empty_percent_form_ = false;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUANTITY_EXTRACTOR_H_
