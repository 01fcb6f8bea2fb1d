// Writes one document and its analysis into the version-2 schema: the
// document row (or a new revision of it, keeping the old one as history),
// its source, near-duplicate link, actors, aliases and mentions, quote
// occurrences joined to their clusters, claims with their quantities, and
// topics.
//
// Not thread-safe. The caller owns the transaction: WriteDocument runs
// inside it and leaves commit or rollback to the caller.

#ifndef WHOSAID_STORE_DOCUMENT_WRITER_H_
#define WHOSAID_STORE_DOCUMENT_WRITER_H_

#include <string>

#include "absl/status/statusor.h"
#include "nlp/analysis.h"
#include "nlp/document.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace whosaid::store {

struct WriteOptions {
  // The content hash to store; empty (the default) computes ContentHash.
  // Migrations pass the hash an older schema stored, so that re-ingesting
  // an unchanged document after a migration still changes nothing.
  std::string content_hash;
  // UTC ingest time; empty (the default) means now.
  std::string now;
};

// A hex digest of the document's title and text: what "changed" means.
std::string ContentHash(const nlp::Document& doc);

// Returns kNew, kUnchanged (nothing written) or kUpdated; the engine's error
// otherwise, after which the caller must roll back.
absl::StatusOr<PutOutcome> WriteDocument(Db& db, const nlp::Document& doc,
                                         const nlp::Analysis& analysis,
                                         const WriteOptions& options = {});

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_DOCUMENT_WRITER_H_
