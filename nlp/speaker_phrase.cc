#include "nlp/speaker_phrase.h"

#include "absl/container/flat_hash_set.h"
#include "nlp/function_words.h"
#include "nlp/lower_word.h"
#include "nlp/pinyin.h"
#include "nlp/static_word_set.h"
#include "nlp/whole_word.h"
#include "nlp/word_list_filter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <iterator>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace whosaid::nlp {
namespace {

// Whether `w` is a word of the list `kList`, byte for byte.
template <const auto& kList>
bool In(std::string_view w) {
  return StaticWordSet<kList>::Contains(w);
}

constexpr std::string_view kTitleWords[] = {
    "envoy", "minister", "secretary", "spokesperson", "spokeswoman",
    "spokesman", "director", "president", "vice", "deputy", "senator",
    "sen.", "representative", "rep.", "governor", "gov.", "mayor",
    "ambassador", "premier", "chairman", "chairwoman", "chair", "chief",
    "executive", "commissioner", "administrator", "adviser", "advisor",
    "counselor", "counsellor", "economist", "analyst", "professor", "prof.",
    "general", "gen.", "treasury", "trade", "commerce", "foreign", "finance",
    "state", "prime", "assistant", "under", "undersecretary", "head",
    "leader", "speaker", "lawmaker", "congressman", "congresswoman", "judge",
    "justice", "attorney", "officer", "official", "negotiator", "ceo", "cfo",
    "founder", "partner", "manager", "strategist", "researcher", "fellow",
    "chancellor", "senior", "principal", "press", "agriculture", "energy",
    "industry", "vice-president", "vice-minister", "director-general",
    "secretary-general", "dr.", "mr.", "ms.", "mrs.", "dr", "mr", "ms",
    "mrs", "council", "acting", "former", "farm", "economic", "national",
    "security", "u.s.", "chinese", "american", "lead", "coordinator",
    "commander", "inspector", "superintendent", "supervisor", "president-elect",
    "coach",
    "minister-counselor", "attaché", "consul", "envoy-designate",
    // Police and military ranks ("said Lt. Matt Harris").
    "lieutenant", "lt.", "sergeant", "sgt.", "captain", "capt.", "colonel",
    "col.", "corporal", "cpl.", "detective", "det."};

constexpr std::string_view kHonorifics[] = {
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sir",
    "dame", "madam"};

// Besides honorifics and titles, the abbreviations whose dot belongs to
// the word: "No. 2", "St. Louis", "Jr.", "Inc.", and the short forms of
// the months ("Nov.", as IsMonthName knows them).
constexpr std::string_view kDottedAbbreviations[] = {
    "no.",  "st.",  "jr.",  "inc.", "corp.", "co.",  "ltd.",
    "jan.", "feb.", "mar.", "apr.", "jun.",  "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec."};

constexpr std::string_view kDeterminers[] = {
    "a",      "an",       "one",      "two",    "three",  "four",
    "five",   "six",      "seven",    "eight",  "nine",   "ten",
    "several", "some",    "many",     "few",    "other",  "another",
    "numerous", "most",   "both",     "dozens", "two-thirds", "half",
    "more",   "all",      "scores",   "hundreds", "thousands", "twelve",
    "his",    "her",      "their",    "its"};

// "the" or a third-person possessive: a phrase it opens names one known
// person or thing, a role ("the chairwoman", "its chairwoman"). Not "our",
// mostly the writer's own ("our initial testing").
bool DefiniteDeterminer(std::string_view lower) {
  return lower == "the" || lower == "his" || lower == "her" ||
         lower == "its" || lower == "their";
}

constexpr std::string_view kAdverbs[] = {
    "also",       "later",      "earlier",   "previously", "then",
    "again",      "repeatedly", "recently",  "separately", "privately",
    "publicly",   "once",       "has",       "have",       "had",
    "would",      "will",       "did",       "does",       "was",
    "is",         "were",       "are",       "may",        "might",
    "could",      "can",        "should",    "not",        "never",
    "reportedly", "been",       "quickly",   "simply",     "flatly",
    "bluntly",    "calmly",     "frankly",   "however",    "too",
    "further",    "still",      "first",     "once",       "always",
    "often",      "sometimes",  "long"};

constexpr std::string_view kClauseBoundaries[] = {
    "and",   "but",    "or",     "because", "while", "when",
    "after", "before", "since",  "although", "though", "if",
    "as",    "so",     "that",   "where",   "whereas", "than",
    "until", "unless", "yet",    "nor"};

constexpr std::string_view kPrepositions[] = {
    "for", "of", "at", "with", "in", "from", "on", "to", "about", "by",
    "familiar", "close", "within", "inside", "representing", "across",
    "around", "throughout", "among"};

// Words that make a number approximate or a bound: "over 40,000 adults".
constexpr std::string_view kNumberModifiers[] = {
    "about", "almost", "around", "nearly", "over", "roughly", "some"};

// Prepositions that open a sentence with a phrase of time, place or
// circumstance before its subject: "After a poor game Tuesday, coach
// Bruce Boudreau ...". Beside kPrepositions, which also serve inside noun
// phrases. Not "under": "Under Secretary Marcus Feld" is a title.
constexpr std::string_view kOpeningPrepositions[] = {
    "after", "before", "during", "since", "following", "despite", "amid",
    "ahead", "over", "through", "throughout", "across", "among",
    "without", "unlike", "beyond", "upon"};

constexpr std::string_view kNameConnectors[] = {
    "of", "the", "for", "and", "&", "de", "van", "von", "bin", "al",
    "da", "du", "der", "den"};

// Prepositions that introduce who made a thing ("a report by X").
bool IsAgentPreposition(std::string_view lower) {
  return lower == "by" || lower == "from";
}

constexpr std::string_view kGroupNouns[] = {
    "analysts", "officials", "economists", "traders", "diplomats",
    "executives", "investors", "farmers", "growers", "lawmakers", "experts",
    "critics", "sources", "people", "residents", "workers", "negotiators",
    "observers", "researchers", "scientists", "officers", "authorities",
    "strategists", "brokers", "bankers", "industry", "insiders", "aides",
    "police", "prosecutors", "investigators", "regulators", "protesters",
    "demonstrators", "activists", "doctors", "witnesses", "voters",
    "consumers", "exporters", "importers", "manufacturers", "producers",
    "buyers",
    // Quantifiers standing alone for people: "Some said", "Others argue".
    "some", "others", "many", "most", "several"};


UChar32 FirstChar(std::string_view s) {
  if (s.empty()) return 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  return c;
}

// u_isupper of every character of two UTF-8 bytes (U+0080 to U+07FF:
// Latin, Greek, Cyrillic and the like), one bit each, asked of ICU once.
class TwoByteUpperCase {
 public:
  TwoByteUpperCase() {
    for (UChar32 c = 0x80; c < 0x800; ++c) {
      if (u_isupper(c)) bits_[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
  bool operator()(UChar32 c) const { return (bits_[c >> 6] >> (c & 63)) & 1; }

 private:
  uint64_t bits_[0x800 / 64] = {};
};

// Whether `word`, which starts with a byte outside ASCII, starts with an
// upper-case letter: u_isupper(FirstChar(word)), with the characters of two
// bytes (the letters of most words of Cyrillic and Greek text, and the
// accented Latin capitals) from a table instead of ICU.
bool StartsWithUpperCase(std::string_view word) {
  static const TwoByteUpperCase kUpper;
  if (word.size() >= 2) {
    const auto lead = static_cast<unsigned char>(word[0]);
    const auto trail = static_cast<unsigned char>(word[1]);
    // A well-formed character of two bytes, as U8_NEXT decodes it.
    if (lead >= 0xC2 && lead <= 0xDF && trail >= 0x80 && trail <= 0xBF) {
      return kUpper(static_cast<UChar32>((lead & 0x1F) << 6 | (trail & 0x3F)));
    }
  }
  return u_isupper(FirstChar(word));
}

bool IsWordByte(const std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  if (c == 0xE2 && i + 2 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(text[i + 2]);
    // Quote marks, dashes, ellipsis and spaces of the General Punctuation
    // block are not word characters.
    return !(d >= 0x90 && d <= 0xBF) && !(d >= 0x80 && d <= 0x8F);
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[i + 1]);
    return !(d == 0xAB || d == 0xBB || d == 0xA0);
  }
  return true;
}


constexpr uint8_t kLowerBit = 1;
constexpr uint8_t kUpperBit = 2;
constexpr std::array<uint8_t, 128> AsciiCases() {
  std::array<uint8_t, 128> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLowerBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kUpperBit;
  return table;
}
constexpr std::array<uint8_t, 128> kAsciiCase = AsciiCases();

// For every byte: 0 unless it is an ASCII word byte, else kWordBit with its
// case bit. One load per byte lets the tokenizer's inner loop stay tight.
constexpr uint8_t kWordBit = 4;
constexpr std::array<uint8_t, 256> AsciiWordClasses() {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 128; ++c) {
    if (kAsciiAlnum[c]) table[c] = kWordBit | kAsciiCase[c];
  }
  return table;
}
constexpr std::array<uint8_t, 256> kAsciiWordClass = AsciiWordClasses();

// IsWordByte with its common cases inlined: the tokenizer asks for every
// byte, and in Arabic or Cyrillic text for every letter of every word.
inline bool WordByteAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return kAsciiAlnum[c];
  // Only these lead bytes start marks, dashes and spaces that are no part
  // of a word; IsWordByte answers true for every other byte.
  return (c != 0xE2 && c != 0xC2) || IsWordByte(text, i);
}

// The bytes that may continue a word after its run of ASCII letters and
// digits: joiners (apostrophe, hyphen, dot, a digit group's comma) and
// every non-ASCII byte. Any other byte ends the word, and most words end
// at a space, which one look-up then settles.
constexpr std::array<bool, 256> WordContinuations() {
  std::array<bool, 256> table{};
  for (int c = 0x80; c < 256; ++c) table[c] = true;
  table['\''] = table['-'] = table['.'] = table[','] = true;
  return table;
}
constexpr std::array<bool, 256> kMayContinueWord = WordContinuations();

// The bytes between tokens: space, newline and tab.
constexpr std::array<bool, 256> Separators() {
  std::array<bool, 256> table{};
  table[' '] = table['\n'] = table['\t'] = true;
  return table;
}
constexpr std::array<bool, 256> kSeparatorByte = Separators();

// ASCII punctuation that is a token of its own wherever it stands: every
// ASCII byte but letters, digits, separators, the quote marks '"' and
// "'", and "&" (a word).
constexpr std::array<bool, 256> PlainAsciiPunctuation() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x80; ++c) {
    table[c] = !kAsciiAlnum[c] && !kSeparatorByte[c] && c != '"' &&
               c != '\'' && c != '&';
  }
  return table;
}
constexpr std::array<bool, 256> kPlainAsciiPunctuation = PlainAsciiPunctuation();

