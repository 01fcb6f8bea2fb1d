#include "store/digest_queries.h"

#include "store/queries.h"

namespace whosaid::store {

absl::StatusOr<std::vector<DocumentRow>> QueryDocuments(Db& db,
                                                        const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  std::string sql =
      "SELECT d.doc_key, d.source, coalesce(nullif(d.canonical_url, ''), d.url), "
      "d.title, coalesce(d.published, ''), coalesce(d.published_utc, ''), "
      "d.kind, coalesce(orig.doc_key, '') "
      "FROM documents d LEFT JOIN documents orig ON orig.id = d.duplicate_of "
      "WHERE 1";
  if (!p->since.empty()) sql += " AND d.published_utc >= ?2";
  if (!p->until.empty()) sql += " AND d.published_utc <= ?3";
  if (!p->source.empty()) sql += " AND d.source = ?6 COLLATE NOCASE";
  sql += " ORDER BY d.published_utc DESC, d.id" + LimitClause(query.limit);
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, *p);
  std::vector<DocumentRow> rows;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    DocumentRow r;
    r.document_id = st.Text(0);
    r.source = st.Text(1);
    r.url = st.Text(2);
    r.title = st.Text(3);
    r.published = st.Text(4);
    r.published_utc = st.Text(5);
    r.kind = st.Text(6);
    r.reprint_of = st.Text(7);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return st.Error("document query");
  return rows;
}

}  // namespace whosaid::store
