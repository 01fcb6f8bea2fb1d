// Cue verbs and phrases from the rule pack, looked up by token.
//
// Immutable after construction; thread-safe.

#ifndef WHOSAID_NLP_QUOTE_CUES_H_
#define WHOSAID_NLP_QUOTE_CUES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/rule_pack.h"
#include "nlp/speaker_phrase.h"

namespace whosaid::nlp {

struct CueMatch {
  size_t length = 0;   // tokens consumed; 0 when no cue starts here
  std::string_view lemma;  // "say"; points into the CueTable
  Span span;           // the cue as written
  CueComplement complement = CueComplement::kClause;  // from the rule pack

  // Whether the cue introduces only partial quotes ("called the plan “a
  // joke”", "described it as ...", "as one trader put it, “...”"), never
  // indirect speech.
  bool partial_only() const {
    return complement == CueComplement::kLabel ||
           complement == CueComplement::kQuotation;
  }
};

class CueTable {
 public:
  explicit CueTable(const std::vector<CueVerb>& cues);

  // The longest cue starting at tokens[k], if any.
  CueMatch Match(std::string_view text, const std::vector<Token>& tokens,
                 size_t k) const;

  // Match for a token k < tokens.size() that MayStart accepts, without
  // asking MayStart again (TokenCues asks it of every token first).
  CueMatch MatchWhereMayStart(std::string_view text,
                              const std::vector<Token>& tokens,
                              size_t k) const;

  // The lower-case first words of the cues that begin with an ASCII
  // letter, digit or '_' and have two bytes or more, and "according": the
  // words a caller lists the places of for TokenCues (`word_starts`). The
  // other first words begin with a CJK lead byte (E4 to E9), which no text
  // without an ideograph holds (HasCjkIdeograph). Empty when some first
  // word is neither (one of one letter, say): then no list will do.
  const std::vector<std::string>& StartWords() const { return start_words_; }

  // False when no cue can start at token `t` (cheap: its type, case,
  // length and first, second, middle, next-to-last and last bytes); Match
  // then finds nothing. True does not promise a cue.
  bool MayStart(std::string_view text, const Token& t) const {
    return t.type == Token::kWord && !t.cap && EndsMayStart(text, t) &&
           InnerBytesMayStart(text, t);
  }

  // MayStart's two tests of a word token `t` that is not capitalized, in
  // the order TokenCues asks them: it turns away punctuation and
  // capitalized words itself, and most others fail the first test.
  // The first: the word's length with its first and last bytes. It is also
  // true for "according" (TokenCues then asks no more of the others).
  bool EndsMayStart(std::string_view text, const Token& t) const {
    // The filters hold each letter in both cases, so no byte is lowered.
    // The length is taken mod 32 so that the shift is defined; the few
    // longer words fail the second test.
    const size_t len = t.end - t.start;
    const uint32_t bits = first_len_filter_[Byte(text[t.start])] &
                          last_len_filter_[Byte(text[t.end - 1])];
    return ((bits >> (len & 31)) & 1u) != 0;
  }
  // The second: a length of at most 31 bytes and the second, middle and
  // next-to-last bytes.
  bool InnerBytesMayStart(std::string_view text, const Token& t) const {
    const size_t len = t.end - t.start;
    if (len > 31) return false;
    // A one-byte word has no second or next-to-last byte, and passes.
    if (len < 2) return true;
    return ((second_len_filter_[Byte(text[t.start + 1])] &
             penult_len_filter_[Byte(text[t.end - 2])] &
             middle_len_filter_[Byte(text[t.start + len / 2])]) >>
            len) &
           1u;
  }
  // A third test of a word that passed the two above: false when no first
  // word of a cue shares its Bucket, which turns away most words the byte
  // filters let through ("buyers", "percent", "well") before the call
  // MatchWhereMayStart would make to look them up.
  bool BucketMayStart(std::string_view text, const Token& t) const {
    return first_word_bucket_[Bucket(text.data() + t.start, t.end - t.start)] >=
           0;
  }

