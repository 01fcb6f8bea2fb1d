// whosaid sources, and the coverage report every period query carries.

#include "store/queries.h"

namespace whosaid::store {

absl::StatusOr<std::vector<SourceRow>> QuerySources(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  std::string docs = " FROM documents d WHERE d.source = s.name";
  if (!p->since.empty()) docs += " AND d.published_utc >= ?2";
  if (!p->until.empty()) docs += " AND d.published_utc <= ?3";
  std::string fetches = " FROM fetch_log f WHERE f.source = s.name";
  if (!p->since.empty()) fetches += " AND f.fetched_at >= ?2";
  if (!p->until.empty()) fetches += " AND f.fetched_at <= ?3";
  std::string sql =
      "SELECT s.name, s.url, s.kind, s.configured, "
      "(SELECT count(*)" + docs + "), "
      "(SELECT count(*)" + docs + " AND d.duplicate_of IS NOT NULL), "
      "(SELECT count(*) FROM quote_occurrences o WHERE o.current = 1 AND "
      " o.document_id IN (SELECT d.id" + docs + ")), "
      "(SELECT count(*) FROM claims c WHERE c.current = 1 AND "
      " c.document_id IN (SELECT d.id" + docs + ")), "
      "(SELECT coalesce(d.published, '')" + docs +
      " ORDER BY d.published_utc DESC LIMIT 1), "
      "(SELECT d.url" + docs + " ORDER BY d.published_utc DESC LIMIT 1), "
      "(SELECT f.fetched_at" + fetches + " ORDER BY f.fetched_at DESC, f.id DESC LIMIT 1), "
      "(SELECT f.status" + fetches + " ORDER BY f.fetched_at DESC, f.id DESC LIMIT 1), "
      "(SELECT count(*)" + fetches + " AND f.status = 'failed') "
      "FROM sources s WHERE 1";
  if (!p->source.empty()) sql += " AND s.name = ?6";
  sql += " ORDER BY s.name" + LimitClause(query.limit);
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, *p);
  std::vector<SourceRow> rows;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    SourceRow r;
    r.name = st.Text(0);
    r.url = st.Text(1);
    r.kind = st.Text(2);
    r.configured = st.Int(3) != 0;
    r.documents = st.Int(4);
    r.reprints = st.Int(5);
    r.quotes = st.Int(6);
    r.claims = st.Int(7);
    r.last_published = st.Text(8);
    r.last_url = st.Text(9);
    r.last_fetch = st.Text(10);
    r.last_status = st.Text(11);
    r.failures = st.Int(12);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return st.Error("source query");
  return rows;
}

absl::StatusOr<Coverage> QueryCoverage(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  std::string period;
  if (!p->since.empty()) period += " AND f.fetched_at >= ?2";
  if (!p->until.empty()) period += " AND f.fetched_at <= ?3";
  const std::string fetches = " FROM fetch_log f WHERE f.source = s.name" + period;
  std::string sql =
      "SELECT s.name, (SELECT count(*)" + fetches + "), "
      "(SELECT count(*)" + fetches + " AND f.status = 'failed'), "
      "(SELECT f.error" + fetches + " AND f.status = 'failed' "
      " ORDER BY f.fetched_at DESC, f.id DESC LIMIT 1) "
      "FROM sources s WHERE s.configured = 1";
  if (!p->source.empty()) sql += " AND s.name = ?6";
  sql += " ORDER BY s.name";
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, *p);
  Coverage coverage;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ++coverage.configured;
    CoverageGap gap;
    gap.source = st.Text(0);
    gap.attempts = st.Int(1);
    gap.failures = st.Int(2);
    gap.last_error = st.Text(3);
    if (gap.attempts == 0) {
      gap.problem = "not fetched";
    } else if (gap.failures == gap.attempts) {
      gap.problem = "failed";
    } else if (gap.failures > 0) {
      gap.problem = "some fetches failed";
    } else {
      continue;
    }
    coverage.gaps.push_back(std::move(gap));
  }
  if (rc != SQLITE_DONE) return st.Error("coverage query");
  return coverage;
}

}  // namespace whosaid::store
