#include "nlp/speaker_registry.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/function_words.h"
#include "nlp/gender_words.h"
#include "nlp/hyphenated_modifier.h"
#include "nlp/pinyin.h"
#include "nlp/static_word_set.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {
namespace {

// A preposition of place, as written: "in", "near". A name after it is a
// place ("in Inner Mongolia", "near Evansville"), not a person.
constexpr std::string_view kPlacePrepositions[] = {
    "in", "near", "outside", "inside", "across", "throughout"};
bool IsPlacePreposition(std::string_view word) {
  return StaticWordSet<kPlacePrepositions>::Contains(word);
}

// An article or possessive determiner, in any case: "the", "An", "its".
bool IsThingDeterminer(std::string_view word) {
  static constexpr std::string_view kDeterminers[] = {
      "the", "a", "an", "its", "their", "our", "his", "her", "this", "these",
      "those"};
  return LowerIsOneOf(word, kDeterminers);
}

constexpr std::string_view kPlaceFirstWords[] = {
    "united", "south", "north", "east", "west", "southeast", "northeast",
    "southwest", "northwest", "new", "hong", "saudi", "costa", "sri", "el",
    "los", "san", "santa", "las", "inner", "central", "latin"};

// A first word that makes a capitalised run a place ("United States",
// "Hong Kong"), not a person's name; `lower` in lower case.
bool IsPlaceFirstWord(std::string_view lower) {
  return StaticWordSet<kPlaceFirstWords>::Contains(lower);
}

// A capitalised word that alone names no one: a stop word ("The", "But"),
// a title or honorific, or the first word of a place ("New", "South").
// `word` as written, `lower` its lower case.
bool NamesNoOneAlone(std::string_view word, std::string_view lower) {
  return IsCapitalizedStopWord(word) || IsTitleWord(lower) ||
         IsHonorific(lower) || IsPlaceFirstWord(lower);
}

// `w` without a possessive ending ("Keane's" → "Keane"); views `w`.
// The endings are "'s", "’s", "'" and "’", each kept only when two or more
// bytes precede it; told apart by the last byte, so that most words cost a
// compare or two.
inline std::string_view StripPossessive(std::string_view w) {
  const size_t n = w.size();
  if (n < 3) return w;
  // Whether ’ (E2 80 99) starts at byte i.
  auto apostrophe_at = [&](size_t i) {
    return w[i] == '\xE2' && w[i + 1] == '\x80' && w[i + 2] == '\x99';
  };
  size_t cut = 0;
  const char last = w[n - 1];
  if (last == '\'') {
    cut = 1;
  } else if (last == 's') {
    if (w[n - 2] == '\'') {
      cut = n > 3 ? 2 : 0;
    } else if (n > 5 && apostrophe_at(n - 4)) {
      cut = 4;
    }
  } else if (last == '\x99' && n > 4 && apostrophe_at(n - 3)) {
    cut = 3;
  }
  // (Not substr, which GCC calls out of line for its bounds check.)
  return std::string_view(w.data(), n - cut);
}

// Whether the word at byte `at` of `text` is an acronym: two to six
// capital letters and nothing else ("NASA", "CBP"; not "U.S.", "Mr").
bool AcronymAt(std::string_view text, size_t at) {
  size_t n = 0;
  while (at + n < text.size() && text[at + n] >= 'A' && text[at + n] <= 'Z') {
    ++n;
  }
  const bool word_ends =
      at + n == text.size() ||
      !kAsciiAlnum[static_cast<unsigned char>(text[at + n])];
  return n >= 2 && n <= 6 && word_ends;
}

// IsOrganizationWord(LowerAscii(w)) without building a string.
bool IsOrganizationWordAnyCase(std::string_view w) {
  char buffer[32];
  return IsOrganizationWord(LowerAsciiInto(w, buffer));
}

// The capitalised words of `phrase` after an opening determiner, without
// possessive endings: "French" in "The French foreign ministry", "Russia"
// in "Russia's foreign ministry"; at most four.
size_t CapitalizedModifiers(std::string_view phrase,
                            std::array<std::string_view, 4>& out) {
  size_t n = 0;
  size_t pos = phrase.find(' ');
  const bool skip_first = pos != std::string_view::npos &&
                          IsThingDeterminer(phrase.substr(0, pos));
  if (!skip_first) pos = 0;
  while (pos < phrase.size() && n < out.size()) {
    while (pos < phrase.size() && phrase[pos] == ' ') ++pos;
    size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos && IsAsciiUpper(phrase[pos])) {
      out[n++] = StripPossessive(phrase.substr(pos, end - pos));
    }
    pos = end;
  }
  return n;
}

// Whether a role phrase ("The French foreign ministry") and a speaker's
// name ("Russia's foreign ministry") each carry capitalised modifiers and
// none of the phrase's shares its first four letters with one of the
// name's ("Chinese" and "China's" do): then the phrase names another body.
bool ModifiersClash(std::string_view phrase, std::string_view name) {
  std::array<std::string_view, 4> ours, theirs;
  const size_t n = CapitalizedModifiers(phrase, ours);
  const size_t m = n == 0 ? 0 : CapitalizedModifiers(name, theirs);
  if (m == 0) return false;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < m; ++j) {
      const size_t k = std::min<size_t>(
          4, std::min(ours[i].size(), theirs[j].size()));
      if (EqualsIgnoreAsciiCase(ours[i].substr(0, k), theirs[j].substr(0, k))) {
        return false;
      }
    }
  }
  return true;
}

// StripPossessive(LowerAscii(w)), written to `out` (w.size() bytes or
// more); the answer views `out`.
std::string_view LowerStrip(std::string_view w, char* out) {
  LowerAsciiTo(w, out);
  return StripPossessive(std::string_view(out, w.size()));
}

// The first space of `s` at or after byte `j`, or s.size(): eight bytes
// at a time while they last, as an actor's name is read whole. (In the
// mask below a byte's top bit may be set wrongly only above a space, so
// its lowest set bit is the first space's.)
size_t NextSpace(std::string_view s, size_t j) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  for (; j + 8 <= s.size(); j += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + j, 8);
    x ^= kOnes * ' ';  // a space becomes a zero byte
    const uint64_t zero = (x - kOnes) & ~x & (kOnes * 0x80);
    if (zero != 0) {
      if constexpr (std::endian::native == std::endian::little) {
        return j + static_cast<size_t>(std::countr_zero(zero)) / 8;
      } else {
        break;  // the byte loop below finds it
      }
    }
  }
  while (j < s.size() && s[j] != ' ') ++j;
  return j;
}

// The space-separated words of `s` in lower case, possessives stripped:
// `s` is lowered at once into `text` (which only grows) and `words` views
// its words there, so that no word is a string of its own and the buffers
// serve call after call; the answer is valid until their next use.
std::span<const std::string_view> LowerWordsInto(
    std::string_view s, std::string& text,
    std::vector<std::string_view>& words) {
  if (text.size() < s.size()) text.resize(s.size());
  LowerAsciiTo(s, text.data());
  words.clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t j = NextSpace(s, i);
    if (j > i) words.push_back(StripPossessive({text.data() + i, j - i}));
    i = j;
  }
  return words;
}

// GenderWords::LastWordGender for views: the gender of the last word of
// `lower` that has one.
Gender LastWordGender(const GenderWords& genders,
                      std::span<const std::string_view> lower) {
  Gender g = Gender::kUnknown;
  for (std::string_view w : lower) {
    if (const Gender found = genders.WordGender(w); found != Gender::kUnknown) {
      g = found;
    }
  }
  return g;
}

bool HasOrganizationWord(std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (IsOrganizationWord(w)) return true;
  }
  return false;
}

