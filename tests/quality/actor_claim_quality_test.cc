// Quality of actors, quantities, topics and claims against the gold
// annotations in corpora/*/_gold.jsonl (or gold.jsonl).
//
// Prints, per corpus and overall:
//   actor F1        (name, kind) pairs per document, micro-averaged
//   quantity acc.   gold (value, unit, text) triples found, per document
//                   (exact: the span's text must match too); precision is
//                   the share of found quantities that are in the gold
//   topic F1        document topics, micro-averaged
//   holder acc.     gold claims matched to a found claim by wording whose
//                   holder is right
//   claim recall    gold claims matched to a found claim at all; holder
//                   accuracy alone hides the claims that are never found
// and fails when a figure drops below its floor. The development set (every
// folder but corpora/heldout) and the sealed held-out set are scored and
// printed apart ("dev ..." and "heldout ..." lines), each against its own
// floors. The corpora folder is
// ${WHOSAID_SOURCE_DIR}/corpora, or $WHOSAID_CORPORA when set; the test
// skips when neither has gold files.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "nlp/analyzer.h"
#include "nlp/rule_pack.h"
#include "tests/quality/gold_sets.h"

namespace whosaid {
namespace {

namespace fs = std::filesystem;
using quality::BuiltinAnalyzer;
using quality::CorporaDir;
using quality::GoldFiles;

// Floors: just below what was measured. When this test was written (all
// corpora: actor F1 0.859, quantity accuracy 0.941, topic F1 0.841, holder
// accuracy 0.600; see BENCHMARKS.md, "Actors, claims, quantities"); raised
// 2026-11-28 as noted at each floor.
// Actors, 2026-11-28: 0.991 after the shared kind rule (countries are places,
// government bodies by head word, owners are actors), canonical place names,
// a few more places in places.toml and question openers as non-names.
// Session 10: 0.985 (tp 873, fp 9, fn 18 on 68 documents) once union
// locals keep their numbers, dateline capitals take a place's usual case
// and "Newswire" is an organisation word; raised from 0.975.
constexpr double kActorF1Floor = 0.98;
// Quantities, 2026-11-28: 1.000 exact accuracy and precision (180/180) after
// the shared quantity rules in the corpus READMEs.
constexpr double kQuantityAccuracyFloor = 0.99;
constexpr double kQuantityPrecisionFloor = 0.98;
// Topics, 2026-11-28: 0.873 once "a dollar figure" stopped meaning currency
// and two rules caught taking technology and the negotiating process.
// Session 9: 0.842 once news/044-047 joined; their gold names only the
// topics each story is about, while the tagger adds a topic any paragraph
// touches ("the truce", a passing mention of rare earths). Asking for two
// paragraphs instead of one measured 0.828 on the development set.
constexpr double kTopicF1Floor = 0.835;
// Claims, 2026-11-28: holder accuracy 0.962 (152/158) and claim recall 0.898
// (158/176) once direct-quote sentences are claims of their speaker, cue
// claims stop where a reported claim begins and "X of ORG" holds its claims
// (before: 0.884 on 84/95, recall 0.540). Holder floor raised 2026-11-28:
// 0.981 (155/158) once quote speakers resolve document nouns to their
// authors ("the report found" is the institute's) and a sentence-opening
// pronoun is the subject of a participle cue.
constexpr double kHolderAccuracyFloor = 0.97;
constexpr double kClaimRecallFloor = 0.87;
// Held-out floors: measured on corpora/heldout, text the rules were NOT
// tuned on, and set a little below what it measured (rounded down to the
// next 0.05). Never raise them by tuning rules on that folder; see its
// README. Set 2026-11-28 (12 documents: actor F1 0.880, quantity accuracy
// 0.975 (39/40) and precision 1.000, topic F1 0.818, holder accuracy 0.800
// (32/40), claim recall 0.909 (40/44)). Re-set 2026-11-29 after six
// documents moved to news/ and official/ and six new, unseen ones replaced
// them (see quote_quality_test.cc): actor F1 0.837, quantity accuracy 0.947
// (36/38) and precision 0.973 (36/37), topic F1 0.774, holder accuracy
// 0.929 (39/42), claim recall 0.977 (42/43). Re-set 2026-11-29 with the
// four documents 013-016 (15 documents): actor F1 0.838, quantity accuracy
// 0.919 (57/62) and precision 0.934 (57/61), topic F1 0.727, holder
// accuracy 0.911 (51/56), claim recall 0.982 (56/57). Kept 2026-11-29
// (session 6) with 017-019 replaced (18 documents): actor F1 0.849,
// quantity accuracy 0.989 (88/89) and precision 1.000 (88/88), topic F1
// 0.711, holder accuracy 0.901 (64/71), claim recall 0.986 (71/72). Kept
// in session 7 with 019 replaced and the places and US/U.S. aliases added:
// actor F1 0.900, quantity accuracy 0.978 (90/92), topic F1 0.711, holder
// accuracy 0.900 (63/70), claim recall 0.986. Re-set in session 7 when
// 013 also moved (news/039) and a new 013 took its number: actor F1 0.899,
// quantity accuracy 0.978 (90/92), topic F1 0.702, holder accuracy 0.899
// (62/69), claim recall 0.986; the holder floor follows the rule above
// (0.85, the next 0.05 below what it measured). Session 13 read and moved
// no held-out document; with its rules the set measured actor F1 0.919,
// quantity accuracy 0.978 (90/92), topic F1 0.702, holder accuracy 0.971
// (67/69) and claim recall 0.986, and the floors that lagged were raised
// by the same rule: actor F1 to 0.90, quantity accuracy to 0.95, holder
// accuracy to 0.95.
constexpr double kHeldOutActorF1Floor = 0.90;
constexpr double kHeldOutQuantityAccuracyFloor = 0.95;
constexpr double kHeldOutQuantityPrecisionFloor = 0.90;
constexpr double kHeldOutTopicF1Floor = 0.70;
constexpr double kHeldOutHolderAccuracyFloor = 0.95;
constexpr double kHeldOutClaimRecallFloor = 0.95;

struct Counts {
  double tp = 0, fp = 0, fn = 0;
  void Add(const Counts& o) { tp += o.tp, fp += o.fp, fn += o.fn; }
  double F1() const {
    return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
  }
};

struct Scores {
  Counts actors, topics;
  double quantities_gold = 0, quantities_found = 0, quantities_predicted = 0;
  double claims_gold = 0, claims_matched = 0, holders_right = 0;
  void Add(const Scores& o) {
    actors.Add(o.actors);
    topics.Add(o.topics);
    quantities_gold += o.quantities_gold;
    quantities_found += o.quantities_found;
    quantities_predicted += o.quantities_predicted;
    claims_gold += o.claims_gold;
    claims_matched += o.claims_matched;
    holders_right += o.holders_right;
  }
  double QuantityAccuracy() const {
    return quantities_gold == 0 ? 1 : quantities_found / quantities_gold;
  }
  double QuantityPrecision() const {
    return quantities_predicted == 0 ? 1
                                     : quantities_found / quantities_predicted;
  }
  double ClaimRecall() const {
    return claims_gold == 0 ? 1 : claims_matched / claims_gold;
  }
  double HolderAccuracy() const {
    return claims_matched == 0 ? 0 : holders_right / claims_matched;
  }
};

template <typename T>
Counts Compare(const std::set<T>& gold, const std::set<T>& found) {
  Counts c;
  for (const T& g : gold) (found.count(g) ? c.tp : c.fn) += 1;
  for (const T& f : found) c.fp += gold.count(f) ? 0 : 1;
  return c;
}

std::string QuantityKey(double value, const std::string& unit) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  return std::string(buf) + " " + unit;
}

std::set<std::string> ContentWords(const std::string& text) {
  static const std::set<std::string> kStop = {
      "the", "a", "an", "of", "to", "and", "in", "on", "for", "that", "is",
      "be", "was", "were", "will", "would", "it", "its", "by", "with", "at",
      "as", "has", "had", "have", "this", "are", "from", "not"};
  std::set<std::string> words;
  std::string w;
  for (char ch : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    } else {
      if (w.size() > 1 && !kStop.count(w)) words.insert(w);
      w.clear();
    }
  }
  return words;
}

double Overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  double common = 0;
  for (const auto& w : a) common += b.count(w);
  return common / std::min(a.size(), b.size());
}

// gold[key] when it is an array, else an empty array.
nlohmann::json List(const nlohmann::json& gold, const char* key) {
  auto it = gold.find(key);
  return it != gold.end() && it->is_array() ? *it : nlohmann::json::array();
}

// WHOSAID_QUALITY_MISSES=1 prints every miss of the development set:
// actors found or missed, gold quantities not found, claims unmatched or
// with the wrong holder. The held-out set's misses stay hidden, since a
// rule written from them would make its figures meaningless, unless
// WHOSAID_QUALITY_HELDOUT_MISSES=1 is set too.
bool ShowMisses(const std::string& set) {
  return std::getenv("WHOSAID_QUALITY_MISSES") != nullptr &&
         (set != "heldout" ||
          std::getenv("WHOSAID_QUALITY_HELDOUT_MISSES") != nullptr);
}

Scores ScoreDocument(const nlohmann::json& gold, const nlp::Analysis& a,
                     bool show) {
  Scores s;
  std::set<std::pair<std::string, std::string>> gold_actors, found_actors;
  for (const auto& g : List(gold, "actors")) {
    gold_actors.insert({g["name"].get<std::string>(), g["kind"].get<std::string>()});
  }
  for (const auto& f : a.actors) {
    found_actors.insert({f.name, std::string(nlp::ActorKindName(f.kind))});
  }
  s.actors = Compare(gold_actors, found_actors);
  if (show) {
    for (const auto& g : gold_actors) {
      if (!found_actors.count(g)) {
        std::printf("  actor fn: %s (%s)\n", g.first.c_str(), g.second.c_str());
      }
    }
    for (const auto& f : found_actors) {
      if (!gold_actors.count(f)) {
        std::printf("  actor fp: %s (%s)\n", f.first.c_str(), f.second.c_str());
      }
    }
  }

  std::multiset<std::string> found_quantities;
  for (const auto& q : a.quantities) {
    found_quantities.insert(QuantityKey(q.value, q.unit) + " \"" + q.text + "\"");
  }
  s.quantities_predicted = found_quantities.size();
  for (const auto& g : List(gold, "quantities")) {
    s.quantities_gold += 1;
    auto it = found_quantities.find(
        QuantityKey(g["value"].get<double>(), g["unit"].get<std::string>()) +
        " \"" + g.value("text", "") + "\"");
    if (it != found_quantities.end()) {
      s.quantities_found += 1;
      found_quantities.erase(it);
    } else if (show) {
      std::printf("  quantity fn: \"%s\" = %s\n",
                  g.value("text", "").c_str(),
                  QuantityKey(g["value"].get<double>(),
                              g["unit"].get<std::string>()).c_str());
    }
  }
  if (show) {
    for (const auto& f : found_quantities) {
      std::printf("  quantity extra: %s\n", f.c_str());
    }
  }

  std::set<std::string> gold_topics, found_topics(a.topics.begin(),
                                                  a.topics.end());
  for (const auto& t : List(gold, "topics")) {
    gold_topics.insert(t.get<std::string>());
  }
  s.topics = Compare(gold_topics, found_topics);
  if (show) {
    for (const auto& g : gold_topics) {
      if (!found_topics.count(g)) std::printf("  topic fn: %s\n", g.c_str());
    }
    for (const auto& f : found_topics) {
      if (!gold_topics.count(f)) std::printf("  topic fp: %s\n", f.c_str());
    }
  }

  for (const auto& g : List(gold, "claims")) {
    s.claims_gold += 1;
    const auto words = ContentWords(g.value("text", ""));
    const nlp::Claim* best = nullptr;
    double best_overlap = 0.5;  // at least half the shorter claim's words
    for (const nlp::Claim& c : a.claims) {
      const double o = Overlap(words, ContentWords(c.text));
      if (o > best_overlap) best = &c, best_overlap = o;
    }
    if (!best) {
      if (show) {
        std::printf("  claim unmatched: %s\n", g.value("text", "").c_str());
      }
      continue;
    }
    s.claims_matched += 1;
    const std::string holder =
        g["holder"].is_string() ? g["holder"].get<std::string>() : "";
    if (best->holder.value_or("") == holder) {
      s.holders_right += 1;
    } else if (show) {
      std::printf("  holder wrong: gold \"%s\" found \"%s\" [%s] on: %s\n",
                  holder.c_str(), best->holder.value_or("").c_str(),
                  best->rule.c_str(), best->text.c_str());
    }
  }
  return s;
}

