#include "nlp/quote_cues.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "nlp/ascii.h"
#include "nlp/static_word_set.h"
#include "nlp/word_start_literals.h"

namespace whosaid::nlp {
namespace {

// The words after which a cue's first word is a noun: "the call", "a
// claim", "their warning".
constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "this", "its", "his", "her", "their", "our", "your",
    "my"};
constexpr size_t kLongestDeterminer = 5;  // "their"

// "he's", "it’s", "that's": a pronoun with "is" or "has", not a
// possessive. `word` ends in 's or ’s.
bool IsPronounContraction(std::string_view word) {
  static constexpr std::string_view kPronouns[] = {
      "he", "she", "it", "that", "who", "there", "here", "what", "where",
      "one", "everyone", "someone", "nobody", "everybody", "somebody"};
  constexpr std::string_view kCurly = "\xE2\x80\x99s";
  const size_t ending = word.ends_with(kCurly) ? kCurly.size() : 2;
  if (word.size() <= ending) return false;
  char buffer[16];
  return StaticWordSet<kPronouns>::Contains(
      LowerAsciiInto(word.substr(0, word.size() - ending), buffer));
}

// Whether token `t` of `text` is `word`, byte for byte. Its length is
// compared first: few words have that of "according".
bool IsWord(std::string_view text, const Token& t, std::string_view word) {
  return t.end - t.start == word.size() &&
         std::string_view(text.data() + t.start, word.size()) == word;
}

// Token::type and Token::cap as one number, zero for a lower-case word
// (kWord is 0): one load and one test instead of two of each.
uint16_t TypeAndCase(const Token& t) {
  static_assert(Token::kWord == 0);
  static_assert(offsetof(Token, cap) == offsetof(Token, type) + 1);
  uint16_t both;
  std::memcpy(&both,
              reinterpret_cast<const unsigned char*>(&t) + offsetof(Token, type),
              sizeof both);
  return both;
}

}  // namespace

CueTable::CueTable(const std::vector<CueVerb>& cues) {
  first_word_bucket_.fill(-1);
  for (const CueVerb& c : cues) {
    std::vector<std::string> words;
    size_t i = 0;
    const std::string form = LowerAscii(c.form);
    while (i < form.size()) {
      size_t j = form.find(' ', i);
      if (j == std::string::npos) j = form.size();
      if (j > i) words.push_back(form.substr(i, j - i));
      i = j + 1;
    }
    if (words.empty()) continue;
    if (words[0].size() < 32) {
      first_len_filter_[static_cast<unsigned char>(words[0].front())] |=
          uint32_t{1} << words[0].size();
      last_len_filter_[static_cast<unsigned char>(words[0].back())] |=
          uint32_t{1} << words[0].size();
      if (words[0].size() >= 2) {
        const std::string& w = words[0];
        second_len_filter_[static_cast<unsigned char>(w[1])] |=
            uint32_t{1} << w.size();
        penult_len_filter_[static_cast<unsigned char>(w[w.size() - 2])] |=
            uint32_t{1} << w.size();
        middle_len_filter_[static_cast<unsigned char>(w[w.size() / 2])] |=
            uint32_t{1} << w.size();
      }
    }
    Form f{{words.begin() + 1, words.end()}, c.lemma, c.complement};
    const FirstWord* known = FindFirstWord(words[0]);
    if (known != nullptr) {
      first_words_[static_cast<size_t>(known - first_words_.data())]
          .forms.push_back(std::move(f));
      continue;
    }
    int32_t& head =
        first_word_bucket_[Bucket(words[0].data(), words[0].size())];
    first_words_.push_back({words[0], {}, head});
    first_words_.back().forms.push_back(std::move(f));
    head = static_cast<int32_t>(first_words_.size() - 1);
  }
  // The words a list of places must hold (StartWords()): each first word
  // once; none when one cannot be listed.
  bool listable = true;
  for (const FirstWord& f : first_words_) {
    const unsigned char lead = static_cast<unsigned char>(f.word.front());
    if (WordStartLiterals::CanFind(f.word)) {
      start_words_.push_back(f.word);
    } else if (lead < 0xE4 || lead > 0xE9) {
      listable = false;
    }
  }
  start_words_.emplace_back("according");
  if (!listable) start_words_.clear();
  // "according" passes EndsMayStart (TokenCues asks for it only after
  // that test). As "admitting" does, so this turns away no fewer words.
  first_len_filter_['a'] |= uint32_t{1} << 9;
  last_len_filter_['g'] |= uint32_t{1} << 9;
  // The words above are lower case, so no upper-case letter has an entry
  // yet: copying each lower-case letter's entry to its upper-case form lets
  // MayStart index the filters by the byte as written, without lowering it.
  for (int b = 'a'; b <= 'z'; ++b) {
    const int upper = b - ('a' - 'A');
    first_len_filter_[upper] = first_len_filter_[b];
    last_len_filter_[upper] = last_len_filter_[b];
    second_len_filter_[upper] = second_len_filter_[b];
    penult_len_filter_[upper] = penult_len_filter_[b];
    middle_len_filter_[upper] = middle_len_filter_[b];
  }
}

