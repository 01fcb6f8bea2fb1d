#include "ingest/language_id.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "absl/container/flat_hash_map.h"
#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

// ------------------------------------------------------------ Latin words

// The most frequent function words of each Latin-script language with a
// profile, lower case. A word may stand in several lists ("de", "la"); it
// then counts for each, and the words a language does not share decide.
// The Czech and Polish lists leave out their one- and two-letter words that
// are also frequent Romance words ("o", "a", "na", "do").
struct Profile {
  std::string_view tag;
  std::string_view words;  // separated by single spaces
};

constexpr std::array<Profile, 10> kProfiles = {{
    {"en",
     "the of and to in is that for it on was with as said by at from his be "
     "have has are but not this they who were had which their will its been "
     "would after we you an or more than about also there"},
    {"fr",
     "le la les de des du et en un une est que qui dans pour pas au aux sur "
     "il elle ne se ce cette sont avec par plus ont été son sa ses mais ou "
     "nous vous leur comme aussi être fait"},
    {"de",
     "der die das und ist nicht ein eine zu den von mit sich des auf für im "
     "dem es ich auch als an wie bei sind wird hat aus nach noch war wir sie "
     "er oder werden einen einer kann über nur"},
    {"es",
     "el la los las de del que y en un una por con no para es se al lo su "
     "sus más pero como está fue son también este esta ha muy ya entre sin "
     "sobre le hay"},
    {"it",
     "il di che e la per un una in non del della è sono con si da le lo gli "
     "al alla anche più ma come nel nella dei questo ha dal delle ci ad "
     "essere stato tra"},
    {"pt",
     "o de que e do da em um uma os as para com não por no na ao mais é foi "
     "seu sua também são dos das pelo pela isso ele ela mas como já nos "
     "entre"},
    {"nl",
     "de het een en van in is dat op te zijn voor met niet die er aan ook "
     "als bij door maar om dan nog wordt werd was heeft hebben naar uit over "
     "zo kan wel"},
    {"id",
     "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke "
     "ada oleh karena atau sudah saat bisa lebih mereka kami kita para telah "
     "tersebut seperti adalah tetapi namun"},
    {"cs",
     "je se v ve že jako by ale jsou pro jsem byl byla bylo také jeho jen už "
     "když který která které ze tak není být než jsme proto podle"},
    {"pl",
     "w z się nie że jest jak ale co tak przez dla jego już może tym są był "
     "było oraz który która które czy tylko także jednak przy"},
}};

using WordTable = absl::flat_hash_map<std::string_view, uint16_t>;

// Word -> bit set of the profiles that list it. Keys view kProfiles.
const WordTable& Words() {
  static const WordTable* const table = [] {
    auto* t = new WordTable;
    for (size_t p = 0; p < kProfiles.size(); ++p) {
      std::string_view rest = kProfiles[p].words;
      while (!rest.empty()) {
        const size_t sp = rest.find(' ');
        (*t)[rest.substr(0, sp)] |= static_cast<uint16_t>(1u << p);
        rest = sp == std::string_view::npos ? std::string_view()
                                            : rest.substr(sp + 1);
      }
    }
    return t;
  }();
  return *table;
}

// Below these a text is "und": too few words or letters to tell.
constexpr size_t kMinLatinWords = 8;
constexpr size_t kMinLetters = 12;
// Ordinary prose has about a third of its words in its language's list;
// this share counts as full confidence.
constexpr double kFullShare = 0.3;
// Below this confidence a Latin guess is "und".
constexpr double kMinLatinConfidence = 0.15;

// ------------------------------------------------------------ scripts

// Script codes below this are counted; ICU 72 has about 200.
constexpr int kScriptSlots = 256;

// Letters counted per script (CJK characters weigh more: one stands for
// about a word) and the letters that tell languages of one script apart.
struct Counts {
  std::array<double, kScriptSlots> script{};
  size_t letters = 0;
  size_t kana = 0;  // hiragana + katakana
  size_t han = 0;
  size_t cyrl_uk = 0;  // і ї є ґ
  size_t cyrl_sr = 0;  // ђ ћ џ љ њ ј
  size_t cyrl_bg = 0;  // ъ
  size_t cyrl_ru = 0;  // ы э ё
  size_t arab_fa = 0;  // پ چ ژ گ ی
  size_t arab_ur = 0;  // ٹ ڈ ڑ ے
  std::array<size_t, kProfiles.size()> hits{};
  size_t words = 0;
};

