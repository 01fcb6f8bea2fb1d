// Quote extraction quality on the gold corpora.
//
// Reads every corpora/*/_gold.jsonl (or gold.jsonl) under
// ${WHOSAID_SOURCE_DIR}/corpora (or $WHOSAID_CORPORA when set), reads each
// document with ingest exactly as `whosaid ingest` would, analyses it with
// the built-in rule packs, and compares quotes with the gold ones.
//
// A predicted quote matches a gold quote of the same kind class (direct and
// partial quotes are one class, indirect speech the other) when their
// token-overlap F1 is at least 0.5; matching is one-to-one, best overlap
// first. Prints precision, recall and F1 (and the same for exact text
// matches), speaker accuracy over matched quotes and end-to-end F1 (match
// and right speaker, compared case-insensitively after trimming), overall
// and per kind, then fails below the floors measured on the corpus. The
// development set (every folder but corpora/heldout) and the sealed held-out
// set are scored and printed apart ("dev ..." and "heldout ..." lines), each
// against its own floors.
// Set WHOSAID_QUALITY_VERBOSE=1 to print every miss of the development
// set. The held-out set's misses stay hidden, since a rule written from
// them would make its figures meaningless, unless
// WHOSAID_QUALITY_HELDOUT_MISSES=1 is set too (when its documents move to
// the development set, say).

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "nlp/analyzer.h"
#include "nlp/reporter.h"
#include "nlp/rule_pack.h"
#include "tests/quality/gold_sets.h"
#include "nlohmann/json.hpp"