const CueTable::FirstWord* CueTable::FindFirstWord(
    std::string_view word) const {
  for (int32_t i = first_word_bucket_[Bucket(word.data(), word.size())]; i >= 0;
       i = first_words_[static_cast<size_t>(i)].next) {
    const FirstWord& f = first_words_[static_cast<size_t>(i)];
    if (EqualsLowerAscii(word, f.word)) return &f;
  }
  return nullptr;
}

CueMatch CueTable::Match(std::string_view text,
                         const std::vector<Token>& tokens, size_t k) const {
  // MayStart turns away all but lower-case words of the lengths of first
  // words (so none longer than the longest): capitalized words are names
  // ("United States"), not cues.
  if (k >= tokens.size() || !MayStart(text, tokens[k])) return CueMatch();
  return MatchWhereMayStart(text, tokens, k);
}

CueMatch CueTable::MatchWhereMayStart(std::string_view text,
                                      const std::vector<Token>& tokens,
                                      size_t k) const {
  CueMatch best;
  const Token& t = tokens[k];
  const FirstWord* first =
      FindFirstWord(std::string_view(text.data() + t.start, t.end - t.start));
  if (first == nullptr) return best;
  // After a determiner the word is a noun: "the call", "a claim".
  if (k > 0 && tokens[k - 1].type == Token::kWord) {
    const std::string_view prev =
        text.substr(tokens[k - 1].start, tokens[k - 1].end - tokens[k - 1].start);
    if (prev.size() <= kLongestDeterminer) {
      char buffer[kLongestDeterminer];
      if (StaticWordSet<kDeterminers>::Contains(LowerAsciiInto(prev, buffer))) {
        return best;
      }
    }
    // So it is after a possessive: "Epstein’s alleged sex trafficking
    // ring", "the company's claim". Not after "he's" (he has) and its kin:
    // "he's said he would stay".
    if (IsPossessiveForm(prev) && !IsPronounContraction(prev)) return best;
  }

  for (const Form& f : first->forms) {
    if (f.rest.size() + 1 <= best.length) continue;
    bool ok = k + f.rest.size() < tokens.size();
    for (size_t r = 0; ok && r < f.rest.size(); ++r) {
      const Token& u = tokens[k + 1 + r];
      ok = u.type == Token::kWord &&
           EqualsLowerAscii(text.substr(u.start, u.end - u.start), f.rest[r]);
    }
    if (!ok) continue;
    best.length = f.rest.size() + 1;
    best.lemma = f.lemma;
    best.complement = f.complement;
    best.span = {t.start, tokens[k + f.rest.size()].end};
  }
  return best;
}

