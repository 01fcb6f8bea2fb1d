// whosaid quotes: quote clusters with their earliest matching occurrence.

#include "store/queries.h"

namespace whosaid::store {
namespace {

absl::StatusOr<std::string> QuoteOrder(const std::string& sort) {
  if (sort.empty() || sort == "date") return " ORDER BY seen DESC, q.id";
  if (sort == "oldest") return " ORDER BY seen, q.id";
  if (sort == "speaker") {
    return " ORDER BY q.speaker IS NULL, q.speaker_key, seen, q.id";
  }
  if (sort == "occurrences") return " ORDER BY count(*) DESC, seen, q.id";
  return absl::InvalidArgumentError("unknown sort \"" + sort +
                                    "\" for quotes (date, oldest, speaker, "
                                    "occurrences)");
}

// Counts and first appearance over all current occurrences of a quote.
absl::Status FillQuoteStats(Db& db, QuoteRow* row) {
  Statement& st = db.Cached(
      "SELECT count(*), sum(d.duplicate_of IS NULL), "
      "count(DISTINCT nullif(d.source, '')), "
      "min(coalesce(o.published_utc, d.ingested_at)), d.source, d.url "
      "FROM quote_occurrences o JOIN documents d ON d.id = o.document_id "
      "WHERE o.quote_id = ? AND o.current = 1");
  if (!st.ok()) return st.status();
  st.Bind(1, row->id);
  if (st.Step() != SQLITE_ROW) return st.Error("counting occurrences");
  row->occurrences = st.Int(0);
  row->reports = st.Int(1);
  row->outlets = st.Int(2);
  row->first_seen = st.Text(3);
  row->first_source = st.Text(4);
  row->first_url = st.Text(5);
  st.Reset();
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<QuoteRow>> QueryQuotes(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  absl::StatusOr<std::string> order = QuoteOrder(query.sort);
  if (!order.ok()) return order.status();
  // The single min() makes SQLite take the bare columns (cue, document)
  // from the earliest matching occurrence.
  std::string sql =
      "SELECT q.id, coalesce(q.speaker, ''), q.text, q.kind, "
      "coalesce(q.parent_id, 0), o.cue, o.topics, " +
      std::string(kDocumentColumns) +
      ", min(coalesce(o.published_utc, d.ingested_at)) AS seen "
      "FROM quotes q JOIN quote_occurrences o ON o.quote_id = q.id "
      "JOIN documents d ON d.id = o.document_id WHERE o.current = 1";
  FilterColumns cols;
  cols.who_key = "q.speaker_key";
  cols.time = "o.published_utc";
  cols.kind = "o.kind";
  cols.topic_table = "occurrence_topics";
  cols.topic_column = "occurrence_id";
  cols.topic_row = "o.id";
  cols.fts_table = "quotes_fts";
  cols.fts_row = "q.id";
  sql += FilterSql(*p, cols);
  sql += " GROUP BY q.id" + *order + LimitClause(query.limit);
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, *p);
  std::vector<QuoteRow> rows;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    QuoteRow r;
    r.id = st.Int(0);
    r.speaker = st.Text(1);
    r.text = st.Text(2);
    r.kind = st.Text(3);
    r.parent_id = st.Int(4);
    r.cue = st.Text(5);
    r.topics = st.Text(6);
    ReadDocumentColumns(st, 7, r);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return QueryError(st, db.get(), *p, "quote query");
  for (QuoteRow& r : rows) {
    if (absl::Status s = FillQuoteStats(db, &r); !s.ok()) return s;
  }
  return rows;
}

}  // namespace whosaid::store