void Print(const std::string& name, const Scores& s) {
  std::printf(
      "%-10s actor F1 %.3f (tp %.0f fp %.0f fn %.0f)  quantity accuracy %.3f "
      "(%.0f/%.0f, %.0f found)  topic F1 %.3f  claim-holder accuracy %.3f "
      "(%.0f/%.0f matched of %.0f, claim recall %.3f)\n",
      name.c_str(), s.actors.F1(), s.actors.tp, s.actors.fp, s.actors.fn,
      s.QuantityAccuracy(), s.quantities_found, s.quantities_gold,
      s.quantities_predicted, s.topics.F1(), s.HolderAccuracy(),
      s.holders_right, s.claims_matched, s.claims_gold, s.ClaimRecall());
}

// Scores every document of `gold_files` into `total`, printing one line per
// corpus prefixed with `set`. Fails the test on an unreadable document.
void ScoreSet(const std::string& set, const fs::path& root,
              const std::vector<fs::path>& gold_files,
              const nlp::Analyzer& analyzer, Scores* total) {
  for (const fs::path& gold_file : gold_files) {
    Scores corpus;
    std::ifstream in(gold_file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const auto gold = nlohmann::json::parse(line, nullptr, false);
      ASSERT_FALSE(gold.is_discarded()) << gold_file << ": bad JSON line";
      const std::string path = (root / gold.value("doc", "")).string();
      auto bytes = ingest::ReadInputFile(path);
      ASSERT_TRUE(bytes.ok()) << bytes.status();
      nlp::CollectingReporter reporter;
      auto docs = ingest::ReadDocuments(
          path, *bytes, ingest::DetectFormat(path, *bytes), reporter);
      ASSERT_EQ(docs.size(), 1u) << path;
      const nlp::Analysis analysis = analyzer.Analyze(docs[0], &reporter);
      const bool show = ShowMisses(set);
      if (show) std::printf("== %s\n", path.c_str());
      const Scores s = ScoreDocument(gold, analysis, show);
      if (show || (std::getenv("WHOSAID_QUALITY_VERBOSE") && set != "heldout")) {
        Print(path, s);
      }
      corpus.Add(s);
    }
    Print(set + " " + gold_file.parent_path().filename().string(), corpus);
    total->Add(corpus);
  }
}

