// Matching keys for names and quotes, so that the same words compare equal
// however they were punctuated, quoted or capitalised.
//
// Pure functions over UTF-8; thread-safe. Invalid UTF-8 bytes are dropped.

#ifndef WHOSAID_STORE_TEXT_KEYS_H_
#define WHOSAID_STORE_TEXT_KEYS_H_

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::store {

// A name folded for case-insensitive comparison: Unicode case folding,
// runs of white space collapsed to one space, trimmed. "  Dana  WHITLOCK "
// and "dana whitlock" give the same key.
std::string NameKey(std::string_view name);

// A quote's matching key: words case-folded, quote marks and punctuation
// dropped, apostrophes removed inside words ("don’t" → "dont"), dashes as
// spaces, and every ellipsis ("...", "…", ". . .", "[…]") turned into the
// separator token "|". Words are joined by single spaces. Returns "" when
// the text has no letters or digits.
std::string QuoteKey(std::string_view text);

// The words of `text` as QuoteKey folds them, ellipses dropped.
std::vector<std::string> KeyWords(std::string_view text);

// True when `fragment` (a QuoteKey) is a proper part of `whole` (a
// QuoteKey): each of its ellipsis-separated segments occurs in `whole` on
// word boundaries, in order, without spanning an ellipsis of `whole`, and
// the two keys differ.
bool KeyIsFragmentOf(std::string_view fragment, std::string_view whole);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_TEXT_KEYS_H_