// Whether `v` (strings or views) holds `w`. Most words of `v` differ from
// `w` in length or first byte, which settles them without a call to memcmp.
template <typename Words>
bool Contains(const Words& v, std::string_view w) {
  if (w.empty()) return std::find(v.begin(), v.end(), w) != v.end();
  for (std::string_view s : v) {
    if (s.size() == w.size() && s[0] == w[0] &&
        std::memcmp(s.data(), w.data(), w.size()) == 0) {
      return true;
    }
  }
  return false;
}

// Title-cases an all-caps word: "WHITLOCK" → "Whitlock".
std::string TitleCase(std::string_view w) {
  std::string out = LowerAscii(w);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(out[0]));
  return out;
}

// Whether `word`, the first of a capitalised run, describes the name after
// it rather than being part of it: a possessive ("NASA’s") or a hyphenated
// word whose second part is in lower case ("Singer-guitarists",
// "Sacramento-based").
bool DescribesTheNameAfterIt(std::string_view word) {
  if (IsPossessiveForm(word)) return true;
  const size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
         word[hyphen + 1] >= 'a' && word[hyphen + 1] <= 'z';
}

constexpr std::string_view kNameParticles[] = {
    "de", "van", "von", "da", "bin", "al", "la", "le", "del", "di", "der",
    "den", "dos", "du"};
bool IsNameParticle(std::string_view w) {
  return StaticWordSet<kNameParticles>::Contains(w);
}

// Whether `s` is one to three words, each capitalised (or opening with a
// letter outside ASCII): what may be a person's name ("Vindman", "Ms.
// Keane"; not "Department of Health"), told from its bytes before any
// look-up.
bool IsShortCapitalisedName(std::string_view s) {
  if (s.empty()) return false;
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && s[i - 1] != ' ') continue;
    if (s[i] == ' ' || ++words > 3) return false;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!IsAsciiUpper(s[i]) && c < 0x80) return false;
  }
  return true;
}

// The index of the family name among a person's lower-case name words:
// the last, or the one before a generational suffix ("kennedy" in "james
// p. kennedy jr."), which no two people's names share by being alike.
size_t FamilyNameIndex(std::span<const std::string_view> words) {
  static constexpr std::string_view kSuffixes[] = {"jr.", "jr", "sr.", "sr",
                                                   "ii", "iii", "iv"};
  if (words.size() >= 2 &&
      std::find(std::begin(kSuffixes), std::end(kSuffixes), words.back()) !=
          std::end(kSuffixes)) {
    return words.size() - 2;
  }
  return words.empty() ? 0 : words.size() - 1;
}

// Whether the given names `a` and `b` (lower case) may be one person's:
// equal, one the other's initial ("e." or "e" for "edith"), or one the
// other's short form of three letters or more ("josh" for "joshua").
bool SameGivenName(std::string_view a, std::string_view b) {
  auto initial = [](std::string_view w) {
    return w.size() == 1 || (w.size() == 2 && w[1] == '.');
  };
  if (a == b) return true;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  if (initial(a) || initial(b)) return true;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 3 && longer.starts_with(shorter);
}

// Index of the first word of the personal name in `words`: titles and
// descriptions before it are dropped ("Counternarcotics Coordinator Elise
// Marchetti" → "Elise Marchetti"). Names are two words, plus particles.
size_t PersonNameStart(std::span<const std::string_view> words) {
  if (words.size() <= 2) return 0;
  // Drop everything up to the last title-like word before the final two
  // ("Agricultural Trade Counselor Dwight Emerson", "Licensing Aaron
  // Feld"); a three-word name without one stays whole ("Mei Ling Foster").
  size_t start = 0;
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string_view w = words[i];
    if (IsTitleWord(w) || IsHonorific(w) ||
        (w.size() > 4 && w.ends_with("ing"))) {
      start = i + 1;
    }
  }
  while (start > 0 && IsNameParticle(words[start - 1])) --start;
  return start;
}

}  // namespace

std::string DescriptorFromLabel(std::string_view label) {
  std::string lower = LowerAscii(label);
  const char c = lower.empty() ? 'x' : lower[0];
  const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  return (vowel ? "an " : "a ") + lower;
}

SpeakerRegistry::SpeakerRegistry(std::string_view text,
                                 const std::vector<ActorInText>* actors,
                                 const SpeakerWords* words)
    : text_(text),
      words_(words),
      owned_tokens_(Tokenize(text, {0, text.size()})),
      tokens_(&owned_tokens_),
      owned_segmentation_(Segment(text)),
      segmentation_(&owned_segmentation_),
      actors_(actors) {}

SpeakerRegistry::SpeakerRegistry(std::string_view text,
                                 const std::vector<Token>& tokens,
                                 const Segmentation& segmentation,
                                 const std::vector<ActorInText>* actors,
                                 const SpeakerWords* words)
    : text_(text),
      words_(words),
      tokens_(&tokens),
      segmentation_(&segmentation),
      actors_(actors) {}

void SpeakerRegistry::BuildOnce() const {
  // No registry is defined const (REQUIRES), so this writes to no const
  // object.
  SpeakerRegistry* self = const_cast<SpeakerRegistry*>(this);
  self->built_ = true;
  self->Build(*tokens_, actors_);
}

size_t SpeakerRegistry::AddEntity(std::string_view name, bool person,
                                  std::span<const std::string_view> words) {
  const size_t e = entities_.size();
  // The words, copied to name_text_ (which never moves: Build reserves it),
  // are the entity's tokens and the keys of their name_words_ entries.
  const size_t first_token = entity_tokens_.size();
  for (std::string_view w : words) {
    const size_t at = name_text_.size();
    name_text_.append(w);
    entity_tokens_.emplace_back(name_text_.data() + at, w.size());
  }
  const std::span<const std::string_view> tokens(
      entity_tokens_.data() + first_token, words.size());
  if (tokens.size() == 1) {
    NameWord& w = AddNameWord(tokens[0]);
    if (w.alone == kNone) w.alone = e;
  } else if (tokens.size() >= 2 && !person) {
    AddNameWord(tokens[0]).named_first.push_back(e);
  } else if (tokens.size() >= 2) {
    early_words_to_ask_ = early_words_.size();
    const std::string_view family = tokens[FamilyNameIndex(tokens)];
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (k > 0 && std::find(tokens.begin(), tokens.begin() + k, tokens[k]) !=
                       tokens.begin() + k) {
        continue;  // listed once per person
      }
      // (One lookup per word: a later insertion may move this entry.)
      NameWord& w = AddNameWord(tokens[k]);
      if (k == 0) w.named_first.push_back(e);
      w.people.push_back(e);
      // k is the word's first place in the name: the first and the last
      // word's entries are set here, once.
      if (k == 0 && w.first_as_first == kNone) w.first_as_first = e;
      if (w.first_as_last == kNone && tokens[k] == family) {
        w.first_as_last = e;
      }
    }
  }
  entities_.push_back({name, person, first_token, tokens.size(), {}});
  last_mention_.push_back(0);
  return entities_.size() - 1;
}

