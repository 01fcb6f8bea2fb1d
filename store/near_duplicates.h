// Near-duplicate documents: wire reprints, syndicated copies and
// re-published updates under another id. Each document whose text is an
// exact copy of another's, or whose MinHash similarity to another's is at
// least kMinSimilarity, is linked (documents.duplicate_of) to
// the earliest document of its group, so counts are not inflated and the
// original outlet is credited. Groups always point at their earliest
// member, also when an earlier copy arrives later.
//
// Not thread-safe; call inside the writer's transaction.

#ifndef WHOSAID_STORE_NEAR_DUPLICATES_H_
#define WHOSAID_STORE_NEAR_DUPLICATES_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "store/fingerprint.h"
#include "store/sqlite_db.h"

namespace whosaid::store {

// Links document `id`, already written with its fingerprint and text hash,
// into its group. `order_key` is its published time in UTC, else its
// ingest time: the earliest order_key is the original.
absl::Status LinkNearDuplicates(Db& db, int64_t id, const Fingerprint& fp,
                                const std::string& text_hash,
                                const std::string& order_key);

// A hex digest of `text` (64-bit FNV-1a), for exact-copy detection.
std::string TextHash(std::string_view text);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_NEAR_DUPLICATES_H_
