#include "store/document_writer.h"

#include <cstdio>
#include <set>

#include "store/fingerprint.h"
#include "store/near_duplicates.h"
#include "store/quote_clusterer.h"
#include "store/text_keys.h"

namespace whosaid::store {
namespace {

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// What every row written for one document shares.
struct DocContext {
  int64_t id = 0;
  int64_t revision = 1;
  std::string published_utc;  // empty when unknown
  std::string now;
};

// Copies the current revision into document_revisions and retires its
// extraction (current = 0) so the new revision's rows replace it.
absl::Status RetireRevision(Db& db, int64_t id, const std::string& now) {
  Statement& copy = db.Cached(
      "INSERT INTO document_revisions (document_id, revision, title, authors, "
      "published, published_utc, text, content_hash, ingested_at, replaced_at) "
      "SELECT id, revision, title, authors, published, published_utc, text, "
      "content_hash, updated_at, ? FROM documents WHERE id = ?");
  copy.Bind(1, now).Bind(2, id);
  if (absl::Status s = copy.Run("keeping the previous revision"); !s.ok()) return s;
  for (const char* table : {"quote_occurrences", "claims", "mentions", "quantities"}) {
    Statement& retire = db.Cached(std::string("UPDATE ") + table +
                                  " SET current = 0 WHERE document_id = ? AND current = 1");
    retire.Bind(1, id);
    if (absl::Status s = retire.Run("retiring the previous extraction"); !s.ok()) {
      return s;
    }
  }
  return absl::OkStatus();
}

// Binds the document columns shared by INSERT and UPDATE, from ?2 on.
void BindDocument(Statement& st, const nlp::Document& doc,
                  const nlp::Analysis& analysis, const std::string& hash,
                  const Fingerprint& fp, const std::string& now) {
  st.Bind(2, doc.source).Bind(3, doc.url).Bind(4, doc.canonical_url);
  st.Bind(5, doc.title).Bind(6, Join(doc.authors, "; "));
  if (doc.published) {
    st.Bind(7, doc.published->ToIso8601()).Bind(8, doc.published->ToUtcIso8601());
  } else {
    st.BindNull(7).BindNull(8);
  }
  if (doc.modified) {
    st.Bind(9, doc.modified->ToUtcIso8601());
  } else {
    st.BindNull(9);
  }
  st.Bind(10, doc.language).Bind(11, nlp::DocumentKindName(doc.kind));
  st.Bind(12, doc.account_owner).Bind(13, analysis.text).Bind(14, hash);
  st.Bind(15, TextHash(analysis.text));
  if (fp.usable()) {
    st.BindBlob(16, fp.ToBlob());
  } else {
    st.BindNull(16);
  }
  st.Bind(17, now);
}

// Inserts or revises the document row. Sets *outcome and ctx->id/revision.
absl::Status WriteDocumentRow(Db& db, const nlp::Document& doc,
                              const nlp::Analysis& analysis,
                              const std::string& hash, const Fingerprint& fp,
                              DocContext* ctx, PutOutcome* outcome) {
  Statement& find = db.Cached(
      "SELECT id, content_hash, revision FROM documents WHERE doc_key = ?");
  if (!find.ok()) return find.status();
  find.Bind(1, doc.id);
  const int rc = find.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return find.Error("finding the document");
  if (rc == SQLITE_ROW) {
    ctx->id = find.Int(0);
    ctx->revision = find.Int(2) + 1;
    const bool same = find.Text(1) == hash;
    find.Reset();
    if (same) {
      *outcome = PutOutcome::kUnchanged;
      return absl::OkStatus();
    }
    *outcome = PutOutcome::kUpdated;
    if (absl::Status s = RetireRevision(db, ctx->id, ctx->now); !s.ok()) return s;
    Statement& up = db.Cached(
        "UPDATE documents SET source = ?2, url = ?3, canonical_url = ?4, "
        "title = ?5, authors = ?6, published = ?7, published_utc = ?8, "
        "modified = ?9, language = ?10, kind = ?11, account_owner = ?12, "
        "text = ?13, content_hash = ?14, text_hash = ?15, minhash = ?16, "
        "updated_at = ?17, revision = revision + 1, duplicate_of = NULL "
        "WHERE id = ?1");
    if (!up.ok()) return up.status();
    up.Bind(1, ctx->id);
    BindDocument(up, doc, analysis, hash, fp, ctx->now);
    return up.Run("updating the document");
  }
  find.Reset();
  *outcome = PutOutcome::kNew;
  Statement& ins = db.Cached(
      "INSERT INTO documents (doc_key, source, url, canonical_url, title, "
      "authors, published, published_utc, modified, language, kind, "
      "account_owner, text, content_hash, text_hash, minhash, ingested_at, "
      "updated_at) VALUES "
      "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?17)");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, doc.id);
  BindDocument(ins, doc, analysis, hash, fp, ctx->now);
  if (absl::Status s = ins.Run("inserting the document"); !s.ok()) return s;
  ctx->id = db.LastInsertId();
  ctx->revision = 1;
  return absl::OkStatus();
}

// Replaces the document's band keys with those of `fp`.
absl::Status WriteBandKeys(Db& db, int64_t id, const Fingerprint& fp) {
  Statement& del = db.Cached("DELETE FROM document_lsh WHERE document_id = ?");
  del.Bind(1, id);
  if (absl::Status s = del.Run("clearing band keys"); !s.ok()) return s;
  if (!fp.usable()) return absl::OkStatus();
  for (int64_t key : fp.BandKeys()) {
    Statement& ins = db.Cached(
        "INSERT OR IGNORE INTO document_lsh (lsh_key, document_id) VALUES (?, ?)");
    ins.Bind(1, key).Bind(2, id);
    if (absl::Status s = ins.Run("recording band keys"); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status WriteSource(Db& db, const std::string& name, const std::string& now) {
  if (name.empty()) return absl::OkStatus();
  Statement& st = db.Cached(
      "INSERT INTO sources (name, added_at) VALUES (?, ?) "
      "ON CONFLICT(name) DO NOTHING");
  st.Bind(1, name).Bind(2, now);
  return st.Run("recording the source");
}

absl::StatusOr<int64_t> TopicId(Db& db, const std::string& name) {
  Statement& ins = db.Cached(
      "INSERT INTO topics (name) VALUES (?) ON CONFLICT(name) DO NOTHING");
  ins.Bind(1, name);
  if (absl::Status s = ins.Run("recording a topic"); !s.ok()) return s;
  Statement& find = db.Cached("SELECT id FROM topics WHERE name = ?");
  find.Bind(1, name);
  if (find.Step() != SQLITE_ROW) return find.Error("finding a topic");
  const int64_t id = find.Int(0);
  find.Reset();
  return id;
}

// Links `row` to each topic through `sql` ("INSERT ... VALUES (row, topic)").
absl::Status WriteTopics(Db& db, const std::string& sql, int64_t row,
                         const std::vector<std::string>& topics) {
  for (const std::string& topic : std::set<std::string>(topics.begin(), topics.end())) {
    if (topic.empty()) continue;
    absl::StatusOr<int64_t> topic_id = TopicId(db, topic);
    if (!topic_id.ok()) return topic_id.status();
    Statement& link = db.Cached(sql);
    link.Bind(1, row).Bind(2, *topic_id);
    if (absl::Status s = link.Run("linking a topic"); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status WriteActor(Db& db, const nlp::ActorInText& actor,
                        const nlp::Analysis& analysis, const DocContext& ctx) {
  Statement& up = db.Cached(
      "INSERT INTO actors (name, name_key, kind, role, affiliation, known, "
      "first_seen, last_seen) VALUES (?1,?2,?3,?4,?5,?6,?7,?7) "
      "ON CONFLICT(name) DO UPDATE SET "
      "known = max(known, excluded.known), "
      "role = CASE WHEN excluded.role <> '' THEN excluded.role ELSE role END, "
      "affiliation = CASE WHEN excluded.affiliation <> '' "
      "  THEN excluded.affiliation ELSE affiliation END, "
      "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen "
      "  THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END, "
      "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen "
      "  THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END "
      "RETURNING id");
  if (!up.ok()) return up.status();
  up.Bind(1, actor.name).Bind(2, NameKey(actor.name));
  up.Bind(3, nlp::ActorKindName(actor.kind)).Bind(4, actor.role);
  up.Bind(5, actor.affiliation).Bind(6, actor.known ? 1 : 0);
  up.BindOrNull(7, ctx.published_utc);
  if (up.Step() != SQLITE_ROW) return up.Error("recording an actor");
  const int64_t actor_id = up.Int(0);
  up.Reset();
  const std::string name_key = NameKey(actor.name);
  for (const nlp::Span& m : actor.mentions) {
    Statement& men = db.Cached(
        "INSERT INTO mentions (document_id, actor_id, revision, start, end) "
        "VALUES (?,?,?,?,?)");
    men.Bind(1, ctx.id).Bind(2, actor_id).Bind(3, ctx.revision);
    men.Bind(4, m.start).Bind(5, m.end);
    if (absl::Status s = men.Run("recording a mention"); !s.ok()) return s;
    if (m.end > analysis.text.size() || m.empty()) continue;
    const std::string alias = analysis.text.substr(m.start, m.size());
    const std::string alias_key = NameKey(alias);
    if (alias_key.empty() || alias_key == name_key) continue;
    Statement& al = db.Cached(
        "INSERT INTO actor_aliases (actor_id, alias, alias_key) VALUES (?,?,?) "
        "ON CONFLICT DO NOTHING");
    al.Bind(1, actor_id).Bind(2, alias).Bind(3, alias_key);
    if (absl::Status s = al.Run("recording an alias"); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status WriteQuote(Db& db, const nlp::Quote& q, const DocContext& ctx) {
  absl::StatusOr<int64_t> cluster = ClusterQuote(db, q, ctx.now);
  if (!cluster.ok()) return cluster.status();
  Statement& ins = db.Cached(
      "INSERT INTO quote_occurrences (quote_id, document_id, revision, text, "
      "kind, cue, speaker_mention, rule, topics, start, end, published_utc) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, *cluster).Bind(2, ctx.id).Bind(3, ctx.revision).Bind(4, q.text);
  ins.Bind(5, nlp::QuoteKindName(q.kind)).Bind(6, q.cue);
  ins.Bind(7, q.speaker_mention).Bind(8, q.rule).Bind(9, Join(q.topics, ","));
  ins.Bind(10, q.span.start).Bind(11, q.span.end);
  ins.BindOrNull(12, ctx.published_utc);
  if (absl::Status s = ins.Run("recording a quote"); !s.ok()) return s;
  return WriteTopics(db,
                     "INSERT OR IGNORE INTO occurrence_topics (occurrence_id, "
                     "topic_id) VALUES (?, ?)",
                     db.LastInsertId(), q.topics);
}

absl::Status WriteQuantity(Db& db, const nlp::Quantity& x, int64_t claim_id,
                           const DocContext& ctx) {
  Statement& ins = db.Cached(
      "INSERT INTO quantities (document_id, claim_id, revision, text, kind, "
      "value, unit, start, end) VALUES (?,?,?,?,?,?,?,?,?)");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, ctx.id);
  if (claim_id) {
    ins.Bind(2, claim_id);
  } else {
    ins.BindNull(2);
  }
  ins.Bind(3, ctx.revision).Bind(4, x.text).Bind(5, nlp::QuantityKindName(x.kind));
  ins.Bind(6, x.value).Bind(7, x.unit).Bind(8, x.span.start).Bind(9, x.span.end);
  return ins.Run("recording a quantity");
}

absl::Status WriteClaim(Db& db, const nlp::Claim& c, const DocContext& ctx) {
  Statement& ins = db.Cached(
      "INSERT INTO claims (document_id, revision, holder, holder_key, text, "
      "cue, modality, negated, rule, topics, start, end, published_utc) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, ctx.id).Bind(2, ctx.revision);
  if (c.holder) {
    ins.Bind(3, *c.holder);
  } else {
    ins.BindNull(3);
  }
  ins.Bind(4, NameKey(c.holder.value_or(""))).Bind(5, c.text).Bind(6, c.cue);
  ins.Bind(7, nlp::ModalityName(c.modality)).Bind(8, c.negated ? 1 : 0);
  ins.Bind(9, c.rule).Bind(10, Join(c.topics, ","));
  ins.Bind(11, c.span.start).Bind(12, c.span.end).BindOrNull(13, ctx.published_utc);
  if (absl::Status s = ins.Run("recording a claim"); !s.ok()) return s;
  const int64_t claim_id = db.LastInsertId();
  for (const nlp::Quantity& x : c.quantities) {
    if (absl::Status s = WriteQuantity(db, x, claim_id, ctx); !s.ok()) return s;
  }
  return WriteTopics(db,
                     "INSERT OR IGNORE INTO claim_topics (claim_id, topic_id) "
                     "VALUES (?, ?)",
                     claim_id, c.topics);
}

}  // namespace

std::string ContentHash(const nlp::Document& doc) {
  // FNV-1a over title and text, each ended by a separator byte. Version 1
  // stored the same digest, so stores migrate without spurious updates.
  uint64_t h = 1469598103934665603ULL;
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

absl::StatusOr<PutOutcome> WriteDocument(Db& db, const nlp::Document& doc,
                                         const nlp::Analysis& analysis,
                                         const WriteOptions& options) {
  DocContext ctx;
  ctx.now = options.now.empty() ? UtcNow() : options.now;
  if (doc.published) ctx.published_utc = doc.published->ToUtcIso8601();
  const std::string hash =
      options.content_hash.empty() ? ContentHash(doc) : options.content_hash;
  const Fingerprint fp = ComputeFingerprint(analysis.text);
  PutOutcome outcome = PutOutcome::kNew;
  if (absl::Status s = WriteDocumentRow(db, doc, analysis, hash, fp, &ctx, &outcome);
      !s.ok() || outcome == PutOutcome::kUnchanged) {
    if (!s.ok()) return s;
    return outcome;
  }
  if (absl::Status s = WriteSource(db, doc.source, ctx.now); !s.ok()) return s;
  if (absl::Status s = WriteBandKeys(db, ctx.id, fp); !s.ok()) return s;
  if (absl::Status s =
          LinkNearDuplicates(db, ctx.id, fp, TextHash(analysis.text),
                             ctx.published_utc.empty() ? ctx.now : ctx.published_utc);
      !s.ok()) {
    return s;
  }
  for (const nlp::ActorInText& actor : analysis.actors) {
    if (absl::Status s = WriteActor(db, actor, analysis, ctx); !s.ok()) return s;
  }
  for (const nlp::Quote& q : analysis.quotes) {
    if (absl::Status s = WriteQuote(db, q, ctx); !s.ok()) return s;
  }
  for (const nlp::Claim& c : analysis.claims) {
    if (absl::Status s = WriteClaim(db, c, ctx); !s.ok()) return s;
  }
  // Quantities outside any claim; those inside one were written with it.
  std::set<std::pair<size_t, size_t>> in_claims;
  for (const nlp::Claim& c : analysis.claims) {
    for (const nlp::Quantity& x : c.quantities) in_claims.insert({x.span.start, x.span.end});
  }
  for (const nlp::Quantity& x : analysis.quantities) {
    if (in_claims.count({x.span.start, x.span.end})) continue;
    if (absl::Status s = WriteQuantity(db, x, 0, ctx); !s.ok()) return s;
  }
  return outcome;
}

}  // namespace whosaid::store
