#include "store/near_duplicates.h"

#include <cstdio>
#include <map>
#include <utility>
#include <vector>

namespace whosaid::store {

std::string TextHash(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace {

// Candidates are read per band key and per exact text hash, at most
// kCandidatesPerKey each, earliest rows first. A large group of copies
// shares its band keys, so without the cap every new copy would re-check
// every earlier one and ingest would slow down quadratically; the earliest
// members of a group are enough to find its root.
constexpr int kCandidatesPerKey = 16;

std::string CandidateQuery() {
  const std::string limit = " LIMIT " + std::to_string(kCandidatesPerKey) + ")";
  std::string sql =
      "SELECT id, minhash, coalesce(duplicate_of, id), "
      "coalesce(published_utc, ingested_at), text_hash FROM documents "
      "WHERE id IN (SELECT id FROM (SELECT id FROM documents "
      "WHERE text_hash = ?2 AND id <> ?1 ORDER BY id" + limit;
  for (int b = 0; b < kLshBands; ++b) {
    sql += " UNION SELECT document_id FROM (SELECT document_id FROM document_lsh "
           "WHERE lsh_key = ?" + std::to_string(3 + b) +
           " AND document_id <> ?1 ORDER BY document_id" + limit;
  }
  return sql + ")";
}

}  // namespace

absl::Status LinkNearDuplicates(Db& db, int64_t id, const Fingerprint& fp,
                                const std::string& text_hash,
                                const std::string& order_key) {
  const bool fingerprinted = fp.usable();
  Statement& find = db.Cached(CandidateQuery());
  if (!find.ok()) return find.status();
  find.Bind(1, id).Bind(2, text_hash);
  const auto keys = fp.BandKeys();
  for (int b = 0; b < kLshBands; ++b) {
    if (fingerprinted) {
      find.Bind(3 + b, keys[b]);
    } else {
      find.BindNull(3 + b);
    }
  }
  std::map<int64_t, std::string> roots;  // root id -> its order key
  std::vector<int64_t> other_roots;      // roots of matches that are copies
  int rc;
  while ((rc = find.Step()) == SQLITE_ROW) {
    // A band match alone is not enough: re-check the similarity.
    Fingerprint other;
    const bool same =
        find.Text(4) == text_hash ||
        (fingerprinted && Fingerprint::FromBlob(find.Blob(1), &other) &&
         Similarity(fp, other) >= kMinSimilarity);
    if (!same) continue;
    const int64_t root = find.Int(2);
    if (root == find.Int(0)) {
      roots[root] = find.Text(3);
    } else {
      other_roots.push_back(root);
    }
  }
  if (rc != SQLITE_DONE) return find.Error("looking for near-duplicates");
  find.Reset();
  if (roots.empty() && other_roots.empty()) return absl::OkStatus();
  for (int64_t root : other_roots) {
    if (roots.count(root)) continue;
    Statement& key = db.Cached(
        "SELECT coalesce(published_utc, ingested_at) FROM documents WHERE id = ?");
    key.Bind(1, root);
    if (key.Step() == SQLITE_ROW) roots[root] = key.Text(0);
    key.Reset();
  }
  roots.erase(id);
  // The earliest member is the original; ties go to the older row.
  int64_t original = id;
  std::string best = order_key;
  for (const auto& [root, key] : roots) {
    if (key < best || (key == best && root < original)) {
      original = root;
      best = key;
    }
  }
  Statement& self = db.Cached("UPDATE documents SET duplicate_of = ? WHERE id = ?");
  if (original == id) {
    self.BindNull(1);
  } else {
    self.Bind(1, original);
  }
  self.Bind(2, id);
  if (absl::Status s = self.Run("linking a near-duplicate"); !s.ok()) return s;
  for (const auto& [root, key] : roots) {
    if (root == original) continue;
    Statement& move = db.Cached(
        "UPDATE documents SET duplicate_of = ?1 WHERE id = ?2 OR duplicate_of = ?2");
    move.Bind(1, original).Bind(2, root);
    if (absl::Status s = move.Run("re-linking near-duplicates"); !s.ok()) return s;
  }
  // Copies that pointed at this document before it was linked elsewhere.
  if (original != id) {
    Statement& move = db.Cached(
        "UPDATE documents SET duplicate_of = ?1 WHERE duplicate_of = ?2");
    move.Bind(1, original).Bind(2, id);
    if (absl::Status s = move.Run("re-linking near-duplicates"); !s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace whosaid::store
