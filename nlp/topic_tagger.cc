#include "nlp/topic_tagger.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "nlp/caseless_literals.h"
#include "nlp/pattern_shape.h"
#include "nlp/word_pattern.h"
#include "nlp/word_start_literals.h"
#include "re2/filtered_re2.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace whosaid::nlp {

namespace {

// True when no match of `pattern` can contain a line break or depend on
// where the text it is matched against begins or ends, judged from its
// spelling alone (conservatively: any construct that might is refused).
// Such a pattern fires in a paragraph exactly when it fires somewhere in
// the paragraphs joined by "\n\n": \b sees the same non-word character
// either way.
bool StaysInParagraph(std::string_view pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '^' || c == '$' || c == '\n' || c == '\r') return false;
    if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == '^') {
      return false;  // a negated class matches line breaks
    }
    if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
      // Flags up to ':' or ')': (?s) lets '.' match "\n"; (?m) moves ^, $.
      for (size_t j = i + 2; j < pattern.size(); ++j) {
        const char f = pattern[j];
        if (f == 's' || f == 'm') return false;
        if (!((f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z') || f == '-')) {
          break;
        }
      }
    }
    if (c != '\\' || i + 1 >= pattern.size()) continue;
    const char e = pattern[++i];
    // Letter escapes that are word boundaries, digits, or word characters
    // are safe; \s, \W, \D, \n, \p, \C, \A, \z and the rest are not.
    if (e == 'b' || e == 'B' || e == 'd' || e == 'w' || e == 'S') continue;
    if (e == 'x') {
      // \xHH other than a line break; \x{...} is refused.
      if (i + 2 >= pattern.size() || pattern[i + 1] == '{') return false;
      const std::string_view hex = pattern.substr(i + 1, 2);
      if (hex == "0a" || hex == "0A" || hex == "0d" || hex == "0D" ||
          hex == "85") {
        return false;
      }
      i += 2;
      continue;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
        (e >= '0' && e <= '9')) {
      return false;
    }
    // An escaped punctuation character ("\.", "\'", "\-") is a literal.
  }
  return true;
}

// IsWordByte as one table load.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c) {
    word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_';
  }
  return word;
}();

bool WordByteAt(std::string_view text, size_t i) {
  return kWordByte[static_cast<unsigned char>(text[i])];
}

// True when `part` is the bytes of `text` from `start` on and neither
// begins nor ends inside a word of `text`: then \b and \B see the same on
// both sides of each of its ends in `part` as in `text`.
bool IsWordAlignedPart(std::string_view text, size_t start,
                       std::string_view part) {
  if (start > text.size() || part.size() > text.size() - start ||
      // A view of the text (a claim's) is its bytes without comparing.
      (part.data() != text.data() + start &&
       text.compare(start, part.size(), part) != 0)) {
    return false;
  }
  const size_t end = start + part.size();
  return (start == 0 || !WordByteAt(text, start - 1)) &&
         (end == text.size() || !WordByteAt(text, end));
}

// True when RE2, folding case, can match a text character against an atom
// of its prefilter (FilteredRE2) only where the character's ASCII-folded
// bytes (CaselessLiterals) equal the atom's: every character of the atom is
// ASCII, or in General Punctuation (U+2000..U+206F: no case, and RE2 lowers
// nothing into it; tested). The two other characters that fold onto ASCII
// ones, the long s and the Kelvin sign, are caught in the text instead
// (kFoldsOntoAscii).
bool IsPlainAtom(std::string_view atom) {
  if (atom.size() < 2) return false;  // CaselessLiterals needs two bytes
  for (size_t i = 0; i < atom.size(); ++i) {
    const auto byte = static_cast<unsigned char>(atom[i]);
    if (byte < 0x80) continue;
    // U+2000..U+206F is E2 80 xx and E2 81 xx.
    if (byte != 0xE2 || i + 2 >= atom.size() ||
        (atom[i + 1] != '\x80' && atom[i + 1] != '\x81')) {
      return false;
    }
    i += 2;
  }
  return true;
}

// True when the s.size() bytes at `p`, ASCII letters folded, equal `s`
// (folded) outside [skip_begin, skip_end), bytes known to match already (a
// literal's).
bool FoldedEqualsOutside(const char* p, std::string_view s, size_t skip_begin,
                         size_t skip_end) {
  for (size_t k = 0; k < skip_begin; ++k) {
    if (FoldAsciiByte(static_cast<unsigned char>(p[k])) !=
        static_cast<unsigned char>(s[k])) {
      return false;
    }
  }
  for (size_t k = skip_end; k < s.size(); ++k) {
    if (FoldAsciiByte(static_cast<unsigned char>(p[k])) !=
        static_cast<unsigned char>(s[k])) {
      return false;
    }
  }
  return true;
}

// The bit of a run of `tail` word bytes in Offset::exact_tails.
uint64_t TailBit(size_t tail) {
  return uint64_t{1} << std::min<size_t>(tail, 63);
}

// How many bytes of a prefilter atom the text is searched for.
constexpr size_t kLiteralLength = 8;

// How many bytes after a literal a placement compares at once
// (TopicTagger::Impl::Placement): one word of them.
constexpr size_t kProbeLength = sizeof(uint64_t);

// Words too common in English text to search for (folded).
constexpr std::string_view kCommonWords[] = {
    "a",    "an",   "and",  "are",   "as",   "at",   "be",    "but",
    "by",   "for",  "from", "had",   "has",  "have", "he",    "her",
    "his",  "in",   "is",   "it",    "its",  "made", "more",  "not",
    "of",   "on",   "or",   "our",   "over", "said", "she",   "so",
    "than", "that", "the",  "their", "them", "they", "this",  "to",
    "up",   "was",  "we",   "were",  "what", "when", "which", "who",
    "will", "with", "would", "you"};