void CountLetter(UChar32 c, UScriptCode sc, Counts& n) {
  ++n.letters;
  switch (sc) {
    case USCRIPT_HAN:
      ++n.han;
      n.script[sc] += 3;
      return;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      ++n.kana;
      n.script[USCRIPT_HAN] += 3;  // Japanese counts as one CJK script here
      return;
    case USCRIPT_HANGUL:
      n.script[sc] += 3;
      return;
    case USCRIPT_CYRILLIC:
      if (c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491) ++n.cyrl_uk;
      if (c == 0x452 || c == 0x45B || c == 0x45F || c == 0x459 || c == 0x45A ||
          c == 0x458) {
        ++n.cyrl_sr;
      }
      if (c == 0x44A) ++n.cyrl_bg;
      if (c == 0x44B || c == 0x44D || c == 0x451) ++n.cyrl_ru;
      break;
    case USCRIPT_ARABIC:
      if (c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF || c == 0x6CC) {
        ++n.arab_fa;
      }
      if (c == 0x679 || c == 0x688 || c == 0x691 || c == 0x6D2) ++n.arab_ur;
      break;
    default:
      break;
  }
  n.script[sc] += 1;
}

void CountWord(const std::string& word, Counts& n) {
  ++n.words;
  if (word.size() > 12) return;
  const WordTable& words = Words();
  const auto it = words.find(word);
  if (it == words.end()) return;
  for (size_t p = 0; p < kProfiles.size(); ++p) {
    if (it->second & (1u << p)) ++n.hits[p];
  }
}

Counts CountText(std::string_view text) {
  Counts n;
  std::string word;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, len, c);
      if (c < 0) continue;
    }
    const bool ascii_letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (ascii_letter || (c >= 0x80 && u_isalpha(c))) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode sc =
          ascii_letter ? USCRIPT_LATIN : uscript_getScript(c, &status);
      if (U_FAILURE(status) || static_cast<int>(sc) < 0 ||
          static_cast<int>(sc) >= kScriptSlots) {
        continue;
      }
      CountLetter(c, sc, n);
      if (sc == USCRIPT_LATIN) {
        const UChar32 lower = ascii_letter ? (c | 0x20) : u_tolower(c);
        char buf[4];
        int32_t k = 0;
        U8_APPEND_UNSAFE(buf, k, lower);
        word.append(buf, k);
        continue;
      }
    }
    if (!word.empty()) {
      CountWord(word, n);
      word.clear();
    }
  }
  if (!word.empty()) CountWord(word, n);
  return n;
}

// Scripts that stand for one language.
struct ScriptLanguage {
  UScriptCode script;
  std::string_view lang;
};
constexpr std::array<ScriptLanguage, 18> kScriptLanguages = {{
    {USCRIPT_GREEK, "el"},
    {USCRIPT_HEBREW, "he"},
    {USCRIPT_THAI, "th"},
    {USCRIPT_DEVANAGARI, "hi"},
    {USCRIPT_BENGALI, "bn"},
    {USCRIPT_TAMIL, "ta"},
    {USCRIPT_TELUGU, "te"},
    {USCRIPT_GUJARATI, "gu"},
    {USCRIPT_GURMUKHI, "pa"},
    {USCRIPT_KANNADA, "kn"},
    {USCRIPT_MALAYALAM, "ml"},
    {USCRIPT_GEORGIAN, "ka"},
    {USCRIPT_ARMENIAN, "hy"},
    {USCRIPT_KHMER, "km"},
    {USCRIPT_LAO, "lo"},
    {USCRIPT_MYANMAR, "my"},
    {USCRIPT_SINHALA, "si"},
    {USCRIPT_ETHIOPIC, "am"},
}};

// The language a non-Latin script stands for, with the letters that tell
// a script's languages apart; "" for scripts without one.
std::string_view LanguageOfScript(UScriptCode sc, const Counts& n) {
  switch (sc) {
    case USCRIPT_HAN:
      // Japanese prose is rarely without kana; Chinese has none.
      return n.kana * 10 >= n.kana + n.han ? "ja" : "zh";
    case USCRIPT_HANGUL:
      return "ko";
    case USCRIPT_CYRILLIC:
      if (n.cyrl_uk * 200 > n.letters) return "uk";
      if (n.cyrl_sr * 200 > n.letters) return "sr";
      if (n.cyrl_ru == 0 && n.cyrl_bg * 100 > n.letters) return "bg";
      return "ru";
    case USCRIPT_ARABIC:
      if (n.arab_ur * 200 > n.letters) return "ur";
      if (n.arab_fa * 200 > n.letters) return "fa";
      return "ar";
    default:
      break;
  }
  for (const ScriptLanguage& e : kScriptLanguages) {
    if (e.script == sc) return e.lang;
  }
  return "";
}

// ISO 15924 code to report: CJK gets the code of the language's writing
// system ("Jpan", "Kore", "Hani").
std::string ScriptCode(UScriptCode sc, std::string_view lang) {
  if (lang == "ja") return "Jpan";
  if (lang == "ko") return "Kore";
  const char* code = uscript_getShortName(sc);
  return code ? code : "";
}

