#include "store/quote_clusterer.h"

#include <vector>

#include "store/fragment_index.h"
#include "store/text_keys.h"

namespace whosaid::store {
namespace {

// The key length in bytes (as std::string::size counts) of quote `id`'s
// parent, or 0 when it has none.
absl::StatusOr<size_t> ParentKeySize(Db& db, int64_t id) {
  Statement& st = db.Cached(
      "SELECT length(CAST(p.quote_key AS BLOB)) FROM quotes q "
      "JOIN quotes p ON p.id = q.parent_id "
      "WHERE q.id = ?");
  if (!st.ok()) return st.status();
  st.Bind(1, id);
  const int rc = st.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return st.Error("reading a parent");
  const size_t size = rc == SQLITE_ROW ? static_cast<size_t>(st.Int(0)) : 0;
  st.Reset();
  return size;
}

// Links the new cluster `id` (key `key`) to the longest quote of the same
// speaker containing it, and adopts the speaker's shorter quotes it
// contains unless they already have a longer parent; then records it in
// the fragment index.
absl::Status LinkFragments(Db& db, int64_t id, const std::string& key,
                           const std::string& speaker_key) {
  // Every quote of the speaker, or for a prolific speaker those the
  // fragment index points at; in key order either way, so that a tie
  // between equally long parents goes to the first key.
  absl::StatusOr<FragmentLookup> lookup =
      FindFragmentCandidates(db, id, speaker_key, key);
  if (!lookup.ok()) return lookup.status();

  int64_t parent = 0;
  size_t parent_size = 0;
  std::vector<int64_t> adopted;
  for (const FragmentCandidate& c : lookup->candidates) {
    if (KeyIsFragmentOf(key, c.key)) {
      if (c.key.size() > parent_size) {
        parent = c.id;
        parent_size = c.key.size();
      }
    } else if (KeyIsFragmentOf(c.key, key)) {
      absl::StatusOr<size_t> parent_key = ParentKeySize(db, c.id);
      if (!parent_key.ok()) return parent_key.status();
      if (*parent_key < key.size()) adopted.push_back(c.id);
    }
  }
  if (parent != 0) {
    Statement& set = db.Cached("UPDATE quotes SET parent_id = ? WHERE id = ?");
    set.Bind(1, parent).Bind(2, id);
    if (absl::Status s = set.Run("linking a fragment"); !s.ok()) return s;
  }
  for (int64_t child : adopted) {
    Statement& set = db.Cached("UPDATE quotes SET parent_id = ? WHERE id = ?");
    set.Bind(1, id).Bind(2, child);
    if (absl::Status s = set.Run("linking a fragment"); !s.ok()) return s;
  }
  return IndexNewQuote(db, id, speaker_key, key, *lookup);
}

}  // namespace

absl::StatusOr<int64_t> ClusterQuote(Db& db, const nlp::Quote& quote,
                                     const std::string& now) {
  const std::string speaker = quote.speaker.value_or("");
  const std::string speaker_key = NameKey(speaker);
  std::string key = QuoteKey(quote.text);
  // Text without letters or digits only ever matches itself.
  if (key.empty()) key = "#" + quote.text;
  {
    Statement& find = db.Cached(
        "SELECT id FROM quotes WHERE speaker_key = ? AND quote_key = ?");
    if (!find.ok()) return find.status();
    find.Bind(1, speaker_key).Bind(2, key);
    const int rc = find.Step();
    if (rc == SQLITE_ROW) {
      const int64_t id = find.Int(0);
      find.Reset();
      return id;
    }
    if (rc != SQLITE_DONE) return find.Error("looking up a quote");
    find.Reset();
  }
  Statement& ins = db.Cached(
      "INSERT INTO quotes (speaker, speaker_key, text, quote_key, kind, "
      "created_at) VALUES (?,?,?,?,?,?)");
  if (!ins.ok()) return ins.status();
  if (quote.speaker) {
    ins.Bind(1, *quote.speaker);
  } else {
    ins.BindNull(1);
  }
  ins.Bind(2, speaker_key).Bind(3, quote.text).Bind(4, key);
  ins.Bind(5, nlp::QuoteKindName(quote.kind)).Bind(6, now);
  if (absl::Status s = ins.Run("inserting a quote"); !s.ok()) return s;
  const int64_t id = db.LastInsertId();
  if (IsLinkable(speaker_key, key)) {
    if (absl::Status s = LinkFragments(db, id, key, speaker_key); !s.ok()) {
      return s;
    }
  }
  return id;
}

}  // namespace whosaid::store