size_t Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// For a byte of 0x80 or more other than 0xC2 and 0xE2 (the lead bytes of
// the marks, dashes and spaces that are no part of a word): Utf8Len of it.
// 0 for the rest.
constexpr std::array<uint8_t, 256> NonAsciiSteps() {
  std::array<uint8_t, 256> table{};
  for (int c = 0x80; c < 256; ++c) {
    table[c] = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  table[0xC2] = table[0xE2] = 0;
  return table;
}
constexpr std::array<uint8_t, 256> kNonAsciiStep = NonAsciiSteps();

LowerWord TokenLower(std::string_view text, const Token& t) {
  return LowerWord(TokenText(text, t));
}

bool IsWord(const Token& t) { return t.type == Token::kWord; }

// Token `t` of `text` as written is a title word (IsTitleWord of its lower
// case). Most words of a name are none, and a filter on their length and
// first and last bytes in any case tells so without lowering them.
bool IsTitleToken(std::string_view text, const Token& t) {
  static constexpr WordListFilter kTitleFilter = FilterOf(kTitleWords);
  return kTitleFilter.MayHold(TokenText(text, t)) &&
         IsTitleWord(TokenLower(text, t));
}

// Token `t` of `text` as written is a name connector ("of", "van", "&") in
// any case, found without lowering the many words that cannot be one.
bool IsNameConnectorToken(std::string_view text, const Token& t) {
  static constexpr WordListFilter kConnectorFilter = FilterOf(kNameConnectors);
  return kConnectorFilter.MayHold(TokenText(text, t)) &&
         In<kNameConnectors>(TokenLower(text, t));
}

// Token `t` of `text` as written is a skippable adverb (IsSkippableAdverb
// of its lower case): a listed one, which the filter may hold, or a word
// of more than four bytes ending in "ly" in any case. The subject parser
// asks this of the word before every cue.
bool IsSkippableAdverbToken(std::string_view text, const Token& t) {
  static constexpr WordListFilter kAdverbFilter = FilterOf(kAdverbs);
  const std::string_view w = TokenText(text, t);
  const bool ly =
      w.size() > 4 && EqualsLowerAscii(w.substr(w.size() - 2), "ly");
  return (ly || kAdverbFilter.MayHold(w)) &&
         IsSkippableAdverb(TokenLower(text, t));
}

bool IsAmpersand(std::string_view text, const Token& t) {
  return TokenText(text, t) == "&";
}

// Collects role words from tokens [from, to): lower-case nouns and titles.
void AddRoleWords(std::string_view text, const std::vector<Token>& tokens,
                  size_t from, size_t to, std::vector<std::string>& out) {
  // Room for every word at once, rather than regrowing (and moving the
  // words so far) at the second, third, fifth, ... of them.
  const size_t end = std::min(to, tokens.size());
  if (from < end) out.reserve(out.size() + (end - from));
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    if (!IsWord(tokens[k])) continue;
    const LowerWord w = TokenLower(text, tokens[k]);
    if (IsPreposition(w) || w == "the" || w == "a" || w == "an") continue;
    out.emplace_back(w.view());
  }
}

// Fills kind/text/head of `p` from tokens [first, last].
void Finish(std::string_view text, const std::vector<Token>& tokens,
            size_t first, size_t last, PhraseKind kind, SubjectPhrase& p) {
  p.kind = kind;
  p.span = {tokens[first].start, tokens[last].end};
  p.text = std::string(text.substr(p.span.start, p.span.size()));
  if (kind == PhraseKind::kRole || kind == PhraseKind::kDescriptor) {
    size_t head = last;
    for (size_t k = first + 1; k <= last; ++k) {
      const LowerWord w = TokenLower(text, tokens[k]);
      // The head noun ends before a preposition, a relative pronoun or a
      // participle: "a report released by", "an employee working at".
      const bool participle =
          k > first + 1 && w.size() > 4 &&
          (w.ends_with("ed") || w.ends_with("ing")) && !tokens[k].cap;
      if (IsPreposition(w) || w == "who" || w == "which" || w == "that" ||
          participle) {
        head = k - 1;
        break;
      }
    }
    p.head = TokenLower(text, tokens[head]).view();
    AddRoleWords(text, tokens, first, head + 1, p.role_words);
  }
}

// Trims capitalized stop words and leading connectors from a name run;
// keeps a "The" inside a sentence (NamesArticleAt) before the name's
// other words.
size_t TrimNameStart(std::string_view text, const std::vector<Token>& tokens,
                     size_t first, size_t last) {
  while (first < last) {
    const std::string_view w = TokenText(text, tokens[first]);
    if (NamesArticleAt(text, tokens, first)) break;
    // "He Weiwen" is a name (pinyin.h).
    if (first + 1 == last &&
        IsSurnameHeName(w, TokenText(text, tokens[last]))) {
      break;
    }
    if (IsCapitalizedStopWord(w) || IsNameConnectorToken(text, tokens[first]) ||
        IsAmpersand(text, tokens[first])) {
      ++first;
      continue;
    }
    break;
  }
  return first;
}

// Whether the comma at token `comma` sets off a company's legal suffix
// that runs to token `end` ("Dräger, Inc."): one word such as Inc., Ltd.
// or LLC.
bool CorporateSuffixAfter(std::string_view text,
                          const std::vector<Token>& tokens, long comma,
                          long end) {
  static constexpr std::string_view kSuffixes[] = {
      "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.", "Co.", "plc", "PLC",
      "AG",   "GmbH", "S.A.", "N.V.", "L.P.", "LP"};
  if (end - comma != 2 || !IsWord(tokens[comma + 1])) return false;
  const std::string_view word = TokenText(text, tokens[comma + 1]);
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), word) !=
         std::end(kSuffixes);
}

// Whether the comma at token `comma` joins a city and its country or
// state ("Munich, Germany", "Boston, Massachusetts") inside the appositive
// that ends at the comma at token `end`: one or two capitalised words
// between them, after a capitalised word that a preposition of place
// ("in", "near") comes before.
bool PlaceCommaAt(std::string_view text, const std::vector<Token>& tokens,
                  long comma, long end) {
  const long words = end - comma - 1;
  if (words < 1 || words > 2 || comma < 2) return false;
  for (long m = comma + 1; m < end; ++m) {
    if (!IsWord(tokens[m]) || !tokens[m].cap) return false;
  }
  long city = comma - 1;
  while (city > 0 && city > comma - 3 && IsWord(tokens[city]) &&
         tokens[city].cap) {
    --city;
  }
  if (city == comma - 1 || !IsWord(tokens[city])) return false;
  const LowerWord before = TokenLower(text, tokens[city]);
  return before == "in" || before == "near" || before == "of";
}

// "NASA's Steve Clarke", "Ashcombe’s Dana Whitlock": a person named after
// the possessive of the body they work for is that person, and the owner
// is no part of the name. Only when a given name follows the possessive:
// "Moody's Investors Service" and "McDonald's Corp." are whole names.
// Returns the first token of the name in [first, last].
size_t AfterPossessiveOwner(std::string_view text,
                            const std::vector<Token>& tokens, size_t first,
                            size_t last, const SpeakerWords& words) {
  for (size_t k = first; k < last; ++k) {
    if (!IsPossessiveForm(TokenText(text, tokens[k])) || !tokens[k + 1].cap) {
      continue;
    }
    const LowerWord next = TokenLower(text, tokens[k + 1]);
    if (words.genders().GivenNameGender(next.view()) != Gender::kUnknown) {
      return k + 1;
    }
  }
  return first;
}

// "a report by the Lakeshore Institute", "estimates from the Lindell Trade
// Lab", "the consultancy Greywater Energy Analytics": the named agent
// speaks. A descriptor "for" or "at" an organisation stays a descriptor.
void PreferAgentName(std::string_view text, const std::vector<Token>& tokens,
                     size_t first, size_t last, SubjectPhrase& p) {
  // "The Ministry of Resource Security in Beijing": a named body with the
  // place it sits in is that body.
  if (TokenLower(text, tokens[first]) == "the" && first + 1 < last &&
      tokens[first + 1].cap) {
    size_t b = first + 1;
    while (
        b < last && IsWord(tokens[b]) &&
        (tokens[b].cap || IsNameConnectorToken(text, tokens[b]))) {
      ++b;
    }
    bool place = b < last && TokenLower(text, tokens[b]) == "in";
    for (size_t m = b + 1; place && m <= last; ++m) {
      place = IsWord(tokens[m]) && tokens[m].cap;
    }
    if (place && !IsNameConnectorToken(text, tokens[b - 1])) {
      SubjectPhrase name;
      Finish(text, tokens, first + 1, b - 1, PhraseKind::kName, name);
      name.head = p.head;
      p = std::move(name);
      return;
    }
  }
  for (size_t k = first; k <= last; ++k) {
    const LowerWord w = TokenLower(text, tokens[k]);
    const bool agent = w == "by" || w == "from" ||
                       (w == "in" && (p.head == "editorial" || p.head == "article" ||
                                      p.head == "commentary" || p.head == "column" ||
                                      p.head == "op-ed"));
    const LowerWord prev(k > first ? TokenText(text, tokens[k - 1])
                                   : std::string_view());
    const bool apposed = k > first && tokens[k].cap && k + 1 <= last &&
                         tokens[k + 1].cap && !tokens[k - 1].cap &&
                         !IsPreposition(prev) && !In<kNameConnectors>(prev) &&
                         !IsDeterminerOfDescriptor(prev) && k - 1 > first;
    if (!agent && !apposed) continue;
    size_t a = agent ? k + 1 : k;
    if (a <= last && TokenLower(text, tokens[a]) == "the") ++a;
    size_t b = a;
    while (b <= last && IsWord(tokens[b]) &&
           (tokens[b].cap || IsNameConnectorToken(text, tokens[b]))) {
      ++b;
    }
    if (agent && a <= last && a > k + 1 && b == a && IsWord(tokens[a]) &&
        IsOrganizationWord(TokenLower(text, tokens[a]))) {
      // "published by the roundtable": the organisation by its noun.
      SubjectPhrase role;
      Finish(text, tokens, a - 1, a, PhraseKind::kRole, role);
      role.head = TokenLower(text, tokens[a]).view();
      p = std::move(role);
      return;
    }
    if (b == a || !tokens[a].cap) continue;
    if (apposed && !agent && b != last + 1) continue;
    SubjectPhrase name;
    Finish(text, tokens, a, b - 1, PhraseKind::kName, name);
    name.head = p.head;
    p = std::move(name);
    return;
  }
}

constexpr std::string_view kRelativePronouns[] = {"who", "that", "which"};

// A lower-case verb form ending in -ing or -ed: "following", "briefed".
bool IsParticipleForm(std::string_view text, const Token& t) {
  if (!IsWord(t) || t.cap) return false;
  const LowerWord w = TokenLower(text, t);
  return w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
}

// When the determiner at token `det` starts the object of a modifier after
// a noun ("economists who study the trade", "officials who have followed
// the case", "a diplomat following the talks"), returns the modifier's
// first token (the relative pronoun or the participle); else -1. Never
// looks before token `lo`.
long ModifierStart(std::string_view text, const std::vector<Token>& tokens,
                   long lo, long det) {
  const long verb = det - 1;
  if (verb - 1 < lo || !IsWord(tokens[verb]) || tokens[verb].cap ||
      !IsWord(tokens[verb - 1])) {
    return -1;
  }
  // A relative pronoun one or two words before the verb, with only
  // lower-case words between them.
  for (long m = verb - 1; m >= lo && m >= verb - 2; --m) {
    if (!IsWord(tokens[m]) || tokens[m].cap) break;
    if (In<kRelativePronouns>(TokenLower(text, tokens[m]))) {
      return m - 1 >= lo && IsWord(tokens[m - 1]) ? m : -1;
    }
  }
  // "a diplomat following the talks"; but "-ed" before a determiner is a
  // past tense with its object ("The board thanked the mayor"), not a
  // modifier.
  return IsParticipleForm(text, tokens[verb]) &&
                 TokenText(text, tokens[verb]).ends_with("ing")
             ? verb
             : -1;
}