// The part of `start` (a start of a word pattern, folded) to search a
// text for at word starts: at most kLiteralLength bytes from a word start
// of it (its beginning, or a word byte after one that is not), at least
// two. Chosen to be rare as a guess: one whose first word is not among
// kCommonWords, the longest (running on into the next word, it is rarer
// than either word alone: "trade tr" for "trade truce", not "truce"), the
// longest first word, then the least common first three bytes (from
// their two pairs). Empty when `start` has none.
std::string_view WordStartPart(std::string_view start) {
  std::string_view best;
  bool best_common = true;
  size_t best_word = 0;
  int best_pairs = 0;
  for (size_t j = 0; j + 1 < start.size(); ++j) {
    if (!IsWordByte(start[j]) || (j > 0 && IsWordByte(start[j - 1]))) continue;
    const std::string_view part = start.substr(j, kLiteralLength);
    size_t word = 0;
    while (j + word < start.size() && IsWordByte(start[j + word])) ++word;
    const bool common =
        std::find(std::begin(kCommonWords), std::end(kCommonWords),
                  start.substr(j, word)) != std::end(kCommonWords);
    auto pair = [&](size_t k) {
      return CaselessLiterals::PairCommonness(
          static_cast<unsigned char>(part[k]),
          static_cast<unsigned char>(part[k + 1]));
    };
    const int pairs = pair(0) + (part.size() > 2 ? pair(1) : 2000);
    const bool better =
        best.empty() || common != best_common ? !common || best.empty()
        : part.size() != best.size()          ? part.size() > best.size()
        : word != best_word                   ? word > best_word
                                              : pairs < best_pairs;
    if (better) {
      best = part;
      best_common = common;
      best_word = word;
      best_pairs = pairs;
    }
  }
  return best;
}

// The characters outside ASCII that RE2 matches, folding case, against
// ASCII letters of a pattern: the long s (U+017F, like 's') and the Kelvin
// sign (U+212A, like 'k'). A text holding one is scanned with the RE2::Set.
constexpr std::string_view kFoldsOntoAscii[] = {"\xC5\xBF", "\xE2\x84\xAA"};

// Whether `text` holds a character of kFoldsOntoAscii. Each is looked for
// from a byte that news text seldom holds: 0xC5 for the long s, but 0x84
// after the Kelvin sign's lead byte 0xE2, which begins every curly quote.
bool HoldsFoldOntoAscii(std::string_view text) {
  if (text.find(kFoldsOntoAscii[0]) != std::string_view::npos) return true;
  const std::string_view kelvin = kFoldsOntoAscii[1];
  for (size_t at = text.find(kelvin.substr(1), 1);
       at != std::string_view::npos; at = text.find(kelvin.substr(1), at + 1)) {
    if (text[at - 1] == kelvin[0]) return true;
  }
  return false;
}

// One T per rule, filled with `fill`: on the stack for the usual few
// rules, since the tagger runs for every quote and claim and an allocation
// would cost more than a short run.
template <typename T>
class PerRule {
 public:
  PerRule(size_t rules, T fill) : PerRule(rules) {
    std::fill(data_, data_ + rules, fill);
  }
  // Unfilled: for a list whose entries are written before they are read.
  explicit PerRule(size_t rules)
      : data_(rules <= kOnStack
                  ? on_stack_
                  : (on_heap_ = std::make_unique<T[]>(rules)).get()) {}
  T* get() { return data_; }
  T& operator[](size_t rule) { return data_[rule]; }

 private:
  static constexpr size_t kOnStack = 64;
  T on_stack_[kOnStack];
  std::unique_ptr<T[]> on_heap_;
  T* data_;
};

}  // namespace

struct TopicTagger::Impl {
  // A piece of a rule's pattern (one of its top-level alternatives, or the
  // whole pattern) and what the prefilter knows of it.
  struct Piece {
    int rule;
    // Holds the piece's RE2 (GetRE2(0)), compiled like the set.
    std::unique_ptr<re2::FilteredRE2> filter;
    size_t max_length;  // no match of the piece spans more bytes
    // StaysInParagraph(the rule's pattern): no match holds a line break.
    bool in_line;
    // From ReadWordPattern(the piece's pattern), when it reads it: the
    // starts (folded) of which every match begins with one at a word start,
    // and whether a match is exactly one of them (then RE2 is not run).
    std::vector<std::string> starts;
    bool whole = false;
    bool end_boundary = false;
    // A whole piece found from literals (not in `unfiltered`): where it
    // matches is known from its hits alone, and Scan notes every match.
    bool noted = false;
  };

  // Where a literal lies in a piece's start: starts[start], from `offset`.
  struct Placement {
    uint32_t start;
    uint32_t offset;
    // The literal is the whole start: a hit needs no further compare.
    bool is_start;
    // The word bytes of the start right after the literal, and whether a
    // match has exactly so many there (a byte that is not a word byte, or
    // the piece's final \b, follows them) or at least so many: the text's
    // run of word bytes after a hit rejects most placements at once.
    bool tail_exact;
    uint32_t tail;
    // The start's bytes right after the literal, up to kProbeLength of
    // them, as WordStartLiterals::FoldedHead reads the text's (`probe`),
    // and 0xFF for each byte of it the start has: one compare with the
    // text's rejects most placements of a literal that dozens of starts
    // share ("negotiate with", "negotiated a truce", ...).
    uint64_t probe;
    uint64_t probe_mask;
  };
  // A piece whose cover holds a literal, and how a hit of the literal is
  // checked for it. With `verify`, a hit counts only where one of
  // `placements` puts a start of the piece at a word start of the text
  // (every match of the piece has such a hit: its start holds a literal of
  // the cover); without, every hit opens a window.
  //
  // `placements` are sorted by offset, and each of `offsets` is a run of
  // them with the same offset: all put their start at the same place, so
  // that the word start there is checked once for them all (a common
  // literal may have dozens: "market" in "open up their markets").
  //
  // A hit's run of word bytes after the literal passes the tail test of
  // some placement of a group only when its length has its bit in
  // `exact_tails` (lengths of 64 or more share bit 63) or is at least
  // `least_open_tail`, and only when the text's bytes after the literal,
  // as many as every placement's probe has (`probe_shared`, the shortest
  // probe_mask), hash (ProbeBitIndex) to a bit of `probe_bits`, which has
  // each placement's: "negotiator" passes over the dozens of starts
  // "negotiate with ...", and "both sides have come" over the fifteen of
  // "both sides have agreed" and the like, without comparing each. When
  // the group's starts all begin with the same two bytes before the
  // literal (`lead`, folded), a word start there without them is passed
  // over too ("the market" for "open the market").
  struct Offset {
    uint32_t offset;
    uint32_t first, last;  // placements[first, last)
    uint64_t exact_tails = 0;
    uint32_t least_open_tail = std::numeric_limits<uint32_t>::max();
    uint64_t probe_shared = ~uint64_t{0};
    uint64_t probe_bits = 0;
    bool has_lead = false;
    char lead[2] = {0, 0};
  };
  // The bit of Offset::probe_bits for the bytes `probe` (as a
  // placement's or FoldedHead reads the text's) that all of `group`'s
  // placements' probes have: equal bytes give the same bit.
  static unsigned ProbeBitIndex(uint64_t probe, const Offset& group) {
    return static_cast<unsigned>(
        ((probe & group.probe_shared) * 0x9E3779B97F4A7C15u) >> 58);
  }
  static uint64_t ProbeBit(uint64_t probe, const Offset& group) {
    return uint64_t{1} << ProbeBitIndex(probe, group);
  }
  struct Use {
    int piece;
    bool verify = false;
    std::vector<Placement> placements;
    std::vector<Offset> offsets;  // by offset
    // The piece's rule and Piece::noted, read without its Piece.
    int rule = 0;
    bool noted = false;
  };

