// The fragment index of the SQLite store (schema version 5): the table
// `quote_windows`, WITHOUT ROWID on (hash, anchor, quote_id), with one row
// per word of every linkable quote key (the window starting there, see
// store/fragment_windows.h), the row of the quote's anchor window marked
// anchor = 1. The quote clusterer uses it to find the quotes of a speaker
// that a new quote is a fragment of, or that are fragments of it, with a
// few index probes instead of reading every quote of the speaker.
//
// The table is derived data kept by whosaid; rows of quotes deleted by
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

// Whether a quote takes part in fragment linking: it has a speaker, and its
// key has words (keys of text without letters or digits start with '#' and
// only ever match themselves).
bool IsLinkable(std::string_view speaker_key, std::string_view key);

// Schema version 5: creates the table and fills it from every stored
// quote. Runs inside the transaction Migrate opened.
absl::Status MigrateV4ToV5(Db& db);

// Creates the empty table, and drops it: for the version-2 migration,
// which writes version-1 documents again through the current writer before
// the store has reached version 5.
absl::Status CreateFragmentIndex(Db& db);
absl::Status DropFragmentIndex(Db& db);

// Adds quote `id` to the index. REQUIRES: IsLinkable(speaker_key, key).
absl::Status IndexQuote(Db& db, int64_t id, std::string_view speaker_key,
                        std::string_view key);

// A stored quote and its key.
struct FragmentCandidate {
  int64_t id;
  std::string key;
};

// The quotes of `speaker_key`, other than `id`, that may contain `key` as a
// fragment or be fragments of it: every quote that is (KeyIsFragmentOf
// either way) and possibly others, so check each. Sorted by key in byte
// order, as the speaker's quotes are in the quotes_identity index.
// REQUIRES: IsLinkable(speaker_key, key).
absl::StatusOr<std::vector<FragmentCandidate>> FragmentCandidates(
    Db& db, int64_t id, const std::string& speaker_key, const std::string& key);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_FRAGMENT_INDEX_H_
