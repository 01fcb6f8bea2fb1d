#include "store/fragment_index.h"

#include <algorithm>
#include <cassert>
#include <string>

#include "store/fragment_windows.h"

namespace whosaid::store {
namespace {

// A quote's anchor (fragment_windows.h) is one of its windows; its row has
// anchor = 1, so that the anchors are found without a table of their own
// and lie beside the quote's other windows.
constexpr const char* kCreate = R"sql(
CREATE TABLE quote_windows (
  hash INTEGER NOT NULL,
  anchor INTEGER NOT NULL,
  quote_id INTEGER NOT NULL,
  PRIMARY KEY (hash, anchor, quote_id)
) WITHOUT ROWID;
)sql";

// `values` as a JSON array, for json_each.
std::string JsonList(const std::vector<int64_t>& values) {
  std::string list = "[";
  for (int64_t v : values) {
    if (list.size() > 1) list += ',';
    list += std::to_string(v);
  }
  list += ']';
  return list;
}

// Ids of the quotes with a window in every range of `ranges` (one or two).
absl::Status AddContaining(Db& db, const std::vector<WindowRange>& ranges,
                           std::vector<int64_t>* ids) {
  if (ranges.empty()) return absl::OkStatus();
  Statement& st = db.Cached(
      ranges.size() == 1
          ? "SELECT quote_id FROM quote_windows WHERE hash BETWEEN ?1 AND ?2"
          : "SELECT quote_id FROM quote_windows WHERE hash BETWEEN ?1 AND ?2 "
            "INTERSECT "
            "SELECT quote_id FROM quote_windows WHERE hash BETWEEN ?3 AND ?4");
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < ranges.size(); ++i) {
    st.Bind(static_cast<int>(2 * i + 1), ranges[i].lo);
    st.Bind(static_cast<int>(2 * i + 2), ranges[i].hi);
  }
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) ids->push_back(st.Int(0));
  if (rc != SQLITE_DONE) return st.Error("probing quote windows");
  return absl::OkStatus();
}

// Ids of the quotes whose anchor is one of `probes`.
absl::Status AddContained(Db& db, const std::vector<int64_t>& probes,
                          std::vector<int64_t>* ids) {
  Statement& st = db.Cached(
      "SELECT quote_id FROM quote_windows "
      "WHERE hash IN (SELECT value FROM json_each(?1)) AND anchor = 1");
  if (!st.ok()) return st.status();
  st.Bind(1, JsonList(probes));
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) ids->push_back(st.Int(0));
  if (rc != SQLITE_DONE) return st.Error("probing quote anchors");
  return absl::OkStatus();
}

}  // namespace

bool IsLinkable(std::string_view speaker_key, std::string_view key) {
  return !speaker_key.empty() && !key.empty() && key[0] != '#';
}

absl::Status CreateFragmentIndex(Db& db) { return db.Exec(kCreate); }

absl::Status DropFragmentIndex(Db& db) {
  return db.Exec("DROP TABLE quote_windows");
}

absl::Status MigrateV4ToV5(Db& db) {
  if (absl::Status s = CreateFragmentIndex(db); !s.ok()) return s;
  Statement all(db.get(),
                "SELECT id, speaker_key, quote_key FROM quotes WHERE speaker_key <> ''");
  if (!all.ok()) return all.status();
  int rc;
  while ((rc = all.Step()) == SQLITE_ROW) {
    const std::string speaker_key = all.Text(1);
    const std::string key = all.Text(2);
    if (!IsLinkable(speaker_key, key)) continue;
    if (absl::Status s = IndexQuote(db, all.Int(0), speaker_key, key); !s.ok()) {
      return s;
    }
  }
  if (rc != SQLITE_DONE) return all.Error("reading quotes to index");
  return absl::OkStatus();
}

absl::Status IndexQuote(Db& db, int64_t id, std::string_view speaker_key,
                        std::string_view key) {
  assert(IsLinkable(speaker_key, key));
  // One statement for all the windows, in key order so that they go to
  // neighbouring places of the B-tree. A window can repeat within one key;
  // the primary key keeps one row.
  std::vector<int64_t> windows = Windows(speaker_key, key);
  std::sort(windows.begin(), windows.end());
  Statement& ins = db.Cached(
      "INSERT OR IGNORE INTO quote_windows (hash, anchor, quote_id) "
      "SELECT value, value = ?2, ?3 FROM json_each(?1)");
  if (!ins.ok()) return ins.status();
  ins.Bind(1, JsonList(windows)).Bind(2, Anchor(speaker_key, key)).Bind(3, id);
  return ins.Run("indexing quote windows");
}

absl::StatusOr<std::vector<FragmentCandidate>> FragmentCandidates(
    Db& db, int64_t id, const std::string& speaker_key, const std::string& key) {
  assert(IsLinkable(speaker_key, key));
  std::vector<int64_t> ids;
  if (absl::Status s = AddContaining(db, ContainingProbes(speaker_key, key), &ids);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = AddContained(db, ContainedProbes(speaker_key, key), &ids);
      !s.ok()) {
    return s;
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

  // Hash collisions bring quotes of other speakers; quotes deleted by hand
  // leave ids without a row.
  Statement& get = db.Cached("SELECT speaker_key, quote_key FROM quotes WHERE id = ?");
  if (!get.ok()) return get.status();
  std::vector<FragmentCandidate> out;
  for (int64_t candidate : ids) {
    if (candidate == id) continue;
    get.Reset();
    get.Bind(1, candidate);
    const int rc = get.Step();
    if (rc == SQLITE_DONE) continue;
    if (rc != SQLITE_ROW) return get.Error("reading a fragment candidate");
    if (get.Text(0) != speaker_key) continue;
    out.push_back({candidate, get.Text(1)});
  }
  get.Reset();
  std::sort(out.begin(), out.end(),
            [](const FragmentCandidate& a, const FragmentCandidate& b) {
              return a.key < b.key;
            });
  return out;
}

}  // namespace whosaid::store