// Inline: the walk below asks it of every token when no places are given.
[[gnu::always_inline]] inline void TokenCues::Look(std::string_view text,
                            const std::vector<Token>& tokens,
                            const CueTable& cues, const Token* first,
                            const Token* t) {
  // Punctuation and quote marks are turned away on their type, and
  // capitalized words, which start no cue (MayStart), on their case,
  // before any of their bytes is read: both at once, as a lower-case
  // word is the one token whose type and case are both zero.
  if (TypeAndCase(*t) != 0) {
    if (t->type == Token::kWord && IsWord(text, *t, "According")) {
      report_starts_.push_back(static_cast<uint32_t>(t - first));
    }
    return;
  }
  // Most other words fail this test; "according" passes it.
  if (!cues.EndsMayStart(text, *t)) return;
  if (cues.InnerBytesMayStart(text, *t) && cues.BucketMayStart(text, *t)) {
    const size_t k = static_cast<size_t>(t - first);
    CueMatch m = cues.MatchWhereMayStart(text, tokens, k);
    if (m.length > 0) {
      starts_at_[k] = 1;
      index_[k] = static_cast<uint32_t>(matches_.size());
      matches_.push_back(m);
      report_starts_.push_back(static_cast<uint32_t>(k));
      return;
    }
  }
  if (IsWord(text, *t, "according")) {
    report_starts_.push_back(static_cast<uint32_t>(t - first));
  }
}

TokenCues::TokenCues(std::string_view text, const std::vector<Token>& tokens,
                     const CueTable& cues,
                     const std::vector<size_t>* word_starts)
    : starts_at_(tokens.size()),
      index_(std::make_unique_for_overwrite<uint32_t[]>(tokens.size())) {
  // By pointers: the loop then keeps its bounds in registers, and a
  // token's index is worked out only for the few that need it.
  const Token* const first = tokens.data();
  const Token* const last = first + tokens.size();
  if (word_starts == nullptr || cues.StartWords().empty()) {
    for (const Token* t = first; t != last; ++t) {
      Look(text, tokens, cues, first, t);
    }
    return;
  }
  // The listed places and those after each '_', merged in increasing
  // order; the tokens are in text order, so one pointer follows them.
  constexpr size_t kNone = static_cast<size_t>(-1);
  const auto after_underscore = [text](size_t from) {
    const void* u = from < text.size()
                        ? std::memchr(text.data() + from, '_', text.size() - from)
                        : nullptr;
    return u == nullptr ? kNone
                        : static_cast<size_t>(static_cast<const char*>(u) -
                                              text.data()) + 1;
  };
  // A cue or "according" starts at a listed place or after a '_', so the
  // places bound the lists (reserved once rather than regrown).
  matches_.reserve(word_starts->size());
  report_starts_.reserve(word_starts->size());
  size_t underscore = after_underscore(0);
  const size_t* listed = word_starts->data();
  const size_t* const listed_end = listed + word_starts->size();
  const Token* t = first;
  while (t != last) {
    size_t place;
    if (listed != listed_end && *listed < underscore) {
      place = *listed++;
    } else if (underscore != kNone) {
      place = underscore;
      underscore = after_underscore(underscore);
    } else {
      break;
    }
    // Tokens are a byte long or more, so the one starting at `place` (if
    // any) is at most place - t->start tokens on: searched for by halves
    // among those, not one by one (places are dozens of tokens apart).
    if (t->start < place) {
      const size_t most = std::min<size_t>(place - t->start,
                                           static_cast<size_t>(last - t));
      t = std::partition_point(t + 1, t + most, [place](const Token& u) {
        return u.start < place;
      });
      if (t == last) break;
    }
    // A place already looked at (listed and after a '_'), or inside a
    // token, is passed over.
    if (t->start == place) Look(text, tokens, cues, first, t++);
  }
}

}  // namespace whosaid::nlp