// When tokens[comma] is a comma followed by a name of two to four
// capitalised words that ends the phrase (at `ceiling`, punctuation or a
// quote mark), returns the token after that name; else 0.
size_t ApposedNameEnd(std::string_view text, const std::vector<Token>& tokens,
                      size_t comma, size_t ceiling) {
  if (comma + 1 >= ceiling || TokenText(text, tokens[comma]) != ",") return 0;
  size_t m = comma + 1;
  while (m < ceiling && IsWord(tokens[m]) && tokens[m].cap &&
         !IsCapitalizedStopWord(TokenText(text, tokens[m]))) {
    ++m;
  }
  const size_t words = m - (comma + 1);
  if (words < 2 || words > 4) return 0;
  if (m < ceiling && IsWord(tokens[m])) return 0;
  return m;
}

}  // namespace

bool IsGroupNoun(std::string_view lower) { return In<kGroupNouns>(lower); }

bool NamesArticleAt(std::string_view text, const std::vector<Token>& tokens,
                    size_t k) {
  if (k == 0 || TokenText(text, tokens[k]) != "The") return false;
  const Token& prev = tokens[k - 1];
  return (IsWord(prev) && !prev.cap) || TokenText(text, prev) == ",";
}

size_t NameAfterLowerTitles(std::string_view text,
                            const std::vector<Token>& tokens, size_t from,
                            size_t limit) {
  size_t name = from;
  while (name < limit && name < from + 4 && IsWord(tokens[name]) &&
         !tokens[name].cap && IsTitleToken(text, tokens[name])) {
    ++name;
  }
  return name > from && name < limit && IsWord(tokens[name]) &&
                 tokens[name].cap
             ? name
             : from;
}

bool IsPossessiveForm(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("\u2019s");
}

bool IsTitleWord(std::string_view lower) { return In<kTitleWords>(lower); }
bool IsPreposition(std::string_view lower) { return In<kPrepositions>(lower); }
bool IsHonorific(std::string_view lower) { return In<kHonorifics>(lower); }
bool IsDeterminerOfDescriptor(std::string_view lower) {
  if (!lower.empty() && std::isdigit(static_cast<unsigned char>(lower[0]))) {
    return true;
  }
  return In<kDeterminers>(lower);
}
bool IsSkippableAdverb(std::string_view lower) {
  return In<kAdverbs>(lower) ||
         (lower.size() > 4 && lower.substr(lower.size() - 2) == "ly" &&
          lower != "family" && lower != "italy" && lower != "july");
}
bool IsContractedStopWord(std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "\xE2\x80\x99s", "'s", "\xE2\x80\x99re", "'re", "\xE2\x80\x99ve",
      "'ve", "\xE2\x80\x99ll", "'ll", "\xE2\x80\x99" "d", "'d"};
  for (std::string_view ending : kEndings) {
    if (word.size() > ending.size() && word.ends_with(ending)) {
      return In<kCapitalizedStopWords>(
          word.substr(0, word.size() - ending.size()));
    }
  }
  return false;
}
bool IsClauseBoundaryWord(std::string_view lower) {
  return In<kClauseBoundaries>(lower);
}

namespace {

// The ASCII letters and digits of a block of 64 bytes of text as bit masks,
// bit n standing for the byte at the block's base + n: the tokenizer finds
// where a word of them ends, and which cases its letters have, by counting
// bits instead of looking at every byte.
struct AsciiWordMasks {
  uint64_t word = 0;   // letters and digits
  uint64_t upper = 0;  // 'A' to 'Z'
  uint64_t lower = 0;  // 'a' to 'z'
  // The byte after each run of letters and digits that has upper-case
  // letters and no lower-case ones (the run ends before bit 63): a word's
  // Token::all_caps is then one bit, not two tests of its run.
  uint64_t all_caps_end = 0;
  // The bytes a token may start at: the first byte of each run of letters
  // and digits, and every other byte but a space. A block starts at a
  // token or between tokens, so its first byte starts a run.
  uint64_t starts = 0;
  // The spaces of the block but one at its first byte: a run of letters
  // and digits that ends at one of them is a whole word (EndsAsciiWord
  // would say so), inside the block and before the range's end, so the
  // tokenizer takes it without a look at the byte after it. (No word ends
  // at bit 0, so a bit number taken mod 64 finds none there.)
  uint64_t space_ends = 0;
};

#ifdef __SSE2__
// Three bit masks of 16 bytes, in their low 16 bits: which bytes are
// ASCII letters and digits (`word`), lower-case letters, and upper-case
// letters or spaces. Five classes of byte (space, lower, upper, digit,
// any other) need three bits each, and three masks cost a lane a
// movemask less than four: a word byte of the third mask is an upper-case
// letter, any other byte of it a space.
struct LaneBits {
  uint64_t word;
  uint64_t lower;
  uint64_t upper_or_space;
};
inline LaneBits ClassifyLane(const unsigned char* bytes) {
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  // x in [lo, lo + n) is one signed compare once x - lo is shifted by
  // -128: the range then starts at the smallest signed byte.
  const auto in_range = [](__m128i x, char lo, char n) {
    const __m128i shifted =
        _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + n)));
  };
  // Setting bit 5 maps 'A'..'Z' onto 'a'..'z' and no other byte onto them.
  const __m128i is_letter = in_range(_mm_or_si128(b, _mm_set1_epi8(0x20)), 'a', 26);
  const __m128i is_lower = in_range(b, 'a', 26);
  const __m128i is_word = _mm_or_si128(is_letter, in_range(b, '0', 10));
  const __m128i is_space = _mm_cmpeq_epi8(b, _mm_set1_epi8(' '));
  // movemask sets only the low 16 bits.
  const auto bits = [](__m128i m) {
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(m)));
  };
  return {bits(is_word), bits(is_lower),
          bits(_mm_or_si128(_mm_andnot_si128(is_lower, is_letter), is_space))};
}
#endif

// The masks of text[base, base + 64), where bytes at or after `end` (and
// past the text) have no bits. Always inlined into Tokenize's loop, which
// then keeps the masks out of memory (GCC 12 would not inline it).
[[gnu::always_inline]] inline AsciiWordMasks ClassifyBlock(
    std::string_view text, size_t base, size_t end) {
  const size_t valid = end > base ? std::min<size_t>(end - base, 64) : 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + base;
  unsigned char padded[64];
  if (text.size() < base + 64) {
    // Too close to the end of the text to read 64 bytes: a copy, with zero
    // bytes (neither letters nor digits) after it.
    std::memset(padded, 0, sizeof padded);
    if (valid > 0) std::memcpy(padded, bytes, valid);
    bytes = padded;
  }
  AsciiWordMasks masks;
#ifdef __SSE2__
  // Written out, so that every shift is a constant.
  const LaneBits lanes[4] = {
      ClassifyLane(bytes), ClassifyLane(bytes + 16), ClassifyLane(bytes + 32),
      ClassifyLane(bytes + 48)};
  masks.word = lanes[0].word | lanes[1].word << 16 | lanes[2].word << 32 |
               lanes[3].word << 48;
  masks.lower = lanes[0].lower | lanes[1].lower << 16 |
                lanes[2].lower << 32 | lanes[3].lower << 48;
  const uint64_t upper_or_space =
      lanes[0].upper_or_space | lanes[1].upper_or_space << 16 |
      lanes[2].upper_or_space << 32 | lanes[3].upper_or_space << 48;
  masks.upper = upper_or_space & masks.word;
  masks.starts = ~(masks.word | upper_or_space);
#else
  for (int k = 0; k < 64; ++k) {
    const uint8_t cls = kAsciiWordClass[bytes[k]];
    const uint64_t bit = uint64_t{1} << k;
    if (cls != 0) masks.word |= bit;
    if ((cls & kUpperBit) != 0) masks.upper |= bit;
    if ((cls & kLowerBit) != 0) masks.lower |= bit;
    if (cls == 0 && bytes[k] != ' ') masks.starts |= bit;
  }
#endif
  const uint64_t in_range =
      valid >= 64 ? ~uint64_t{0} : (uint64_t{1} << valid) - 1;
  masks.word &= in_range;
  masks.upper &= in_range;
  masks.lower &= in_range;
  masks.space_ends = in_range & ~(masks.word | masks.starts) & ~uint64_t{1};
  const uint64_t run_starts = masks.word & ~(masks.word << 1);
  masks.starts = (masks.starts & in_range) | run_starts;
  // Adding each run's first bit to the run's bytes that are not lower case
  // carries through to the byte after the run exactly when none is: a
  // lower-case byte (a 0 bit) stops the carry inside the run. The same for
  // upper case.
  const uint64_t no_lower_end =
      ((masks.word & ~masks.lower) + run_starts) & ~masks.word;
  const uint64_t no_upper_end =
      ((masks.word & ~masks.upper) + run_starts) & ~masks.word;
  masks.all_caps_end = no_lower_end & ~no_upper_end;
  return masks;
}

// Sets `flag` to bit n of `mask` (n < 64). Through a copy, as GCC 12
// then tests the bit in place (bt, setc) where an assignment would shift
// a copy of the mask and mask the stored byte: a word's token sets two
// such flags.
[[gnu::always_inline]] inline void SetBit(bool& flag, uint64_t mask,
                                          size_t n) {
  const bool value = ((mask >> n) & 1) != 0;
  std::memcpy(&flag, &value, sizeof flag);
}

// Whether bytes[k] (k < end) leads a quote mark, dash or space of the
// General Punctuation block (E2 80 80 to E2 80 BF), which IsWordByte
// counts no part of a word: it ends the words before it (“ ” ‘ ’ — …).
inline bool IsGeneralPunctuationAt(const unsigned char* bytes, size_t k,
                                   size_t end) {
  return bytes[k] == 0xE2 && k + 2 < end && bytes[k + 1] == 0x80 &&
         bytes[k + 2] >= 0x80 && bytes[k + 2] <= 0xBF;
}

// Whether a word of `length` ASCII letters and digits ends at bytes[j]
// (j < end), as the general loop of Tokenize would find: a byte that
// continues no word; a quote mark, dash or space of the General
// Punctuation block ("said”"), but for an apostrophe (’) before a letter
// or digit, which joins ("don’t"); or an ASCII joiner ("'", "-", ".", ",")
// followed by the end, by ASCII other than a letter or digit, or by such a
// mark ("said,”"), which joins nothing. After a word of at most four bytes
// a dot may end an abbreviation ("Mr.", "Nov."): the caller looks that up.
inline bool EndsAsciiWord(const unsigned char* bytes, size_t j, size_t end,
                          size_t length) {
  const unsigned char d = bytes[j];
  if (!kMayContinueWord[d]) return true;
  if (d >= 0x80) {
    if (!IsGeneralPunctuationAt(bytes, j, end)) return false;
    // E2 80 99 is the apostrophe; a letter or digit outside ASCII after it
    // the general loop weighs.
    return bytes[j + 2] != 0x99 || j + 3 >= end ||
           (bytes[j + 3] < 0x80 && !kAsciiAlnum[bytes[j + 3]]);
  }
  if (d == '.' && length <= 4) return false;
  if (j + 1 >= end) return true;
  const unsigned char e = bytes[j + 1];
  return e < 0x80 ? !kAsciiAlnum[e] : IsGeneralPunctuationAt(bytes, j + 1, end);
}

