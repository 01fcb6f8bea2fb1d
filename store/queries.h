// The read side of the SQLite engine: one function per Store query, over a
// Db at schema version 2. Every filter value is bound as a parameter (see
// QueryParams); only fixed SQL fragments chosen by code are ever appended.
//
// Errors: InvalidArgument for a malformed date, unknown sort or invalid
// full-text query (the message says which); FailedPrecondition for a
// damaged file; the engine's error otherwise. Not thread-safe.

#ifndef WHOSAID_STORE_QUERIES_H_
#define WHOSAID_STORE_QUERIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace whosaid::store {

// A Query turned into bound values. Every query's SQL refers to them by
// number: ?1 actor key, ?2 since, ?3 until, ?4 kind, ?5 topic, ?6 source,
// ?7 full-text query.
struct QueryParams {
  std::string actor_key;  // NameKey(actor)
  std::string since;      // UTC lower bound, comparable with stored times
  std::string until;      // UTC upper bound (inclusive of its whole unit)
  std::string kind;
  std::string topic;
  std::string source;
  std::string match;
};

// The speaker or holder keys matching ?1: the name itself, or the name of
// any actor that has ?1 as an alias.
inline constexpr const char* kActorKeysSql =
    "(SELECT ?1 UNION SELECT a.name_key FROM actor_aliases al "
    "JOIN actors a ON a.id = al.actor_id WHERE al.alias_key = ?1)";

// Validates and converts `query`. InvalidArgument for a malformed date or a
// query longer than kMaxQueryBytes.
absl::StatusOr<QueryParams> MakeParams(const Query& query);

// Binds ?1..?7 of `st`; parameters the SQL does not use are skipped.
void BindParams(Statement& st, const QueryParams& p);

// The error of a failed query step: InvalidArgument naming the full-text
// query when one was given and SQLite rejected it, else SqliteStatus.
absl::Status QueryError(const Statement& st, sqlite3* db,
                        const QueryParams& p, std::string_view what);

// The columns a kind of row is filtered on, for FilterSql. A null member
// means the row kind cannot be filtered that way and the filter is skipped.
struct FilterColumns {
  const char* who_key = nullptr;  // speaker or holder key, matched with ?1
  const char* time = nullptr;     // UTC time, bounded by ?2 and ?3
  const char* kind = nullptr;     // matched with ?4
  // Topic links: table, its column holding the row, and the row's id
  // expression, e.g. "occurrence_topics", "occurrence_id", "o.id" (?5).
  const char* topic_table = nullptr;
  const char* topic_column = nullptr;
  const char* topic_row = nullptr;
  // Full-text: the FTS5 table and the id its rowid names, e.g.
  // "quotes_fts", "q.id" (?7).
  const char* fts_table = nullptr;
  const char* fts_row = nullptr;
};

// " AND ..." conditions for each filter `p` sets and `cols` supports; the
// source filter (?6) always applies to documents aliased "d".
std::string FilterSql(const QueryParams& p, const FilterColumns& cols);

// " LIMIT n" for limit > 0, else "".
std::string LimitClause(int limit);

// The columns of the document a quote, claim or search row comes from, in
// the order ReadDocumentColumns reads them (documents aliased "d").
inline constexpr std::string_view kDocumentColumns =
    "d.doc_key, d.title, d.url, d.source, coalesce(d.published, '')";

// Reads kDocumentColumns, selected from column `first` on, into the
// document_id, title, url, source and published ("" when unknown) of `r`
// (a QuoteRow, ClaimRow or SearchRow).
template <typename Row>
void ReadDocumentColumns(const Statement& st, int first, Row& r) {
  r.document_id = st.Text(first);
  r.title = st.Text(first + 1);
  r.url = st.Text(first + 2);
  r.source = st.Text(first + 3);
  r.published = st.Text(first + 4);
}

absl::StatusOr<std::vector<QuoteRow>> QueryQuotes(Db& db, const Query& query);
absl::StatusOr<std::vector<ClaimRow>> QueryClaims(Db& db, const Query& query);
absl::StatusOr<std::vector<ActorRow>> QueryActors(Db& db, const Query& query);
absl::StatusOr<std::vector<SearchRow>> QuerySearch(Db& db, const Query& query);
absl::StatusOr<std::vector<SourceRow>> QuerySources(Db& db, const Query& query);
absl::StatusOr<std::vector<StatRow>> QueryStats(Db& db, const Query& query);
absl::StatusOr<Coverage> QueryCoverage(Db& db, const Query& query);

}  // namespace whosaid::store

#endif  // WHOSAID_STORE_QUERIES_H_
