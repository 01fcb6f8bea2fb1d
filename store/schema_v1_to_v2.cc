#include "store/schema_v1_to_v2.h"

#include <map>
#include <string>

#include "store/document_writer.h"
#include "store/fragment_index.h"

namespace whosaid::store {
namespace {

constexpr const char* kRenameV1 = R"sql(
DROP TRIGGER quotes_ai;
DROP TRIGGER quotes_ad;
DROP TABLE quotes_fts;
DROP INDEX mentions_actor;
DROP INDEX quotes_speaker;
DROP INDEX quotes_document;
ALTER TABLE quotes RENAME TO v1_quotes;
ALTER TABLE mentions RENAME TO v1_mentions;
ALTER TABLE actors RENAME TO v1_actors;
ALTER TABLE documents RENAME TO v1_documents;
)sql";

constexpr const char* kDropV1 = R"sql(
DROP TABLE v1_quotes;
DROP TABLE v1_mentions;
DROP TABLE v1_actors;
DROP TABLE v1_documents;
)sql";

constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  configured INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE TABLE fetch_log (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL COLLATE NOCASE,
  url TEXT NOT NULL DEFAULT '',
  fetched_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'not_modified', 'failed')),
  http_status INTEGER,
  error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fetch_log_source_time ON fetch_log(source, fetched_at);

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
  modified TEXT,
  language TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'news',
  account_owner TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  minhash BLOB,
  duplicate_of INTEGER REFERENCES documents(id),
  revision INTEGER NOT NULL DEFAULT 1,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published_utc);
CREATE INDEX documents_source ON documents(source COLLATE NOCASE, published_utc);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
CREATE TABLE document_lsh (
  lsh_key INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  PRIMARY KEY (lsh_key, document_id)
) WITHOUT ROWID;
CREATE INDEX document_lsh_document ON document_lsh(document_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='id');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE document_revisions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  authors TEXT NOT NULL,
  published TEXT,
  published_utc TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  UNIQUE (document_id, revision)
);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  affiliation TEXT NOT NULL DEFAULT '',
  known INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX actors_name_key ON actors(name_key);