// Every abbreviation without an inner dot has at most five bytes with its
// dot (the lists' other entries end in no dot), so longer words, most of
// those that end a sentence, skip the look-ups.
constexpr size_t kLongestAbbreviation = 5;

// Whether the word text[i, j), which has no inner dot, keeps the dot at
// text[j] that follows it (no word byte after that dot): "Mr.", "Nov.",
// "Inc.", a single capital initial. A sentence's full stop it leaves.
bool KeepsItsDot(std::string_view text, size_t i, size_t j) {
  if (j - i + 1 > kLongestAbbreviation) return false;
  // The word and its dot, lower case.
  char buffer[kLongestAbbreviation];
  for (size_t m = i; m <= j; ++m) {
    const char b = text[m];
    buffer[m - i] = (b >= 'A' && b <= 'Z') ? static_cast<char>(b + 32) : b;
  }
  const std::string_view lower(buffer, j - i + 1);
  return IsHonorific(lower) || IsTitleWord(lower) ||
         (j - i == 1 && std::isupper(static_cast<unsigned char>(text[i]))) ||
         In<kDottedAbbreviations>(lower);
}

// Every token but the ASCII words and punctuation Tokenize finds itself:
// quote marks, "&", punctuation of other scripts, and the words that start
// with another byte or may go on past their ASCII letters and digits.
// Sets `t` to the token starting at text[i] (range_start <= i < end) and
// returns the position after it.
[[gnu::noinline]] size_t OtherTokenAt(std::string_view text, size_t range_start, size_t end,
                    size_t i, Token& t) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = bytes[i];
  const Span range{range_start, end};
  t = Token();
  t.start = static_cast<uint32_t>(i);
  if (kAsciiWordClass[c] == 0) {
    // Quote marks.
    size_t qlen = 0;
    bool double_mark = false;
    if (c == '"') {
      qlen = 1;
      double_mark = true;
    } else if (c == '\'' &&
               !(i > range.start && WordByteAt(text, i - 1) && i + 1 < end &&
                 WordByteAt(text, i + 1))) {
      qlen = 1;
    } else if (c == 0xE2 && i + 2 < end &&
               static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x9C || d == 0x9D || d == 0x9E || d == 0x98 ||
          (d == 0x99 && !(i > range.start && WordByteAt(text, i - 1) &&
                          i + 3 < end && WordByteAt(text, i + 3)))) {
        qlen = 3;
        double_mark = d >= 0x9C;
      }
    } else if (c == 0xC2 && i + 1 < end &&
               (static_cast<unsigned char>(text[i + 1]) == 0xAB ||
                static_cast<unsigned char>(text[i + 1]) == 0xBB)) {
      qlen = 2;
      double_mark = true;
    }
    if (qlen > 0) {
      t.type = Token::kQuote;
      t.end = static_cast<uint32_t>(i + qlen);
      const bool space_before = i == range.start || text[i - 1] == ' ' ||
                                text[i - 1] == '\n' || text[i - 1] == '(';
      t.open_quote = space_before;
      (void)double_mark;
      return i + qlen;
    }
    if (c == '&') {
      t.type = Token::kWord;
      t.end = static_cast<uint32_t>(i + 1);
      return i + 1;
    }
    if (!WordByteAt(text, i)) {
      t.type = Token::kPunct;
      t.end = static_cast<uint32_t>(i + Utf8Len(c));
      return t.end;
    }
  }
  size_t j = i;
  bool has_dot = false;
  uint8_t seen = 0;  // kLowerBit | kUpperBit of the ASCII letters so far
  while (j < end) {
    // Runs of ASCII letters and digits, the bulk of the text.
    uint8_t cls;
    while (j < end && (cls = kAsciiWordClass[bytes[j]]) != 0) {
      seen |= cls;
      ++j;
    }
    if (j >= end) break;
    const unsigned char d = bytes[j];
    if (!kMayContinueWord[d]) break;
    if (kNonAsciiStep[d] != 0) {
      // Letters of other scripts, whole characters at a time while they
      // last: from their lead bytes alone, as WordByteAt answers true
      // for every byte that has a step.
      uint8_t step;
      while (j < end && (step = kNonAsciiStep[bytes[j]]) != 0) j += step;
      continue;
    }
    if (d >= 0x80 && WordByteAt(text, j)) {
      j += Utf8Len(d);
      continue;
    }
    // Inner apostrophes, hyphens and abbreviation dots join a word.
    size_t joiner = 0;
    if (d == '\'' || d == '-' || d == '.') joiner = 1;
    // "4,000" is one word.
    if (d == ',' && j > i && std::isdigit(static_cast<unsigned char>(text[j - 1])) &&
        j + 1 < end && std::isdigit(static_cast<unsigned char>(text[j + 1]))) {
      joiner = 1;
    }
    if (d == 0xE2 && j + 2 < end && text[j + 1] == '\x80' &&
        text[j + 2] == '\x99') {
      joiner = 3;
    }
    if (joiner > 0 && j + joiner < end && WordByteAt(text, j + joiner)) {
      if (d == '.') has_dot = true;
      j += joiner;
      continue;
    }
    break;
  }
  // A trailing dot belongs to abbreviations: U.S., Mr., single initials.
  if (j < end && text[j] == '.') {
    if (has_dot || KeepsItsDot(text, i, j)) ++j;
  }
  t.type = Token::kWord;
  t.end = static_cast<uint32_t>(j);
  t.cap = c < 0x80 ? (c >= 'A' && c <= 'Z')
                   : StartsWithUpperCase(text.substr(i, j - i));
  // Only ASCII letters count, and the word's ASCII letters are exactly
  // those the loop above passed over (joiners and dots are not letters).
  t.all_caps = (seen & kUpperBit) != 0 && (seen & kLowerBit) == 0;
  return j;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span range) {
  const size_t end = std::min(range.end, text.size());
  std::vector<Token> tokens;
  // News text has a token every five or six bytes, but some has more.
  tokens.reserve((end > range.start ? end - range.start : 0) / 4 + 16);
  // Tokens are written through a pointer to a batch on the stack (left
  // uninitialised: Token is trivial) and appended to `tokens` a batch at
  // a time, as bytes: a push_back per token would load and store the
  // vector's end and test its capacity every time. A block adds at most
  // 64 tokens (each starts at one of its bytes), so a batch with room for
  // 64 more takes a block's without a test.
  constexpr size_t kBatch = 256;
  Token batch[kBatch];
  Token* out = batch;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // Block by block of 64 bytes from `base`, visiting only the bytes a
  // token may start at (AsciiWordMasks::starts): spaces and the inner
  // bytes of words cost nothing.
  size_t base = range.start;
  while (base < end) {
    if (out > batch + (kBatch - 64)) {
      tokens.insert(tokens.end(), batch, out);
      out = batch;
    }
    const AsciiWordMasks masks = ClassifyBlock(text, base, end);
    uint64_t starts = masks.starts;
    size_t next = base + 64;  // where the next block starts
    while (starts != 0) {
      const size_t offset = static_cast<size_t>(std::countr_zero(starts));
      const size_t i = base + offset;
      // Words are most of the starts, then punctuation: [[likely]] on
      // both lets GCC keep more of what a word reads in registers.
      if (((masks.word >> offset) & 1) != 0) [[likely]] {
        // Most words are ASCII letters and digits alone, ended by a byte
        // that cannot continue a word (a space, mostly): found from the
        // masks, they go to OtherTokenAt only when they fill the block or
        // may go on past their last letter.
        const uint64_t from_i = masks.word >> offset;  // bit 0 is set
        // Adding 1 clears the run of ones at the bottom and sets the bit
        // after it (all bits are clear when the run fills the block).
        const uint64_t after_run = from_i + 1;
        const size_t length = static_cast<size_t>(std::countr_zero(after_run));
        // Most words end at a space: one bit says so. (offset + length is
        // 64 for a run that fills the block, and bit 0 is never set.)
        const bool at_space =
            ((masks.space_ends >> ((offset + length) & 63)) & 1) != 0;
        if (!at_space && offset + length >= 64 && offset > 0) {
          // The run goes on to the block's end and perhaps past it: read
          // the word again from a block that starts with it.
          next = i;
          break;
        }
        const size_t j = i + length;
        // [[likely]] keeps the word's token on the fall-through path: GCC
        // otherwise lays it out of line, a jump more for every word.
        if (at_space || (offset + length < 64 &&
                         (j >= end || EndsAsciiWord(bytes, j, end, length))))
            [[likely]] {
          Token& t = *out++ = Token{};
          t.start = static_cast<uint32_t>(i);
          t.end = static_cast<uint32_t>(j);
          SetBit(t.cap, masks.upper, offset);
          SetBit(t.all_caps, masks.all_caps_end, offset + length);
          // No other token starts inside the word.
          starts &= starts - 1;
          continue;
        }
        if (offset + length < 64 && bytes[j] == '.' && length <= 4 &&
            (j + 1 >= end ||
             (bytes[j + 1] < 0x80 && !kAsciiAlnum[bytes[j + 1]]))) {
          // A short word before a dot that joins it to nothing ("Mr. ",
          // "said."), as OtherTokenAt would read it: the word keeps the dot
          // when it is an abbreviation. (j < end: EndsAsciiWord was asked.)
          const bool keeps_dot = KeepsItsDot(text, i, j);
          Token& t = *out++ = Token{};
          t.start = static_cast<uint32_t>(i);
          t.end = static_cast<uint32_t>(j + (keeps_dot ? 1 : 0));
          SetBit(t.cap, masks.upper, offset);
          SetBit(t.all_caps, masks.all_caps_end, offset + length);
          starts &= starts - 1;
          // A dot it keeps starts no token of its own (bit j - base < 64).
          if (keeps_dot) starts &= ~(uint64_t{1} << (j - base));
          continue;
        }
      } else if (kPlainAsciiPunctuation[bytes[i]]) [[likely]] {
        Token& t = *out++ = Token{};
        t.start = static_cast<uint32_t>(i);
        t.end = static_cast<uint32_t>(i + 1);
        t.type = Token::kPunct;
        starts &= starts - 1;
        continue;
      } else if (kSeparatorByte[bytes[i]]) {  // a newline or a tab
        starts &= starts - 1;
        continue;
      }
      const size_t j =
          OtherTokenAt(text, range.start, end, i, *out++);
      if (j - base >= 64) {
        next = j;
        break;
      }
      // Token starts inside the token just read are none.
      starts &= ~uint64_t{0} << (j - base);
    }
    base = next;
  }
  tokens.insert(tokens.end(), batch, out);
  return tokens;
}