  std::vector<TopicRule> rules;
  // The rules, for texts the prefilter cannot judge (kFoldsOntoAscii).
  std::unique_ptr<RE2::Set> set;
  std::vector<Piece> pieces;
  // Pieces with no literal that every match holds: tried on every text.
  std::vector<int> unfiltered;
  // The literals of the covers read by FilteredRE2, then kFoldsOntoAscii
  // (from first_fold_literal on). Literal i of the tagger is literal i of
  // `literals` below word_base, and literal i - word_base of
  // `word_literals` from there on: the covers of the pieces that
  // ReadWordPattern reads, searched for at word starts only. After them
  // (from extra_base on) `word_literals` holds the constructor's extra
  // words, which are no literal of the tagger, each once: bit b of
  // extra_lists_of[i - extra_base] is set when word i is in list b.
  std::unique_ptr<CaselessLiterals> literals;
  std::unique_ptr<WordStartLiterals> word_literals;
  int first_fold_literal = 0;
  int word_base = 0;
  int extra_base = 0;
  std::vector<uint8_t> extra_lists_of;
  size_t extra_list_count = 0;
  std::vector<uint32_t> literal_size;
  // pieces_of[i]: the pieces whose cover holds literal i (none for the
  // kFoldsOntoAscii ones); uses_of[i] the same with how hits are checked
  // for each (AddUses).
  std::vector<std::vector<int>> pieces_of;
  std::vector<std::vector<Use>> uses_of;
  // window_literal[i]: literal i is in the cover of a piece that is not
  // noted (whose hits open windows); window_rule[r]: rule r has a piece
  // that is not noted (one of those, or one in `unfiltered`).
  std::vector<uint8_t> window_literal;
  std::vector<uint8_t> window_rule;
  // Every rule satisfies StaysInParagraph: a rule fires in some paragraph
  // exactly when it fires in the whole text. It follows that a rule that
  // fires in a word-aligned part of a text (IsWordAlignedPart) fires in the
  // whole text: no rule looks at where the text begins or ends.
  bool paragraph_local = true;
  // topic_of[i]: the first rule with rules[i]'s topic, so that topics are
  // compared as numbers.
  std::vector<int> topic_of;

  // Adds the pieces of `rule`, with their covers: to `word_cover` (and
  // `word_pieces_of`) for a piece ReadWordPattern reads, to
  // `cover_literals` (and pieces_of) for the others.
  void AddPieces(int rule, const std::string& pattern,
                 const RE2::Options& options,
                 std::vector<std::string>& cover_literals,
                 std::vector<std::string>& word_cover,
                 std::vector<std::vector<int>>& word_pieces_of);

  // Fills uses_of from pieces_of and `all_literals` (every literal, by the
  // tagger's index).
  void AddUses(const std::vector<std::string>& all_literals);

  // Per rule, while pieces are tried: not known to fire yet, fired, or not
  // to be tried.
  enum RuleState : uint8_t { kOpen, kFired, kSkipped };

  using Hits = std::vector<std::pair<size_t, int>>;
  // The literals' occurrences in a text already searched, for Run: those
  // of `hits` (start, literal) from `base` on that end in the text, every
  // one, none of kFoldsOntoAscii. With `windows_only`, they are the hits
  // of the literals that open windows (window_literal), and the noted
  // pieces (Piece::noted) are not tried.
  struct KnownHits {
    std::span<const std::pair<size_t, int>> hits;
    size_t base = 0;
    bool windows_only = false;
  };
  // What Scan keeps of a search: the hits of the literals that open
  // windows, and every match of the noted pieces. `complete` says that
  // the text was searched to its end.
  struct Record {
    Hits* hits = nullptr;
    std::vector<TextScan::Match>* matches = nullptr;
    // TextScan::extra_starts, one list per list of extra words.
    std::vector<std::vector<size_t>>* extra_starts = nullptr;
    bool complete = false;
  };

  // Tries on `text` the pieces of the rules that `state` (one per rule)
  // holds open, and marks those that fire kFired. False when `text` holds
  // a character of kFoldsOntoAscii (never so with `known`): only the set
  // can judge it, and `state` is then partly filled.
  bool Run(std::string_view text, uint8_t* state, const KnownHits* known,
           Record* record) const;

  // The indices of the rules that fire in `text` (in increasing order), as
  // the set would find them; false when the set gave up (`fired` is then
  // whatever the set left in it). With `candidates` (distinct rule
  // indices), only those are tried: the caller knows no other rule fires.
  // With `record`, what Scan keeps is added to it.
  bool Fire(std::string_view text, std::vector<int>& fired,
            const std::vector<int>* candidates = nullptr,
            Record* record = nullptr) const;

  // The tags of the rules in `fired` (distinct; sorted here): each topic
  // once, with its first rule that fired.
  Tags Collect(std::span<int> fired) const;

  // TagDocument's choice: writes to `chosen` the first rule, in pack
  // order, of each topic that a document's title or `min_paragraphs` of
  // its paragraphs fire, and returns how many. `chosen` has room for one
  // per rule.
  size_t ChooseDocumentRules(std::string_view title, const TextScan& scan,
                             int min_paragraphs, int* chosen) const;
};