void SpeakerRegistry::AddWord(const std::vector<Token>& tokens, size_t k) {
  const std::string_view word = TokenText(text_, tokens[k]);
  if (scratch_text_.size() < word.size()) scratch_text_.resize(word.size());
  const std::string_view lower = LowerStrip(word, scratch_text_.data());
  if (IsOrganizationWord(lower)) {
    AddRun(tokens, k, k);  // rare: AddRun's organisation path
    return;
  }
  const NameWord* const known = FindNameWord(lower);
  if (known == nullptr) {
    // "Tommy — who only goes by his first name online —": one word that a
    // relative "who" describes is a person the text introduces. (Its
    // first byte turns most words away.)
    if (k + 2 < tokens.size() && text_[tokens[k + 2].start] == 'w' &&
        TokenText(text_, tokens[k + 2]) == "who" &&
        tokens[k + 1].type == Token::kPunct &&
        (TokenText(text_, tokens[k + 1]) == "," ||
         TokenText(text_, tokens[k + 1]) == "\u2014") &&
        !NamesNoOneAlone(word, lower) && !IsPossessiveForm(word)) {
      AddMention(tokens[k].start, AddEntity(word, true, {&lower, 1}));
      return;
    }
    // "Omar asked for compassion" before "Rep. Ilhan Omar": a sentence's
    // subject is asked again once every name is known (Build). The word
    // after it is looked at first: it rules out more words than the
    // sentence's start does, for less.
    if (k + 1 < tokens.size() && tokens[k + 1].type == Token::kWord &&
        !tokens[k + 1].cap && StartsSentence(tokens, k)) {
      early_words_.push_back(k);
    }
    return;
  }
  // AddRun's steps for one word that is no organisation word: no stop
  // word, title, honorific or place word, and no new person.
  if (NamesNoOneAlone(word, lower)) return;
  const std::optional<size_t> e =
      FindByTokens(known, {&lower, 1}, true, text_.size());
  if (!e) return;
  NoteWhatFollowsName(tokens, k, *e);
  AddMention(tokens[k].start, *e);
}

void SpeakerRegistry::AddLateWord(const std::vector<Token>& tokens,
                                  size_t k) {
  // AddWord's steps again, less those whose answer AddWord had: the word
  // is no organisation word.
  const std::string_view word = TokenText(text_, tokens[k]);
  if (scratch_text_.size() < word.size()) scratch_text_.resize(word.size());
  const std::string_view lower = LowerStrip(word, scratch_text_.data());
  const NameWord* const known = FindNameWord(lower);
  // Only a person's family name will do: a word no person has as one
  // (first_as_last unset) is none, asked before the costlier tests.
  if (known == nullptr || known->first_as_last == kNone) return;
  if (NamesNoOneAlone(word, lower)) return;
  const std::optional<size_t> e =
      FindByTokens(known, {&lower, 1}, true, text_.size());
  if (!e) return;
  const Entity& ent = entities_[*e];
  if (!ent.person || ent.token_count < 2 ||
      TokensOf(ent)[FamilyNameIndex(TokensOf(ent))] != lower) {
    return;
  }
  NoteWhatFollowsName(tokens, k, *e);
  AddMention(tokens[k].start, *e);
}

SpeakerRegistry::NameWord& SpeakerRegistry::AddNameWord(
    std::string_view lower) {
  name_word_shapes_[ShapeIndex(lower)] |= ShapeBit(lower);
  return name_words_[lower];
}

bool SpeakerRegistry::MayBeNameWord(std::string_view lower) const {
  return (name_word_shapes_[ShapeIndex(lower)] & ShapeBit(lower)) != 0;
}

void SpeakerRegistry::AddMention(size_t at, size_t entity) {
  mentions_.push_back({at, entity});
  last_mention_[entity] = mentions_.size();
}

void SpeakerRegistry::Build(const std::vector<Token>& tokens,
                            const std::vector<ActorInText>* actors) {
  // Room for what news usually holds: per 1,000 tokens some 30 entities
  // with 60 name words and 70 mentions (the bench texts). Growing the
  // tables and vectors step by step costs more than the room.
  const size_t actor_count = actors != nullptr ? actors->size() : 0;
  entities_.reserve(actor_count + tokens.size() / 32);
  last_mention_.reserve(actor_count + tokens.size() / 32);
  entity_tokens_.reserve(2 * (actor_count + tokens.size() / 32));
  mentions_.reserve(2 * actor_count + tokens.size() / 14);
  name_words_.reserve(2 * actor_count + tokens.size() / 16);
  // Every entity's words: an actor's name, lowered, or words of one
  // capitalised run of the text (runs do not overlap, and each adds one
  // entity at most), so this room is never outgrown and the views of
  // name_text_ stay valid.
  size_t name_bytes = text_.size();
  if (actors != nullptr) {
    for (const ActorInText& a : *actors) name_bytes += a.name.size();
  }
  name_text_.reserve(name_bytes);
  // Room for the role words of a long story's people.
  role_text_.reserve(256);
  // Room for a long name's words at once, rather than growing by one, two,
  // four and eight in every document.
  scratch_lower_.reserve(16);
  scratch_roles_.reserve(16);
  scratch_words_.reserve(16);
  scratch_text_.reserve(64);
  // A sentence-opening capitalised word known to nobody comes about once
  // in 16 tokens (the bench texts).
  early_words_.reserve(tokens.size() / 16);
  if (actors != nullptr) {
    for (const ActorInText& a : *actors) {
      const size_t e = AddEntity(
          a.name, a.kind == ActorKind::kPerson,
          LowerWordsInto(a.name, scratch_text_, scratch_lower_));
      entities_[e].place = a.kind == ActorKind::kPlace;
      // (Most actors found have no role.)
      if (!a.role.empty()) {
        for (std::string_view w :
             LowerWordsInto(a.role, scratch_text_, scratch_lower_)) {
          AddRole(e, w);
        }
      }
      if (entities_[e].person && entities_[e].token_count >= 2) {
        NoteGender(e, TokensOf(entities_[e]).front(), true);
      }
      for (const Span& m : a.mentions) AddMention(m.start, e);
    }
  }
  actor_entities_ = entities_.size();
  // The runs below add their mentions in the text's order, after these.
  const size_t actor_mentions = mentions_.size();
  auto word = [&](size_t k) {
    return TokenText(text_, tokens[k]);
  };
  const size_t n = tokens.size();
  size_t i = 0;
  while (true) {
    // To the next capitalised word: a capital first, the one test most
    // tokens fail (std::find_if runs it four tokens a round), then a word
    // (a capital starts nothing else).
    i = static_cast<size_t>(
        std::find_if(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                     tokens.end(), [](const Token& t) { return t.cap; }) -
        tokens.begin());
    if (i == n) break;
    if (tokens[i].type != Token::kWord) {
      ++i;
      continue;
    }
    size_t j = i;
    // Whether one of tokens[i, org_checked) is an organisation word: asked
    // only before "of", "for" or "the", which few runs reach.
    bool org = false;
    size_t org_checked = i;
    while (j + 1 < n && tokens[j + 1].type == Token::kWord) {
      // A name ends with its paragraph: a heading is not part of the
      // paragraph under it. (Most gaps are one space.)
      const size_t gap = tokens[j + 1].start - tokens[j].end;
      if (gap >= 2 && std::string_view(text_.data() + tokens[j].end, gap)
                              .find("\n\n") != std::string_view::npos) {
        break;
      }
      const std::string_view next = word(j + 1);
      // Only a capitalised word, "&", "of", "for" or "the" may go on a
      // name (below); most runs end at a longer word in lower case.
      if (!tokens[j + 1].cap && next.size() > 3) break;
      // "Mr. Trump's Oct. 21 meeting": a date ends the name (but "Theresa
      // May said" keeps hers).
      if (j + 2 < n && tokens[j + 2].start < text_.size() &&
          std::isdigit(static_cast<unsigned char>(text_[tokens[j + 2].start])) &&
          IsMonthName(next)) {
        break;
      }
      if (tokens[j + 1].cap || next == "&") {
        ++j;
        continue;
      }
      // "Office of the Trade Envoy", "Commission for International ...".
      if ((next == "of" || next == "for" || next == "the") && j + 2 < n &&
          tokens[j + 2].type == Token::kWord &&
          (tokens[j + 2].cap ||
           (next == "of" && text_.substr(tokens[j + 2].start, 3) == "the" &&
            j + 3 < n && tokens[j + 3].cap))) {
        while (!org && org_checked <= j) {
          org = IsOrganizationWordAnyCase(word(org_checked++));
        }
        if (org) {
          ++j;
          continue;
        }
      }
      break;
    }
    // A run that fills a quotation is a nickname or a title ("known as
    // ‘Old Zhao’"), not somebody the text introduces.
    const bool quoted = i > 0 && tokens[i - 1].type == Token::kQuote &&
                        j + 1 < n && tokens[j + 1].type == Token::kQuote;
    if (!quoted) {
      if (i < j) {
        AddRun(tokens, i, j);
      } else if (!IsListedCapitalizedStopWord(word(i))) {
        // A stop word ("The", "It", "For": two in five one-word runs of
        // news) is no organisation word and names no one alone
        // (NamesNoOneAlone), so every path of AddWord would record nothing
        // for it, AddLateWord's included: it is turned away here, before
        // a call, a lowering and a look-up. Only the listed words are, by
        // an inline test; a rare one with a contraction ending ("It's")
        // goes on, and every path that could record it asks
        // NamesNoOneAlone, whose IsCapitalizedStopWord turns it away.
        AddWord(tokens, i);
      }
    }
    i = j + 1;
  }
  // One-word runs that named nobody known when read, and may name a
  // person whose full name came after them.
  const size_t in_order = mentions_.size();
  for (size_t w = 0; w < early_words_to_ask_; ++w) {
    AddLateWord(tokens, early_words_[w]);
  }
  early_words_.clear();
  early_words_to_ask_ = 0;
  // Sorted by position, ties in the order added: the actors' mentions
  // sorted, then merged with the runs', which came in order (the same
  // order as a stable sort of them all, for a fraction of its work). The
  // actors' mentions were added actor by actor, each actor a new entity
  // of a higher index, so the order added among mentions of one position
  // is that of their entities (and two of one entity are alike): sorting
  // them by position, then entity, is their stable sort by position,
  // without its buffer.
  auto by_position = [](const Mention& a, const Mention& b) {
    return a.at < b.at;
  };
  const auto runs_first =
      mentions_.begin() + static_cast<std::ptrdiff_t>(actor_mentions);
  const auto late_first =
      mentions_.begin() + static_cast<std::ptrdiff_t>(in_order);
  std::sort(mentions_.begin(), runs_first,
            [](const Mention& a, const Mention& b) {
              return a.at != b.at ? a.at < b.at : a.entity < b.entity;
            });
  std::inplace_merge(mentions_.begin(), runs_first, late_first, by_position);
  std::inplace_merge(mentions_.begin(), late_first, mentions_.end(),
                     by_position);
  std::fill(last_mention_.begin(), last_mention_.end(), 0);
  for (size_t m = 0; m < mentions_.size(); ++m) {
    last_mention_[mentions_[m].entity] = m + 1;
  }
  NoteGenderFromOwnSentence(tokens);
}

