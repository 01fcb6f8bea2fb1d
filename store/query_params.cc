// Turning a Query into bound parameters, and query errors into Statuses.

#include <initializer_list>
#include <string>
#include <string_view>

#include "nlp/document.h"
#include "store/queries.h"
#include "store/text_keys.h"

namespace whosaid::store {
namespace {

// Shows at most 80 bytes of a user's string in an error message.
std::string Shorten(const std::string& s) {
  if (s.size() <= 80) return s;
  size_t cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xc0) == 0x80) --cut;
  return s.substr(0, cut) + "… (" + std::to_string(s.size()) + " bytes)";
}

absl::StatusOr<std::string> UtcBound(const std::string& text, const char* flag) {
  std::optional<nlp::Timestamp> t = nlp::ParseIso8601(text);
  if (!t) {
    return absl::InvalidArgumentError(std::string(flag) + " \"" + Shorten(text) +
                                      "\" is not an ISO 8601 date or time "
                                      "(e.g. 2025-10-30 or 2025-10-30T09:15Z)");
  }
  return t->ToUtcIso8601();
}

}  // namespace

absl::StatusOr<QueryParams> MakeParams(const Query& query) {
  const size_t query_bytes = query.actor.size() + query.since.size() +
                             query.until.size() + query.kind.size() +
                             query.topic.size() + query.source.size() +
                             query.text_match.size() + query.sort.size();
  if (query_bytes > kMaxQueryBytes) {
    return absl::InvalidArgumentError(
        "query is " + std::to_string(query_bytes) +
        " bytes, over the limit of " + std::to_string(kMaxQueryBytes));
  }
  QueryParams p;
  p.actor_key = NameKey(query.actor);
  if (!query.since.empty()) {
    absl::StatusOr<std::string> since = UtcBound(query.since, "--since");
    if (!since.ok()) return since.status();
    p.since = *since;
  }
  if (!query.until.empty()) {
    absl::StatusOr<std::string> until = UtcBound(query.until, "--until");
    if (!until.ok()) return until.status();
    // "~" sorts after every character of a stored time, so the bound takes
    // in the whole day, month or second it names.
    p.until = *until + "~";
  }
  p.kind = query.kind;
  p.topic = query.topic;
  p.source = query.source;
  p.match = query.text_match;
  if (query.limit < 0) return absl::InvalidArgumentError("--limit must be >= 0");
  return p;
}

void BindParams(Statement& st, const QueryParams& p) {
  const std::string* values[] = {&p.actor_key, &p.since, &p.until, &p.kind,
                                 &p.topic,     &p.source, &p.match};
  const int n = sqlite3_bind_parameter_count(st.get());
  for (int i = 0; i < 7 && i < n; ++i) st.Bind(i + 1, *values[i]);
}

absl::Status QueryError(const Statement& st, sqlite3* db, const QueryParams& p,
                        std::string_view what) {
  const int rc = sqlite3_errcode(db);
  if (!p.match.empty() && (rc & 0xff) == SQLITE_ERROR) {
    return absl::InvalidArgumentError(
        "invalid full-text query \"" + Shorten(p.match) + "\": " +
        sqlite3_errmsg(db) +
        " (FTS5 syntax: words, \"phrases\", AND, OR, NOT, prefix*; "
        "quote words that contain punctuation)");
  }
  return st.Error(what);
}

std::string FilterSql(const QueryParams& p, const FilterColumns& cols) {
  std::string sql;
  const auto add = [&sql](std::initializer_list<std::string_view> parts) {
    sql += " AND ";
    for (std::string_view part : parts) sql += part;
  };
  if (!p.actor_key.empty() && cols.who_key) add({cols.who_key, " IN ", kActorKeysSql});
  if (!p.since.empty() && cols.time) add({cols.time, " >= ?2"});
  if (!p.until.empty() && cols.time) add({cols.time, " <= ?3"});
  if (!p.kind.empty() && cols.kind) add({cols.kind, " = ?4"});
  if (!p.topic.empty() && cols.topic_table) {
    add({"EXISTS (SELECT 1 FROM ", cols.topic_table, " x JOIN topics t ON t.id = x.topic_id "
         "WHERE x.", cols.topic_column, " = ", cols.topic_row, " AND t.name = ?5)"});
  }
  if (!p.source.empty()) add({"d.source = ?6 COLLATE NOCASE"});
  if (!p.match.empty() && cols.fts_table) {
    add({cols.fts_row, " IN (SELECT rowid FROM ", cols.fts_table, " WHERE ",
         cols.fts_table, " MATCH ?7)"});
  }
  return sql;
}

std::string LimitClause(int limit) {
  return limit > 0 ? " LIMIT " + std::to_string(limit) : "";
}

}  // namespace whosaid::store