CREATE TABLE actor_aliases (
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_key ON actor_aliases(alias_key);
CREATE TABLE mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  revision INTEGER NOT NULL DEFAULT 1,
  current INTEGER NOT NULL DEFAULT 1,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_document ON mentions(document_id);

CREATE TABLE topics (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  speaker TEXT,
  speaker_key TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  quote_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent_id INTEGER REFERENCES quotes(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX quotes_identity ON quotes(speaker_key, quote_key);
CREATE INDEX quotes_parent ON quotes(parent_id);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE quote_occurrences (
  id INTEGER PRIMARY KEY,
  quote_id INTEGER NOT NULL REFERENCES quotes(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  revision INTEGER NOT NULL DEFAULT 1,
  current INTEGER NOT NULL DEFAULT 1,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  cue TEXT NOT NULL DEFAULT '',
  speaker_mention TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  published_utc TEXT
);
CREATE INDEX quote_occurrences_quote ON quote_occurrences(quote_id, published_utc);
CREATE INDEX quote_occurrences_document ON quote_occurrences(document_id);
CREATE TABLE occurrence_topics (
  occurrence_id INTEGER NOT NULL REFERENCES quote_occurrences(id),
  topic_id INTEGER NOT NULL REFERENCES topics(id),
  PRIMARY KEY (occurrence_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX occurrence_topics_topic ON occurrence_topics(topic_id);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  revision INTEGER NOT NULL DEFAULT 1,
  current INTEGER NOT NULL DEFAULT 1,
  holder TEXT,
  holder_key TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  cue TEXT NOT NULL DEFAULT '',
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL DEFAULT 0,
  rule TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  published_utc TEXT
);
CREATE INDEX claims_holder ON claims(holder_key, published_utc);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_published ON claims(published_utc);
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE claim_topics (
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  topic_id INTEGER NOT NULL REFERENCES topics(id),
  PRIMARY KEY (claim_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX claim_topics_topic ON claim_topics(topic_id);
CREATE TABLE quantities (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  claim_id INTEGER REFERENCES claims(id),
  revision INTEGER NOT NULL DEFAULT 1,
  current INTEGER NOT NULL DEFAULT 1,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX quantities_claim ON quantities(claim_id);
CREATE INDEX quantities_document ON quantities(document_id);

-- Researcher views: current revisions only, one row per thing, with where
-- and when it was published. See docs/schema.md.
CREATE VIEW quote_occurrence_view AS
SELECT o.id AS occurrence_id, o.quote_id, q.speaker, o.text, o.kind, o.cue,
       o.speaker_mention, o.topics, d.published, d.published_utc, d.source,
       d.url, d.title, d.doc_key AS document, orig.doc_key AS reprint_of,
       o.start, o.end
FROM quote_occurrences o
JOIN quotes q ON q.id = o.quote_id
JOIN documents d ON d.id = o.document_id
LEFT JOIN documents orig ON orig.id = d.duplicate_of
WHERE o.current = 1;

CREATE VIEW quote_view AS
SELECT q.id AS quote_id, q.speaker, q.text, q.kind, q.parent_id AS fragment_of,
       (SELECT group_concat(name, ',') FROM (
          SELECT DISTINCT t.name FROM quote_occurrences o2
          JOIN occurrence_topics ot ON ot.occurrence_id = o2.id
          JOIN topics t ON t.id = ot.topic_id
          WHERE o2.quote_id = q.id AND o2.current = 1 ORDER BY t.name)) AS topics,
       f.published, f.published_utc, f.source, f.url, f.title,
       f.doc_key AS document,
       s.occurrences, s.reports, s.outlets, s.first_seen
FROM quotes q
JOIN (SELECT o.quote_id, count(*) AS occurrences,
             sum(d.duplicate_of IS NULL) AS reports,
             count(DISTINCT nullif(d.source, '')) AS outlets,
             min(coalesce(d.published_utc, d.ingested_at)) AS first_seen
      FROM quote_occurrences o JOIN documents d ON d.id = o.document_id
      WHERE o.current = 1 GROUP BY o.quote_id) s ON s.quote_id = q.id
JOIN documents f ON f.id = (
  SELECT o.document_id FROM quote_occurrences o
  JOIN documents d ON d.id = o.document_id
  WHERE o.quote_id = q.id AND o.current = 1
  ORDER BY coalesce(d.published_utc, d.ingested_at), d.id LIMIT 1);

CREATE VIEW claim_view AS
SELECT c.id AS claim_id, c.holder, c.text, c.modality, c.negated, c.cue,
       c.topics,
       (SELECT group_concat(x.text || ' [' || x.kind || ' ' || x.value ||
                            ' ' || x.unit || ']', '; ')
        FROM quantities x WHERE x.claim_id = c.id) AS quantities,
       d.published, d.published_utc, d.source, d.url, d.title,
       d.doc_key AS document, orig.doc_key AS reprint_of
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN documents orig ON orig.id = d.duplicate_of
WHERE c.current = 1;

CREATE VIEW quantity_view AS
SELECT x.id AS quantity_id, x.claim_id, x.text, x.kind, x.value, x.unit,
       d.published, d.published_utc, d.source, d.url, d.doc_key AS document
FROM quantities x JOIN documents d ON d.id = x.document_id
WHERE x.current = 1;

CREATE VIEW document_view AS
SELECT d.doc_key AS document, d.source, d.url, d.canonical_url, d.title,
       d.authors, d.published, d.published_utc, d.language, d.kind,
       d.revision, orig.doc_key AS reprint_of, orig.source AS original_source,
       (SELECT count(*) FROM quote_occurrences o
        WHERE o.document_id = d.id AND o.current = 1) AS quotes,
       (SELECT count(*) FROM claims c
        WHERE c.document_id = d.id AND c.current = 1) AS claims,
       d.content_hash, d.ingested_at, d.text
FROM documents d LEFT JOIN documents orig ON orig.id = d.duplicate_of;

CREATE VIEW actor_view AS
SELECT a.id AS actor_id, a.name, a.kind, a.role, a.affiliation, a.known,
       (SELECT group_concat(alias, '; ') FROM (
          SELECT alias FROM actor_aliases WHERE actor_id = a.id ORDER BY alias))
         AS aliases,
       (SELECT count(*) FROM quotes q WHERE q.speaker_key = a.name_key
          AND EXISTS (SELECT 1 FROM quote_occurrences o
                      WHERE o.quote_id = q.id AND o.current = 1)) AS quotes,
       (SELECT count(*) FROM claims c
        WHERE c.holder_key = a.name_key AND c.current = 1) AS claims,
       (SELECT count(DISTINCT m.document_id) FROM mentions m
        WHERE m.actor_id = a.id AND m.current = 1) AS documents,
       a.first_seen, a.last_seen
FROM actors a;
)sql";

// Reads version-1 rows back into the nlp records they were written from.
absl::Status ReplayV1Documents(Db& db) {
  Statement docs(db.get(),
                 "SELECT id, doc_key, source, url, canonical_url, title, "
                 "authors, published, language, kind, text, content_hash "
                 "FROM v1_documents ORDER BY id");
  if (!docs.ok()) return docs.status();
  int rc;
  while ((rc = docs.Step()) == SQLITE_ROW) {
    nlp::Document doc;
    const int64_t v1_id = docs.Int(0);
    doc.id = docs.Text(1);
    doc.source = docs.Text(2);
    doc.url = docs.Text(3);
    doc.canonical_url = docs.Text(4);
    doc.title = docs.Text(5);
    const std::string authors = docs.Text(6);
    for (size_t start = 0; !authors.empty() && start <= authors.size();) {
      const size_t sep = authors.find("; ", start);
      doc.authors.push_back(authors.substr(start, sep - start));
      if (sep == std::string::npos) break;
      start = sep + 2;
    }
    if (!docs.IsNull(7)) doc.published = nlp::ParseIso8601(docs.Text(7));
    doc.language = docs.Text(8);
    doc.kind = nlp::ParseDocumentKind(docs.Text(9)).value_or(nlp::DocumentKind::kNews);
    nlp::Analysis analysis;
    analysis.text = docs.Text(10);
    doc.text = analysis.text;

    Statement actors(db.get(),
                     "SELECT a.name, a.kind, a.known, m.start, m.end "
                     "FROM v1_mentions m JOIN v1_actors a ON a.id = m.actor_id "
                     "WHERE m.document_id = ? ORDER BY a.id, m.start");
    actors.Bind(1, v1_id);
    std::map<std::string, size_t> index;
    while (actors.Step() == SQLITE_ROW) {
      const std::string name = actors.Text(0);
      auto [it, added] = index.emplace(name, analysis.actors.size());
      if (added) {
        nlp::ActorInText a;
        a.name = name;
        a.kind = nlp::ParseActorKind(actors.Text(1)).value_or(nlp::ActorKind::kPerson);
        a.known = actors.Int(2) != 0;
        analysis.actors.push_back(std::move(a));
      }
      analysis.actors[it->second].mentions.push_back(
          {static_cast<size_t>(actors.Int(3)), static_cast<size_t>(actors.Int(4))});
    }
    Statement quotes(db.get(),
                     "SELECT speaker, speaker_mention, text, kind, cue, rule, "
                     "topics, start, end FROM v1_quotes WHERE document_id = ? "
                     "ORDER BY start, id");
    quotes.Bind(1, v1_id);
    while (quotes.Step() == SQLITE_ROW) {
      nlp::Quote q;
      if (!quotes.IsNull(0)) q.speaker = quotes.Text(0);
      q.speaker_mention = quotes.Text(1);
      q.text = quotes.Text(2);
      const std::string kind = quotes.Text(3);
      q.kind = kind == "partial"    ? nlp::QuoteKind::kPartial
               : kind == "indirect" ? nlp::QuoteKind::kIndirect
                                    : nlp::QuoteKind::kDirect;
      q.cue = quotes.Text(4);
      q.rule = quotes.Text(5);
      const std::string topics = quotes.Text(6);
      for (size_t start = 0; !topics.empty() && start <= topics.size();) {
        const size_t sep = topics.find(',', start);
        q.topics.push_back(topics.substr(start, sep - start));
        if (sep == std::string::npos) break;
        start = sep + 1;
      }
      q.span = {static_cast<size_t>(quotes.Int(7)), static_cast<size_t>(quotes.Int(8))};
      analysis.quotes.push_back(std::move(q));
    }
    WriteOptions options;
    options.content_hash = docs.Text(11);
    absl::StatusOr<PutOutcome> put = WriteDocument(db, doc, analysis, options);
    if (!put.ok()) return put.status();
  }
  if (rc != SQLITE_DONE) return docs.Error("reading version-1 documents");
  return absl::OkStatus();
}

}  // namespace

absl::Status MigrateV1ToV2(Db& db) {
  if (absl::Status s = db.Exec(kRenameV1); !s.ok()) return s;
  if (absl::Status s = db.Exec(kSchemaV2); !s.ok()) return s;
  // The writer links quote fragments through the index of version 5, which
  // is built again from the quotes when the store gets there.
  if (absl::Status s = CreateFragmentIndex(db); !s.ok()) return s;
  if (absl::Status s = ReplayV1Documents(db); !s.ok()) return s;
  if (absl::Status s = DropFragmentIndex(db); !s.ok()) return s;
  return db.Exec(kDropV1);
}

}  // namespace whosaid::store
