// The SQLite engine behind Store: one file, WAL, FTS5, one transaction per
// document.

#include <sqlite3.h>

#include <cstring>

#include "absl/status/status.h"
#include "store/store.h"

namespace whosaid::store {
namespace {

constexpr int kSchemaVersion = 1;

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  canonical_url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '',
  published TEXT,
  published_utc TEXT,
  language TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'news',
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind TEXT NOT NULL,
  known INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker TEXT,
  speaker_mention TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  cue TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
)sql";

// Owns one prepared statement.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK; }
  Statement& Bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& BindNull(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  // Returns SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return rc_ = sqlite3_step(stmt_); }
  int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }
  std::string Text(int col) {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           sqlite3_column_bytes(stmt_, col))
             : std::string();
  }
  absl::Status Error(std::string_view what) const {
    return absl::InternalError(std::string(what) + ": " + sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_;
};

std::string ContentHash(const nlp::Document& doc) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a, 64 bit
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;
    h *= 1099511628211ULL;
  };
  mix(doc.title);
  mix(doc.text);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override { sqlite3_close_v2(db_); }

  absl::Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return absl::InternalError(message);
    }
    return absl::OkStatus();
  }

  absl::Status Migrate() {
    Statement version(db_, "PRAGMA user_version");
    if (!version.ok() || version.Step() != SQLITE_ROW) {
      return absl::FailedPreconditionError(
          std::string("not a SQLite database or damaged: ") +
          sqlite3_errmsg(db_));
    }
    const int64_t v = version.Int(0);
    if (v > kSchemaVersion) {
      return absl::FailedPreconditionError(
          "store has schema version " + std::to_string(v) +
          ", newer than this whosaid understands (" +
          std::to_string(kSchemaVersion) + ")");
    }
    if (v == kSchemaVersion) return absl::OkStatus();
    if (v == 0) {
      Statement tables(db_, "SELECT count(*) FROM sqlite_master");
      if (tables.ok() && tables.Step() == SQLITE_ROW && tables.Int(0) > 0) {
        return absl::FailedPreconditionError(
            "file is a SQLite database but not a whosaid store");
      }
    }
    if (auto s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    absl::Status s = Exec(kSchemaV1);
    if (s.ok()) s = Exec("PRAGMA user_version = 1");
    if (!s.ok()) {
      Exec("ROLLBACK").IgnoreError();
      return s;
    }
    return Exec("COMMIT");
  }

  absl::StatusOr<PutOutcome> Put(const nlp::Document& doc,
                                 const nlp::Analysis& analysis) override {
    if (auto s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    absl::StatusOr<PutOutcome> outcome = PutInTransaction(doc, analysis);
    if (!outcome.ok()) {
      Exec("ROLLBACK").IgnoreError();
      return outcome;
    }
    if (auto s = Exec("COMMIT"); !s.ok()) {
      Exec("ROLLBACK").IgnoreError();
      return s;
    }
    return outcome;
  }

  absl::StatusOr<std::vector<QuoteRow>> Quotes(
      const QuoteQuery& query) override {
    const size_t query_bytes = query.actor.size() + query.since.size() +
                               query.until.size() + query.kind.size() +
                               query.topic.size() + query.source.size() +
                               query.text_match.size() + query.sort.size();
    if (query_bytes > kMaxQueryBytes) {
      return absl::InvalidArgumentError(
          "query is " + std::to_string(query_bytes) +
          " bytes, over the limit of " + std::to_string(kMaxQueryBytes));
    }
    std::string sql =
        "SELECT q.id, coalesce(q.speaker, ''), q.text, q.kind, q.cue, "
        "q.topics, d.doc_key, d.title, d.url, d.source, "
        "coalesce(d.published, '') FROM quotes q JOIN documents d ON "
        "d.id = q.document_id WHERE 1";
    std::vector<std::string> params;
    if (!query.actor.empty()) {
      sql += " AND q.speaker = ? COLLATE NOCASE";
      params.push_back(query.actor);
    }
    if (!query.since.empty()) {
      sql += " AND d.published_utc >= ?";
      params.push_back(query.since);
    }
    if (!query.until.empty()) {
      // A bare date includes its whole day.
      sql += " AND d.published_utc <= ?";
      params.push_back(query.until.size() == 10 ? query.until + "T23:59:59Z"
                                                : query.until);
    }
    if (!query.kind.empty()) {
      sql += " AND q.kind = ?";
      params.push_back(query.kind);
    }
    if (!query.text_match.empty()) {
      sql += " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)";
      params.push_back(query.text_match);
    }
    sql += query.sort == "speaker"
               ? " ORDER BY q.speaker IS NULL, q.speaker COLLATE NOCASE, "
                 "d.published_utc, d.id, q.start"
               : " ORDER BY d.published_utc DESC, d.id, q.start";
    if (query.limit > 0) sql += " LIMIT " + std::to_string(query.limit);
    Statement stmt(db_, sql.c_str());
    if (!stmt.ok()) return stmt.Error("preparing quote query");
    for (size_t i = 0; i < params.size(); ++i) {
      stmt.Bind(static_cast<int>(i + 1), params[i]);
    }
    std::vector<QuoteRow> rows;
    int rc;
    while ((rc = stmt.Step()) == SQLITE_ROW) {
      rows.push_back({stmt.Int(0), stmt.Text(1), stmt.Text(2), stmt.Text(3),
                      stmt.Text(4), stmt.Text(5), stmt.Text(6), stmt.Text(7),
                      stmt.Text(8), stmt.Text(9), stmt.Text(10)});
    }
    if (rc != SQLITE_DONE) {
      return absl::InvalidArgumentError(std::string("quote query failed: ") +
                                        sqlite3_errmsg(db_));
    }
    return rows;
  }

 private:
  absl::StatusOr<PutOutcome> PutInTransaction(const nlp::Document& doc,
                                              const nlp::Analysis& analysis) {
    const std::string hash = ContentHash(doc);
    PutOutcome outcome = PutOutcome::kNew;
    {
      Statement find(db_, "SELECT id, content_hash FROM documents WHERE doc_key = ?");
      find.Bind(1, doc.id);
      if (find.Step() == SQLITE_ROW) {
        if (find.Text(1) == hash) return PutOutcome::kUnchanged;
        Statement del(db_, "DELETE FROM documents WHERE id = ?");
        del.Bind(1, find.Int(0));
        if (del.Step() != SQLITE_DONE) return del.Error("replacing document");
        outcome = PutOutcome::kUpdated;
      }
    }
    Statement ins(db_,
                  "INSERT INTO documents (doc_key, source, url, canonical_url, "
                  "title, authors, published, published_utc, language, kind, "
                  "text, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.Bind(1, doc.id).Bind(2, doc.source).Bind(3, doc.url);
    ins.Bind(4, doc.canonical_url).Bind(5, doc.title);
    ins.Bind(6, Join(doc.authors, "; "));
    if (doc.published) {
      ins.Bind(7, doc.published->ToIso8601());
      ins.Bind(8, doc.published->ToUtcIso8601());
    } else {
      ins.BindNull(7).BindNull(8);
    }
    ins.Bind(9, doc.language).Bind(10, std::string(DocumentKindName(doc.kind)));
    ins.Bind(11, analysis.text).Bind(12, hash);
    if (ins.Step() != SQLITE_DONE) return ins.Error("inserting document");
    const int64_t document_id = sqlite3_last_insert_rowid(db_);

    for (const nlp::ActorInText& actor : analysis.actors) {
      Statement up(db_,
                   "INSERT INTO actors (name, kind, known) VALUES (?,?,?) "
                   "ON CONFLICT(name) DO UPDATE SET known = max(known, excluded.known) "
                   "RETURNING id");
      up.Bind(1, actor.name).Bind(2, std::string(ActorKindName(actor.kind)));
      up.Bind(3, actor.known ? 1 : 0);
      if (up.Step() != SQLITE_ROW) return up.Error("inserting actor");
      const int64_t actor_id = up.Int(0);
      for (const nlp::Span& m : actor.mentions) {
        Statement men(db_, "INSERT INTO mentions VALUES (?,?,?,?)");
        men.Bind(1, document_id).Bind(2, actor_id);
        men.Bind(3, static_cast<int64_t>(m.start)).Bind(4, static_cast<int64_t>(m.end));
        if (men.Step() != SQLITE_DONE) return men.Error("inserting mention");
      }
    }
    for (const nlp::Quote& q : analysis.quotes) {
      Statement qi(db_,
                   "INSERT INTO quotes (document_id, speaker, speaker_mention, "
                   "text, kind, cue, rule, topics, start, end) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)");
      qi.Bind(1, document_id);
      if (q.speaker) qi.Bind(2, *q.speaker); else qi.BindNull(2);
      qi.Bind(3, q.speaker_mention).Bind(4, q.text);
      qi.Bind(5, std::string(QuoteKindName(q.kind))).Bind(6, q.cue);
      qi.Bind(7, q.rule).Bind(8, Join(q.topics, ","));
      qi.Bind(9, static_cast<int64_t>(q.span.start));
      qi.Bind(10, static_cast<int64_t>(q.span.end));
      if (qi.Step() != SQLITE_DONE) return qi.Error("inserting quote");
    }
    return outcome;
  }

  sqlite3* db_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return absl::UnavailableError("cannot open store " + path + ": " + message);
  }
  sqlite3_busy_timeout(db, 10000);
  auto store = std::make_unique<SqliteStore>(db);
  // journal_mode reads the header, so a foreign file fails here already.
  if (auto s = store->Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;");
      !s.ok()) {
    return absl::FailedPreconditionError(path + " is not a usable SQLite store: " +
                                         std::string(s.message()));
  }
  if (auto s = store->Migrate(); !s.ok()) {
    return absl::Status(s.code(), path + ": " + std::string(s.message()));
  }
  return store;
}

}  // namespace whosaid::store