void SpeakerRegistry::NoteGenderFromOwnSentence(
    const std::vector<Token>& tokens) {
  if (words_ == nullptr || mentions_.empty()) return;
  const GenderWords& genders = words_->genders();
  // Where the first mention of another person after mention m starts (the
  // text's end when none): asked only of the few mentions that open a
  // sentence with a person of no known gender, so found by a walk forward
  // from each, which rarely goes far.
  auto next_person = [&](size_t m) {
    const size_t e = mentions_[m].entity;
    for (size_t n = m + 1; n < mentions_.size(); ++n) {
      const size_t other = mentions_[n].entity;
      if (other != e && entities_[other].person) return mentions_[n].at;
    }
    return text_.size();
  };
  auto lower_of = [&](const Token& t, char (&buffer)[32]) {
    return LowerAsciiInto(TokenText(text_, t), buffer);
  };
  auto k = tokens.begin();
  for (size_t m = 0; m < mentions_.size(); ++m) {
    const size_t e = mentions_[m].entity;
    if (!entities_[e].person || entities_[e].gender != 0) continue;
    const size_t at = mentions_[m].at;
    // The same mention twice (an actor's, and the run that names it) finds
    // what it found the first time.
    if (m > 0 && mentions_[m - 1].at == at && mentions_[m - 1].entity == e) {
      continue;
    }
    k = std::lower_bound(k, tokens.end(), at,
                         [](const Token& t, size_t v) { return t.start < v; });
    if (k == tokens.end()) break;
    size_t j = static_cast<size_t>(k - tokens.begin());
    if (k->start != at || !StartsSentence(tokens, j)) continue;
    while (j < tokens.size() && tokens[j].type == Token::kWord && tokens[j].cap) {
      ++j;
    }
    // The sentence's first pronoun before the next person; most words
    // fail the first-byte filter.
    const size_t from = j;
    const size_t person_after = next_person(m);
    size_t found = kNone;
    Gender pronoun = Gender::kUnknown;
    char buffer[32];
    for (size_t limit = j + 40; j < tokens.size() && j < limit; ++j) {
      const Token& t = tokens[j];
      if (t.start >= person_after || t.type == Token::kQuote) break;
      if (t.type == Token::kPunct) {
        const char c = text_[t.start];
        if (t.end - t.start == 1 && (c == '.' || c == '?' || c == '!' || c == ';')) {
          break;
        }
        continue;
      }
      if (t.cap || !genders.MayBePronoun(TokenText(text_, t))) continue;
      pronoun = genders.PronounGender(lower_of(t, buffer));
      if (pronoun != Gender::kUnknown) {
        found = j;
        break;
      }
    }
    if (found == kNone) continue;
    // Another person's words before it ("the envoy", "his wife") make it
    // theirs.
    bool someone_else = false;
    for (size_t b = from; b < found && !someone_else; ++b) {
      if (tokens[b].type != Token::kWord) continue;
      const std::string_view lower = lower_of(tokens[b], buffer);
      someone_else = genders.WordGender(lower) != Gender::kUnknown ||
                     IsTitleWord(lower);
    }
    if (someone_else) continue;
    // The subject pronoun is the person's own, and so is a possessive that
    // cannot be an object. An object ("told him") is somebody else.
    const std::string_view lower = lower_of(tokens[found], buffer);
    if (words_->Pronoun(lower) == PronounKind::kPerson ||
        (words_->IsPossessive(lower) && IsOwnPossessive(tokens, found, pronoun))) {
      entities_[e].gender = static_cast<uint8_t>(pronoun);
    }
  }
}

bool SpeakerRegistry::IsOwnPossessive(const std::vector<Token>& tokens,
                                      size_t k, Gender g) const {
  return g == Gender::kMasculine ||
         (g == Gender::kFeminine && AfterNonVerb(tokens, k) &&
          BeforeNoun(tokens, k + 1));
}

bool SpeakerRegistry::BeforeNoun(const std::vector<Token>& tokens,
                                 size_t k) const {
  if (k >= tokens.size() || tokens[k].type != Token::kWord || tokens[k].cap) {
    return false;
  }
  char buffer[32];
  const std::string_view lower = LowerAsciiInto(
      TokenText(text_, tokens[k]), buffer);
  return !IsPreposition(lower) && !IsDeterminerOfDescriptor(lower) &&
         lower != "the" && words_->Pronoun(lower) == PronounKind::kNone;
}

bool SpeakerRegistry::AfterNonVerb(const std::vector<Token>& tokens,
                                   size_t k) const {
  if (k == 0) return false;
  const Token& prev = tokens[k - 1];
  const std::string_view w = TokenText(text_, prev);
  if (prev.type == Token::kPunct) return w == ",";
  if (prev.type != Token::kWord || prev.cap) return false;
  char buffer[32];
  const std::string_view lower = LowerAsciiInto(w, buffer);
  return IsPreposition(lower) || lower == "and" || lower == "but" ||
         lower == "said" || lower == "says";
}