void TopicTagger::Impl::AddPieces(int rule, const std::string& pattern,
                                  const RE2::Options& options,
                                  std::vector<std::string>& cover_literals,
                                  std::vector<std::string>& word_cover,
                                  std::vector<std::vector<int>>& word_pieces_of) {
  const PatternShape shape = ReadPatternShape(pattern);
  std::vector<std::unique_ptr<re2::FilteredRE2>> filters;
  for (std::string_view alternative : shape.alternatives) {
    // Atoms shorter than two bytes are dropped (treated as present).
    auto filter = std::make_unique<re2::FilteredRE2>(2);
    int id = 0;
    if (filter->Add(re2::StringPiece(alternative.data(), alternative.size()),
                    options, &id) != RE2::NoError) {
      // Not a pattern alone: keep the pattern whole.
      filters.clear();
      filter = std::make_unique<re2::FilteredRE2>(2);
      [[maybe_unused]] const RE2::ErrorCode code =
          filter->Add(pattern, options, &id);
      assert(code == RE2::NoError);
      filters.push_back(std::move(filter));
      break;
    }
    filters.push_back(std::move(filter));
  }
  for (std::unique_ptr<re2::FilteredRE2>& owned : filters) {
    re2::FilteredRE2* const filter = owned.get();
    std::vector<std::string> atoms;
    filter->Compile(&atoms);
    // Whether the piece passes the filter when the atoms `present[i]` are
    // in a text. Atoms CaselessLiterals cannot look for count as present.
    std::vector<bool> present(atoms.size());
    for (size_t i = 0; i < atoms.size(); ++i) present[i] = !IsPlainAtom(atoms[i]);
    auto passes = [&]() {
      std::vector<int> ids, passed;
      for (size_t i = 0; i < atoms.size(); ++i) {
        if (present[i]) ids.push_back(static_cast<int>(i));
      }
      filter->AllPotentials(ids, &passed);
      return !passed.empty();
    };
    // Both the pattern's bound and the piece's own bound hold for it.
    const size_t max_length =
        std::min(shape.max_length,
                 ReadPatternShape(filter->GetRE2(0).pattern()).max_length);
    const int piece = static_cast<int>(pieces.size());
    pieces.push_back({rule, std::move(owned), max_length,
                      StaysInParagraph(pattern), {}});
    if (const std::optional<WordPattern> word =
            ReadWordPattern(filter->GetRE2(0).pattern())) {
      Piece& made = pieces.back();
      for (const std::string& start : word->starts) {
        std::string f = start;
        for (char& c : f) c = static_cast<char>(FoldAsciiByte(c));
        made.starts.push_back(std::move(f));
      }
      made.whole = word->whole;
      made.end_boundary = word->end_boundary;
      // Every match begins with a start at a word start: a cover is one
      // word-start part of each start, chosen to be rare.
      std::vector<std::string> parts;
      for (const std::string& start : made.starts) {
        const std::string_view part = WordStartPart(start);
        if (part.empty()) break;
        parts.emplace_back(part);
      }
      if (parts.size() == made.starts.size()) {
        // A part beginning with another part of the piece is found where
        // that one is: searching for the shorter alone is enough ("farm"
        // for "farmers").
        for (std::string& part : parts) {
          for (const std::string& other : parts) {
            if (other.size() < part.size() && part.starts_with(other)) {
              part = other;
            }
          }
        }
        for (const std::string& part : parts) {
          const auto known =
              std::find(word_cover.begin(), word_cover.end(), part);
          const auto index = known - word_cover.begin();
          if (known == word_cover.end()) {
            word_cover.push_back(part);
            word_pieces_of.emplace_back();
          }
          if (word_pieces_of[index].empty() ||
              word_pieces_of[index].back() != piece) {
            word_pieces_of[index].push_back(piece);
          }
        }
        continue;
      }
    }
    if (passes()) {
      unfiltered.push_back(piece);
      continue;
    }
    // A cover: plain atoms of which every match of the piece holds one,
    // which is so while the piece fails with all other atoms present.
    // Start from all plain atoms and drop the shortest (the commonest)
    // while that holds.
    std::vector<int> cover;
    for (size_t i = 0; i < atoms.size(); ++i) {
      if (!present[i]) cover.push_back(static_cast<int>(i));
    }
    std::stable_sort(cover.begin(), cover.end(), [&](int a, int b) {
      return atoms[a].size() < atoms[b].size();
    });
    std::vector<int> kept;
    for (int atom : cover) {
      present[atom] = true;
      if (passes()) {
        present[atom] = false;
        kept.push_back(atom);
      }
    }
    for (int atom : kept) {
      // A match holding the atom holds any part of it: the rarest few
      // bytes serve as well and let atoms share a literal ("negotiat" for
      // "negotiate", "negotiation", ...).
      const std::string part(
          CaselessLiterals::RarestPart(atoms[atom], kLiteralLength));
      const auto known =
          std::find(cover_literals.begin(), cover_literals.end(), part);
      const auto index = known - cover_literals.begin();
      if (known == cover_literals.end()) {
        cover_literals.push_back(part);
        pieces_of.emplace_back();
      }
      if (pieces_of[index].empty() || pieces_of[index].back() != piece) {
        pieces_of[index].push_back(piece);
      }
    }
  }
}

