// Fragment linking through the fragment index: the cases its word windows
// make tricky (fragments shorter than a window, ellipsis segments,
// fragments before and after their parent), a randomised comparison with
// the plain rule (every quote of the speaker checked with KeyIsFragmentOf),
// and the back-fill of a version-4 store.

#include "store/fragment_index.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <random>

#include "store/schema.h"
#include "store/store.h"
#include "store/text_keys.h"
#include "tests/store/store_fixtures.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::store {
namespace {

using testing::Scalar;

using testing::Analysis;
using testing::Doc;
using testing::MakeQuote;

// (speaker key, quote key) → the parent's quote key ("" for none), read
// straight from the file.
using ParentMap = std::map<std::pair<std::string, std::string>, std::string>;

ParentMap ReadParents(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db,
                               "SELECT q.speaker_key, q.quote_key, coalesce(p.quote_key, '') "
                               "FROM quotes q LEFT JOIN quotes p ON p.id = q.parent_id",
                               -1, &st, nullptr),
            SQLITE_OK);
  ParentMap out;
  auto text = [&](int col) {
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, col)));
  };
  while (sqlite3_step(st) == SQLITE_ROW) out[{text(0), text(1)}] = text(2);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// The linking rule spelled out without an index: every other quote of the
// speaker, in key order, checked both ways.
class ReferenceLinker {
 public:
  void Add(const std::string& speaker, const std::string& text) {
    const std::string speaker_key = NameKey(speaker);
    std::string key = QuoteKey(text);
    if (key.empty()) key = "#" + text;
    if (parents_.count({speaker_key, key})) return;
    parents_[{speaker_key, key}] = "";
    if (speaker_key.empty() || key[0] == '#') return;
    std::string parent;
    std::vector<std::string> adopted;
    // The map is ordered by (speaker key, quote key), as the
    // quotes_identity index is.
    for (const auto& [id, own_parent] : parents_) {
      const std::string& other = id.second;
      if (id.first != speaker_key || other == key) continue;
      if (KeyIsFragmentOf(key, other)) {
        if (other.size() > parent.size()) parent = other;
      } else if (KeyIsFragmentOf(other, key) && own_parent.size() < key.size()) {
        adopted.push_back(other);
      }
    }
    parents_[{speaker_key, key}] = parent;
    for (const std::string& child : adopted) parents_[{speaker_key, child}] = key;
  }
  const ParentMap& parents() const { return parents_; }

 private:
  ParentMap parents_;
};

// Run twice: with every speaker read quote by quote (as below
// kIndexedSpeakerQuotes), and with every speaker indexed from the start
// (marked in fragment_speakers while the store is empty, so nothing needs
// back-filling).
class FragmentIndex : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    Reopen();
    if (GetParam()) {
      for (const char* speaker : {"Dana Whitlock", "Ann Lee", "Omar Reyes", "Bo Chen",
                                  "Cy Diaz"}) {
        Exec("INSERT INTO fragment_speakers VALUES ('" + NameKey(speaker) + "')");
      }
    }
  }
  void Reopen() {
    store_.reset();
    auto s = OpenSqliteStore(path_);
    ASSERT_TRUE(s.ok()) << s.status();
    store_ = std::move(*s);
  }
  void Exec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }
  // One document per quote.
  void Say(const std::string& speaker, const std::string& text) {
    const std::string id = "d" + std::to_string(++docs_);
    auto r = store_->Put(Doc(id, "2025-11-01", "body of " + id, "S"),
                         Analysis("body of " + id, {MakeQuote(text, speaker)}));
    ASSERT_TRUE(r.ok()) << r.status();
    reference_.Add(speaker, text);
  }
  // The parent key of the quote `text` by `speaker`.
  std::string ParentOf(const std::string& speaker, const std::string& text) {
    const ParentMap parents = ReadParents(path_);
    auto it = parents.find({NameKey(speaker), QuoteKey(text)});
    EXPECT_NE(it, parents.end()) << text;
    return it == parents.end() ? "?" : it->second;
  }
  void ExpectSameAsReference() { EXPECT_EQ(ReadParents(path_), reference_.parents()); }

  testutil::TempDir dir_;
  const std::string path_ = dir_.File("w.db");
  std::unique_ptr<Store> store_;
  ReferenceLinker reference_;
  int docs_ = 0;
};

