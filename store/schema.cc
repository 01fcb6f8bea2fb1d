#include "store/schema.h"

#include <string>

#include "store/fragment_index.h"
#include "store/schema_v1_to_v2.h"
#include "store/sqlite_fetch_tables.h"
#include "store/sqlite_run_log.h"

namespace whosaid::store {

const char* const kSchemaV1Sql = R"sql(
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

namespace {

absl::Status CreateV1(Db& db) { return db.Exec(kSchemaV1Sql); }

absl::Status ReadVersion(Db& db, int64_t* version) {
  Statement v(db.get(), "PRAGMA user_version");
  if (!v.ok()) return v.status();
  if (v.Step() != SQLITE_ROW) return v.Error("reading the schema version");
  *version = v.Int(0);
  return absl::OkStatus();
}

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, &CreateV1},
      {2, &MigrateV1ToV2},
      {3, &fetch_tables::MigrateV2ToV3},
      {4, &run_log::MigrateV3ToV4},
      {5, &MigrateV4ToV5},
  };
  return kMigrations;
}

int CurrentSchemaVersion() { return Migrations().back().version; }

absl::Status Migrate(Db& db) {
  int64_t version = 0;
  if (absl::Status s = ReadVersion(db, &version); !s.ok()) {
    return absl::FailedPreconditionError(
        "not a SQLite database, or damaged: " + std::string(s.message()));
  }
  if (version > CurrentSchemaVersion()) {
    return absl::FailedPreconditionError(
        "store has schema version " + std::to_string(version) +
        ", newer than this whosaid understands (" +
        std::to_string(CurrentSchemaVersion()) + ")");
  }
  if (version == 0) {
    Statement tables(db.get(), "SELECT count(*) FROM sqlite_master");
    if (!tables.ok() || tables.Step() != SQLITE_ROW) {
      return absl::FailedPreconditionError("not a SQLite database, or damaged");
    }
    if (tables.Int(0) > 0) {
      return absl::FailedPreconditionError(
          "file is a SQLite database but not a whosaid store");
    }
  }
  for (const Migration& m : Migrations()) {
    if (m.version <= version) continue;
    Transaction txn(db);
    if (!txn.status().ok()) return txn.status();
    // Another process may have migrated while we waited for the lock.
    int64_t now = 0;
    if (absl::Status s = ReadVersion(db, &now); !s.ok()) return s;
    if (now >= m.version) continue;
    if (absl::Status s = m.apply(db); !s.ok()) {
      return absl::Status(s.code(), "migrating the store to schema version " +
                                        std::to_string(m.version) + ": " +
                                        std::string(s.message()));
    }
    if (absl::Status s =
            db.Exec("PRAGMA user_version = " + std::to_string(m.version));
        !s.ok()) {
      return s;
    }
    if (absl::Status s = txn.Commit(); !s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace whosaid::store
