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
CREATE TABLE fragment_speakers (
  speaker_key TEXT PRIMARY KEY
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

// Adds the windows of quote `id`. REQUIRES: IsLinkable(speaker_key, key).
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

// Adds every linkable quote of `speaker_key` and marks the speaker indexed.
absl::Status IndexSpeaker(Db& db, const std::string& speaker_key) {
  Statement& all = db.Cached("SELECT id, quote_key FROM quotes WHERE speaker_key = ?");
  if (!all.ok()) return all.status();
  all.Bind(1, speaker_key);
  std::vector<FragmentCandidate> quotes;
  int rc;
  while ((rc = all.Step()) == SQLITE_ROW) quotes.push_back({all.Int(0), all.Text(1)});
  if (rc != SQLITE_DONE) return all.Error("reading a speaker's quotes");
  all.Reset();
  for (const FragmentCandidate& q : quotes) {
    if (!IsLinkable(speaker_key, q.key)) continue;
    if (absl::Status s = IndexQuote(db, q.id, speaker_key, q.key); !s.ok()) return s;
  }
  Statement& mark = db.Cached("INSERT INTO fragment_speakers (speaker_key) VALUES (?)");
  if (!mark.ok()) return mark.status();
  mark.Bind(1, speaker_key);
  return mark.Run("marking an indexed speaker");
}

absl::StatusOr<bool> IsIndexed(Db& db, const std::string& speaker_key) {
  Statement& st = db.Cached("SELECT 1 FROM fragment_speakers WHERE speaker_key = ?");
  if (!st.ok()) return st.status();
  st.Bind(1, speaker_key);
  const int rc = st.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return st.Error("reading indexed speakers");
  st.Reset();
  return rc == SQLITE_ROW;
}

// Every quote of the speaker but `id`, read from the quotes_identity
// index, which holds the key and the rowid: key order.
absl::Status ReadSpeaker(Db& db, int64_t id, const std::string& speaker_key,
                         FragmentLookup* lookup) {
  Statement& scan = db.Cached(
      "SELECT id, quote_key FROM quotes INDEXED BY quotes_identity "
      "WHERE speaker_key = ? AND id <> ?");
  if (!scan.ok()) return scan.status();
  scan.Bind(1, speaker_key).Bind(2, id);
  int rc;
  while ((rc = scan.Step()) == SQLITE_ROW) {
    lookup->candidates.push_back({scan.Int(0), scan.Text(1)});
  }
  if (rc != SQLITE_DONE) return scan.Error("scanning the speaker's quotes");
  scan.Reset();
  lookup->other_quotes = static_cast<int64_t>(lookup->candidates.size());
  return absl::OkStatus();
}

// The candidates the windows point at, checked to be the speaker's and
// sorted by key.
absl::Status ProbeIndex(Db& db, int64_t id, const std::string& speaker_key,
                        const std::string& key, FragmentLookup* lookup) {
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
  for (int64_t candidate : ids) {
    if (candidate == id) continue;
    get.Reset();
    get.Bind(1, candidate);
    const int rc = get.Step();
    if (rc == SQLITE_DONE) continue;
    if (rc != SQLITE_ROW) return get.Error("reading a fragment candidate");
    if (get.Text(0) != speaker_key) continue;
    lookup->candidates.push_back({candidate, get.Text(1)});
  }
  get.Reset();
  std::sort(lookup->candidates.begin(), lookup->candidates.end(),
            [](const FragmentCandidate& a, const FragmentCandidate& b) {
              return a.key < b.key;
            });
  return absl::OkStatus();
}

}  // namespace

bool IsLinkable(std::string_view speaker_key, std::string_view key) {
  // QuoteKey never gives a key of bars alone, but a key edited by hand in
  // the file could be one; it has no window.
  return !speaker_key.empty() && !key.empty() && key[0] != '#' &&
         key.find_first_not_of(" |") != std::string_view::npos;
}

absl::Status CreateFragmentIndex(Db& db) { return db.Exec(kCreate); }

absl::Status DropFragmentIndex(Db& db) {
  return db.Exec("DROP TABLE quote_windows; DROP TABLE fragment_speakers;");
}

absl::Status MigrateV4ToV5(Db& db) {
  if (absl::Status s = CreateFragmentIndex(db); !s.ok()) return s;
  Statement prolific(db.get(),
                     "SELECT speaker_key FROM quotes WHERE speaker_key <> '' "
                     "GROUP BY speaker_key HAVING count(*) >= ?");
  if (!prolific.ok()) return prolific.status();
  prolific.Bind(1, kIndexedSpeakerQuotes);
  std::vector<std::string> speakers;
  int rc;
  while ((rc = prolific.Step()) == SQLITE_ROW) speakers.push_back(prolific.Text(0));
  if (rc != SQLITE_DONE) return prolific.Error("counting quotes by speaker");
  for (const std::string& speaker_key : speakers) {
    if (absl::Status s = IndexSpeaker(db, speaker_key); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::StatusOr<FragmentLookup> FindFragmentCandidates(Db& db, int64_t id,
                                                      const std::string& speaker_key,
                                                      const std::string& key) {
  assert(IsLinkable(speaker_key, key));
  FragmentLookup lookup;
  absl::StatusOr<bool> indexed = IsIndexed(db, speaker_key);
  if (!indexed.ok()) return indexed.status();
  lookup.indexed = *indexed;
  absl::Status s = lookup.indexed ? ProbeIndex(db, id, speaker_key, key, &lookup)
                                  : ReadSpeaker(db, id, speaker_key, &lookup);
  if (!s.ok()) return s;
  return lookup;
}

absl::Status IndexNewQuote(Db& db, int64_t id, const std::string& speaker_key,
                           const std::string& key, const FragmentLookup& lookup) {
  assert(IsLinkable(speaker_key, key));
  if (lookup.indexed) return IndexQuote(db, id, speaker_key, key);
  if (lookup.other_quotes + 1 >= kIndexedSpeakerQuotes) {
    return IndexSpeaker(db, speaker_key);
  }
  return absl::OkStatus();
}

}  // namespace whosaid::store