constexpr const char* kWhole = "This is a fair, balanced deal for our farmers.";
constexpr const char* kWholeKey = "this is a fair balanced deal for our farmers";

TEST_P(FragmentIndex, FragmentsShorterThanAWindowBeforeAndAfterTheParent) {
  Say("Dana Whitlock", "deal");       // one word, before
  Say("Dana Whitlock", "fair, balanced");  // two words, before
  Say("Dana Whitlock", kWhole);
  Say("Dana Whitlock", "farmers");    // the last word, after
  Say("Dana Whitlock", "our farmers");  // a cut-short window, after
  Say("Dana Whitlock", "This is a");  // the first window, after
  for (const char* part : {"deal", "fair, balanced", "farmers", "our farmers", "This is a"}) {
    EXPECT_EQ(ParentOf("Dana Whitlock", part), kWholeKey) << part;
  }
  EXPECT_EQ(ParentOf("Dana Whitlock", kWhole), "");
  ExpectSameAsReference();
}

TEST_P(FragmentIndex, EllipsisSegmentsBeforeAndAfter) {
  Say("Ann Lee", "fair … farmers");             // short segments, before
  Say("Ann Lee", "This is a fair … deal for our farmers");  // long and short, before
  Say("Ann Lee", kWhole);
  Say("Ann Lee", "a … balanced … our");         // three one-word segments, after
  Say("Ann Lee", "farmers … this");             // out of order: not a fragment
  // The whole quote is longer than the parent it had: adopted.
  EXPECT_EQ(ParentOf("Ann Lee", "fair … farmers"), kWholeKey);
  EXPECT_EQ(ParentOf("Ann Lee", "This is a fair … deal for our farmers"), kWholeKey);
  EXPECT_EQ(ParentOf("Ann Lee", "a … balanced … our"), kWholeKey);
  EXPECT_EQ(ParentOf("Ann Lee", "farmers … this"), "");
  ExpectSameAsReference();
}

TEST_P(FragmentIndex, NoMatchAcrossTheParentsEllipsis) {
  Say("Ann Lee", "We will protect our farmers … and we will not be rushed");
  Say("Ann Lee", "farmers and we");      // spans the parent's ellipsis
  Say("Ann Lee", "farmers … and we");    // keeps it
  Say("Ann Lee", "our farmers");         // ends at it
  Say("Ann Lee", "and");                 // starts after it
  const std::string whole = QuoteKey("We will protect our farmers … and we will not be rushed");
  EXPECT_EQ(ParentOf("Ann Lee", "farmers and we"), "");
  EXPECT_EQ(ParentOf("Ann Lee", "farmers … and we"), whole);
  EXPECT_EQ(ParentOf("Ann Lee", "our farmers"), whole);
  EXPECT_EQ(ParentOf("Ann Lee", "and"), whole);
  ExpectSameAsReference();
}

TEST_P(FragmentIndex, LongestParentWinsAndTiesGoToTheFirstKey) {
  Say("Omar Reyes", "fair deal");
  Say("Omar Reyes", "a fair deal");
  EXPECT_EQ(ParentOf("Omar Reyes", "fair deal"), "a fair deal");
  Say("Omar Reyes", "this is a fair deal now");  // adopts both
  EXPECT_EQ(ParentOf("Omar Reyes", "fair deal"), "this is a fair deal now");
  EXPECT_EQ(ParentOf("Omar Reyes", "a fair deal"), "this is a fair deal now");
  // Equally long parents: a fragment that comes after them takes the first
  // by key (neither the oldest nor the newest); one that came before keeps
  // the one that adopted it first.
  Say("Omar Reyes", "is done");
  Say("Omar Reyes", "mm deal is done");
  Say("Omar Reyes", "aa deal is done");
  Say("Omar Reyes", "zz deal is done");
  Say("Omar Reyes", "deal is done");
  EXPECT_EQ(ParentOf("Omar Reyes", "deal is done"), "aa deal is done");
  EXPECT_EQ(ParentOf("Omar Reyes", "is done"), "mm deal is done");
  ExpectSameAsReference();
}