void TopicTagger::Impl::AddUses(
    const std::vector<std::string>& all_literals) {
  std::vector<std::string> folded;
  for (const std::string& literal : all_literals) {
    std::string f = literal;
    for (char& c : f) c = static_cast<char>(FoldAsciiByte(c));
    folded.push_back(std::move(f));
  }
  std::vector<std::vector<int>> cover_of(pieces.size());
  for (size_t i = 0; i < pieces_of.size(); ++i) {
    for (int piece : pieces_of[i]) cover_of[piece].push_back(static_cast<int>(i));
  }
  // verify[p]: hits are checked for piece p.
  std::vector<bool> verify(pieces.size(), false);
  for (size_t p = 0; p < pieces.size(); ++p) {
    const Piece& piece = pieces[p];
    if (piece.starts.empty()) continue;  // ReadWordPattern did not read it
    // A match that is not exactly a start may hold its only literal past
    // its start: then only a piece every start of which holds a literal of
    // the cover can drop hits outside a start.
    bool every_start_holds_one = true;
    for (const std::string& start : piece.starts) {
      bool holds = false;
      for (int literal : cover_of[p]) {
        holds |= start.find(folded[literal]) != std::string::npos;
      }
      every_start_holds_one &= holds;
    }
    verify[p] = piece.whole || every_start_holds_one;
  }
  uses_of.resize(pieces_of.size());
  for (size_t i = 0; i < pieces_of.size(); ++i) {
    for (int p : pieces_of[i]) {
      Use use{p, verify[p], {}, {}};
      if (use.verify) {
        const std::vector<std::string>& starts = pieces[p].starts;
        for (size_t s = 0; s < starts.size(); ++s) {
          for (size_t at = starts[s].find(folded[i]); at != std::string::npos;
               at = starts[s].find(folded[i], at + 1)) {
            const std::string& start = starts[s];
            size_t tail = at + folded[i].size();
            while (tail < start.size() && IsWordByte(start[tail])) ++tail;
            const bool tail_exact =
                tail < start.size() ||
                (pieces[p].whole && pieces[p].end_boundary);
            const size_t after_literal = at + folded[i].size();
            const size_t probed =
                std::min(kProbeLength, start.size() - after_literal);
            uint64_t probe = 0, probe_mask = 0;
            std::memcpy(&probe, start.data() + after_literal, probed);
            std::memset(&probe_mask, 0xFF, probed);
            use.placements.push_back(
                {static_cast<uint32_t>(s), static_cast<uint32_t>(at),
                 at == 0 && folded[i].size() == start.size(), tail_exact,
                 static_cast<uint32_t>(tail - at - folded[i].size()), probe,
                 probe_mask});
          }
        }
        // By offset, and the shorter starts first within an offset: the
        // first that matches at a place is its shortest match there.
        std::stable_sort(use.placements.begin(), use.placements.end(),
                         [&](const Placement& a, const Placement& b) {
                           return a.offset != b.offset
                                      ? a.offset < b.offset
                                      : starts[a.start].size() <
                                            starts[b.start].size();
                         });
        for (size_t k = 0; k < use.placements.size(); ++k) {
          const uint32_t offset = use.placements[k].offset;
          if (use.offsets.empty() || use.offsets.back().offset != offset) {
            use.offsets.push_back({offset, static_cast<uint32_t>(k), 0});
          }
          Offset& group = use.offsets.back();
          group.last = static_cast<uint32_t>(k + 1);
          const Placement& at = use.placements[k];
          if (at.tail_exact) {
            group.exact_tails |= TailBit(at.tail);
          } else {
            group.least_open_tail = std::min(group.least_open_tail, at.tail);
          }
          group.probe_shared &= at.probe_mask;
        }
        for (Offset& group : use.offsets) {
          for (uint32_t k = group.first; k < group.last; ++k) {
            group.probe_bits |= ProbeBit(use.placements[k].probe, group);
          }
        }
        for (Offset& group : use.offsets) {
          if (group.offset < 2) continue;
          const std::string_view lead =
              std::string_view(starts[use.placements[group.first].start])
                  .substr(0, 2);
          group.has_lead = true;
          for (uint32_t k = group.first; k < group.last; ++k) {
            group.has_lead &=
                starts[use.placements[k].start].compare(0, 2, lead) == 0;
          }
          if (group.has_lead) {
            group.lead[0] = lead[0];
            group.lead[1] = lead[1];
          }
        }
      }
      uses_of[i].push_back(std::move(use));
    }
  }
}