bool SpeakerRegistry::StartsSentence(const std::vector<Token>& tokens,
                                     size_t k) const {
  if (k == 0) return true;
  const Token& prev = tokens[k - 1];
  if (prev.type == Token::kPunct && prev.end - prev.start == 1) {
    const char p = text_[prev.start];
    if (p == '.' || p == '?' || p == '!') return true;
  }
  // A line break between them; most gaps are one space, looked at byte
  // by byte for less than a search's call.
  for (size_t i = prev.end; i < tokens[k].start; ++i) {
    if (text_[i] == '\n') return true;
  }
  return false;
}

bool SpeakerRegistry::InsideBodyName(size_t start, size_t end) const {
  for (const ActorInText& a : *actors_) {
    if (a.kind != ActorKind::kOrganization &&
        a.kind != ActorKind::kGovernment) {
      continue;
    }
    for (const Span& m : a.mentions) {
      if (m.start < start && end <= m.end) return true;
    }
  }
  return false;
}

void SpeakerRegistry::AddRun(const std::vector<Token>& tokens, size_t first,
                             size_t last) {
  auto word = [&](size_t k) {
    return TokenText(text_, tokens[k]);
  };
  bool all_caps = true;
  for (size_t k = first; k <= last; ++k) all_caps &= tokens[k].all_caps;
  if (all_caps && last > first) return;  // transcript labels, headlines
  // "the Gibson Southern schools", "its Dream Chaser vehicle", "The
  // Dream Chaser", "in Bac Ninh": after an article, a possessive
  // determiner or a preposition of place, a run with no organisation word
  // names a thing or a place, never a person the text introduces.
  bool names_no_person =
      first > 0 && tokens[first - 1].type == Token::kWord &&
      (IsThingDeterminer(word(first - 1)) ||
       IsPlacePreposition(word(first - 1)));
  // "Department of Health and Human Services": a run after "and" that a
  // body the actor finder found holds is a part of that body's name.
  if (first > 0 && actors_ != nullptr && word(first - 1) == "and" &&
      InsideBodyName(tokens[first].start, tokens[last].end)) {
    return;
  }
  // "He Weiwen" is a name (pinyin.h).
  const bool surname_he =
      last == first + 1 && IsSurnameHeName(word(first), word(last));
  const size_t run_first = first;  // before the stop words dropped below
  while (!surname_he && first <= last && IsCapitalizedStopWord(word(first))) {
    names_no_person |= IsThingDeterminer(word(first));
    ++first;
  }
  // "NASA’s Monday announcement": a day ends no name.
  while (last > first && IsCapitalizedStopWord(word(last))) --last;
  if (first > last) return;
  // "special envoy to Ukraine Kurt Volker": a place the actor finder knows
  // that opens a run of a name of two more words is no part of it.
  if (last >= first + 2 && actors_ != nullptr) {
    for (const ActorInText& a : *actors_) {
      if (a.kind != ActorKind::kPlace) continue;
      for (const Span& m : a.mentions) {
        if (m.start != tokens[first].start) continue;
        size_t after = first;
        while (after <= last && tokens[after].end <= m.end) ++after;
        if (after + 1 <= last) first = after;
      }
    }
  }
  // "NASA’s Steve Clarke", "Singer-guitarists Tom Johnston": a possessive
  // or a hyphenated description that opens a run of two more capitalised
  // words is no part of the name ("Children's Hospital of Philadelphia"
  // keeps its own).
  if (last >= first + 2 && DescribesTheNameAfterIt(word(first))) {
    bool all_capitalised = true;
    for (size_t k = first + 1; k <= last; ++k) {
      all_capitalised &= tokens[k].cap;
    }
    if (all_capitalised) ++first;
  }
  // "Sacramento-based McClatchy", "NBA-leading Lakers": a participle's
  // compound describes even a one-word name after it.
  if (last > first && IsHyphenatedModifier(word(first))) ++first;
  // The run's words in lower case, possessives stripped: the run's text
  // lowered at once into scratch_text_, viewed word by word.
  const size_t base = tokens[first].start;
  const std::string_view run_text(text_.data() + base,
                                  tokens[last].end - base);
  if (scratch_text_.size() < run_text.size()) {
    scratch_text_.resize(run_text.size());
  }
  LowerAsciiTo(run_text, scratch_text_.data());
  scratch_lower_.clear();
  for (size_t k = first; k <= last; ++k) {
    scratch_lower_.push_back(StripPossessive(
        {scratch_text_.data() + (tokens[k].start - base),
         tokens[k].end - tokens[k].start}));
  }
  const std::span<const std::string_view> lower = scratch_lower_;
  const size_t at = tokens[first].start;
  if (HasOrganizationWord(lower)) {
    std::optional<size_t> found = FindByTokens(lower, false, text_.size());
    if (!found) {
      // A capitalised "The" inside a sentence ("a deal backed by The
      // Carlyle Group") is part of the name, kept as written (not among
      // its words, so that "Carlyle Group" finds it too).
      const bool named_article =
          first == run_first + 1 && NamesArticleAt(text_, tokens, run_first);
      const size_t from = named_article ? tokens[run_first].start : at;
      std::string_view name(text_.data() + from, tokens[last].end - from);
      if (name.size() > 2 && IsPossessiveForm(name)) {
        name = StripPossessive(name);
      }
      found = AddEntity(name, false, lower);
    }
    AddMention(at, *found);
    return;
  }
  // Titles before a person's name are role words.
  std::vector<std::string_view>& roles = scratch_roles_;
  roles.clear();
  size_t core = first;
  while (core <= last && (IsTitleWord(lower[core - first]) ||
                          IsHonorific(lower[core - first]))) {
    roles.push_back(lower[core - first]);
    ++core;
  }
  if (core > last) return;
  std::span<const std::string_view> core_lower = lower.subspan(core - first);
  if (core_lower.size() > 5) return;
  {
    const size_t start = PersonNameStart(core_lower);
    for (size_t k = 0; k < start; ++k) roles.push_back(core_lower[k]);
    core_lower = core_lower.subspan(start);
    core += start;
  }
  if (IsPlaceFirstWord(core_lower[0])) return;
  std::optional<size_t> e = FindByTokens(core_lower, true, text_.size());
  if (e && core_lower.size() == 1 && words_ != nullptr) {
    // "Mr. Greenhalgh" after Gordon and Edith Greenhalgh: the latest
    // Greenhalgh the honorific fits.
    const Gender g = LastWordGender(words_->genders(), roles);
    if (!FitsGender(entities_[*e], g)) {
      if (auto other = MostRecent(text_.size(), true, "", core_lower[0], g)) {
        e = other;
      }
    }
  }
  if (!e) {
    // One word names nobody new.
    if (core_lower.size() < 2) return;
    // "Solent Meridian" after "Solent Meridian Shipping": the
    // organisation's short name.
    for (size_t o = 0; o < entities_.size(); ++o) {
      const std::span<const std::string_view> t = TokensOf(entities_[o]);
      if (!entities_[o].person && !entities_[o].place &&
          t.size() > core_lower.size() &&
          std::equal(core_lower.begin(), core_lower.end(), t.begin())) {
        AddMention(at, o);
        return;
      }
    }
    if (names_no_person) return;
    // Else a person the text introduces here.
    std::string_view name(text_.data() + tokens[core].start,
                          tokens[last].end - tokens[core].start);
    if (IsPossessiveForm(name)) name = StripPossessive(name);
    e = AddEntity(name, true, core_lower);
  }
  // "Ms. Keane", "Chairman Ruiz", "Sarah Keane": what the name's
  // honorific, title or given name tells of the person's gender.
  if (core_lower.size() >= 2) NoteGender(*e, core_lower.front(), true);
  for (std::string_view r : roles) {
    if (IsHonorific(r)) {
      NoteGender(*e, r, false);
    } else {
      AddRole(*e, r);
    }
  }
  NoteWhatFollowsName(tokens, last, *e);
  AddMention(at, *e);
}

