// The event index: where documents and what nlp found in them are kept.
//
// Store is the narrow interface every command talks to; SQLite is the
// embedded engine (sqlite_store.cc) and another engine can sit beside it.
// A Store is used from one thread at a time.

#ifndef WHOSAID_STORE_STORE_H_
#define WHOSAID_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/analysis.h"
#include "nlp/document.h"

namespace whosaid::store {

// What Put did with a document.
enum class PutOutcome {
  kNew,        // first time this document was seen
  kUnchanged,  // same id and same content: nothing written
  kUpdated,    // same id, new content: old revision kept as history
};

// Quotes() refuses a query whose text fields (actor, dates, kind, topic,
// source, text_match, sort) together exceed this many bytes, so that a
// hostile FTS5 expression cannot tie up the engine. Real queries are short.
inline constexpr size_t kMaxQueryBytes = 4096;

// Filters for Quotes(). Empty fields do not filter.
struct QuoteQuery {
  std::string actor;  // canonical name or alias, case-insensitive
  std::string since;  // ISO 8601 date or time, inclusive (UTC)
  std::string until;  // ISO 8601 date or time, inclusive (UTC)
  std::string kind;   // "direct", "partial", "indirect"
  std::string topic;
  std::string source;
  std::string text_match;  // FTS5 query over the quote text
  std::string sort = "date";  // "date" (newest first) or "speaker"
  int limit = 0;              // 0 = no limit
};

// One quote as a query returns it: with where and when it was published.
struct QuoteRow {
  int64_t id = 0;
  std::string speaker;  // empty when unattributed
  std::string text;
  std::string kind;
  std::string cue;
  std::string topics;  // comma-separated
  std::string document_id;
  std::string title;
  std::string url;
  std::string source;
  std::string published;  // ISO 8601 as the source gave it; empty if unknown
};

class Store {
 public:
  virtual ~Store() = default;

  // Writes one document and its analysis in one transaction: either all of
  // it is stored or none. Returns what happened, or the engine's error.
  virtual absl::StatusOr<PutOutcome> Put(const nlp::Document& doc,
                                         const nlp::Analysis& analysis) = 0;

  // Quotes matching `query`, newest first. InvalidArgument for a malformed
  // date or full-text query, or one longer than kMaxQueryBytes.
  virtual absl::StatusOr<std::vector<QuoteRow>> Quotes(
      const QuoteQuery& query) = 0;
};

// Opens (creating if needed) the SQLite store at `path` and migrates it to
// the current schema. FailedPrecondition when the file is not a whosaid
// store or is damaged; Unavailable when it cannot be opened.
absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_STORE_H_
