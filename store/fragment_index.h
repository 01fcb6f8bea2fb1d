// The fragment index of the SQLite store (schema version 5), which lets the
// quote clusterer find the quotes of a prolific speaker that a new quote is
// a fragment of, or that are fragments of it, with a few index probes
// instead of reading every quote of the speaker.
//
// Tables:
//   - `quote_windows`, WITHOUT ROWID on (hash, anchor, quote_id): one row
//     per word of every linkable quote key of an indexed speaker (the window
//     starting there, see store/fragment_windows.h); the row of the quote's
//     anchor window has anchor = 1.
//   - `fragment_speakers`, WITHOUT ROWID on speaker_key: the indexed
//     speakers, those with kIndexedSpeakerQuotes quotes or more. All their
//     linkable quotes are in quote_windows.
// Keeping a window row costs more than reading a quote key, so a speaker
// with fewer quotes is not indexed: their quotes are read as before, which
// is cheap at that size, and cost no space.
//
// The tables are derived data kept by whosaid; rows of quotes deleted by
// hand are harmless (candidates are verified, missing ones skipped).
// Not thread-safe; call inside the writer's transaction.

#ifndef WHOSAID_STORE_FRAGMENT_INDEX_H_
#define WHOSAID_STORE_FRAGMENT_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "store/sqlite_db.h"

namespace whosaid::store {

// A speaker is indexed from this many quotes on (all their quotes,
// linkable or not, counted).
inline constexpr int64_t kIndexedSpeakerQuotes = 256;

// Whether a quote takes part in fragment linking: it has a speaker, and its
// key has words (keys of text without letters or digits start with '#' and
// only ever match themselves).
bool IsLinkable(std::string_view speaker_key, std::string_view key);

// Schema version 5: creates the tables and indexes every speaker with
// kIndexedSpeakerQuotes quotes or more. Runs inside the transaction
// Migrate opened.
absl::Status MigrateV4ToV5(Db& db);

// Creates the empty tables, and drops them: for the version-2 migration,
// which writes version-1 documents again through the current writer before
// the store has reached version 5.
absl::Status CreateFragmentIndex(Db& db);
absl::Status DropFragmentIndex(Db& db);

// A stored quote and its key.
struct FragmentCandidate {
  int64_t id;
  std::string key;
};

// The quotes that may be related to a new quote.
struct FragmentLookup {
  // The quotes of the speaker, other than the new one, that may contain
  // its key as a fragment or be fragments of it: every quote that is
  // (KeyIsFragmentOf either way) and possibly others, so check each.
  // Sorted by key in byte order, as the speaker's quotes are in the
  // quotes_identity index.
  std::vector<FragmentCandidate> candidates;
  // Whether they came from the index (the speaker is indexed).
  bool indexed = false;
  // When not indexed: how many quotes the speaker has besides the new one.
  int64_t other_quotes = 0;
};

// Looks up the candidates for quote `id` (key `key`) of `speaker_key`.
// REQUIRES: IsLinkable(speaker_key, key).
absl::StatusOr<FragmentLookup> FindFragmentCandidates(Db& db, int64_t id,
                                                      const std::string& speaker_key,
                                                      const std::string& key);

// Records the new quote `id` in the index, given the `lookup` made for it:
// adds its windows when its speaker is indexed, or indexes the speaker
// when the new quote brings them to kIndexedSpeakerQuotes.
// REQUIRES: IsLinkable(speaker_key, key).
absl::Status IndexNewQuote(Db& db, int64_t id, const std::string& speaker_key,
                           const std::string& key, const FragmentLookup& lookup);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_FRAGMENT_INDEX_H_
