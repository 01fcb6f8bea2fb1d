// whosaid actors: actors with their aliases, counts and latest document.

#include "store/queries.h"
#include "store/text_keys.h"

namespace whosaid::store {
namespace {

absl::StatusOr<std::string> ActorOrder(const std::string& sort) {
  if (sort.empty() || sort == "date" || sort == "quotes") {
    return " ORDER BY quotes DESC, documents DESC, a.name_key";
  }
  if (sort == "name") return " ORDER BY a.name_key";
  if (sort == "recent") return " ORDER BY a.last_seen IS NULL, a.last_seen DESC, a.name_key";
  return absl::InvalidArgumentError("unknown sort \"" + sort +
                                    "\" for actors (quotes, name, recent)");
}

absl::Status FillActor(Db& db, ActorRow* row) {
  Statement& al = db.Cached(
      "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias_key");
  if (!al.ok()) return al.status();
  al.Bind(1, row->id);
  int rc;
  while ((rc = al.Step()) == SQLITE_ROW) row->aliases.push_back(al.Text(0));
  if (rc != SQLITE_DONE) return al.Error("reading aliases");
  al.Reset();
  Statement& last = db.Cached(
      "SELECT d.url, coalesce(d.published, '') FROM mentions m "
      "JOIN documents d ON d.id = m.document_id "
      "WHERE m.actor_id = ? AND m.current = 1 "
      "ORDER BY d.published_utc IS NULL, d.published_utc DESC, d.id DESC LIMIT 1");
  if (!last.ok()) return last.status();
  last.Bind(1, row->id);
  rc = last.Step();
  if (rc == SQLITE_ROW) {
    row->url = last.Text(0);
    row->published = last.Text(1);
  } else if (rc != SQLITE_DONE) {
    return last.Error("reading an actor's latest document");
  }
  last.Reset();
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<ActorRow>> QueryActors(Db& db, const Query& query) {
  absl::StatusOr<QueryParams> p = MakeParams(query);
  if (!p.ok()) return p.status();
  absl::StatusOr<std::string> order = ActorOrder(query.sort);
  if (!order.ok()) return order.status();
  std::string sql =
      "SELECT a.id, a.name, a.kind, a.role, a.affiliation, a.known, "
      "coalesce(a.first_seen, ''), coalesce(a.last_seen, ''), "
      "(SELECT count(*) FROM quotes q WHERE q.speaker_key = a.name_key AND "
      " EXISTS (SELECT 1 FROM quote_occurrences o WHERE o.quote_id = q.id "
      " AND o.current = 1)) AS quotes, "
      "(SELECT count(*) FROM claims c WHERE c.holder_key = a.name_key "
      " AND c.current = 1) AS claims, "
      "(SELECT count(DISTINCT m.document_id) FROM mentions m "
      " WHERE m.actor_id = a.id AND m.current = 1) AS documents "
      "FROM actors a WHERE 1";
  if (!p->actor_key.empty()) {
    sql += " AND (a.name_key = ?1 OR a.id IN (SELECT actor_id FROM "
           "actor_aliases WHERE alias_key = ?1))";
  }
  if (!p->since.empty()) sql += " AND a.last_seen >= ?2";
  if (!p->until.empty()) sql += " AND a.first_seen <= ?3";
  if (!p->kind.empty()) sql += " AND a.kind = ?4";
  if (!p->topic.empty()) {
    sql += " AND EXISTS (SELECT 1 FROM quotes q JOIN quote_occurrences o "
           "ON o.quote_id = q.id JOIN occurrence_topics ot ON ot.occurrence_id "
           "= o.id JOIN topics t ON t.id = ot.topic_id WHERE q.speaker_key = "
           "a.name_key AND o.current = 1 AND t.name = ?5)";
  }
  if (!p->source.empty()) {
    sql += " AND EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = "
           "m.document_id WHERE m.actor_id = a.id AND m.current = 1 AND "
           "d.source = ?6 COLLATE NOCASE)";
  }
  // For actors the text filter is a substring of the folded name.
  if (!p->match.empty()) sql += " AND instr(a.name_key, ?7) > 0";
  sql += *order + LimitClause(query.limit);
  Statement st(db.get(), sql);
  if (!st.ok()) return st.status();
  BindParams(st, *p);
  if (!p->match.empty()) st.Bind(7, NameKey(p->match));
  std::vector<ActorRow> rows;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ActorRow r;
    r.id = st.Int(0);
    r.name = st.Text(1);
    r.kind = st.Text(2);
    r.role = st.Text(3);
    r.affiliation = st.Text(4);
    r.known = st.Int(5) != 0;
    r.first_seen = st.Text(6);
    r.last_seen = st.Text(7);
    r.quotes = st.Int(8);
    r.claims = st.Int(9);
    r.documents = st.Int(10);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return st.Error("actor query");
  for (ActorRow& r : rows) {
    if (absl::Status s = FillActor(db, &r); !s.ok()) return s;
  }
  return rows;
}

}  // namespace whosaid::store