bool TopicTagger::Impl::Run(std::string_view text, uint8_t* state,
                            const KnownHits* known, Record* record) const {
  // Where some match of a piece may lie: a match holds a literal of the
  // piece's cover and spans at most max_length bytes. An `anchored` one
  // begins where a start of the piece lies (a placement checked), and
  // every match of its piece begins where such a window does: RE2 need
  // only try a match from `begin`, not search the window through.
  struct Window {
    int piece;
    bool anchored;
    size_t begin, end;
  };
  const bool windows_only = known != nullptr && known->windows_only;
  std::vector<Window> windows;
  bool folds_onto_ascii = false;
  // A window for `piece` around the hit [start, end) of a literal; with
  // `match_start`, one for a match beginning there. (Out of on_hit, which
  // seldom needs it: on_hit then sets up no closure for it.)
  auto add_window = [&](int piece, size_t start, size_t end,
                        std::optional<size_t> match_start) {
    const size_t span = pieces[piece].max_length;
    Window w{piece, match_start.has_value(), 0, text.size()};
    if (match_start) {
      w.begin = *match_start;
      if (span != PatternShape::kUnbounded) {
        w.end = std::max(end, std::min(text.size(), w.begin + span));
      }
    } else if (span != PatternShape::kUnbounded) {
      w.begin = std::min(start, end > span ? end - span : 0);
      w.end = std::max(end, std::min(text.size(), start + span));
    }
    if (pieces[piece].in_line) {
      // The match holding the literal holds no line break either.
      const size_t before = text.substr(w.begin, start - w.begin).rfind('\n');
      if (before != std::string_view::npos) w.begin += before + 1;
      const size_t after = text.substr(end, w.end - end).find('\n');
      if (after != std::string_view::npos) w.end = end + after;
    }
    windows.push_back(w);
  };
  // A hit of a literal of the tagger other than kFoldsOntoAscii. The
  // small values it reads at every hit are copies, not references.
  auto on_hit = [&, text, state, record, windows_only](size_t start,
                                                       int index) {
    if (record != nullptr && window_literal[index]) {
      record->hits->emplace_back(start, index);
    }
    const size_t end = start + literal_size[index];
    size_t word_after = 0;  // the word bytes right after the literal
    while (end + word_after < text.size() && WordByteAt(text, end + word_after)) {
      ++word_after;
    }
    // The bytes after the literal, for Placement::probe.
    const uint64_t probe = WordStartLiterals::FoldedHead(text, end);
    for (const Use& use : uses_of[index]) {
      // Scan notes every match of a noted piece, even of a rule that has
      // fired: the parts' matches are taken from them.
      const bool note = record != nullptr && use.noted;
      if (windows_only && use.noted) continue;
      if (state[use.rule] != kOpen && !note) continue;
      const Piece& piece = pieces[use.piece];
      if (!use.verify) {
        add_window(use.piece, start, end, std::nullopt);
        continue;
      }
      // Whether the piece's rule fired here (and nothing is noted): the
      // other placements need no check.
      bool done = false;
      for (const Offset& group : use.offsets) {
        if (group.offset > start || done) break;
        // Most groups a hit passes over put their start inside a word.
        const size_t m = start - group.offset;
        if (m > 0 && WordByteAt(text, m - 1)) continue;
        if ((group.exact_tails & TailBit(word_after)) == 0 &&
            word_after < group.least_open_tail) {
          continue;  // no placement's tail test passes
        }
        if (((group.probe_bits >> ProbeBitIndex(probe, group)) & 1) == 0) {
          continue;
        }
        if (group.has_lead &&
            (FoldAsciiByte(static_cast<unsigned char>(text[m])) !=
                 static_cast<unsigned char>(group.lead[0]) ||
             FoldAsciiByte(static_cast<unsigned char>(text[m + 1])) !=
                 static_cast<unsigned char>(group.lead[1]))) {
          continue;
        }
        for (uint32_t k = group.first; k < group.last; ++k) {
          const Placement& at = use.placements[k];
          if (((probe ^ at.probe) & at.probe_mask) != 0) continue;
          if (at.tail_exact ? word_after != at.tail : word_after < at.tail) {
            continue;
          }
          const std::string& s = piece.starts[at.start];
          if (s.size() > text.size() - m) continue;
          // The literal's own bytes, at.offset on, and the probe's after
          // them are known to match (where the start fits in the text).
          const size_t known_end =
              at.offset + literal_size[index] + kProbeLength;
          if (!at.is_start &&
              !FoldedEqualsOutside(text.data() + m, s, at.offset,
                                   std::min(known_end, s.size()))) {
            continue;
          }
          if (!piece.whole) {
            add_window(use.piece, start, end, m);
            continue;
          }
          const size_t after = m + s.size();
          if (piece.end_boundary && after < text.size() &&
              WordByteAt(text, after)) {
            continue;
          }
          if (state[piece.rule] == kOpen) state[piece.rule] = kFired;
          if (!note) {
            done = true;
            break;
          }
          record->matches->push_back({m, after, piece.rule});
          // The group's other starts (all at m) are as long or longer: a
          // part holding their match holds this one.
          break;
        }
      }
    }
  };
  if (known != nullptr) {
    for (const auto& [at, index] : known->hits) {
      const size_t start = at - known->base;
      if (start + literal_size[index] <= text.size()) on_hit(start, index);
    }
  } else {
    // With no literal of its own, `literals` would look only for
    // kFoldsOntoAscii: a plain search does that for less.
    if (first_fold_literal > 0) {
      literals->ForEachHit(text, [&](size_t start, int index) {
        // Literals from word_base on are not `literals`'.
        if (index >= first_fold_literal) {
          folds_onto_ascii = true;
          return false;
        }
        on_hit(start, index);
        return true;
      });
    } else {
      folds_onto_ascii = HoldsFoldOntoAscii(text);
    }
    if (!folds_onto_ascii) {
      // Inlined into the literal check (GCC 12 would not): a call of its
      // own, then on_hit's, cost a prologue more per hit.
      word_literals->ForEachHit(text, [&](size_t start, int index)
                                          __attribute__((always_inline)) {
        if (index < extra_base) {
          on_hit(start, word_base + index);
        } else if (record != nullptr) {
          // To each list holding the word. Hits come by start: one extra
          // word beginning another ("expect", "expects") is the same place.
          for (uint32_t lists = extra_lists_of[index - extra_base]; lists != 0;
               lists &= lists - 1) {
            std::vector<size_t>& starts =
                (*record->extra_starts)[std::countr_zero(lists)];
            if (starts.empty() || starts.back() != start) {
              starts.push_back(start);
            }
          }
        }
      });
    }
  }
  if (folds_onto_ascii) return false;
  for (int piece : unfiltered) {
    const Piece& p = pieces[piece];
    if (state[p.rule] == kOpen &&
        RE2::PartialMatch(text, p.filter->GetRE2(0))) {
      state[p.rule] = kFired;
    }
  }
  std::sort(windows.begin(), windows.end(),
            [](const Window& a, const Window& b) {
              return a.piece != b.piece       ? a.piece < b.piece
                     : a.anchored != b.anchored ? a.anchored < b.anchored
                                                : a.begin < b.begin;
            });
  // Each run of overlapping windows of a piece is searched once, with the
  // text around it as context (\b and ^ see the bytes beside it); the
  // anchored ones with the same beginning are matched there once.
  for (size_t i = 0; i < windows.size();) {
    const Window& w = windows[i];
    const Piece& p = pieces[w.piece];
    size_t j = i + 1;
    size_t end = w.end;
    while (j < windows.size() && windows[j].piece == w.piece &&
           windows[j].anchored == w.anchored &&
           (w.anchored ? windows[j].begin == w.begin
                       : windows[j].begin <= end)) {
      end = std::max(end, windows[j].end);
      ++j;
    }
    if (state[p.rule] == kOpen &&
        p.filter->GetRE2(0).Match(re2::StringPiece(text.data(), text.size()),
                                  w.begin, end,
                                  w.anchored ? RE2::ANCHOR_START
                                             : RE2::UNANCHORED,
                                  nullptr, 0)) {
      state[p.rule] = kFired;
    }
    i = j;
  }
  return true;
}

bool TopicTagger::Impl::Fire(std::string_view text, std::vector<int>& fired,
                             const std::vector<int>* candidates,
                             Record* record) const {
  fired.clear();
  PerRule<uint8_t> state(rules.size(),
                        candidates != nullptr ? kSkipped : kOpen);
  if (candidates != nullptr) {
    for (int r : *candidates) state[r] = kOpen;
  }
  const bool judged = Run(text, state.get(), nullptr, record);
  if (record != nullptr) record->complete = judged;
  if (!judged) {
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    set->Match(text, &fired, &error);
    std::sort(fired.begin(), fired.end());
    // Run leaves the rules that are not candidates kSkipped.
    fired.erase(std::remove_if(fired.begin(), fired.end(),
                               [&](int r) { return state[r] == kSkipped; }),
                fired.end());
    return error.kind == RE2::Set::kNoError;
  }
  // Gathered first, so that the list is allocated once, at its size.
  PerRule<int> found(rules.size());
  size_t count = 0;
  for (size_t r = 0; r < rules.size(); ++r) {
    if (state[r] == kFired) found[count++] = static_cast<int>(r);
  }
  fired.assign(found.get(), found.get() + count);
  return true;
}