 private:
  struct Form {
    std::vector<std::string> rest;  // words after the first
    std::string lemma;
    CueComplement complement = CueComplement::kClause;
  };
  // The forms sharing one first word, and the next first word in the same
  // bucket of first_word_bucket_ (-1 for none).
  struct FirstWord {
    std::string word;  // lower case
    std::vector<Form> forms;
    int32_t next = -1;
  };
  static unsigned char Byte(char c) { return static_cast<unsigned char>(c); }
  // A cheap hash of a word of `len` >= 1 bytes (its length and five of
  // its bytes), the same for the word in any ASCII case: each byte is
  // hashed with bit 0x20 set, which lowers upper-case letters and leaves
  // lower-case ones (and every byte of a lower-case word) alike. So the
  // word is looked up as written, without being lowered first.
  // Inline: TokenCues asks it of every word that passes the byte filters.
  static uint32_t Bucket(const char* word, size_t len) {
    // The length and five bytes, not every byte: set apart by these, first
    // words seldom share a bucket (a few do: "confirmed", "continued").
    uint32_t h = static_cast<uint32_t>(len);
    const auto add = [&h, word](size_t i) {
      h = h * 31 + (static_cast<unsigned char>(word[i]) | 0x20u);
    };
    add(0);
    if (len >= 2) {
      add(1);
      add(len / 2);
      add(len - 2);
    }
    add(len - 1);
    return (h ^ (h >> 12)) % kBuckets;
  }
  static constexpr uint32_t kBuckets = 4096;
  // The FirstWord whose word is `word` in ASCII lower case, or nullptr.
  const FirstWord* FindFirstWord(std::string_view word) const;

  std::vector<FirstWord> first_words_;
  std::vector<std::string> start_words_;  // StartWords()
  // Per Bucket: the index of its first FirstWord in first_words_, or -1.
  // Most words meet an empty bucket and are turned away there.
  std::array<int32_t, kBuckets> first_word_bucket_;
  // Bit n of first_len_filter_[b] is set when some first word starts with
  // the byte b, in either case, and is n bytes long (n < 32): a clear bit
  // rejects most words before they are hashed.
  std::array<uint32_t, 256> first_len_filter_{};
  std::array<uint32_t, 256> last_len_filter_{};  // the same for last bytes
  // The same for the second, next-to-last and middle (at len / 2) bytes
  // of words of 2 or more.
  std::array<uint32_t, 256> second_len_filter_{};
  std::array<uint32_t, 256> penult_len_filter_{};
  std::array<uint32_t, 256> middle_len_filter_{};
};

// The cue starting at each token of one document, looked up once: a byte
// per token says whether one does, and a 4-byte index, written only there,
// which of the few matches there are it is. Only the bytes are set for
// every token of the text (about one in a hundred starts a cue).
class TokenCues {
 public:
  // `word_starts` may be null; if not, it must list, increasing, every
  // word start of `text` (no ASCII letter, digit or '_' just before) where
  // one of cues.StartWords() begins, case-insensitively (TopicTagger's
  // extra_starts for them), and `text` must hold no byte E4 to E9. Then
  // only the tokens starting there or just after a '_' (which starts no
  // word for such a list but ends a token) are looked at, instead of
  // every token: the same result. Ignored when StartWords() is empty.
  TokenCues(std::string_view text, const std::vector<Token>& tokens,
            const CueTable& cues,
            const std::vector<size_t>* word_starts = nullptr);

  // The cue starting at token k (length 0 if none).
  const CueMatch& At(size_t k) const {
    if (starts_at_[k] == 0) return none_;
    return matches_[index_[k]];
  }
  // True when a cue starts at token k: At(k).length > 0, in one load.
  bool StartsAt(size_t k) const { return starts_at_[k] != 0; }
  // How many tokens a cue starts at.
  size_t count() const { return matches_.size(); }
  // In order, the tokens at which a cue starts and the words "according"
  // and "According": the only tokens at which indirect speech can be
  // reported, so that its finder need not visit the others.
  const std::vector<uint32_t>& report_starts() const { return report_starts_; }

 private:
  // Records what the token at `t` (of the `tokens` starting at `first`)
  // starts: a cue, "according" or "According", or nothing.
  void Look(std::string_view text, const std::vector<Token>& tokens,
            const CueTable& cues, const Token* first, const Token* t);

  // Per token: 1 when a cue starts at it, else 0 (the test most callers
  // make, in one load).
  std::vector<uint8_t> starts_at_;
  // Per token where a cue starts: its index in matches_. Left
  // uninitialised elsewhere, and read only where starts_at_ is 1.
  std::unique_ptr<uint32_t[]> index_;
  std::vector<CueMatch> matches_;  // in token order
  std::vector<uint32_t> report_starts_;
  CueMatch none_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_QUOTE_CUES_H_