void SpeakerRegistry::NoteWhatFollowsName(const std::vector<Token>& tokens,
                                          size_t last, size_t e) {
  auto word = [&](size_t k) {
    return TokenText(text_, tokens[k]);
  };
  // An appositive right after the name: ", a former trade negotiator,".
  size_t a = last + 1;
  if (a + 1 < tokens.size() && word(a) == ",") {
    char lead_buffer[32];
    const std::string_view lead = LowerAsciiInto(word(a + 1), lead_buffer);
    if (lead == "a" || lead == "an" || lead == "the" || IsTitleWord(lead)) {
      // Its words (up to fifteen) lowered at once into scratch_text_, which
      // the caller no longer reads.
      size_t end = a + 1;
      while (end < tokens.size() && end < a + 16 &&
             tokens[end].type == Token::kWord) {
        ++end;
      }
      const size_t base = tokens[a + 1].start;
      const std::string_view words(text_.data() + base,
                                   tokens[end - 1].end - base);
      if (scratch_text_.size() < words.size()) {
        scratch_text_.resize(words.size());
      }
      LowerAsciiTo(words, scratch_text_.data());
      for (size_t k = a + 1; k < end; ++k) {
        AddRole(e, {scratch_text_.data() + (tokens[k].start - base),
                    tokens[k].end - tokens[k].start});
      }
    }
  }
  // Both of these start at a word in lower case ("is", "said"); many names
  // are followed by punctuation or another capital.
  const size_t k = last + 1;
  if (k + 1 < tokens.size() && tokens[k].type == Token::kWord &&
      !tokens[k].cap) {
    AddCopularRole(tokens, k, e);
    NotePossessiveAfterVerb(tokens, k, e);
  }
}

void SpeakerRegistry::AddCopularRole(const std::vector<Token>& tokens,
                                     size_t k, size_t e) {
  const size_t n = tokens.size();
  auto word = [&](size_t i) {
    return TokenText(text_, tokens[i]);
  };
  auto lower = [&](size_t i) { return LowerAscii(word(i)); };
  // Most names are followed by neither "is" nor "was": rule them out
  // without lowering.
  if (k + 1 >= n || tokens[k].type != Token::kWord || tokens[k].cap) return;
  const std::string_view verb = word(k);
  if (!(verb.size() == 2 && verb == "is") &&
      !(verb.size() == 3 && verb == "was")) {
    return;
  }
  size_t first = k + 1;
  if (EqualsLowerAscii(word(first), "a") || EqualsLowerAscii(word(first), "an") ||
      EqualsLowerAscii(word(first), "the")) {
    ++first;
  }
  // The lower-case words up to a preposition or anything else, at most
  // five: "chairwoman", "deputy trade minister", "senior vice president".
  constexpr size_t kMostRoleWords = 5;
  std::vector<std::string> role;
  for (size_t i = first; i < n && role.size() < kMostRoleWords; ++i) {
    if (tokens[i].type != Token::kWord || tokens[i].cap) break;
    std::string w = lower(i);
    if (IsPreposition(w)) break;
    role.push_back(std::move(w));
  }
  // Only a title or a gendered role noun makes a role: "is expected to" and
  // "was forced" tell nothing.
  if (role.empty() || words_ == nullptr ||
      (!IsTitleWord(role.back()) &&
       words_->genders().WordGender(role.back()) == Gender::kUnknown)) {
    return;
  }
  for (const std::string& w : role) AddRole(e, w);
}

void SpeakerRegistry::NotePossessiveAfterVerb(const std::vector<Token>& tokens,
                                              size_t k, size_t e) {
  if (!entities_[e].person || words_ == nullptr || k + 1 >= tokens.size() ||
      tokens[k].type != Token::kWord || tokens[k].cap ||
      tokens[k + 1].type != Token::kWord) {
    return;
  }
  const std::string_view possessive = TokenText(text_, tokens[k + 1]);
  // The pack's possessive pronouns are lower case, as they are written
  // after a verb, and only a gendered one tells anything: most words fail
  // the pronoun filter, which is cheaper than the possessive lookup.
  const GenderWords& genders = words_->genders();
  if (tokens[k + 1].cap || !genders.MayBePronoun(possessive) ||
      !words_->IsPossessive(possessive)) {
    return;
  }
  // "her" after most verbs may be their object ("Vale told her").
  const Gender g = genders.PronounGender(possessive);
  if (IsOwnPossessive(tokens, k + 1, g)) {
    entities_[e].gender |= static_cast<uint8_t>(g);
  }
}

std::vector<SpeakerRegistry::Mention>::const_reverse_iterator
SpeakerRegistry::MentionsBefore(size_t at, bool inclusive) const {
  // Sorted by position once Build has run; while it runs, `at` is
  // text_.size() and every mention comes before it, so the range is still
  // partitioned as the searches need.
  const auto end =
      inclusive
          ? std::upper_bound(mentions_.begin(), mentions_.end(), at,
                             [](size_t a, const Mention& m) { return a < m.at; })
          : std::lower_bound(mentions_.begin(), mentions_.end(), at,
                             [](const Mention& m, size_t a) { return m.at < a; });
  return std::make_reverse_iterator(end);
}

std::optional<size_t> SpeakerRegistry::FindByTokens(
    std::span<const std::string_view> tokens, bool person, size_t at) const {
  if (tokens.empty()) return std::nullopt;
  return FindByTokens(FindNameWord(tokens.front()), tokens, person, at);
}