TopicTagger::Tags TopicTagger::Impl::Collect(std::span<int> fired) const {
  Tags tags;
  // Mostly in order already (and one or two long).
  if (!std::is_sorted(fired.begin(), fired.end())) {
    std::sort(fired.begin(), fired.end());
  }
  tags.topics.reserve(fired.size());
  tags.rules.reserve(fired.size());
  for (size_t k = 0; k < fired.size(); ++k) {
    const int topic = topic_of[fired[k]];
    bool seen = false;
    for (size_t j = 0; j < k && !seen; ++j) seen = topic_of[fired[j]] == topic;
    if (seen) continue;
    tags.topics.push_back(rules[fired[k]].topic);
    tags.rules.push_back(rules[fired[k]].id);
  }
  return tags;
}

TopicTagger::TopicTagger(std::vector<TopicRule> rules,
                         std::vector<std::vector<std::string>> extra_words)
    : impl_(std::make_unique<Impl>()) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  impl_->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  std::vector<std::string> cover_literals, word_cover;
  std::vector<std::vector<int>> word_pieces_of;
  for (size_t i = 0; i < rules.size(); ++i) {
    const TopicRule& r = rules[i];
    [[maybe_unused]] const int index = impl_->set->Add(r.pattern, nullptr);
    assert(index >= 0);
    impl_->paragraph_local &= StaysInParagraph(r.pattern);
    impl_->AddPieces(static_cast<int>(i), r.pattern, options, cover_literals,
                     word_cover, word_pieces_of);
  }
  [[maybe_unused]] const bool compiled = impl_->set->Compile();
  assert(compiled);
  impl_->first_fold_literal = static_cast<int>(cover_literals.size());
  for (std::string_view fold : kFoldsOntoAscii) {
    cover_literals.emplace_back(fold);
  }
  impl_->word_base = static_cast<int>(cover_literals.size());
  impl_->pieces_of.resize(cover_literals.size());
  for (std::vector<int>& of : word_pieces_of) {
    impl_->pieces_of.push_back(std::move(of));
  }
  std::vector<std::string> all_literals = cover_literals;
  all_literals.insert(all_literals.end(), word_cover.begin(), word_cover.end());
  for (const std::string& literal : all_literals) {
    impl_->literal_size.push_back(static_cast<uint32_t>(literal.size()));
  }
  impl_->AddUses(all_literals);
  impl_->literals =
      std::make_unique<CaselessLiterals>(std::move(cover_literals));
  impl_->extra_base = static_cast<int>(word_cover.size());
  assert(extra_words.size() <= 8);
  impl_->extra_list_count = extra_words.size();
  for (size_t list = 0; list < extra_words.size(); ++list) {
    for (std::string& word : extra_words[list]) {
      // A word of an earlier list is not searched for again.
      const auto known = std::find(word_cover.begin() + impl_->extra_base,
                                   word_cover.end(), word);
      const size_t at = static_cast<size_t>(known - word_cover.begin()) -
                        static_cast<size_t>(impl_->extra_base);
      if (known == word_cover.end()) {
        word_cover.push_back(std::move(word));
        impl_->extra_lists_of.push_back(0);
      }
      impl_->extra_lists_of[at] |= static_cast<uint8_t>(1u << list);
    }
  }
  impl_->word_literals =
      std::make_unique<WordStartLiterals>(std::move(word_cover));
  impl_->rules = std::move(rules);
  const std::vector<TopicRule>& all = impl_->rules;
  for (Impl::Piece& piece : impl_->pieces) piece.noted = piece.whole;
  impl_->window_rule.assign(all.size(), 0);
  for (int p : impl_->unfiltered) {
    impl_->pieces[p].noted = false;
    impl_->window_rule[impl_->pieces[p].rule] = 1;
  }
  for (const Impl::Piece& piece : impl_->pieces) {
    if (!piece.noted) impl_->window_rule[piece.rule] = 1;
  }
  for (std::vector<Impl::Use>& uses : impl_->uses_of) {
    for (Impl::Use& use : uses) {
      use.rule = impl_->pieces[use.piece].rule;
      use.noted = impl_->pieces[use.piece].noted;
    }
  }
  for (const std::vector<int>& of : impl_->pieces_of) {
    impl_->window_literal.push_back(std::any_of(
        of.begin(), of.end(), [&](int p) { return !impl_->pieces[p].noted; }));
  }
  for (size_t i = 0; i < all.size(); ++i) {
    size_t first = 0;
    while (all[first].topic != all[i].topic) ++first;
    impl_->topic_of.push_back(static_cast<int>(first));
  }
}

TopicTagger::~TopicTagger() = default;

size_t TopicTagger::topic_count() const {
  size_t count = 0;
  for (size_t i = 0; i < impl_->topic_of.size(); ++i) {
    count += impl_->topic_of[i] == static_cast<int>(i) ? 1 : 0;
  }
  return count;
}

TopicTagger::Tags TopicTagger::Tag(std::string_view text) const {
  Tags tags;
  if (impl_->rules.empty()) return tags;
  std::vector<int> fired;
  if (!impl_->Fire(text, fired)) return tags;
  return impl_->Collect(fired);
}

TopicTagger::TextScan TopicTagger::Scan(std::string_view text) const {
  TextScan scan;
  scan.text = text;
  scan.extra_starts.resize(impl_->extra_list_count);
  if (impl_->rules.empty() || text.empty()) return scan;
  // A text that holds topic words mostly holds dozens (news on a topic
  // repeats its words): room for one match per 128 bytes spares most
  // reallocations of a list grown one by one.
  scan.matches.reserve(text.size() / 128);
  // The cues' first words ("said", "says"), when they are extra words,
  // come about as often, and the other pieces' literals half as often.
  for (std::vector<size_t>& starts : scan.extra_starts) {
    starts.reserve(text.size() / 128);
  }
  scan.hits.reserve(text.size() / 256);
  Impl::Record record{&scan.hits, &scan.matches, &scan.extra_starts};
  scan.complete = impl_->Fire(text, scan.fired, nullptr, &record);
  // Run walked the word starts to the end exactly when it judged the text.
  scan.extra_complete = record.complete;
  if (!scan.extra_complete) {
    for (std::vector<size_t>& starts : scan.extra_starts) starts.clear();
  }
  if (!scan.complete) scan.fired.clear();
  scan.hits_complete = record.complete && scan.complete;
  // Found in text order but for a literal inside a start, or the word
  // literals' pass after the others': mostly sorted already.
  if (!std::is_sorted(scan.hits.begin(), scan.hits.end())) {
    std::sort(scan.hits.begin(), scan.hits.end());
  }
  const auto by_begin = [](const TextScan::Match& a, const TextScan::Match& b) {
    return a.begin < b.begin;
  };
  if (!std::is_sorted(scan.matches.begin(), scan.matches.end(), by_begin)) {
    std::sort(scan.matches.begin(), scan.matches.end(), by_begin);
  }
  return scan;
}

