// whosaid search: one full-text query over quotes, claims and documents.

#include <algorithm>

#include "store/queries.h"

namespace whosaid::store {
namespace {

struct Ranked {
  SearchRow row;
  double rank = 0;     // FTS5 bm25: lower is better
  std::string seen;    // UTC, for sorting by date
};

// Search filters by who, when and source only: the kind picks the table,
// and the full-text query is the search itself.
std::string Filters(const QueryParams& p, const char* time_col,
                    const char* who_key_col) {
  FilterColumns cols;
  cols.who_key = who_key_col;
  cols.time = time_col;
  return FilterSql(p, cols);
}

absl::Status Collect(Db& db, const QueryParams& p, const std::string& sql,
                     const char* kind, std::vector<Ranked>* out) {
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, p);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    Ranked r;
    r.row.kind = kind;
    r.row.id = st.Int(0);
    r.row.who = st.Text(1);
    r.row.text = st.Text(2);
    ReadDocumentColumns(st, 3, r.row);
    r.seen = st.Text(8);
    r.rank = st.Double(9);
    out->push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return QueryError(st, db.get(), p, "search");
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<SearchRow>> QuerySearch(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  if (p->match.empty()) return absl::InvalidArgumentError("search needs a query");
  if (!p->kind.empty() && p->kind != "quote" && p->kind != "claim" &&
      p->kind != "document") {
    return absl::InvalidArgumentError("unknown kind \"" + p->kind +
                                      "\" for search (quote, claim, document)");
  }
  if (query.sort != "rank" && query.sort != "date" && !query.sort.empty()) {
    return absl::InvalidArgumentError("unknown sort \"" + query.sort +
                                      "\" for search (rank, date)");
  }
  const bool by_date = query.sort == "date";
  const std::string limit = LimitClause(query.limit);
  std::vector<Ranked> found;
  if (p->kind.empty() || p->kind == "quote") {
    std::string sql =
        "SELECT q.id, coalesce(q.speaker, ''), q.text, " +
        std::string(kDocumentColumns) +
        ", min(coalesce(o.published_utc, d.ingested_at)) AS seen, f.rank "
        "FROM quotes_fts f JOIN quotes q ON q.id = f.rowid "
        "JOIN quote_occurrences o ON o.quote_id = q.id AND o.current = 1 "
        "JOIN documents d ON d.id = o.document_id "
        "WHERE quotes_fts MATCH ?7" +
        Filters(*p, "o.published_utc", "q.speaker_key") + " GROUP BY q.id" +
        (by_date ? " ORDER BY seen DESC" : " ORDER BY f.rank") + limit;
    if (absl::Status s = Collect(db, *p, sql, "quote", &found); !s.ok()) return s;
  }
  if (p->kind.empty() || p->kind == "claim") {
    std::string sql =
        "SELECT c.id, coalesce(c.holder, ''), c.text, " +
        std::string(kDocumentColumns) +
        ", coalesce(c.published_utc, d.ingested_at) AS seen, f.rank "
        "FROM claims_fts f JOIN claims c ON c.id = f.rowid "
        "JOIN documents d ON d.id = c.document_id "
        "WHERE claims_fts MATCH ?7 AND c.current = 1" +
        Filters(*p, "c.published_utc", "c.holder_key") +
        (by_date ? " ORDER BY seen DESC" : " ORDER BY f.rank") + limit;
    if (absl::Status s = Collect(db, *p, sql, "claim", &found); !s.ok()) return s;
  }
  if ((p->kind.empty() || p->kind == "document") && p->actor_key.empty()) {
    std::string sql =
        "SELECT d.id, '', snippet(documents_fts, 1, '[', ']', '…', 16), " +
        std::string(kDocumentColumns) +
        ", coalesce(d.published_utc, d.ingested_at) AS seen, f.rank "
        "FROM documents_fts f JOIN documents d ON d.id = f.rowid "
        "WHERE documents_fts MATCH ?7" +
        Filters(*p, "d.published_utc", nullptr) +
        (by_date ? " ORDER BY seen DESC" : " ORDER BY f.rank") + limit;
    if (absl::Status s = Collect(db, *p, sql, "document", &found); !s.ok()) return s;
  }
  std::stable_sort(found.begin(), found.end(), [by_date](const Ranked& a, const Ranked& b) {
    return by_date ? a.seen > b.seen : a.rank < b.rank;
  });
  std::vector<SearchRow> rows;
  for (Ranked& r : found) {
    if (query.limit > 0 && rows.size() >= static_cast<size_t>(query.limit)) break;
    rows.push_back(std::move(r.row));
  }
  return rows;
}

}  // namespace whosaid::store
