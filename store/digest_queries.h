// Queries the source digest needs beyond the common ones in queries.h: the
// documents of a period. Same conventions and errors as queries.h. Not
// thread-safe.

#ifndef WHOSAID_STORE_DIGEST_QUERIES_H_
#define WHOSAID_STORE_DIGEST_QUERIES_H_

#include <vector>

#include "absl/status/statusor.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace whosaid::store {

// Documents published within the query's since/until, of its source when
// given, newest first (then by row id), at most query.limit. Undated
// documents have no place in a period and are left out when since or until
// is set.
absl::StatusOr<std::vector<DocumentRow>> QueryDocuments(Db& db,
                                                        const Query& query);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_DIGEST_QUERIES_H_
