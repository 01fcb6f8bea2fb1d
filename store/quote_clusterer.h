// Quote clustering: every occurrence of a quote joins the cluster of the
// same words (QuoteKey) from the same speaker (NameKey), so that a quote
// carried by many outlets is one quote with many occurrences. A quote whose
// words are a fragment of a longer quote by the same speaker is linked to
// that longer quote through quotes.parent_id, whichever arrives first; the
// related quotes are found through store/fragment_index.h.
//
// Not thread-safe; call inside the writer's transaction.

#ifndef WHOSAID_STORE_QUOTE_CLUSTERER_H_
#define WHOSAID_STORE_QUOTE_CLUSTERER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "nlp/analysis.h"
#include "store/sqlite_db.h"

namespace whosaid::store {

// Returns the id of the cluster `quote` belongs to, creating it (and its
// fragment links) when it is new. `now` is the UTC creation time.
absl::StatusOr<int64_t> ClusterQuote(Db& db, const nlp::Quote& quote,
                                     const std::string& now);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_QUOTE_CLUSTERER_H_