TopicTagger::Tags TopicTagger::TagPart(const TextScan& whole, size_t start,
                                       std::string_view part) const {
  if (!impl_->paragraph_local || !whole.complete ||
      !IsWordAlignedPart(whole.text, start, part)) {
    return Tag(part);
  }
  // What fires in the part fired in the whole.
  if (whole.fired.empty()) return {};
  if (!whole.hits_complete) {
    std::vector<int> fired;
    if (!impl_->Fire(part, fired, &whole.fired)) return {};
    return impl_->Collect(fired);
  }
  // The noted pieces match where the part holds a match of the whole.
  const size_t rules = impl_->rules.size();
  PerRule<int> found(rules);  // found[0, count): the rules that fire
  size_t count = 0;
  const size_t end = start + part.size();
  for (auto it = std::partition_point(
           whole.matches.begin(), whole.matches.end(),
           [&](const TextScan::Match& m) { return m.begin < start; });
       it != whole.matches.end() && it->begin < end; ++it) {
    if (it->end <= end &&
        std::find(found.get(), found.get() + count, it->rule) ==
            found.get() + count) {
      found[count++] = it->rule;
    }
  }
  // The other pieces match only around the whole's hits that lie in the
  // part (matching a literal looks at its own bytes only), or anywhere
  // for those that have no literal.
  const auto first = std::lower_bound(whole.hits.begin(), whole.hits.end(),
                                      std::make_pair(start, -1));
  const auto last = std::lower_bound(first, whole.hits.end(),
                                     std::make_pair(end, -1));
  if (first == last && impl_->unfiltered.empty()) {
    // Nothing more to try: most parts hold no match at all, and then
    // there is nothing to collect.
    if (count == 0) return {};
  } else {
    PerRule<uint8_t> state(rules, Impl::kSkipped);
    for (int r : whole.fired) {
      if (impl_->window_rule[r]) state[r] = Impl::kOpen;
    }
    for (size_t k = 0; k < count; ++k) state[found[k]] = Impl::kFired;
    const Impl::KnownHits known{{first, last}, start, true};
    impl_->Run(part, state.get(), &known, nullptr);
    count = 0;
    for (size_t r = 0; r < rules; ++r) {
      if (state[r] == Impl::kFired) found[count++] = static_cast<int>(r);
    }
  }
  return impl_->Collect({found.get(), count});
}

TopicTagger::Tags TopicTagger::TagDocument(std::string_view title,
                                           std::string_view text,
                                           int min_paragraphs) const {
  TextScan scan;
  scan.text = text;
  if (min_paragraphs <= 1 && impl_->paragraph_local) scan = Scan(text);
  return TagDocument(title, scan, min_paragraphs);
}

TopicTagger::Tags TopicTagger::TagDocument(std::string_view title,
                                           const TextScan& scan,
                                           int min_paragraphs) const {
  const std::vector<TopicRule>& rules = impl_->rules;
  PerRule<int> chosen(rules.size());
  const size_t count =
      impl_->ChooseDocumentRules(title, scan, min_paragraphs, chosen.get());
  Tags tags;
  tags.topics.reserve(count);
  tags.rules.reserve(count);
  for (size_t k = 0; k < count; ++k) {
    tags.topics.push_back(rules[chosen[k]].topic);
    tags.rules.push_back(rules[chosen[k]].id);
  }
  return tags;
}

std::vector<std::string> TopicTagger::DocumentTopics(
    std::string_view title, const TextScan& scan, int min_paragraphs) const {
  const std::vector<TopicRule>& rules = impl_->rules;
  PerRule<int> chosen(rules.size());
  const size_t count =
      impl_->ChooseDocumentRules(title, scan, min_paragraphs, chosen.get());
  std::vector<std::string> topics;
  topics.reserve(count);
  for (size_t k = 0; k < count; ++k) topics.push_back(rules[chosen[k]].topic);
  return topics;
}

size_t TopicTagger::Impl::ChooseDocumentRules(std::string_view title,
                                              const TextScan& scan,
                                              int min_paragraphs,
                                              int* chosen) const {
  const std::string_view text = scan.text;
  PerRule<int> paragraphs(rules.size(), 0);
  PerRule<uint8_t> in_title(rules.size(), 0);
  std::vector<int> fired;
  if (!rules.empty() && Fire(title, fired)) {
    for (int i : fired) in_title[i] = 1;
  }
  if (min_paragraphs <= 1 && paragraph_local) {
    // "In at least one paragraph" is "anywhere in the text": the one
    // scan instead of one per paragraph.
    for (int i : scan.fired) paragraphs[i] = 1;
  }
  size_t start = 0;
  if (min_paragraphs <= 1 && paragraph_local) start = text.size();
  while (start < text.size() && !rules.empty()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    fired.clear();
    if (Fire(text.substr(start, end - start), fired)) {
      for (int i : fired) ++paragraphs[i];
    }
    start = end + 2;
  }
  // Each topic once, with its first rule that passes; topics compared as
  // numbers (topic_of), so that the tags are made in lists of their final
  // size.
  PerRule<uint8_t> topic_taken(rules.size(), 0);  // by topic_of
  size_t count = 0;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (!in_title[i] && paragraphs[i] < min_paragraphs) continue;
    uint8_t& taken = topic_taken[topic_of[i]];
    if (taken != 0) continue;
    taken = 1;
    chosen[count++] = static_cast<int>(i);
  }
  return count;
}

}  // namespace whosaid::nlp
