// The language of a text from its content, for pages that declare none or
// declare one the text contradicts (lang="en" on a Chinese page).
//
// Two signals, both cheap: the script of the letters (ICU's uscript), which
// settles Chinese, Japanese, Korean, Russian, Arabic, Greek, Hebrew, Thai,
// Hindi and a few more on its own; and, for Latin script, how many words are
// the common function words of English, French, German, Spanish, Italian,
// Portuguese, Dutch, Indonesian, Czech or Polish. A text too short to tell,
// or a Latin text whose words match no profile well, is "und".
//
// Stateless; thread-safe (the word table is built once, on first use).

#ifndef WHOSAID_INGEST_LANGUAGE_ID_H_
#define WHOSAID_INGEST_LANGUAGE_ID_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid::ingest {

struct LanguageGuess {
  // Primary BCP 47 subtag ("en", "zh", "ja", ...), or "und" when the text is
  // too short or matches no profile.
  std::string tag = "und";
  // ISO 15924 code of the text's main script ("Latn", "Hani", "Jpan",
  // "Kore", "Cyrl", ...); empty when the text has no letters.
  std::string script;
  // 0..1: how clearly the text points to `tag`; 0 for "und". For Latin
  // script, the share of words that are the language's function words
  // (scaled so that ordinary prose reaches 1) times the lead over the
  // runner-up; otherwise the script's share of the letters.
  double confidence = 0;
  // For Latin-script text of at least a few words: each profile's share of
  // the words, e.g. {"en", 0.34}, {"fr", 0.02}, ...; empty otherwise. The
  // tags view static storage.
  std::vector<std::pair<std::string_view, double>> latin_shares;
};

// Guesses the language of the UTF-8 `text` from its first `max_bytes`
// bytes (default 16 KB, enough for a firm answer; the rest is not read).
// Invalid UTF-8 is skipped. Never fails: returns tag "und" when unsure.
LanguageGuess DetectLanguage(std::string_view text,
                             size_t max_bytes = 16 << 10);

// Where Document::language came from.
enum class LanguageSource {
  kNone,      // the page declared nothing and the text could not tell
  kDeclared,  // html lang, content-language meta, JSON-LD inLanguage, ...
  kDetected,  // DetectLanguage, because nothing was declared or the
              // declaration was implausible for the text
};

// "none", "declared", "detected".
std::string_view LanguageSourceName(LanguageSource source);

struct LanguageChoice {
  std::string tag;  // BCP 47; empty with kNone
  LanguageSource source = LanguageSource::kNone;
};

// Picks the language of a document from the tag the page `declared` (BCP 47,
// may be empty) and what its text says (`detected`). The declaration wins,
// region and all, unless the text contradicts it: a different script
// (lang="en" over Han characters), or, when both are Latin-script languages
// with a profile, a firm guess of another language whose function words are
// more than three times as frequent as the declared language's. An
// undetermined guess never replaces a declaration.
LanguageChoice ChooseLanguage(std::string_view declared,
                              const LanguageGuess& detected);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_LANGUAGE_ID_H_
