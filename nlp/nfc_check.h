// Whether UTF-8 text is valid and already in Unicode Normalization Form C,
// asking ICU's full check only about the stretches that can need it.
//
// Normalize (normalizer.h) repairs only invalid text and runs ICU's NFC
// only on text that is not already NFC; CheckUtf8Form answers both
// questions in one walk over the text, since nearly all of it is ASCII
// that settles both at once. ICU's isNormalizedUTF8 costs about twenty
// instructions per byte of Cyrillic or Hangul text; most characters of
// such text are "NFC starters" (below), which a table look-up settles.
//
// Thread-safe: the tables are built once, on first use.

#ifndef WHOSAID_NLP_NFC_CHECK_H_
#define WHOSAID_NLP_NFC_CHECK_H_

#include <unicode/normalizer2.h>
#include <unicode/umachine.h>
#include <unicode/utypes.h>

#include <cstdint>
#include <string_view>

namespace whosaid::nlp {

// True when `c` has NFC quick-check value Yes and always has a
// normalization boundary before it (so canonical combining class 0): no
// character before it interacts with it, and alone it is NFC. Most
// letters are; combining marks, Hangul vowel and final jamo, and
// characters NFC replaces (U+212B ANGSTROM SIGN) are not. Read from ICU's
// NFC data.
bool IsNfcStarter(UChar32 c);

// True when `text` (valid UTF-8) is NFC: the answer of
// nfc.isNormalizedUTF8(text, status), where `nfc` is ICU's NFC instance.
// On an ICU failure returns false with `status` set.
// REQUIRES: text.size() < 2^31, U_SUCCESS(status).
bool IsNfcText(const icu::Normalizer2& nfc, std::string_view text,
               UErrorCode& status);

// True when `text` is valid UTF-8 without NUL bytes: the text Normalize
// keeps as it is (it replaces NUL and invalid sequences by U+FFFD).
bool IsValidUtf8(std::string_view text);

enum class Utf8Form : uint8_t {
  kInvalid,  // not IsValidUtf8
  kNotNfc,   // valid, not NFC
  kNfc,      // valid and NFC
};

// IsValidUtf8(text) and, when it holds, IsNfcText(nfc, text, status), in
// one walk. On an ICU failure `status` is set and the answer is kNfc or
// kInvalid. REQUIRES: text.size() < 2^31, U_SUCCESS(status).
Utf8Form CheckUtf8Form(const icu::Normalizer2& nfc, std::string_view text,
                       UErrorCode& status);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_NFC_CHECK_H_