std::optional<size_t> SpeakerRegistry::FindByTokens(
    const NameWord* front, std::span<const std::string_view> tokens,
    bool person, size_t at) const {
  // Exact name first.
  if (tokens.size() == 1) {
    if (front != nullptr && front->alone != kNone) return front->alone;
  } else {
    if (front != nullptr) {
      for (size_t e : front->named_first) {
        if (std::ranges::equal(TokensOf(entities_[e]), tokens)) return e;
      }
    }
  }
  if (!person) {
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].person) continue;
      const std::span<const std::string_view> t = TokensOf(entities_[e]);
      if (std::search(t.begin(), t.end(), tokens.begin(), tokens.end()) !=
          t.end()) {
        return e;
      }
    }
    return std::nullopt;
  }
  // A part of a person's name: the most recently mentioned such person
  // before `at`, else the first introduced. Family name last ("Keane") or
  // first ("Lin" for "Lin Mei") both match.
  std::optional<size_t> best;
  // Whether person `ent` (one of front->people) has the tokens in its
  // name: so for one token by being there, and for more found in order.
  // One word names a person the registry alone took for one (no actor)
  // by the first word of a longer name, not the family name, only as a
  // given name the pack knows or a surname written first: "Google" alone
  // is not "Google Stadia", a product's name taken for a person's. A
  // surname written first is one in pinyin ("Lin" for "Lin Mei") or one
  // before given names that are written in no plain English letters
  // ("Oh Su-bin", "Nguyễn Thu Hằng"). Asked when needed.
  int by_first_word = -1;
  auto may_name_by_first_word = [&](size_t e) {
    if (e < actor_entities_) return true;
    if (by_first_word < 0) {
      by_first_word =
          words_ == nullptr ||
          words_->genders().GivenNameGender(tokens[0]) != Gender::kUnknown ||
          IsPinyinWord(tokens[0]);
    }
    if (by_first_word == 1) return true;
    const std::string_view name = entities_[e].name;
    const size_t given = name.find(' ');
    return given != std::string_view::npos &&
           std::any_of(name.begin() + given + 1, name.end(), [](char c) {
             return c == '-' || static_cast<unsigned char>(c) >= 0x80;
           });
  };
  auto contains = [&](size_t e) {
    const Entity& ent = entities_[e];
    if (tokens.size() == 1) {
      if (e < actor_entities_) return true;
      const std::span<const std::string_view> t = TokensOf(ent);
      if (t.size() >= 2 && t.front() == tokens[0] &&
          t[FamilyNameIndex(t)] != tokens[0]) {
        return may_name_by_first_word(e);
      }
      return true;
    }
    const std::span<const std::string_view> t = TokensOf(ent);
    return std::search(t.begin(), t.end(), tokens.begin(), tokens.end()) !=
           t.end();
  };
  if (mentions_.empty() || mentions_.back().at <= at ||
      at >= text_.size()) {
    // Every mention comes before `at` (always so while Build runs): the
    // latest matching mention is that of the matching entity whose last
    // mention has the largest index.
    // Only people whose name has the first token can contain them all.
    size_t latest = 0;
    if (front != nullptr) {
      for (size_t e : front->people) {
        if (last_mention_[e] > latest && contains(e)) {
          latest = last_mention_[e];
          best = e;
        }
      }
    }
    if (best) return best;
  } else {
    // The people who match, found among those whose name has the first
    // token (as above); most names match one person or none, and with
    // none there is no mention to look for.
    absl::InlinedVector<size_t, 4> matching;
    if (front != nullptr) {
      for (size_t e : front->people) {
        if (contains(e)) matching.push_back(e);
      }
    }
    if (!matching.empty()) {
      for (auto it = MentionsBefore(at, true); it != mentions_.rend(); ++it) {
        if (std::find(matching.begin(), matching.end(), it->entity) !=
            matching.end()) {
          return it->entity;
        }
      }
    }
  }
  // Else the first person introduced with that family name, last or
  // first.
  const NameWord* back =
      tokens.size() == 1 ? front
                         : FindNameWord(tokens[FamilyNameIndex(tokens)]);
  if (back != nullptr && back->first_as_last != kNone) {
    best = back->first_as_last;
    // "Gordon Greenhalgh" after "Edith Greenhalgh" is another person: a
    // known given name before the family name that is not hers ("E.
    // Greenhalgh" and "Edith M. Greenhalgh" are hers; "Lt Col Greenhalgh"
    // and words the name was not cut from are no given name).
    const size_t family = FamilyNameIndex(tokens);
    if (tokens.size() >= 2 && family > 0 && words_ != nullptr &&
        words_->genders().GivenNameGender(tokens[family - 1]) !=
            Gender::kUnknown &&
        !SameGivenName(TokensOf(entities_[*best]).front(),
                       tokens[family - 1])) {
      best.reset();
    }
  }
  if (tokens.size() == 1 && front != nullptr &&
      front->first_as_first != kNone &&
      (!best || front->first_as_first < *best) &&
      may_name_by_first_word(front->first_as_first)) {
    best = front->first_as_first;
  }
  return best;
}

std::optional<size_t> SpeakerRegistry::FirstEntityNamed(
    std::string_view name) const {
  for (size_t e = 0; e < entities_.size(); ++e) {
    if (entities_[e].name == name) return e;
  }
  return std::nullopt;
}

const SpeakerRegistry::NameWord* SpeakerRegistry::FindNameWord(
    std::string_view lower) const {
  if (!MayBeNameWord(lower)) return nullptr;
  const auto it = name_words_.find(lower);
  return it == name_words_.end() ? nullptr : &it->second;
}

// "She" is not the man named last ("Mr. Ruiz", "David Ruiz", "the
// chairman"), but may be anyone the text told nothing of, or told both.
bool SpeakerRegistry::FitsGender(const Entity& ent, Gender g) {
  return GenderFits(GenderOfBits(ent.gender), g);
}

void SpeakerRegistry::AddRole(size_t e, std::string_view lower) {
  if (HasRole(entities_[e], lower)) return;
  std::vector<Span>& roles = entities_[e].roles;
  // Room for an appositive's words at once, rather than growing by one,
  // two, four and eight.
  if (roles.empty()) roles.reserve(8);
  const size_t at = role_text_.size();
  role_text_.append(lower);
  roles.push_back({at, role_text_.size()});
  NoteGender(e, lower, false);
}

void SpeakerRegistry::NoteGender(size_t e, std::string_view lower,
                                 bool given_name) {
  if (words_ == nullptr) return;
  const Gender g = given_name ? words_->genders().GivenNameGender(lower)
                              : words_->genders().WordGender(lower);
  entities_[e].gender |= static_cast<uint8_t>(g);
}

std::optional<size_t> SpeakerRegistry::MostRecent(
    size_t at, bool want_person, std::string_view role,
    std::string_view name_part, Gender gender) const {
  auto matches = [&](const Entity& ent) {
    if (ent.person != want_person) return false;
    if (!FitsGender(ent, gender)) return false;
    if (!role.empty()) {
      return HasRole(ent, role);
    }
    if (!name_part.empty()) return Contains(TokensOf(ent), name_part);
    return true;
  };
  for (auto it = MentionsBefore(at, false); it != mentions_.rend(); ++it) {
    if (matches(entities_[it->entity])) return it->entity;
  }
  if (!role.empty() || !name_part.empty()) {
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (matches(entities_[e])) return e;
    }
  }
  return std::nullopt;
}

std::string SpeakerRegistry::ResolveName(std::string_view name, size_t at,
                                         Gender gender) const {
  return ResolveName(name, at, gender, {});
}

