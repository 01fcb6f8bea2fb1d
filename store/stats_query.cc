// whosaid stats: counts over a period, with reprints counted apart.

#include "store/queries.h"

namespace whosaid::store {
namespace {

// Documents in the period and source: the base of every count.
std::string DocFilter(const QueryParams& p) {
  std::string sql;
  if (!p.since.empty()) sql += " AND d.published_utc >= ?2";
  if (!p.until.empty()) sql += " AND d.published_utc <= ?3";
  if (!p.source.empty()) sql += " AND d.source = ?6 COLLATE NOCASE";
  return sql;
}

// Runs `sql` (selecting key, count) and appends its rows under `group`.
absl::Status Add(Db& db, const QueryParams& p, const std::string& group,
                 const std::string& sql, std::vector<StatRow>* out) {
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, p);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    out->push_back({group, st.Text(0), st.Int(1)});
  }
  if (rc != SQLITE_DONE) return st.Error("stats query");
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<StatRow>> QueryStats(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  const std::string docs = "SELECT d.id FROM documents d WHERE 1" + DocFilter(*p);
  std::string occ = "o.current = 1 AND o.document_id IN (" + docs + ")";
  std::string claims = "c.current = 1 AND c.document_id IN (" + docs + ")";
  if (!p->topic.empty()) {
    occ += " AND EXISTS (SELECT 1 FROM occurrence_topics ot JOIN topics t ON "
           "t.id = ot.topic_id WHERE ot.occurrence_id = o.id AND t.name = ?5)";
    claims += " AND EXISTS (SELECT 1 FROM claim_topics ct JOIN topics t ON "
              "t.id = ct.topic_id WHERE ct.claim_id = c.id AND t.name = ?5)";
  }
  std::vector<StatRow> rows;
  const std::string totals =
      "SELECT 'documents', count(*) FROM documents d WHERE 1" + DocFilter(*p) +
      " UNION ALL SELECT 'original documents', count(*) FROM documents d "
      "WHERE d.duplicate_of IS NULL" + DocFilter(*p) +
      " UNION ALL SELECT 'reprints', count(*) FROM documents d "
      "WHERE d.duplicate_of IS NOT NULL" + DocFilter(*p) +
      " UNION ALL SELECT 'earlier revisions', count(*) FROM document_revisions r "
      "WHERE r.document_id IN (" + docs + ")"
      " UNION ALL SELECT 'quotes', count(DISTINCT o.quote_id) FROM "
      "quote_occurrences o WHERE " + occ +
      " UNION ALL SELECT 'quote occurrences', count(*) FROM quote_occurrences o "
      "WHERE " + occ +
      " UNION ALL SELECT 'claims', count(*) FROM claims c WHERE " + claims +
      " UNION ALL SELECT 'actors', count(DISTINCT m.actor_id) FROM mentions m "
      "WHERE m.current = 1 AND m.document_id IN (" + docs + ")"
      " UNION ALL SELECT 'sources', count(DISTINCT nullif(d.source, '')) FROM "
      "documents d WHERE 1" + DocFilter(*p);
  if (absl::Status s = Add(db, *p, "totals", totals, &rows); !s.ok()) return s;
  const std::vector<std::pair<std::string, std::string>> groups = {
      {"quote kind", "SELECT o.kind, count(*) FROM quote_occurrences o WHERE " +
                         occ + " GROUP BY o.kind ORDER BY 2 DESC, 1"},
      {"claim modality", "SELECT c.modality, count(*) FROM claims c WHERE " +
                             claims + " GROUP BY c.modality ORDER BY 2 DESC, 1"},
      {"source", "SELECT coalesce(nullif(d.source, ''), '(local files)'), "
                 "count(*) FROM documents d WHERE d.duplicate_of IS NULL" +
                     DocFilter(*p) + " GROUP BY 1 ORDER BY 2 DESC, 1"},
      {"topic", "SELECT t.name, count(*) FROM occurrence_topics ot "
                "JOIN topics t ON t.id = ot.topic_id JOIN quote_occurrences o "
                "ON o.id = ot.occurrence_id WHERE " + occ +
                    " GROUP BY t.id ORDER BY 2 DESC, 1"},
      {"speaker", "SELECT q.speaker, count(DISTINCT q.id) FROM quotes q JOIN "
                  "quote_occurrences o ON o.quote_id = q.id WHERE " + occ +
                      " AND q.speaker IS NOT NULL GROUP BY q.speaker_key "
                      "ORDER BY 2 DESC, 1 LIMIT 10"},
  };
  for (const auto& [group, sql] : groups) {
    if (absl::Status s = Add(db, *p, group, sql, &rows); !s.ok()) return s;
  }
  return rows;
}

}  // namespace whosaid::store