namespace {

// "Zhao, who is known as ‘Old Zhao’ and whose company, Hengtai Fine
// Chemicals, employs 26 people, said": a relative clause with commas of its
// own between a name and its cue. With `comma` the comma before the cue,
// returns the last token of the name that opens the clause's sentence (or
// follows a comma) when the clause after it starts ", who" or ", whose"
// and holds another comma; -1 otherwise. The simpler clause without inner
// commas is the appositive loop's to read.
long RelativeClauseOwner(std::string_view text, const std::vector<Token>& tokens,
                         long lo, long comma) {
  if (comma <= lo || TokenText(text, tokens[comma]) != ",") return -1;
  int inner_commas = 0;
  for (long w = comma - 1; w >= lo + 2 && w >= comma - 45; --w) {
    const std::string_view t = TokenText(text, tokens[w]);
    if (t == "." || t == ";" || t == ":") return -1;
    if (t == ",") {
      ++inner_commas;
      continue;
    }
    if (!IsWord(tokens[w]) || tokens[w].cap || (t != "who" && t != "whose") ||
        TokenText(text, tokens[w - 1]) != ",") {
      continue;
    }
    const long name_end = w - 2;
    long b = name_end;
    while (b - 1 >= lo && IsWord(tokens[b - 1]) && tokens[b - 1].cap) --b;
    const bool opens = b == lo || TokenText(text, tokens[b - 1]) == ",";
    const bool name = IsWord(tokens[name_end]) && tokens[name_end].cap &&
                      name_end - b <= 3 &&
                      !IsCapitalizedStopWord(TokenText(text, tokens[b]));
    return opens && name && inner_commas > 0 ? name_end : -1;
  }
  return -1;
}

// Whether tokens[k] is a single mark that is a plural possessive's
// apostrophe rather than a closing quote: glued to a word ending in "s"
// and followed by a word ("the Photovoltaic Exporters’ Chamber",
// "Farmers' Union", "Edmunds' executive director").
bool IsPluralPossessiveMark(std::string_view text,
                            const std::vector<Token>& tokens, long k) {
  if (k < 1 || static_cast<size_t>(k) + 1 >= tokens.size()) return false;
  const Token& mark = tokens[k];
  const Token& before = tokens[k - 1];
  const Token& after = tokens[k + 1];
  const std::string_view m = TokenText(text, mark);
  return mark.type == Token::kQuote && (m == "'" || m == "\u2019") &&
         IsWord(before) && before.end == mark.start &&
         text[before.end - 1] == 's' && IsWord(after) &&
         after.start == mark.end + 1;
}

// In [first, last], a bare plural of one or two words ("officials",
// "Chinese analysts") followed by a preposition and its object of up to
// six words: the plural's index, else -1.
long BarePluralBeforePhrase(std::string_view text,
                            const std::vector<Token>& tokens, long first,
                            long last) {
  if (first < 0 || last - first < 2) return -1;
  for (long prep = first + 1; prep <= first + 2 && prep < last; ++prep) {
    if (!IsWord(tokens[prep]) ||
        !IsPreposition(TokenLower(text, tokens[prep]))) {
      continue;
    }
    if (last - prep > 6) return -1;
    const long head = prep - 1;
    const LowerWord plural = TokenLower(text, tokens[head]);
    if (plural.size() <= 3 || plural.back() != 's' ||
        IsSkippableAdverb(plural) || IsPreposition(plural)) {
      return -1;
    }
    for (long m = first; m <= last; ++m) {
      if (!IsWord(tokens[m])) return -1;
      const LowerWord w = TokenLower(text, tokens[m]);
      if (IsClauseBoundaryWord(w) || w == "which" || w == "who" ||
          w == "whom" || w == "whose" || w == "where" || w == "when" ||
          (m < prep && IsCapitalizedStopWord(TokenText(text, tokens[m])))) {
        return -1;
      }
    }
    return head;
  }
  return -1;
}

// Whether tokens [from, to) are a finite clause of their own: they open
// with a determiner or a subject pronoun ("the greenback may be in for
// some weakness") and hold an auxiliary or modal verb before any relative
// pronoun or subordinating word ("a company that has", "speaking on
// condition of anonymity because he was") and outside quotation marks.
bool HoldsFiniteClause(std::string_view text, const std::vector<Token>& tokens,
                       long from, long to) {
  static constexpr std::string_view kOpeners[] = {
      "the", "a", "an", "this", "these", "those", "its", "his", "her",
      "their", "our", "he", "she", "it", "they", "we", "there"};
  static constexpr std::string_view kClauseLinks[] = {
      "who",   "which", "that", "whose", "whom",  "where", "when", "because",
      "since", "as",    "while", "if",   "after", "before", "although"};
  if (from >= to || !IsWord(tokens[from]) ||
      !LowerIsOneOf(TokenText(text, tokens[from]), kOpeners)) {
    return false;
  }
  for (long m = from + 1; m < to; ++m) {
    if (tokens[m].type == Token::kQuote) return false;
    if (!IsWord(tokens[m])) continue;
    const std::string_view w = TokenText(text, tokens[m]);
    if (LowerIsOneOf(w, kClauseLinks)) return false;
    if (IsAuxiliary(w)) return true;
  }
  return false;
}

// `word` without a contracted auxiliary at its end ("she’d" → "she",
// "he'll" → "he", "she’s" → "she"); `word` itself when it has none.
std::string_view WithoutContractedAuxiliary(std::string_view word) {
  for (const std::string_view suffix :
       {"'d", "'ll", "'s", "\u2019d", "\u2019ll", "\u2019s"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

// An age written as one word: "43-year-old", "9-year-old".
bool IsAgeWord(std::string_view word) {
  return word.size() > 9 && word.ends_with("-year-old") &&
         std::isdigit(static_cast<unsigned char>(word[0]));
}

// A lower-case word ending in "ed" ("learned", "asked"): a verb's past
// tense or participle, never the noun a relative pronoun stands for.
bool LooksPastTense(std::string_view text, const Token& token) {
  const std::string_view w = TokenText(text, token);
  return !token.cap && w.size() > 3 && w.ends_with("ed");
}

}  // namespace

SubjectPhrase SubjectBefore(std::string_view text,
                            const std::vector<Token>& tokens, size_t floor,
                            size_t end, const SpeakerWords& words) {
  SubjectPhrase p;
  if (end == 0 || end <= floor) return p;
  long i = static_cast<long>(end) - 1;
  const long lo = static_cast<long>(floor);
  while (i >= lo && IsWord(tokens[i]) &&
         IsSkippableAdverbToken(text, tokens[i])) {
    --i;
  }
  // "a career Army officer who described the call as ...": the relative
  // pronoun stands for the noun phrase before it. After a past tense
  // ("By the time Buckley learned who had written the song") it opens a
  // question clause, and stands for nobody.
  if (i > lo && IsWord(tokens[i]) && IsWord(tokens[i - 1]) &&
      (TokenText(text, tokens[i]) == "who" ||
       TokenText(text, tokens[i]) == "that")) {
    if (LooksPastTense(text, tokens[i - 1])) return p;
    --i;
  }
  if (i < lo) return p;
  // "his most prized pieces of writing were": a cue after a preposition is
  // a gerund, and no subject ends in a preposition.
  if (IsWord(tokens[i]) && !tokens[i].cap &&
      IsPreposition(TokenLower(text, tokens[i]))) {
    return p;
  }
  std::vector<std::string> appositive_roles;
  // ", “Harvest of Uncertainty,” estimated": a quoted title in apposition
  // ends with its comma inside the marks.
  bool skipped_title = false;
  if (tokens[i].type == Token::kQuote && i - 1 >= lo &&
      TokenText(text, tokens[i - 1]) == ",") {
    // Only a short quotation set off by commas: SUBJ, “TITLE,” CUE.
    long open = i - 2;
    while (open >= lo && open > i - 14 && tokens[open].type != Token::kQuote) {
      --open;
    }
    // ", titled “Leaky Pipes,”": up to two words before the title.
    long comma = open - 1;
    while (comma >= lo && comma > open - 4 && IsWord(tokens[comma])) --comma;
    if (open - 2 < lo || tokens[open].type != Token::kQuote || comma - 1 < lo ||
        TokenText(text, tokens[comma]) != ",") {
      return p;
    }
    i = comma - 1;
    skipped_title = true;
  }
  (void)skipped_title;
  if (const long name_end = RelativeClauseOwner(text, tokens, lo, i);
      name_end >= lo) {
    long b = name_end;
    while (b - 1 >= lo && IsWord(tokens[b - 1]) && tokens[b - 1].cap) --b;
    Finish(text, tokens, b, name_end, PhraseKind::kName, p);
    return p;
  }
  // Whether the words before `comma` open the sentence with a
  // preposition: "In Washington, an official at the Bureau, who ...,
  // said" is introduced by a place, not named by it.
  auto introductory = [&](long comma) {
    long k = comma - 1;
    while (k > lo && IsWord(tokens[k - 1])) --k;
    // A dateline's dash ("BUFFALO, N.Y. (AP) — After ...") ends what
    // comes before the sentence proper.
    const bool opens = k == lo || TokenText(text, tokens[k - 1]) == "\u2014";
    if (!opens || !IsWord(tokens[k])) return false;
    const LowerWord opener = TokenLower(text, tokens[k]);
    if (IsPreposition(opener) || In<kOpeningPrepositions>(opener)) {
      return true;
    }
    // "Hours before the vote, ...", "Days after the raid, ...".
    if (k + 1 >= comma || !IsWord(tokens[k + 1])) return false;
    const LowerWord link = TokenLower(text, tokens[k + 1]);
    return link == "before" || link == "after";
  };
  // Up to two appositives or relative clauses between commas: "Tang
  // Weiming, secretary-general of the Council, an industry group, said".
  for (int round = 0; round < 2 && TokenText(text, tokens[i]) == ","; ++round) {
    long j = i - 1;
    const long stop = std::max(lo, i - 25);
    bool in_quote = false;  // walking back inside a quoted title
    while (j >= stop && (in_quote || (TokenText(text, tokens[j]) != "," &&
                                      TokenText(text, tokens[j]) != "." &&
                                      TokenText(text, tokens[j]) != ";" &&
                                      TokenText(text, tokens[j]) != ":"))) {
      if (tokens[j].type == Token::kQuote &&
          !IsPluralPossessiveMark(text, tokens, j)) {
        in_quote = !in_quote;
      }
      --j;
      // "a fellow at the institute in Munich, Germany, said": a place's
      // own comma ("City, Country") does not end the appositive.
      // Nor does a company's before its suffix ("for Dräger, Inc.,").
      if (!in_quote && j > stop && TokenText(text, tokens[j]) == "," &&
          (PlaceCommaAt(text, tokens, j, i) ||
           CorporateSuffixAfter(text, tokens, j, i))) {
        --j;
      }
    }
    if (j < stop || TokenText(text, tokens[j]) != "," || j == i - 1) return p;
    // "In a recorded interview with the FBI, Webb confessed ..., admitting
    // that": an opening prepositional phrase is no subject, and what
    // follows its comma is the sentence, not an appositive.
    if (introductory(j)) return p;
    // ", the greenback may be in for some weakness, said Juan Perez": a
    // stretch with a verb of its own and no relative pronoun before it
    // is a clause, not an appositive, and the subject comes after the cue.
    if (HoldsFiniteClause(text, tokens, j + 1, i)) return p;
    const LowerWord first = TokenLower(text, tokens[j + 1]);
    // "Ashcombe’s Asia chief, Vikram Sethi, said": the name is the
    // appositive.
    bool name_run = i - 1 - j >= 2 && i - 1 - j <= 3;
    for (long m = j + 1; name_run && m < i; ++m) {
      name_run = IsWord(tokens[m]) && tokens[m].cap &&
                 !IsCapitalizedStopWord(TokenText(text, tokens[m]));
    }
    // So is it after a descriptor that ends in a body's or a place's
    // name: "a spokesman for the Office of Maritime Trade Remedies,
    // Garrett Olumide, said", "China’s ambassador to Britain, Liu Xiaming,
    // said".
    auto descriptor_before = [&](long comma) {
      for (long m = comma - 1; m >= lo && m >= comma - 12 && IsWord(tokens[m]);
           --m) {
        if (tokens[m].cap) continue;
        const LowerWord lower = TokenLower(text, tokens[m]);
        if (In<kNameConnectors>(lower) || lower == "to") continue;
        return IsTitleWord(lower);
      }
      return false;
    };
    if (name_run && j - 1 >= lo && IsWord(tokens[j - 1]) &&
        (!tokens[j - 1].cap || descriptor_before(j))) {
      Finish(text, tokens, j + 1, i - 1, PhraseKind::kName, p);
      AddRoleWords(text, tokens, std::max(lo, j - 4), j, p.role_words);
      return p;
    }
    if (first != "who" && first != "which" && first != "whose" &&
        first != "speaking" && first != "citing" && first != "according" &&
        first != "when" && first != "asked" && first != "in" &&
        first != "on") {
      AddRoleWords(text, tokens, j + 1, i, appositive_roles);
    }
    i = j - 1;
    if (i < lo) return p;
    // "NAME, title of the Council, an industry group, said": when the
    // segment before this comma starts lower case after another comma, it
    // is a first appositive.
    long j2 = i;
    const long stop2 = std::max(lo, i - 25);
    while (j2 >= stop2 && TokenText(text, tokens[j2]) != "," &&
           (tokens[j2].type != Token::kQuote ||
            IsPluralPossessiveMark(text, tokens, j2)) &&
           TokenText(text, tokens[j2]) != "." &&
           TokenText(text, tokens[j2]) != ";") {
      --j2;
      // "a fellow at the institute in Munich, Germany, and co-author ...":
      // the place's own comma.
      if (j2 > stop2 && TokenText(text, tokens[j2]) == "," &&
          PlaceCommaAt(text, tokens, j2, i + 1)) {
        --j2;
      }
    }
    if (round == 0 && j2 >= stop2 && j2 > lo && TokenText(text, tokens[j2]) == "," &&
        j2 + 1 <= i && IsWord(tokens[j2 + 1]) && !tokens[j2 + 1].cap &&
        !IsClauseBoundaryWord(TokenLower(text, tokens[j2 + 1])) &&
        IsWord(tokens[j2 - 1]) && tokens[j2 - 1].cap && !introductory(j2)) {
      AddRoleWords(text, tokens, j2 + 1, i + 1, appositive_roles);
      i = j2 - 1;
      break;
    }
  }
  if (!IsWord(tokens[i])) return p;
  const LowerWord last_lower = TokenLower(text, tokens[i]);
  if (const PronounKind pronoun = words.Pronoun(last_lower);
      pronoun != PronounKind::kNone) {
    Finish(text, tokens, i, i, PhraseKind::kPronoun, p);
    // "he’d respond": the pronoun, whose gender the registry asks.
    p.head = WithoutContractedAuxiliary(last_lower.view());
    p.pronoun = pronoun;
    return p;
  }
  const long last = i;
  const long limit = std::max(lo, i - 14);
  // "Analysts said" at the start of a sentence: a group, not a name.
  if (tokens[i].cap && (i == lo || !IsWord(tokens[i - 1]) ||
                        IsCapitalizedStopWord(TokenText(text, tokens[i - 1]))) &&
      IsGroupNoun(last_lower)) {
    Finish(text, tokens, i, i, PhraseKind::kDescriptor, p);
    return p;
  }
  // "the CEO said", "one neo-bank CEO said": a title written as an
  // acronym after a lower-case word is the head of a role, not a name.
  const bool acronym_title =
      tokens[i].all_caps && i - 1 >= lo && IsWord(tokens[i - 1]) &&
      (!tokens[i - 1].cap ||
       IsCapitalizedStopWord(TokenText(text, tokens[i - 1]))) &&
      IsTitleToken(text, tokens[i]);
  // Name mode: a run of capitalized words with connectors.
  if (tokens[i].cap && !acronym_title &&
      !IsCapitalizedStopWord(TokenText(text, tokens[i]))) {
    long k = i;
    while (k - 1 >= limit && IsWord(tokens[k - 1]) &&
           (tokens[k - 1].cap ||
            IsNameConnectorToken(text, tokens[k - 1]))) {
      --k;
    }
    size_t first = AfterPossessiveOwner(
        text, tokens, TrimNameStart(text, tokens, k, last), last, words);
    // "the US Bureau of ... said" (government_words.h).
    if (static_cast<long>(first) < last &&
        words.government().CountryModifiesBody(
            TokenText(text, tokens[first]), tokens[first].all_caps,
            TokenText(text, tokens[first + 1]))) {
      ++first;
    }
    // Back over a lower-case title: "spokeswoman Jane Doe".
    if (first > 0 && static_cast<long>(first) - 1 >= lo &&
        IsWord(tokens[first - 1]) &&
        IsTitleToken(text, tokens[first - 1])) {
      p.role_words.emplace_back(TokenLower(text, tokens[first - 1]).view());
    }
    const long before = static_cast<long>(first) - 1;
    // "a spokesman for the Ministry of External Commerce": the article
    // does not hide the preposition that makes the name its object. An
    // agent ("a report released by the Lakeshore Institute") speaks
    // itself.
    long prep = before;
    if (prep > lo && IsWord(tokens[prep]) &&
        TokenLower(text, tokens[prep]) == "the" &&
        !IsAgentPreposition(TokenLower(text, tokens[prep - 1]))) {
      --prep;
    }
    // "..., with Foreign Minister Ayman Safadi warning of ...": after
    // "with", a name before a participle is that participle's subject.
    const bool with_participle =
        prep >= lo && end < tokens.size() && IsWord(tokens[end]) &&
        TokenText(text, tokens[end]).ends_with("ing") &&
        TokenLower(text, tokens[prep]) == "with";
    const bool in_pp = prep >= lo && IsWord(tokens[prep]) &&
                       IsPreposition(TokenLower(text, tokens[prep])) &&
                       !with_participle;
    if (!in_pp) {
      Finish(text, tokens, first, last, PhraseKind::kName, p);
      for (size_t k2 = first; k2 <= static_cast<size_t>(last); ++k2) {
        if (IsTitleToken(text, tokens[k2])) {
          p.role_words.emplace_back(TokenLower(text, tokens[k2]).view());
        }
      }
      p.role_words.insert(p.role_words.end(),
                          std::make_move_iterator(appositive_roles.begin()),
                          std::make_move_iterator(appositive_roles.end()));
      return p;
    }
    i = before;  // continue as a descriptor: "a spokesperson in Beijing"
  }
  // Descriptor or role mode: walk back to a determiner, through
  // prepositional phrases ("a spokeswoman for the company").
  long k = i;
  long head_end = last;  // the head noun of a bare plural
  while (k >= limit && IsWord(tokens[k])) {
    const LowerWord w = TokenLower(text, tokens[k]);
    if (IsClauseBoundaryWord(w) && w != "that") break;
    // "The discoveries of these receptors were momentous, ..., says X",
    // "devices have seen impacts, too, said X": words after a verb are
    // its complement, not a subject.
    if (IsAuxiliary(w.view())) {
      p = SubjectPhrase{};
      return p;
    }
    if (w == "that" && k != last) break;
    if (w == "the" || IsDeterminerOfDescriptor(w)) {
      long before = k - 1;
      // "one study in over 40,000 adults": a number's modifier is no
      // boundary between the number and its preposition.
      if (std::isdigit(static_cast<unsigned char>(w[0])) && before > lo &&
          IsWord(tokens[before]) &&
          In<kNumberModifiers>(TokenLower(text, tokens[before]))) {
        --before;
      }
      if (before >= lo && IsWord(tokens[before]) &&
          IsPreposition(TokenLower(text, tokens[before])) && before - 1 >= lo &&
          IsWord(tokens[before - 1])) {
        k = before - 1;
        continue;
      }
      // "economists who study the trade", "a diplomat following the
      // talks": this noun phrase is the object inside a modifier of the
      // subject, whose head comes before the modifier.
      if (const long start = ModifierStart(text, tokens, lo, k); start > lo) {
        k = start - 1;
        head_end = k;
        continue;
      }
      if (k == last) {
        p = SubjectPhrase{};
        return p;
      }
      // "A 2-month study", "An October 11 presentation": a number that
      // follows an article (and perhaps a month) belongs to its phrase.
      if (std::isdigit(static_cast<unsigned char>(w[0]))) {
        auto article = [&](long m) {
          if (m < lo || !IsWord(tokens[m])) return false;
          const LowerWord a = TokenLower(text, tokens[m]);
          return a == "a" || a == "an" || a == "the";
        };
        if (article(k - 1)) {
          k -= 1;
        } else if (k - 2 >= lo && IsWord(tokens[k - 1]) && tokens[k - 1].cap &&
                   article(k - 2)) {
          k -= 2;
        }
      }
      // "Paganini and his team reported": the group a possessive pronoun
      // gives a name joined by "and" is that person's, who speaks for it.
      if ((w == "his" || w == "her" || w == "their") && k - 2 >= lo &&
          IsWord(tokens[k - 1]) && TokenText(text, tokens[k - 1]) == "and" &&
          IsWord(tokens[k - 2]) && tokens[k - 2].cap) {
        SubjectPhrase named = SubjectBefore(text, tokens, floor, k - 1, words);
        if (named.kind == PhraseKind::kName) {
          p = std::move(named);
          return p;
        }
      }
      Finish(text, tokens, k, last,
             DefiniteDeterminer(TokenLower(text, tokens[k])) ? PhraseKind::kRole
                                                  : PhraseKind::kDescriptor,
             p);
      PreferAgentName(text, tokens, k, last, p);
      p.role_words.insert(p.role_words.end(),
                          std::make_move_iterator(appositive_roles.begin()),
                          std::make_move_iterator(appositive_roles.end()));
      return p;
    }
    if (tokens[k].cap && k != last && k < last &&
        IsCapitalizedStopWord(TokenText(text, tokens[k]))) {
      break;
    }
    --k;
  }
  // No determiner: a bare plural ("analysts", "Chinese officials").
  const long first = k + 1;
  // "Ostergaard’s research group", "Public Ombudsman Nadia Cruz’s
  // office": a capitalised possessive, perhaps the last of up to four
  // capitalised words, stands in for the determiner.
  long owner = first;
  while (owner < head_end && owner - first < 3 && owner >= lo &&
         IsWord(tokens[owner]) && tokens[owner].cap &&
         !IsPossessiveForm(TokenText(text, tokens[owner]))) {
    ++owner;
  }
  if (owner < head_end && first >= lo && IsWord(tokens[owner]) &&
      tokens[owner].cap && IsPossessiveForm(TokenText(text, tokens[owner])) &&
      !IsCapitalizedStopWord(TokenText(text, tokens[first]))) {
    bool lower_rest = true;
    for (long m = owner + 1; m <= head_end; ++m) {
      lower_rest = lower_rest && IsWord(tokens[m]) && !tokens[m].cap;
    }
    if (lower_rest) {
      Finish(text, tokens, first, last, PhraseKind::kDescriptor, p);
      return p;
    }
  }
  if (first <= head_end && head_end - first < 3) {
    const LowerWord head = TokenLower(text, tokens[head_end]);
    // A plural in -s, or a group noun that has none ("police", "people").
    if (head.size() > 3 && (head.back() == 's' || IsGroupNoun(head)) &&
        !IsSkippableAdverb(head)) {
      long f = first;
      while (f < head_end &&
             IsCapitalizedStopWord(TokenText(text, tokens[f]))) {
        ++f;
      }
      bool all_words = true;
      for (long m = f; m <= head_end; ++m) {
        const LowerWord w = TokenLower(text, tokens[m]);
        if (IsPreposition(w) || w == "the") all_words = false;
      }
      if (all_words) {
        // "U.S. and Chinese negotiators": coordinated modifiers of one
        // group belong to it.
        if (f - 2 >= lo && IsWord(tokens[f - 1]) &&
            TokenText(text, tokens[f - 1]) == "and" && IsWord(tokens[f - 2]) &&
            words.IsOriginModifier(text, tokens[f - 2]) &&
            words.IsOriginModifier(text, tokens[f])) {
          f -= 2;
        }
        Finish(text, tokens, f, last, PhraseKind::kDescriptor, p);
        return p;
      }
    }
  }
  // "Officials in Beijing", "Chinese analysts at Coldwater Research",
  // "Executives across the world": a bare plural and one prepositional
  // phrase after it.
  // Not before a participle ("resolutions declaring settlements illegal"
  // modify a noun; nobody speaks).
  if (const long head = BarePluralBeforePhrase(text, tokens, first, last);
      head >= 0 && !TokenText(text, tokens[end]).ends_with("ing")) {
    Finish(text, tokens, first, last, PhraseKind::kDescriptor, p);
    return p;
  }
  // `p` (not a new phrase), so that every return names it and the phrase
  // is built in the caller's place rather than moved there.
  p = SubjectPhrase{};
  return p;
}

namespace {

// The phrase SubjectAfter reads from token `name`; when it is a name, the
// words of tokens [first, name) before it ("executive chair", "Brightfold
// chief executive") open its role words, so that a later "the chief
// executive" finds it.
SubjectPhrase NameAfterTitles(std::string_view text,
                              const std::vector<Token>& tokens, size_t first,
                              size_t name, size_t ceiling,
                              const SpeakerWords& words) {
  SubjectPhrase p = SubjectAfter(text, tokens, name, ceiling, words);
  if (p.kind == PhraseKind::kName) {
    std::vector<std::string> role;
    role.reserve(name - first + p.role_words.size());
    for (size_t r = first; r < name; ++r) {
      role.emplace_back(TokenLower(text, tokens[r]).view());
    }
    std::move(p.role_words.begin(), p.role_words.end(),
              std::back_inserter(role));
    p.role_words = std::move(role);
  }
  return p;
}

// The capitalised word after a profession in lower case and up to two
// words that modify it, all starting at token `from` (before `limit`): the
// name in "study co-author Anezina Solomonidou", "certified financial
// planner Eric Roberge". The profession is a title or a role word of
// `words`; no modifier is a function word ("the", "of", "and", "his").
// `from` when there is none.
size_t NameAfterProfession(std::string_view text,
                           const std::vector<Token>& tokens, size_t from,
                           size_t limit, const SpeakerWords& words) {
  // Most words after a cue have no capital a few words on: no word need
  // be lowered for them.
  size_t capital = from + 1;
  while (capital < limit && capital <= from + 3 && IsWord(tokens[capital]) &&
         !tokens[capital].cap) {
    ++capital;
  }
  if (capital >= limit || capital > from + 3 || !IsWord(tokens[capital])) {
    return from;
  }
  size_t name = from;
  while (name < limit && name < from + 3 && IsWord(tokens[name]) &&
         !tokens[name].cap) {
    const LowerWord w = TokenLower(text, tokens[name]);
    if (!std::all_of(w.view().begin(), w.view().end(),
                     [](char c) { return IsAsciiLower(c) || c == '-'; }) ||
        IsArticle(w.view()) || IsPreposition(w.view()) ||
        IsAuxiliary(w.view()) || IsDeterminerOfDescriptor(w.view()) ||
        words.IsPossessive(w.view()) ||
        words.Pronoun(w.view()) != PronounKind::kNone || w.view() == "and" ||
        w.view() == "or" || w.view() == "that" || w.view() == "who") {
      return from;
    }
    ++name;
  }
  if (name == from || name >= limit || !IsWord(tokens[name]) ||
      !tokens[name].cap) {
    return from;
  }
  // "co-author", "co-chair": a shared profession is one too.
  const LowerWord last = TokenLower(text, tokens[name - 1]);
  std::string_view profession = last.view();
  if (profession.starts_with("co-")) profession.remove_prefix(3);
  return IsTitleWord(profession) || words.IsRoleWord(profession) ? name : from;
}

}  // namespace

SubjectPhrase SubjectAfter(std::string_view text,
                           const std::vector<Token>& tokens, size_t begin,
                           size_t ceiling, const SpeakerWords& words) {
  SubjectPhrase p;
  ceiling = std::min(ceiling, tokens.size());
  if (begin >= ceiling || !IsWord(tokens[begin])) return p;
  // "wrote 43-year-old Martin Taylor": an age before a name is no part
  // of it.
  if (begin + 1 < ceiling && IsAgeWord(TokenText(text, tokens[begin])) &&
      IsWord(tokens[begin + 1]) && tokens[begin + 1].cap) {
    ++begin;
  }
  const LowerWord first_lower = TokenLower(text, tokens[begin]);
  if (const PronounKind pronoun = words.Pronoun(first_lower);
      pronoun != PronounKind::kNone && pronoun != PronounKind::kFirstPerson) {
    Finish(text, tokens, begin, begin, PhraseKind::kPronoun, p);
    p.head = WithoutContractedAuxiliary(first_lower.view());
    p.pronoun = pronoun;
    return p;
  }
  size_t k = begin;
  const size_t limit = std::min(ceiling, begin + 14);
  size_t last = begin;
  // "the Harbor Institute": an organisation's name with its article. "the
  // Jordanian government" is a role: its capital is only a demonym. A
  // capitalised "The" inside the sentence is part of the name ("according
  // to The Wrap": NamesArticleAt).
  const bool demonym_role =
      begin + 2 < limit && IsWord(tokens[begin + 1]) &&
      words.IsOriginModifier(text, tokens[begin + 1]) &&
      IsWord(tokens[begin + 2]) && !tokens[begin + 2].cap;
  if (first_lower == "the" && begin + 1 < limit && IsWord(tokens[begin + 1]) &&
      tokens[begin + 1].cap && !demonym_role &&
      !NamesArticleAt(text, tokens, begin)) {
    begin = begin + 1;
    k = begin;
  }
  // "coach Bruce Boudreau", "executive chair Marcelo Claure": up to four
  // titles before a name.
  if (!tokens[begin].cap) {
    size_t name = NameAfterLowerTitles(text, tokens, begin, limit);
    if (name == begin) {
      name = NameAfterProfession(text, tokens, begin, limit, words);
    }
    if (name != begin) {
      p = NameAfterTitles(text, tokens, begin, name, ceiling, words);
      return p;
    }
  }
  // "estimates by Crestfield Minerals Analytics".
  if (!tokens[begin].cap && first_lower != "the" &&
      !IsDeterminerOfDescriptor(first_lower)) {
    for (size_t m = begin; m < limit && m < begin + 4 && IsWord(tokens[m]); ++m) {
      const LowerWord w = TokenLower(text, tokens[m]);
      if ((w == "by" || w == "from") && m + 1 < limit) {
        return SubjectAfter(text, tokens, m + 1, ceiling, words);
      }
    }
    return p;
  }
  // "Analysts at Barrowgate Securities": the firm speaks.
  if (tokens[begin].cap && begin + 2 < limit &&
      first_lower.size() > 3 && first_lower.back() == 's' &&
      (TokenLower(text, tokens[begin + 1]) == "at" ||
       TokenLower(text, tokens[begin + 1]) == "from") &&
      IsWord(tokens[begin + 2]) && tokens[begin + 2].cap) {
    return SubjectAfter(text, tokens, begin + 2, ceiling, words);
  }
  if (tokens[begin].cap) {
    while (k < limit && IsWord(tokens[k]) &&
           (tokens[k].cap || IsNameConnectorToken(text, tokens[k]))) {
      ++k;
    }
    last = k - 1;
    while (last > begin &&
           IsNameConnectorToken(text, tokens[last])) {
      --last;
    }
    // "Brightfold chief executive Leah Sorensen": titles, then the name.
    size_t m = last + 1;
    while (m < limit && IsWord(tokens[m]) && !tokens[m].cap &&
           IsTitleToken(text, tokens[m])) {
      ++m;
    }
    if (m > last + 1 && m < limit && IsWord(tokens[m]) && tokens[m].cap) {
      // The words before the name describe it, so a later "the chief
      // executive" finds her.
      p = NameAfterTitles(text, tokens, begin, m, ceiling, words);
      return p;
    }
    // "Gunderson's neighbor, Marjorie Thiel".
    m = last + 1;
    while (m < limit && IsWord(tokens[m]) && !tokens[m].cap) ++m;
    if (m > last + 1 && m + 1 < ceiling && TokenText(text, tokens[m]) == "," &&
        IsWord(tokens[m + 1]) && tokens[m + 1].cap) {
      return SubjectAfter(text, tokens, m + 1, ceiling, words);
    }
    // "China’s ambassador to Britain accused ...": a possessive name with
    // a title after it (perhaps past a few modifiers: "China’s top trade
    // negotiator") is that office's holder, described by the whole
    // phrase, not the name.
    if (IsPossessiveForm(TokenText(text, tokens[last]))) {
      size_t title = last + 1;
      while (title < limit && title < last + 5 && IsWord(tokens[title]) &&
             !tokens[title].cap && !IsTitleToken(text, tokens[title])) {
        ++title;
      }
      if (title < limit && IsWord(tokens[title]) && !tokens[title].cap &&
          IsTitleToken(text, tokens[title])) {
        // "foreign minister", "trade ministry": the title's further words.
        static constexpr std::string_view kBodies[] = {
            "ministry", "office", "department", "embassy", "mission",
            "delegation", "agency", "council", "committee", "commission"};
        size_t end = title;
        while (end + 1 < limit && IsWord(tokens[end + 1]) &&
               !tokens[end + 1].cap &&
               (IsTitleToken(text, tokens[end + 1]) ||
                In<kBodies>(TokenLower(text, tokens[end + 1]).view()))) {
          ++end;
        }
        // "The We Company’s recently named executive chair Marcelo
        // Claure": a name after the titles holds the office.
        if (end + 1 < limit && IsWord(tokens[end + 1]) &&
            tokens[end + 1].cap) {
          SubjectPhrase named =
              SubjectAfter(text, tokens, end + 1, ceiling, words);
          if (named.kind == PhraseKind::kName) return named;
        }
        // "... to Britain", "... of the Treasury": the office's place.
        if (end + 2 < limit && IsWord(tokens[end + 1]) &&
            (TokenText(text, tokens[end + 1]) == "to" ||
             TokenText(text, tokens[end + 1]) == "of" ||
             TokenText(text, tokens[end + 1]) == "for")) {
          size_t cap = end + 2;
          if (cap < limit && TokenText(text, tokens[cap]) == "the") ++cap;
          size_t run = cap;
          while (run < limit && IsWord(tokens[run]) && tokens[run].cap) ++run;
          if (run > cap) end = run - 1;
        }
        Finish(text, tokens, TrimNameStart(text, tokens, begin, last), end,
               PhraseKind::kDescriptor, p);
        p.head = std::string(TokenLower(text, tokens[end]).view());
        return p;
      }
    }
    const size_t first = AfterPossessiveOwner(
        text, tokens, TrimNameStart(text, tokens, begin, last), last, words);
    // "The council said ...": a capitalised article alone is no name.
    if (first == last &&
        IsCapitalizedStopWord(TokenText(text, tokens[first]))) {
      return p;
    }
    Finish(text, tokens, first, last, PhraseKind::kName, p);
    for (size_t r = begin; r <= last; ++r) {
      if (IsTitleToken(text, tokens[r])) {
        p.role_words.emplace_back(TokenLower(text, tokens[r]).view());
      }
    }
  } else if (first_lower == "the" || IsDeterminerOfDescriptor(first_lower)) {
    while (k < limit && IsWord(tokens[k])) {
      const LowerWord w = TokenLower(text, tokens[k]);
      // "the ministry also said" ends at the adverb; in "the board's
      // newly appointed analyst" an adverb after the possessive modifies
      // what follows.
      if (k > begin && (IsClauseBoundaryWord(w) || w == "who" ||
                        (IsSkippableAdverb(w) &&
                         !IsPossessiveForm(TokenText(text, tokens[k - 1]))))) {
        break;
      }
      // "the company’s executive chair Marcelo Claure": a name after a
      // title holds it, described by the words before.
      if (k > begin && tokens[k].cap && IsTitleToken(text, tokens[k - 1])) {
        SubjectPhrase named = SubjectAfter(text, tokens, k, ceiling, words);
        if (named.kind == PhraseKind::kName) {
          std::vector<std::string> role;
          AddRoleWords(text, tokens, begin, k, role);
          named.role_words.insert(named.role_words.begin(), role.begin(),
                                  role.end());
          return named;
        }
      }
      ++k;
    }
    last = k - 1;
    if (last == begin) return p;
    // "said the unit's research director, Hamish Grant": a name in
    // apposition to the role is the speaker, and the role describes it.
    if (const size_t name_end = ApposedNameEnd(text, tokens, last + 1, ceiling);
        name_end > 0) {
      SubjectPhrase name;
      Finish(text, tokens, last + 2, name_end - 1, PhraseKind::kName, name);
      AddRoleWords(text, tokens, begin, last + 1, name.role_words);
      return name;
    }
    // "said another witness in the probe, former White House Russia
    // adviser Fiona Hill": titles before the apposed name, which ends the
    // phrase.
    if (last + 2 < ceiling && TokenText(text, tokens[last + 1]) == ",") {
      SubjectPhrase name =
          SubjectAfter(text, tokens, last + 2, ceiling, words);
      if (name.kind == PhraseKind::kName && name.span.start !=
          tokens[last + 2].start) {
        size_t after = last + 2;
        while (after < ceiling && tokens[after].end <= name.span.end) ++after;
        if (after >= ceiling || !IsWord(tokens[after])) {
          std::vector<std::string> role;
          AddRoleWords(text, tokens, begin, last + 1, role);
          name.role_words.insert(name.role_words.begin(),
                                 std::make_move_iterator(role.begin()),
                                 std::make_move_iterator(role.end()));
          return name;
        }
      }
    }
    Finish(text, tokens, begin, last,
           DefiniteDeterminer(first_lower) ? PhraseKind::kRole
                                           : PhraseKind::kDescriptor,
           p);
    PreferAgentName(text, tokens, begin, last, p);
  } else {
    return p;
  }
  // An appositive after the name: ", head of oilseeds research at ...,".
  size_t a = last + 1;
  if (a < ceiling && TokenText(text, tokens[a]) == ",") {
    size_t b = a + 1;
    while (b < ceiling && b < a + 20 && IsWord(tokens[b])) ++b;
    AddRoleWords(text, tokens, a + 1, b, p.role_words);
  }
  return p;
}

SpeakerWords::SpeakerWords(const DiscoveryRules& rules)
    : government_(rules), genders_(rules) {
  const std::pair<const std::vector<std::string>*, PronounKind> lists[] = {
      {&rules.person_pronouns, PronounKind::kPerson},
      {&rules.organization_pronouns, PronounKind::kOrganization},
      {&rules.group_pronouns, PronounKind::kGroup},
      {&rules.first_person_pronouns, PronounKind::kFirstPerson}};
  for (const auto& [list, kind] : lists) {
    for (const std::string& w : *list) {
      pronouns_.try_emplace(w, kind);
      pronoun_filter_.Add(w);
    }
  }
  possessives_.insert(rules.possessive_pronouns.begin(),
                      rules.possessive_pronouns.end());
  publish_verbs_.insert(rules.publish_verbs.begin(), rules.publish_verbs.end());
  for (const std::string& w : rules.role_words) {
    role_words_.insert(LowerAscii(w));
  }
  for (const std::string& phrase : rules.speech_introductions) {
    std::vector<std::string> words;
    size_t start = 0;
    while (start <= phrase.size()) {
      const size_t space = std::min(phrase.find(' ', start), phrase.size());
      if (space > start) words.push_back(phrase.substr(start, space - start));
      start = space + 1;
    }
    if (words.empty()) continue;
    introduction_filter_.Add(LowerAscii(words.front()));
    introductions_.push_back(std::move(words));
  }
  for (const std::string& w : rules.document_nouns) {
    documents_.insert(w);
    document_filter_.Add(w);
  }
}

PronounKind SpeakerWords::Pronoun(std::string_view lower) const {
  if (!pronoun_filter_.MayHoldExact(lower)) {
    // "she’d respond", "he'll say", "she’s said": the pronoun before a
    // contracted auxiliary (which ends in d, l or s).
    if (lower.size() < 3 ||
        (lower.back() != 'd' && lower.back() != 'l' && lower.back() != 's')) {
      return PronounKind::kNone;
    }
    const std::string_view stem = WithoutContractedAuxiliary(lower);
    if (stem.size() == lower.size() || !pronoun_filter_.MayHoldExact(stem)) {
      return PronounKind::kNone;
    }
    lower = stem;
  }
  const auto it = pronouns_.find(absl::string_view(lower.data(), lower.size()));
  return it == pronouns_.end() ? PronounKind::kNone : it->second;
}

bool SpeakerWords::IsPossessive(std::string_view lower) const {
  return possessives_.contains(absl::string_view(lower.data(), lower.size()));
}

bool SpeakerWords::IsDocumentNoun(std::string_view lower) const {
  return documents_.contains(absl::string_view(lower.data(), lower.size()));
}

bool SpeakerWords::IsOriginModifier(std::string_view text,
                                    const Token& t) const {
  const std::string_view w = TokenText(text, t);
  if (government_.IsDemonym(w)) return true;
  // A dotted capital abbreviation: U.S., U.K., E.U.
  return t.all_caps && w.size() >= 4 && w.back() == '.' &&
         w.find('.') < w.size() - 1;
}

size_t SpeakerWords::IntroductionAt(std::string_view text,
                                    const std::vector<Token>& tokens,
                                    size_t k) const {
  if (k >= tokens.size() || !IsWord(tokens[k])) return 0;
  // Most words begin no introduction: reject them by length and ends.
  if (!introduction_filter_.MayHold(TokenText(text, tokens[k]))) return 0;
  for (const std::vector<std::string>& words : introductions_) {
    // The last word is the rarest ("remarks"): test it first.
    if (k + words.size() > tokens.size() ||
        !EqualsLowerAscii(TokenText(text, tokens[k + words.size() - 1]),
                          words.back())) {
      continue;
    }
    size_t n = 0;
    // Compared in place: this is asked at every word of a paragraph
    // without quotation marks.
    while (n < words.size() && k + n < tokens.size() && IsWord(tokens[k + n]) &&
           EqualsLowerAscii(TokenText(text, tokens[k + n]), words[n])) {
      ++n;
    }
    if (n == words.size()) return n;
  }
  return 0;
}

bool SpeakerWords::IsPublishVerb(std::string_view lower) const {
  return publish_verbs_.contains(absl::string_view(lower.data(), lower.size()));
}

bool SpeakerWords::IsRoleWord(std::string_view lower) const {
  return role_words_.contains(absl::string_view(lower.data(), lower.size()));
}

namespace {

// Whether descriptor `text` opens with a common word that has its capital
// only because it starts the sentence (SpeakerAsWritten).
bool OpensWithCommonWord(std::string_view text, const SpeakerWords* words) {
  const std::string_view first = text.substr(0, text.find(' '));
  if (first.size() < 2 || !std::islower(static_cast<unsigned char>(first[1]))) {
    return false;
  }
  if (IsPossessiveForm(LowerAscii(first))) return false;
  if (words != nullptr && words->government().IsDemonym(first)) return false;
  const size_t next = first.size() + 1;
  return next >= text.size() ||
         !std::isupper(static_cast<unsigned char>(text[next]));
}

// Whether the first word of `phrase` (up to a space or hyphen) is written,
// capitalised as there, somewhere inside a sentence of `text` as a name of
// its own: after a lowercase word or a comma, and not inside a longer
// capitalised name ("Department of Health", "Health Commission").
bool CapitalizedInsideASentence(std::string_view text,
                                std::string_view phrase) {
  const std::string_view first = phrase.substr(0, phrase.find_first_of(" -"));
  return AnyWholeWord(text, first, [&](size_t at) {
    const size_t end = at + first.size();
    size_t before = at;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before == 0 || before == at) return false;
    const char c = text[before - 1];
    if (!IsAsciiAlnum(c) && c != ',' && c != ';') return false;
    // Not inside a longer name: "Department of Health", "Health Commission".
    size_t next = end;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next > end && next < text.size() && IsAsciiUpper(text[next])) {
      return false;
    }
    size_t word = before;
    while (word > 0 && IsAsciiAlnum(text[word - 1])) --word;
    const std::string_view prev = text.substr(word, before - word);
    if (prev == "of" || prev == "and" || prev == "for") {
      size_t last = word;
      while (last > 0 && text[last - 1] == ' ') --last;
      size_t start = last;
      while (start > 0 && IsAsciiAlnum(text[start - 1])) --start;
      if (start < last && IsAsciiUpper(text[start])) return false;
    }
    return prev.empty() || !IsAsciiUpper(prev[0]);
  });
}

}  // namespace

std::string SpeakerAsWritten(const SubjectPhrase& p,
                             const SpeakerWords* words, std::string_view text) {
  std::string out = p.text;
  if (out.empty()) return out;
  // A role opening a sentence is lowered ("The report" → "the report")
  // unless it opens with a name the text capitalises inside sentences too
  // ("China police" where it writes "in China").
  const std::string first = LowerAscii(out.substr(0, out.find(' ')));
  const bool opens_with_name =
      p.kind == PhraseKind::kRole && first.size() < out.size() &&
      first != "the" && !IsDeterminerOfDescriptor(first) &&
      CapitalizedInsideASentence(text, out);
  const bool lower =
      (p.kind == PhraseKind::kRole && !opens_with_name) ||
      (p.kind == PhraseKind::kDescriptor &&
       (IsDeterminerOfDescriptor(first) ||
        (OpensWithCommonWord(out, words) &&
         !(out.find(' ') != std::string::npos &&
           CapitalizedInsideASentence(text, out)))));
  if (lower) out[0] = AsciiLower(out[0]);
  return out;
}

}  // namespace whosaid::nlp