std::string SpeakerRegistry::ResolveName(
    std::string_view name, size_t at, Gender gender,
    std::span<const std::string> role_words) const {
  EnsureBuilt();
  const std::span<const std::string_view> words =
      LowerWordsInto(name, scratch_name_text_, scratch_words_);
  size_t skip = 0;
  if (!words.empty() && std::string_view(words[0]) == "the") ++skip;
  // Most names hold no organisation word: then no part of them does.
  const bool any_org = HasOrganizationWord(words);
  const bool org = any_org &&
                   !(words.size() > skip && !IsOrganizationWord(words[skip]) &&
                     !IsTitleWord(words[skip]) && std::find(words.begin(), words.end(), "of") != words.end());
  if (!org) {
    while (skip + 1 < words.size() &&
           (IsTitleWord(words[skip]) || IsHonorific(words[skip]))) {
      ++skip;
    }
  }
  // "Tomás Ibarra of Beacon Policy Group": the person, not the employer.
  size_t end = words.size();
  for (size_t k = skip + 1; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (w == "of" || w == "for" || w == "at") {
      if (!any_org || !HasOrganizationWord(words.subspan(skip, k - skip))) {
        end = k;
      }
      break;
    }
  }
  std::span<const std::string_view> core = words.subspan(skip, end - skip);
  bool person = !any_org || !HasOrganizationWord(core);
  // "Interim BART Police Chief Ed Alvarez": a title after the body's words
  // leads to a person's name.
  if (!person) {
    const size_t start = PersonNameStart(core);
    person = start > 0 && !HasOrganizationWord(core.subspan(start));
  }
  if (person) {
    const size_t start = PersonNameStart(core);
    core = core.subspan(start);
    skip += start;
  }
  if (auto e = FindByTokens(core, person, at)) {
    // "Mr. Greenhalgh" after "Edith Greenhalgh" and her husband Gordon:
    // the latest Greenhalgh the honorific fits. Only a person the text
    // gave one gender may not fit (FitsGender), so only then are the
    // words that tell the gender asked.
    if (person && core.size() == 1 &&
        GenderOfBits(entities_[*e].gender) != Gender::kUnknown) {
      Gender g = gender;
      if (g == Gender::kUnknown && words_ != nullptr) {
        g = words_->genders().LastWordGender(role_words);
      }
      if (words_ != nullptr && skip > 0) {
        const Gender written =
            LastWordGender(words_->genders(), words.first(skip));
        if (written != Gender::kUnknown) g = written;
      }
      if (!FitsGender(entities_[*e], g)) {
        if (auto other = MostRecent(at, true, "", core[0], g)) {
          return std::string(entities_[*other].name);
        }
      }
    }
    return std::string(entities_[*e].name);
  }
  // Drop the leading "the" and titles from the name as written; but a
  // capitalised "The" alone before it stays, as the subject phrase keeps
  // one only inside a sentence, where it is part of the name ("told The
  // Wrap", SubjectBefore).
  const size_t dropped = skip == 1 && name.starts_with("The ") ? 0 : skip;
  std::string_view rest = name;
  for (size_t k = 0; k < dropped; ++k) {
    const size_t space = rest.find(' ');
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  size_t kept = 0, cut = rest.size();
  for (size_t i = 0; i <= rest.size(); ++i) {
    if (i == rest.size() || rest[i] == ' ') {
      if (++kept == end - dropped) {
        cut = i;
        break;
      }
    }
  }
  return std::string(StripPossessive(rest.substr(0, cut)));
}

std::optional<std::string> SpeakerRegistry::Resolve(const SubjectPhrase& p,
                                                    size_t at,
                                                    std::string_view quoted) {
  // An anonymous descriptor needs nothing Build finds.
  if (p.kind != PhraseKind::kNone && p.kind != PhraseKind::kDescriptor) {
    EnsureBuilt();
  }
  switch (p.kind) {
    case PhraseKind::kNone:
      return std::nullopt;
    case PhraseKind::kName: {
      // "Vindman and Williams told lawmakers": two people the text
      // introduced speak together, each by their full name (not the
      // second alone, as the name "Vindman and Williams" would resolve).
      if (const size_t and_at = p.text.find(" and ");
          and_at != std::string::npos &&
          IsShortCapitalisedName(std::string_view(p.text).substr(0, and_at)) &&
          IsShortCapitalisedName(std::string_view(p.text).substr(and_at + 5))) {
        const std::string_view both = p.text;
        const std::optional<std::string> first =
            KnownPerson(both.substr(0, and_at), at);
        const std::optional<std::string> second =
            first ? KnownPerson(both.substr(and_at + 5), at) : std::nullopt;
        if (second && *first != *second) return *first + " and " + *second;
      }
      // "Mr. Greenhalgh said": the honorific's gender.
      std::string name =
          ResolveName(p.text, at, Gender::kUnknown, p.role_words);
      // "a report by the Lakeshore Institute": "the report" is it later.
      if (!p.head.empty()) descriptors_.push_back({p.head, name});
      // Remember the roles the attribution gave this speaker.
      if (!p.role_words.empty()) {
        if (auto e = FirstEntityNamed(name)) {
          for (const std::string& r : p.role_words) AddRole(*e, r);
        }
      }
      return name;
    }
    case PhraseKind::kPronoun: {
      if (p.pronoun == PronounKind::kPerson) {
        const Gender g =
            words_ != nullptr ? words_->genders().WordGender(p.head) : Gender::kUnknown;
        if (g != Gender::kUnknown) {
          if (auto someone = UnnamedPersonBefore(at, g)) return someone;
        }
        if (auto e = PronounAntecedent(at, g, quoted)) {
          // "Jo Walton explained them to me. “...,” she said. ... he'd
          // respond": the text has now told her gender, so that a later
          // "he" passes over her.
          if (entities_[*e].gender == 0) {
            entities_[*e].gender = static_cast<uint8_t>(g);
          }
          return std::string(entities_[*e].name);
        }
        return std::nullopt;
      }
      if (p.pronoun == PronounKind::kOrganization) {
        if (auto e = OrganizationAntecedent(at)) {
          return std::string(entities_[*e].name);
        }
      }
      if (p.pronoun == PronounKind::kGroup) {
        if (auto e = GroupAntecedent(at)) {
          return std::string(entities_[*e].name);
        }
        if (auto group = GroupSpeakerBefore(at)) return group;
        if (auto e = SingularTheyBefore(at)) {
          return std::string(entities_[*e].name);
        }
        if (auto group = GroupSubjectBefore(at)) return group;
      }
      return std::nullopt;
    }
    case PhraseKind::kRole: {
      // "the report found": the report's author.
      if (words_ != nullptr && words_->IsDocumentNoun(p.head)) {
        if (auto author = DocumentAuthor(p.head, at)) return author;
      }
      if (IsOrganizationWord(p.head) || p.head == "firm") {
        // Heads that name no kind of body: any organisation will do.
        const bool generic = p.head == "company" || p.head == "firm" ||
                             p.head == "organization" ||
                             p.head == "organisation";
        for (auto it = MentionsBefore(at, false); it != mentions_.rend();
             ++it) {
          const Entity& ent = entities_[it->entity];
          // A place is where, not an organisation: "a Wall Street darling".
          if (ent.person || ent.place) continue;
          if (ModifiersClash(p.text, ent.name)) continue;
          const std::span<const std::string_view> t = TokensOf(ent);
          // "the agency" after "NASA" or "CBP": agencies go by initials.
          if (Contains(t, p.head) ||
              (p.head == "agency" && AcronymAt(text_, it->at)) ||
              (generic && !Contains(t, "ministry") && !Contains(t, "office") &&
               !Contains(t, "commission"))) {
            return std::string(ent.name);
          }
        }
      } else if (auto e = MostRecent(at, true, p.head, "")) {
        return std::string(entities_[*e].name);
      }
      // "the traders" after "three traders with knowledge of the deals".
      for (auto it = descriptors_.rbegin(); it != descriptors_.rend(); ++it) {
        if (it->first == p.head && !ModifiersClash(p.text, it->second)) {
          NoteGroup(p.head, at, it->second);
          return it->second;
        }
      }
      std::string out = SpeakerAsWritten(p, words_);
      NoteGroup(p.head, at, out);
      return out;
    }
    case PhraseKind::kDescriptor: {
      // The descriptor in lower case from its article: "a senior official".
      std::string out = SpeakerAsWritten(p, words_, text_);
      descriptors_.push_back({p.head, out});
      NoteGroup(p.head, at, out);
      return out;
    }
  }
  return std::nullopt;
}

std::optional<std::string> SpeakerRegistry::KnownPerson(std::string_view name,
                                                        size_t at) const {
  EnsureBuilt();
  const std::span<const std::string_view> words =
      LowerWordsInto(name, scratch_name_text_, scratch_words_);
  size_t k = 0;
  while (k < words.size() && (IsHonorific(words[k]) || IsTitleWord(words[k]))) {
    ++k;
  }
  if (k == words.size() || words.size() - k > 3) return std::nullopt;
  const std::optional<size_t> e = FindByTokens(words.subspan(k), true, at);
  if (!e || !entities_[*e].person || entities_[*e].place) return std::nullopt;
  return std::string(entities_[*e].name);
}

std::string SpeakerRegistry::ResolveLabel(std::string_view label) const {
  EnsureBuilt();
  std::string text;
  std::vector<std::string_view> views;
  const std::span<const std::string_view> words =
      LowerWordsInto(label, text, views);
  size_t k = 0;
  while (k < words.size() &&
         (IsHonorific(words[k]) || IsTitleWord(words[k]))) {
    ++k;
  }
  if (k == words.size()) return DescriptorFromLabel(label);
  const std::span<const std::string_view> core = words.subspan(k);
  if (auto e = FindByTokens(core, true, text_.size())) {
    return std::string(entities_[*e].name);
  }
  if (HasOrganizationWord(core) || words.size() - k > 2) {
    return DescriptorFromLabel(label);
  }
  std::string out;
  for (size_t m = k; m < words.size(); ++m) {
    if (!out.empty()) out += ' ';
    out += TitleCase(words[m]);
  }
  return out;
}

}  // namespace whosaid::nlp