TEST_P(FragmentIndex, ProlificSpeakerStillLinksWhatMatters) {
  for (int i = 0; i < 200; ++i) {
    Say("Dana Whitlock", "on day " + std::to_string(i) + " we said the same thing again");
  }
  Say("Dana Whitlock", "the same thing");
  Say("Dana Whitlock", "on day 7 we said the same thing again and again");
  EXPECT_EQ(ParentOf("Dana Whitlock", "on day 7 we said the same thing again"),
            "on day 7 we said the same thing again and again");
  ExpectSameAsReference();
}

// Random quotes over a tiny vocabulary, with fragments cut from earlier
// quotes (with and without ellipses), by three speakers: the index must
// link exactly as the plain rule does, ties and adoptions included.
class RandomFragments : public FragmentIndex {
 protected:
  void SayRandomly(const std::vector<std::string>& words, unsigned seed, int n,
                   const std::vector<std::string>& speakers = {"Ann Lee", "Bo Chen",
                                                               "Cy Diaz"}) {
    std::mt19937 rng(seed);
    std::vector<std::pair<std::string, std::vector<std::string>>> said;
    auto pick = [&](size_t k) { return std::uniform_int_distribution<size_t>(0, k - 1)(rng); };
    for (int i = 0; i < n; ++i) {
      std::string speaker = speakers[pick(speakers.size())];
      std::vector<std::string> quote;
      if (said.empty() || pick(3) == 0) {
        const size_t len = 1 + pick(9);
        for (size_t j = 0; j < len; ++j) quote.push_back(words[pick(words.size())]);
      } else {
        const auto& [from_speaker, from] = said[pick(said.size())];
        if (pick(4) != 0) speaker = from_speaker;
        const size_t begin = pick(from.size());
        const size_t end = begin + 1 + pick(from.size() - begin);
        quote.assign(from.begin() + begin, from.begin() + end);
        if (quote.size() > 2 && pick(2) == 0) {  // an ellipsis for some middle words
          const size_t cut = 1 + pick(quote.size() - 2);
          const size_t len = 1 + pick(quote.size() - cut - 1);
          quote.erase(quote.begin() + cut, quote.begin() + cut + len);
          quote.insert(quote.begin() + cut, "…");
        }
      }
      said.emplace_back(speaker, quote);
      std::string text;
      for (const std::string& w : quote) text += (text.empty() ? "" : " ") + w;
      Say(speaker, text);
    }
  }
  void ExpectLinkedAsReference(int at_least = 50) {
    const ParentMap parents = ReadParents(path_);
    int linked = 0;
    for (const auto& [id, parent] : parents) linked += !parent.empty();
    EXPECT_GT(linked, at_least);  // the case is not vacuous
    EXPECT_EQ(parents, reference_.parents());
  }
};

TEST_P(RandomFragments, WordsOfManyLengths) {
  SayRandomly({"we", "will", "not", "be", "rushed", "fair", "deal", "farmers"},
              20261128, 400);
  ExpectLinkedAsReference();
}

// Words of one length make keys of equal length, so parents often tie.
TEST_P(RandomFragments, WordsOfOneLength) {
  SayRandomly({"go", "be", "up", "on", "no", "so"}, 7, 400);
  ExpectLinkedAsReference();
}

// A speaker who reaches kIndexedSpeakerQuotes is indexed on the spot,
// with every earlier quote, and links the same before and after.
class SpeakerThreshold : public RandomFragments {};

TEST_P(SpeakerThreshold, SpeakerBecomesIndexed) {
  const std::string dana = NameKey("Dana Whitlock");
  auto indexed = [&] {
    return Scalar(path_, "SELECT count(*) FROM fragment_speakers WHERE speaker_key = '" +
                             dana + "'");
  };
  SayRandomly({"we", "will", "not", "be", "rushed", "fair"}, 11,
              static_cast<int>(kIndexedSpeakerQuotes) / 2, {"Dana Whitlock"});
  const int64_t before = Scalar(path_, "SELECT count(*) FROM quotes");
  EXPECT_EQ(indexed(), 0);
  EXPECT_EQ(Scalar(path_, "SELECT count(*) FROM quote_windows"), 0);
  // Random repeats join existing quotes, so say new ones until the count
  // is reached.
  for (int i = 0; Scalar(path_, "SELECT count(*) FROM quotes") < kIndexedSpeakerQuotes; ++i) {
    Say("Dana Whitlock", "on day " + std::to_string(i) + " we will not be rushed");
  }
  EXPECT_GT(Scalar(path_, "SELECT count(*) FROM quotes"), before);
  EXPECT_EQ(indexed(), 1);
  // Every linkable quote (random cuts can leave a bare "…", keyed '#').
  EXPECT_EQ(Scalar(path_, "SELECT count(DISTINCT quote_id) FROM quote_windows"),
            Scalar(path_, "SELECT count(*) FROM quotes WHERE quote_key NOT LIKE '#%'"));
  SayRandomly({"we", "will", "not", "be", "rushed", "fair"}, 12, 150, {"Dana Whitlock"});
  ExpectLinkedAsReference();
}