// The development set: every corpus folder except the held-out one.
TEST(ActorClaimQuality, CorporaGold) {
  const fs::path root = CorporaDir();
  const std::vector<fs::path> gold_files = GoldFiles(root, /*held_out=*/false);
  if (gold_files.empty()) GTEST_SKIP() << "no gold files under " << root;
  const std::unique_ptr<nlp::Analyzer> analyzer = BuiltinAnalyzer();
  ASSERT_NE(analyzer, nullptr);

  Scores total;
  ScoreSet("dev", root, gold_files, *analyzer, &total);
  if (HasFatalFailure()) return;
  Print("dev all", total);
  RecordProperty("actor_f1", std::to_string(total.actors.F1()));
  RecordProperty("quantity_accuracy", std::to_string(total.QuantityAccuracy()));
  RecordProperty("quantity_precision",
                 std::to_string(total.QuantityPrecision()));
  RecordProperty("topic_f1", std::to_string(total.topics.F1()));
  RecordProperty("holder_accuracy", std::to_string(total.HolderAccuracy()));
  RecordProperty("claim_recall", std::to_string(total.ClaimRecall()));
  EXPECT_GE(total.actors.F1(), kActorF1Floor);
  EXPECT_GE(total.QuantityAccuracy(), kQuantityAccuracyFloor);
  EXPECT_GE(total.QuantityPrecision(), kQuantityPrecisionFloor);
  EXPECT_GE(total.topics.F1(), kTopicF1Floor);
  EXPECT_GE(total.HolderAccuracy(), kHolderAccuracyFloor);
  EXPECT_GE(total.ClaimRecall(), kClaimRecallFloor);
}

// The sealed held-out set, with its own floors.
TEST(ActorClaimQuality, HeldOut) {
  const fs::path root = CorporaDir();
  const std::vector<fs::path> gold_files = GoldFiles(root, /*held_out=*/true);
  if (gold_files.empty()) GTEST_SKIP() << "no held-out gold under " << root;
  const std::unique_ptr<nlp::Analyzer> analyzer = BuiltinAnalyzer();
  ASSERT_NE(analyzer, nullptr);

  Scores total;
  ScoreSet("heldout", root, gold_files, *analyzer, &total);
  if (HasFatalFailure()) return;
  Print("heldout all", total);
  EXPECT_GE(total.actors.F1(), kHeldOutActorF1Floor);
  EXPECT_GE(total.QuantityAccuracy(), kHeldOutQuantityAccuracyFloor);
  EXPECT_GE(total.QuantityPrecision(), kHeldOutQuantityPrecisionFloor);
  EXPECT_GE(total.topics.F1(), kHeldOutTopicF1Floor);
  EXPECT_GE(total.HolderAccuracy(), kHeldOutHolderAccuracyFloor);
  EXPECT_GE(total.ClaimRecall(), kHeldOutClaimRecallFloor);
}

}  // namespace
}  // namespace whosaid