namespace whosaid {
namespace {

namespace fs = std::filesystem;
using quality::BuiltinAnalyzer;
using quality::CorporaDir;
using quality::GoldFiles;

// Floors: a little under what the corpus measured when they were set
// (2026-11-28, 44 documents, 487 gold quotes: quote F1 0.975, speaker
// accuracy 0.989, end-to-end F1 0.965), leaving room for new documents.
// Raised 2026-11-28 after the Chinese quotes and the shared quote rules
// (479 gold quotes: quote F1 0.993, speaker accuracy 0.983, end-to-end F1
// 0.976). Raised again 2026-11-28 after document nouns speak for their
// authors, joint subjects ("U.S. and Chinese negotiators") stay one group,
// participles take no inverted subject, a sentence-opening pronoun is a
// participle's subject and a relative clause with its own cue ends a
// reported clause (quote F1 0.998, speaker accuracy 1.000, end-to-end F1
// 0.998). 2026-11-29: six documents moved in from corpora/heldout with
// the misses the rules still have (see its README); 562 gold quotes:
// quote F1 0.996, speaker accuracy 0.996, end-to-end F1 0.992.
// 2026-11-29, session 6: five documents with pronoun attributions across
// genders joined (news/031-035, three of them first held out); 664 gold
// quotes after the gender rules: quote F1 0.990, speaker accuracy 0.992,
// end-to-end F1 0.983 (the misses left are indirect clauses and partial
// quotes in the new documents, and two pronouns whose gender the text
// gives only through "his"/"her"). Session 7: news/036-038 (accented
// given names, pronoun quotes; 038 first held out) and news/039 (first
// held out) joined; 723 gold quotes: quote F1 0.990, speaker accuracy
// 0.992, end-to-end F1 0.982. Session 8: news/040-043 joined, written
// without seeing the rules (copular introductions, gender shown only by a
// possessive, an interview excerpt); 787 gold quotes after the rules they
// prompted and the larger given-name list: quote F1 0.988, speaker
// accuracy 0.988, end-to-end F1 0.977 (the speakers missed are "she"
// after two people of whom the text tells the gender of one only).
// Session 9: news/044-047 joined, written without seeing the rules (gender
// shown only by a later pronoun, long relative clauses before the cue,
// role-only references, nicknames); with them, before any rule, quote F1
// 0.985, speaker accuracy 0.969, end-to-end F1 0.955; 861 gold quotes
// after the rules they prompted (a body's short name, a pronoun in the
// sentence a person opens, "quipped", a relative clause with commas of its
// own before the cue, a quoted nickname is nobody new, "said X, and that
// Y" as one quote, "said no decision had been made"): quote F1 0.991,
// speaker accuracy 0.986, end-to-end F1 0.977. Among the speakers still
// missed: a role noun the text never gave the person ("the analyst" for
// one who "covers the chip sector"). Session 11: official/014's "said A,
// and that B" became one quote, as in the other documents, and news/048
// joined, written after the rules it measures (shapes first seen in real
// news: capital-city datelines, demonym descriptors, verbs that take an
// object or a clause): 871 gold quotes, quote F1 0.993, exact F1 0.978,
// speaker accuracy 0.986, end-to-end F1 0.979. Session 12: news/049
// joined, written to measure the inverted attribution of indirect speech
// ("CLAUSE, said X, a trader") the session added, with the rule's later
// fixes for "in a note to members" and "the board's newly appointed
// analyst, X" made after it was read: 883 gold quotes, quote F1 0.993,
// exact F1 0.978, speaker accuracy 0.986, end-to-end F1 0.979. Session
// 13: news/050 joined, written after the session's rules to measure them
// (bare plurals with a phrase, a clause before an inverted cue, passives,
// reported speech before an unattributed quote, "the statement read"):
// 896 gold quotes, quote F1 0.995, exact F1 0.980, speaker accuracy
// 0.987, end-to-end F1 0.982. Floors kept.
constexpr double kMinQuoteF1 = 0.985;
constexpr double kMinSpeakerAccuracy = 0.985;
constexpr double kMinEndToEndF1 = 0.975;
// Held-out floors: measured on corpora/heldout, text the rules were NOT
// tuned on, and set a little below what it measured (rounded down to the
// next 0.05). Never raise them by tuning rules on that folder; see its
// README. Set 2026-11-28 (12 documents, 139 gold quotes: quote F1 0.971,
// exact F1 0.942, speaker accuracy 0.865, end-to-end F1 0.839). Re-set
// 2026-11-29 after six documents that showed the misses fixed in branch
// quality5 moved to news/ and official/ and six new, unseen ones replaced
// them (12 documents, 132 gold quotes: quote F1 0.977, exact F1 0.954,
// speaker accuracy 0.961, end-to-end F1 0.939). Re-set 2026-11-29 once
// heldout/002 had moved too (news/030) and four more new documents
// (013-016) joined, written after every rule change of that day (15
// documents, 175 gold quotes: quote F1 0.966, exact F1 0.938, speaker
// accuracy 0.935, end-to-end F1 0.903). Kept 2026-11-29 (session 6) when
// 017-019, first measured at speaker accuracy 0.848 with them, moved to
// news/033-035 after the gender rules they showed were needed, and three
// new documents written after those rules took their numbers (18
// documents, 233 gold quotes: quote F1 0.964, exact F1 0.929, speaker
// accuracy 0.942, end-to-end F1 0.908). Kept in session 7 when 019 moved
// to news/038 after the accented given names and a new 019 took its number
// (18 documents, 232 gold quotes: quote F1 0.968, exact F1 0.942, speaker
// accuracy 0.938, end-to-end F1 0.908), and when 013 moved to news/039
// and a new 013 took its number (233 gold quotes: quote F1 0.970, exact F1
// 0.948, speaker accuracy 0.942, end-to-end F1 0.914). Session 12 moved
// no document and read none; its rules from real news (aeb) and from the
// issue's layouts took the set to quote F1 0.983, exact F1 0.974, speaker
// accuracy 0.969, end-to-end F1 0.953, and the speaker floor rose to 0.95;
// the end-to-end floor stays at 0.90, since 0.953 sits too close to 0.95
// to hold one wrong speaker more. Session 13 moved and read none either;
// its rules from aeb took the set to quote F1 0.987, exact F1 0.979,
// speaker accuracy 0.974, end-to-end F1 0.961, and the end-to-end floor
// rose to 0.95 by the rule above.
constexpr double kMinHeldOutQuoteF1 = 0.95;
constexpr double kMinHeldOutSpeakerAccuracy = 0.95;
constexpr double kMinHeldOutEndToEndF1 = 0.95;

struct GoldQuote {
  std::string text;
  std::string kind;
  std::optional<std::string> speaker;
};

// Words, lower case. Chinese has no spaces, so each CJK ideograph is a word
// of its own and CJK punctuation (U+3000.., U+FF00..) separates words.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if ((c >= 0xE3 && c <= 0xE9) || c == 0xEF) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (c >= 0xE4 && c <= 0xE9) out.push_back(s.substr(i, 3));
      i += 2;
      continue;
    }
    if (std::isalnum(c) || c >= 0x80) {
      cur += static_cast<char>(std::tolower(c));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

double TokenF1(const std::string& a, const std::string& b) {
  std::vector<std::string> x = Words(a), y = Words(b);
  if (x.empty() || y.empty()) return 0;
  std::multiset<std::string> bag(y.begin(), y.end());
  size_t common = 0;
  for (const std::string& w : x) {
    auto it = bag.find(w);
    if (it != bag.end()) {
      ++common;
      bag.erase(it);
    }
  }
  if (common == 0) return 0;
  const double p = static_cast<double>(common) / x.size();
  const double r = static_cast<double>(common) / y.size();
  return 2 * p * r / (p + r);
}

std::string Canon(const std::optional<std::string>& s) {
  if (!s) return "<null>";
  std::string out;
  for (unsigned char c : *s) out += static_cast<char>(std::tolower(c));
  const size_t a = out.find_first_not_of(" \t\n");
  const size_t b = out.find_last_not_of(" \t\n");
  return a == std::string::npos ? "" : out.substr(a, b - a + 1);
}

std::string KindClass(const std::string& kind) {
  return kind == "indirect" ? "indirect" : "quoted";
}

struct Counts {
  size_t gold = 0, predicted = 0;
  size_t matched = 0;       // gold quotes of this kind that were found
  size_t matched_pred = 0;  // predictions of this kind that matched
  size_t exact = 0, speaker_ok = 0;
  size_t exact_pred = 0;       // matched predictions with the exact text
  size_t speaker_ok_pred = 0;  // matched predictions with the right speaker
};

double F1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

void Print(const std::string& name, const Counts& c) {
  const double p = c.predicted ? double(c.matched_pred) / c.predicted : 0;
  const double r = c.gold ? double(c.matched) / c.gold : 0;
  const double pe = c.predicted ? double(c.exact_pred) / c.predicted : 0;
  const double re = c.gold ? double(c.exact) / c.gold : 0;
  const double sa = c.matched ? double(c.speaker_ok) / c.matched : 0;
  const double p2 = c.predicted ? double(c.speaker_ok_pred) / c.predicted : 0;
  const double r2 = c.gold ? double(c.speaker_ok) / c.gold : 0;
  std::printf(
      "%-10s gold %4zu pred %4zu | P %.3f R %.3f F1 %.3f | exact F1 %.3f | "
      "speaker acc %.3f | end-to-end F1 %.3f\n",
      name.c_str(), c.gold, c.predicted, p, r, F1(p, r), F1(pe, re), sa,
      F1(p2, r2));
}

struct Scores {
  std::map<std::string, Counts> by_kind;
  Counts all;
  size_t documents = 0;
};

// Reads every document named in `golds` (paths relative to `root`) as
// `whosaid ingest` would, analyses it and counts matches into the result.
// A document that cannot be read is a test failure and is skipped.
Scores Evaluate(const fs::path& root, const std::vector<fs::path>& golds,
                const nlp::Analyzer& analyzer, bool held_out) {
  const bool verbose =
      std::getenv("WHOSAID_QUALITY_VERBOSE") != nullptr &&
      (!held_out || std::getenv("WHOSAID_QUALITY_HELDOUT_MISSES") != nullptr);
  Scores out;
  std::map<std::string, Counts>& by_kind = out.by_kind;
  Counts& all = out.all;
  for (const fs::path& gold_path : golds) {
    std::ifstream in(gold_path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const nlohmann::json g = nlohmann::json::parse(line, nullptr, false);
      if (g.is_discarded() || !g.contains("doc")) continue;
      const fs::path doc_path = root / g["doc"].get<std::string>();
      if (verbose) std::fprintf(stderr, "DOC %s\n", doc_path.c_str());
      auto bytes = ingest::ReadInputFile(doc_path.string());
      if (!bytes.ok()) {
        ADD_FAILURE() << doc_path << ": " << bytes.status();
        continue;
      }
      nlp::CollectingReporter reporter;
      std::vector<nlp::Document> docs = ingest::ReadDocuments(
          doc_path.string(), *bytes, ingest::InputFormat::kAuto, reporter);
      if (docs.size() != 1) {
        ADD_FAILURE() << doc_path << ": expected one document";
        continue;
      }
      ++out.documents;
      const nlp::Analysis analysis = analyzer.Analyze(docs[0], &reporter);
      std::vector<GoldQuote> gold;
      for (const auto& q : g.value("quotes", nlohmann::json::array())) {
        GoldQuote gq{q.value("text", ""), q.value("kind", "direct"), {}};
        if (q.contains("speaker") && q["speaker"].is_string()) {
          gq.speaker = q["speaker"].get<std::string>();
        }
        gold.push_back(std::move(gq));
      }
      // One-to-one matching, best overlap first.
      struct Cand {
        double f1;
        size_t g, p;
      };
      std::vector<Cand> cands;
      for (size_t gi = 0; gi < gold.size(); ++gi) {
        for (size_t pi = 0; pi < analysis.quotes.size(); ++pi) {
          const nlp::Quote& pq = analysis.quotes[pi];
          if (KindClass(gold[gi].kind) !=
              KindClass(std::string(nlp::QuoteKindName(pq.kind)))) {
            continue;
          }
          const double f1 = TokenF1(gold[gi].text, pq.text);
          if (f1 >= 0.5) cands.push_back({f1, gi, pi});
        }
      }
      std::sort(cands.begin(), cands.end(),
                [](const Cand& a, const Cand& b) { return a.f1 > b.f1; });
      std::vector<long> gold_to(gold.size(), -1), pred_to(analysis.quotes.size(), -1);
      for (const Cand& c : cands) {
        if (gold_to[c.g] >= 0 || pred_to[c.p] >= 0) continue;
        gold_to[c.g] = static_cast<long>(c.p);
        pred_to[c.p] = static_cast<long>(c.g);
      }
      for (size_t gi = 0; gi < gold.size(); ++gi) {
        Counts& k = by_kind[gold[gi].kind];
        ++k.gold;
        ++all.gold;
        if (gold_to[gi] < 0) {
          if (verbose) {
            std::printf("MISS %s [%s] %s: %s\n", g["doc"].get<std::string>().c_str(),
                        gold[gi].kind.c_str(), Canon(gold[gi].speaker).c_str(),
                        gold[gi].text.c_str());
          }
          continue;
        }
        const nlp::Quote& pq = analysis.quotes[gold_to[gi]];
        ++k.matched;
        ++all.matched;
        if (Words(pq.text) == Words(gold[gi].text)) {
          ++k.exact;
          ++all.exact;
        }
        if (Canon(pq.speaker) == Canon(gold[gi].speaker)) {
          ++k.speaker_ok;
          ++all.speaker_ok;
        } else if (verbose) {
          std::printf("SPEAKER %s [%s] gold %s got %s (mention '%s', rule %s): %s\n",
                      g["doc"].get<std::string>().c_str(), gold[gi].kind.c_str(),
                      Canon(gold[gi].speaker).c_str(), Canon(pq.speaker).c_str(),
                      pq.speaker_mention.c_str(), pq.rule.c_str(),
                      gold[gi].text.c_str());
        }
      }
      for (size_t pi = 0; pi < analysis.quotes.size(); ++pi) {
        const nlp::Quote& pq = analysis.quotes[pi];
        const std::string kind(nlp::QuoteKindName(pq.kind));
        ++by_kind[kind].predicted;
        ++all.predicted;
        if (pred_to[pi] >= 0) {
          ++by_kind[kind].matched_pred;
          ++all.matched_pred;
          if (Words(pq.text) == Words(gold[pred_to[pi]].text)) {
            ++by_kind[kind].exact_pred;
            ++all.exact_pred;
          }
          if (Canon(pq.speaker) == Canon(gold[pred_to[pi]].speaker)) {
            ++by_kind[kind].speaker_ok_pred;
            ++all.speaker_ok_pred;
          }
        }
        if (pred_to[pi] < 0 && verbose) {
          std::printf("EXTRA %s [%s] %s (rule %s): %s\n",
                      g["doc"].get<std::string>().c_str(), kind.c_str(),
                      Canon(pq.speaker).c_str(), pq.rule.c_str(), pq.text.c_str());
        }
      }
    }
  }
  return out;
}

// Prints the per-kind and overall lines of one set, each name prefixed.
void PrintScores(const std::string& set, const Scores& s) {
  // Per kind: recall and speaker accuracy by gold kind, precision by
  // predicted kind (a direct prediction may match a partial gold quote).
  std::printf("quote quality (%s) over %zu documents\n", set.c_str(),
              s.documents);
  for (const auto& [kind, c] : s.by_kind) Print(set + " " + kind, c);
  Print(set + " all", s.all);
}

struct Figures {
  double f1, speaker_accuracy, end_to_end_f1;
};

Figures Overall(const Counts& all) {
  const double p = all.predicted ? double(all.matched) / all.predicted : 0;
  const double r = all.gold ? double(all.matched) / all.gold : 0;
  const double sa = all.matched ? double(all.speaker_ok) / all.matched : 0;
  const double p2 = all.predicted ? double(all.speaker_ok) / all.predicted : 0;
  const double r2 = all.gold ? double(all.speaker_ok) / all.gold : 0;
  return {F1(p, r), sa, F1(p2, r2)};
}

// The development set: every corpus folder except the held-out one.
TEST(QuoteQuality, GoldCorpora) {
  const fs::path root = CorporaDir();
  const std::vector<fs::path> golds = GoldFiles(root, /*held_out=*/false);
  if (golds.empty()) GTEST_SKIP() << "no gold corpora under " << root;
  const std::unique_ptr<nlp::Analyzer> analyzer = BuiltinAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  const Scores s = Evaluate(root, golds, *analyzer, /*held_out=*/false);
  PrintScores("dev", s);
  const Figures f = Overall(s.all);
  EXPECT_GE(f.f1, kMinQuoteF1);
  EXPECT_GE(f.speaker_accuracy, kMinSpeakerAccuracy);
  EXPECT_GE(f.end_to_end_f1, kMinEndToEndF1);
}

// The sealed held-out set, with its own floors.
TEST(QuoteQuality, HeldOut) {
  const fs::path root = CorporaDir();
  const std::vector<fs::path> golds = GoldFiles(root, /*held_out=*/true);
  if (golds.empty()) GTEST_SKIP() << "no held-out gold under " << root;
  const std::unique_ptr<nlp::Analyzer> analyzer = BuiltinAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  const Scores s = Evaluate(root, golds, *analyzer, /*held_out=*/true);
  PrintScores("heldout", s);
  const Figures f = Overall(s.all);
  EXPECT_GE(f.f1, kMinHeldOutQuoteF1);
  EXPECT_GE(f.speaker_accuracy, kMinHeldOutSpeakerAccuracy);
  EXPECT_GE(f.end_to_end_f1, kMinHeldOutEndToEndF1);
}

}  // namespace
}  // namespace whosaid