INSTANTIATE_TEST_SUITE_P(ReadOrIndexed, FragmentIndex, ::testing::Bool());
INSTANTIATE_TEST_SUITE_P(ReadOrIndexed, RandomFragments, ::testing::Bool());
INSTANTIATE_TEST_SUITE_P(StartsUnindexed, SpeakerThreshold, ::testing::Values(false));

// A version-4 store with quotes (written as version 4 wrote them) gets
// its prolific speakers indexed on migration, and new quotes link to the
// old ones both ways whether their speaker is indexed or not.
TEST(FragmentIndexMigration, VersionFourQuotesAreIndexed) {
  testutil::TempDir dir;
  const std::string path = dir.File("v4.db");
  const std::vector<std::string> speakers = {"Dana Whitlock", "Omar Reyes"};
  {
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &handle), SQLITE_OK);
    Db db(handle);
    for (const Migration& m : Migrations()) {
      if (m.version > 4) break;
      ASSERT_TRUE(m.apply(db).ok()) << m.version;
    }
    ASSERT_TRUE(db.Exec("PRAGMA user_version = 4; BEGIN").ok());
    Statement ins(db.get(),
                  "INSERT INTO quotes (speaker, speaker_key, text, quote_key, kind, "
                  "created_at) VALUES (?,?,?,?,'direct','2025-11-01T00:00:00Z')");
    auto insert = [&](const std::string& speaker, const std::string& text) {
      ins.Reset();
      ins.Bind(1, speaker).Bind(2, NameKey(speaker)).Bind(3, text);
      const std::string key = QuoteKey(text);
      ins.Bind(4, key.empty() ? "#" + text : key);
      ASSERT_TRUE(ins.Run("inserting").ok());
    };
    for (const std::string& speaker : speakers) {
      for (const char* text : {"fair, balanced deal for our", "We will not be rushed", "…"}) {
        insert(speaker, text);
      }
    }
    // Dana reaches the count with four-word quotes; Omar stays below it.
    for (int i = 3; i < kIndexedSpeakerQuotes; ++i) {
      insert("Dana Whitlock", "filler quote number " + std::to_string(i));
    }
    ASSERT_TRUE(db.Exec("COMMIT").ok());
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ(Scalar(path, "PRAGMA user_version"), CurrentSchemaVersion());
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM fragment_speakers"), 1);
  // Dana's: 5 + 5 words, four per filler; the '#' key of "…" is not indexed.
  const int64_t fillers = kIndexedSpeakerQuotes - 3;
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM quote_windows"), 10 + 4 * fillers);
  EXPECT_EQ(Scalar(path, "SELECT count(*) FROM quote_windows WHERE anchor = 1"),
            2 + fillers);
  for (const std::string& speaker : speakers) {
    for (const char* text : {kWhole, "not be"}) {
      const std::string id = speaker + text;
      auto r = (*store)->Put(Doc(id, "2025-11-02", "body", "S"),
                             Analysis("body", {MakeQuote(text, speaker)}));
      ASSERT_TRUE(r.ok()) << r.status();
    }
  }
  const ParentMap parents = ReadParents(path);
  for (const std::string& speaker : speakers) {
    const std::string key = NameKey(speaker);
    EXPECT_EQ(parents.at({key, "fair balanced deal for our"}), kWholeKey) << speaker;
    EXPECT_EQ(parents.at({key, "not be"}), "we will not be rushed") << speaker;
  }
  // The new quotes of the indexed speaker are indexed too.
  EXPECT_EQ(Scalar(path, "SELECT count(DISTINCT quote_id) FROM quote_windows"),
            2 + fillers + 2);
}

}  // namespace
}  // namespace whosaid::store