void GuessLatin(const Counts& n, LanguageGuess& g) {
  if (n.words < kMinLatinWords) return;
  for (size_t p = 0; p < kProfiles.size(); ++p) {
    g.latin_shares.emplace_back(kProfiles[p].tag,
                                static_cast<double>(n.hits[p]) / n.words);
  }
  size_t best = 0;
  for (size_t p = 1; p < kProfiles.size(); ++p) {
    if (n.hits[p] > n.hits[best]) best = p;
  }
  size_t second = 0;
  for (size_t p = 0; p < kProfiles.size(); ++p) {
    if (p != best) second = std::max(second, n.hits[p]);
  }
  const double top = static_cast<double>(n.hits[best]);
  if (top < 3) return;
  const double share = top / static_cast<double>(n.words);
  const double lead = 1 - static_cast<double>(second) / top;
  const double confidence = std::min(1.0, share / kFullShare) * lead;
  if (confidence < kMinLatinConfidence) return;
  g.tag = std::string(kProfiles[best].tag);
  g.confidence = confidence;
}

// ------------------------------------------------------------ choosing

std::string_view PrimarySubtag(std::string_view tag) {
  const size_t dash = tag.find('-');
  return tag.substr(0, dash);
}

bool HasLatinProfile(std::string_view lang) {
  return std::any_of(kProfiles.begin(), kProfiles.end(),
                     [lang](const Profile& p) { return p.tag == lang; });
}

// The script a declared language is written in, when this code knows it
// for sure: "" for languages it cannot judge.
std::string_view ExpectedScript(std::string_view lang) {
  if (HasLatinProfile(lang)) return "Latn";
  struct Entry {
    std::string_view lang, script;
  };
  static constexpr std::array<Entry, 16> kScripts = {{
      {"zh", "Hani"},
      {"ja", "Jpan"},
      {"ko", "Kore"},
      {"ru", "Cyrl"},
      {"uk", "Cyrl"},
      {"bg", "Cyrl"},
      {"be", "Cyrl"},
      {"mk", "Cyrl"},
      {"ar", "Arab"},
      {"fa", "Arab"},
      {"ur", "Arab"},
      {"he", "Hebr"},
      {"el", "Grek"},
      {"th", "Thai"},
      {"hi", "Deva"},
      {"ka", "Geor"},
  }};
  for (const Entry& e : kScripts) {
    if (e.lang == lang) return e.script;
  }
  return "";
}

// Whether text in `got` fits a language written in `expected`: Japanese
// and Korean text may be all Han characters.
bool ScriptFits(std::string_view expected, std::string_view got) {
  return expected == got ||
         ((expected == "Jpan" || expected == "Kore") && got == "Hani");
}

// A Latin-script guess at least this confident overrules a declared
// Latin-script language whose words are rarer by this factor.
constexpr double kOverrideConfidence = 0.3;
constexpr double kOverrideRatio = 3;

// The share of `lang`'s function words in the guessed text; 0 when unknown.
double LatinShare(const LanguageGuess& g, std::string_view lang) {
  for (const auto& [tag, share] : g.latin_shares) {
    if (tag == lang) return share;
  }
  return 0;
}

}  // namespace

LanguageGuess DetectLanguage(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    // Cut at a character boundary.
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  const Counts n = CountText(text);
  LanguageGuess g;
  const auto top = std::max_element(n.script.begin(), n.script.end());
  double total = 0;
  for (double w : n.script) total += w;
  if (*top <= 0) return g;
  const UScriptCode sc = static_cast<UScriptCode>(top - n.script.begin());
  if (sc == USCRIPT_LATIN) {
    g.script = "Latn";
    GuessLatin(n, g);
    return g;
  }
  const std::string_view lang = LanguageOfScript(sc, n);
  g.script = ScriptCode(sc, lang);
  if (lang.empty() || n.letters < kMinLetters) return g;
  g.tag = std::string(lang);
  g.confidence = *top / total;
  return g;
}

std::string_view LanguageSourceName(LanguageSource source) {
  switch (source) {
    case LanguageSource::kNone:
      return "none";
    case LanguageSource::kDeclared:
      return "declared";
    case LanguageSource::kDetected:
      return "detected";
  }
  return "none";
}

LanguageChoice ChooseLanguage(std::string_view declared,
                              const LanguageGuess& detected) {
  LanguageChoice declared_choice{std::string(declared),
                                 LanguageSource::kDeclared};
  LanguageChoice detected_choice{detected.tag, LanguageSource::kDetected};
  if (detected.tag == "und") {
    if (declared.empty()) return {};
    return declared_choice;
  }
  if (declared.empty()) return detected_choice;
  const std::string lang = nlp::LowerAscii(PrimarySubtag(declared));
  if (lang == detected.tag) return declared_choice;
  const std::string_view expected = ExpectedScript(lang);
  if (expected.empty()) return declared_choice;  // a language we cannot judge
  if (!ScriptFits(expected, detected.script)) return detected_choice;
  if (expected == "Latn" && detected.confidence >= kOverrideConfidence &&
      LatinShare(detected, lang) * kOverrideRatio <
          LatinShare(detected, detected.tag)) {
    return detected_choice;
  }
  return declared_choice;
}

}  // namespace whosaid::ingest
