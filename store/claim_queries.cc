// whosaid claims: current claims with their quantities.

#include "store/queries.h"

namespace whosaid::store {
namespace {

absl::StatusOr<std::string> ClaimOrder(const std::string& sort) {
  if (sort.empty() || sort == "date") {
    return " ORDER BY c.published_utc IS NULL, c.published_utc DESC, c.id";
  }
  if (sort == "oldest") return " ORDER BY c.published_utc IS NULL, c.published_utc, c.id";
  if (sort == "holder") return " ORDER BY c.holder IS NULL, c.holder_key, c.published_utc, c.id";
  return absl::InvalidArgumentError("unknown sort \"" + sort +
                                    "\" for claims (date, oldest, holder)");
}

absl::Status FillQuantities(Db& db, ClaimRow* row) {
  Statement& st = db.Cached(
      "SELECT text, kind, value, unit FROM quantities WHERE claim_id = ? "
      "ORDER BY start");
  if (!st.ok()) return st.status();
  st.Bind(1, row->id);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    row->quantities.push_back({st.Text(0), st.Text(1), st.Double(2), st.Text(3)});
  }
  if (rc != SQLITE_DONE) return st.Error("reading quantities");
  st.Reset();
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<ClaimRow>> QueryClaims(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  absl::StatusOr<std::string> order = ClaimOrder(query.sort);
  if (!order.ok()) return order.status();
  std::string sql =
      "SELECT c.id, coalesce(c.holder, ''), c.text, c.cue, c.modality, "
      "c.negated, c.topics, " +
      std::string(kDocumentColumns) +
      " FROM claims c "
      "JOIN documents d ON d.id = c.document_id WHERE c.current = 1";
  FilterColumns cols;
  cols.who_key = "c.holder_key";
  cols.time = "c.published_utc";
  cols.kind = "c.modality";
  cols.topic_table = "claim_topics";
  cols.topic_column = "claim_id";
  cols.topic_row = "c.id";
  cols.fts_table = "claims_fts";
  cols.fts_row = "c.id";
  sql += FilterSql(*p, cols);
  sql += *order + LimitClause(query.limit);
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, *p);
  std::vector<ClaimRow> rows;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ClaimRow r;
    r.id = st.Int(0);
    r.holder = st.Text(1);
    r.text = st.Text(2);
    r.cue = st.Text(3);
    r.modality = st.Text(4);
    r.negated = st.Int(5) != 0;
    r.topics = st.Text(6);
    ReadDocumentColumns(st, 7, r);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return QueryError(st, db.get(), *p, "claim query");
  for (ClaimRow& r : rows) {
    if (absl::Status s = FillQuantities(db, &r); !s.ok()) return s;
  }
  return rows;
}

}  // namespace whosaid::store
