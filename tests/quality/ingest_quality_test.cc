// Quality of ingest parsing measured on public data read in place from
// ../shared/data (aeb, readability, feeds; never copied into the repo) and on
// the project's own corpora/news gold. Each test prints its figures and fails
// below its floor; tests whose data is absent are skipped.

#include <gtest/gtest.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/document_reader.h"
#include "ingest/feed_parser.h"
#include "ingest/html_dom.h"
#include "ingest/html_extractor.h"
#include "ingest/html_metadata.h"
#include "ingest/language_id.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"
#include "tests/testutil/read_gzip.h"

namespace whosaid::ingest {
namespace {

namespace fs = std::filesystem;

const std::string kSource = WHOSAID_SOURCE_DIR;
const std::string kShared = kSource + "/../shared";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Where predictions go: a temporary folder, or $WHOSAID_QUALITY_OUT when set
// (to keep them for a closer look, e.g. with the scorer's --verbose).
std::string PredPath(const testutil::TempDir& tmp, const std::string& name) {
  const char* keep = std::getenv("WHOSAID_QUALITY_OUT");
  return keep ? std::string(keep) + "/" + name : tmp.File(name);
}

std::string Iso(const std::optional<nlp::Timestamp>& t) {
  return t ? t->ToUtcIso8601() : "";
}

// Runs a scorer from ../shared/tools and returns its --json object.
nlohmann::json Score(const std::string& tool, const std::string& pred) {
  auto r = testutil::RunCommand(
      {"/usr/bin/python3", kShared + "/tools/" + tool, "--pred", pred, "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.out;
  if (j.is_discarded()) return nlohmann::json::object();
  return j;
}

TEST(IngestQuality, AebMainTextF1) {
  const std::string dir = kShared + "/data/aeb/html";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  testutil::TempDir tmp;
  const std::string pred = PredPath(tmp, "aeb.jsonl");
  std::ofstream out(pred);
  size_t pages = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() < 64) continue;
    auto page = ExtractHtml(testutil::ReadGzip(e.path().string()));
    nlohmann::json line = {{"id", name.substr(0, 64)},
                           {"text", page.ok() ? page->text : ""}};
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
    ++pages;
  }
  out.close();
  EXPECT_EQ(pages, 181u);
  const nlohmann::json s = Score("aeb_score.py", pred);
  const double f1 = s.value("f1", 0.0);
  std::cout << "aeb: F1 " << f1 << " P " << s.value("precision", 0.0) << " R "
            << s.value("recall", 0.0) << " over " << pages << " pages\n";
  EXPECT_GE(f1, 0.97);
}

TEST(IngestQuality, FeedsPassRate) {
  const std::string dir = kShared + "/data/feeds";
  if (!fs::exists(dir + "/expectations.json")) GTEST_SKIP() << dir << " is absent";
  const nlohmann::json expectations =
      nlohmann::json::parse(ReadFile(dir + "/expectations.json"));
  testutil::TempDir tmp;
  const std::string pred = PredPath(tmp, "feeds.jsonl");
  std::ofstream out(pred);
  for (const auto& e : expectations) {
    const std::string file = e["file"];
    auto feed = ParseFeed(ReadFile(dir + "/" + file), "");
    nlohmann::json line = {{"id", file}};
    if (feed.ok()) {
      line["feed"] = {{"title", feed->title},
                      {"link", feed->link},
                      {"published", Iso(feed->published)},
                      {"updated", Iso(feed->updated)}};
      nlohmann::json entries = nlohmann::json::array();
      for (const FeedItem& item : feed->items) {
        entries.push_back({{"title", item.title},
                           {"link", item.link},
                           {"published", Iso(item.published)},
                           {"updated", Iso(item.updated)}});
      }
      line["entries"] = entries;
    }
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
  }
  out.close();
  const nlohmann::json s = Score("feeds_score.py", pred);
  std::cout << "feeds: " << s.dump() << '\n';
  const double passed = s.value("passed", 0);
  const double total = s.value("total", 121);
  EXPECT_GE(passed / total, 0.95);
}

// Lower-cased letters and digits only, for loose comparisons.
std::string Fold(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    else if (c >= 0x80) out += static_cast<char>(c);
  }
  return out;
}

// Readability keeps a metadata title as the page gives it, site name and
// all ("How to Build a Terrarium | eHow"); whosaid takes the site's name
// off (session 15). Either is the page's title: equal when folded, or the
// expected one is ours, a separator and a tail of at most four words.
bool SameTitle(std::string_view expected, std::string_view ours) {
  if (Fold(expected) == Fold(ours)) return true;
  if (ours.empty() || expected.substr(0, ours.size()) != ours) return false;
  const std::string_view rest = expected.substr(ours.size());
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " · "}) {
    if (rest.substr(0, sep.size()) != sep) continue;
    const std::string_view tail = rest.substr(sep.size());
    return !tail.empty() && std::count(tail.begin(), tail.end(), ' ') < 4;
  }
  return false;
}

TEST(IngestQuality, ReadabilityMetadata) {
  const std::string dir = kShared + "/data/readability/pages";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  size_t title_n = 0, title_ok = 0, byline_n = 0, byline_ok = 0, date_n = 0,
         date_ok = 0, pages = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string meta_path = e.path().string() + "/expected-metadata.json";
    if (!fs::exists(meta_path)) continue;
    const nlohmann::json meta =
        nlohmann::json::parse(ReadFile(meta_path), nullptr, false);
    auto page = ExtractHtmlPage(ReadFile(e.path().string() + "/source.html"),
                                "http://fakehost/test/page.html", "");
    ++pages;
    if (!page.ok()) continue;
    const nlp::Document& doc = page->doc;
    if (meta.value("title", "") != "") {
      ++title_n;
      title_ok += SameTitle(meta["title"].get<std::string>(), doc.title);
    }
    if (meta.contains("byline") && meta["byline"].is_string() &&
        meta["byline"] != "") {
      ++byline_n;
      // A match when every author we found appears in the expected byline.
      const std::string expected = Fold(meta["byline"].get<std::string>());
      bool ok = !doc.authors.empty();
      for (const std::string& a : doc.authors) {
        ok = ok && expected.find(Fold(a)) != std::string::npos;
      }
      byline_ok += ok;
    }
    if (meta.contains("publishedTime") && meta["publishedTime"].is_string() &&
        meta["publishedTime"] != "") {
      ++date_n;
      auto want = nlp::ParseIso8601(meta["publishedTime"].get<std::string>());
      date_ok += want && doc.published &&
                 want->utc_seconds == doc.published->utc_seconds;
    }
  }
  std::cout << "readability metadata over " << pages << " pages: title "
            << title_ok << "/" << title_n << ", byline " << byline_ok << "/"
            << byline_n << ", published " << date_ok << "/" << date_n << '\n';
  ASSERT_GT(pages, 100u);
  // Measured 118/127, 65/76 and 33/33 (issue 5); titles 119/127 once the
  // site's name came off metadata titles and SameTitle allowed for it
  // (session 15).
  EXPECT_GE(title_ok, title_n * 9 / 10);
  EXPECT_GE(byline_ok, byline_n * 8 / 10);
  EXPECT_GE(date_ok, date_n * 95 / 100);
}

// The primary subtag, lower-cased: "en-US" -> "en".
std::string Primary(std::string_view tag) {
  std::string p(tag.substr(0, tag.find('-')));
  std::transform(p.begin(), p.end(), p.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return p;
}

// The "Language:" header of a corpus text file; empty when it has none.
std::string TextHeaderLanguage(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line) && !line.empty()) {
    if (line.rfind("Language:", 0) == 0)
      return std::string(TrimText(line.substr(9)));
  }
  return "";
}

struct LanguageTally {
  size_t gold = 0;       // documents with a declared (gold) language
  size_t ok = 0;         // of which the detector named that language
  size_t und = 0;        // of which the detector said "und"
  size_t overruled = 0;  // documents whose declaration the text overruled

  void Add(const std::string& where, std::string_view gold_tag,
           const LanguageGuess& guess) {
    if (gold_tag.empty()) return;
    ++gold;
    const bool hit = guess.tag == Primary(gold_tag);
    ok += hit;
    und += guess.tag == "und";
    if (!hit) {
      std::cout << "  language miss: " << where << " declared " << gold_tag
                << ", detected " << guess.tag << " (" << guess.script << ", "
                << guess.confidence << ")\n";
    }
  }
  double Accuracy() const { return gold ? static_cast<double>(ok) / gold : 1; }
};

// Language from content: the detector's guess on the extracted text against
// the language the document declares (aeb and corpora pages: html lang or
// "Language:"; readability: its expected lang), on the documents that
// declare one.
TEST(IngestQuality, LanguageFromContent) {
  const std::string aeb = kShared + "/data/aeb/html";
  const std::string readability = kShared + "/data/readability/pages";
  if (!fs::is_directory(aeb) || !fs::is_directory(readability)) {
    GTEST_SKIP() << "../shared/data is absent";
  }
  LanguageTally aeb_tally, rd_tally, corpora_tally;
  size_t aeb_pages = 0, aeb_undeclared = 0, aeb_detected = 0;
  for (const auto& e : fs::directory_iterator(aeb)) {
    auto page = ExtractHtmlPage(testutil::ReadGzip(e.path().string()), "", "");
    ++aeb_pages;
    if (!page.ok()) continue;
    const std::string id = e.path().filename().string().substr(0, 12);
    aeb_tally.Add("aeb " + id, page->declared_language,
                  page->detected_language);
    aeb_tally.overruled += !page->declared_language.empty() &&
                           page->language_source == LanguageSource::kDetected;
    if (page->declared_language.empty()) {
      ++aeb_undeclared;
      aeb_detected += page->language_source == LanguageSource::kDetected;
    }
  }
  for (const auto& e : fs::directory_iterator(readability)) {
    const nlohmann::json meta = nlohmann::json::parse(
        ReadFile(e.path().string() + "/expected-metadata.json"), nullptr,
        false);
    if (meta.is_discarded()) continue;
    auto page =
        ExtractHtmlPage(ReadFile(e.path().string() + "/source.html"), "", "");
    if (!page.ok()) continue;
    const std::string gold =
        meta.contains("lang") && meta["lang"].is_string() ? meta["lang"] : "";
    rd_tally.Add("readability " + e.path().filename().string(), gold,
                 page->detected_language);
    rd_tally.overruled += !page->declared_language.empty() &&
                          page->language_source == LanguageSource::kDetected;
  }
  for (const std::string sub : {"news", "official"}) {
    for (const auto& e : fs::directory_iterator(kSource + "/corpora/" + sub)) {
      const std::string path = e.path().string();
      const std::string name = e.path().filename().string();
      if (name[0] == '_' || !e.is_regular_file()) continue;
      const std::string bytes = ReadFile(path);
      if (e.path().extension() == ".html") {
        auto page = ExtractHtmlPage(bytes, "", "");
        ASSERT_TRUE(page.ok()) << path;
        corpora_tally.Add(name, page->declared_language,
                          page->detected_language);
      } else if (e.path().extension() == ".txt") {
        nlp::CollectingReporter reporter;
        auto docs = ReadDocuments(path, bytes, InputFormat::kText, reporter);
        ASSERT_EQ(docs.size(), 1u) << path;
        corpora_tally.Add(name, TextHeaderLanguage(bytes),
                          DetectLanguage(docs[0].text));
      }
    }
  }
  std::cout << "language from content (detector vs declared): aeb "
            << aeb_tally.ok << "/" << aeb_tally.gold << " (und "
            << aeb_tally.und << "), readability " << rd_tally.ok << "/"
            << rd_tally.gold << " (und " << rd_tally.und << "), corpora "
            << corpora_tally.ok << "/" << corpora_tally.gold << " (und "
            << corpora_tally.und << ")\n"
            << "  aeb: " << aeb_pages << " pages, " << aeb_undeclared
            << " declare no language (" << aeb_detected
            << " given a detected one), " << aeb_tally.overruled
            << " declarations overruled by the text; readability: "
            << rd_tally.overruled << " overruled\n";
  EXPECT_EQ(aeb_pages, 181u);
  EXPECT_GE(aeb_tally.Accuracy(), 0.95);
  EXPECT_GE(rd_tally.Accuracy(), 0.9);
  EXPECT_EQ(corpora_tally.ok, corpora_tally.gold);
  EXPECT_GT(corpora_tally.gold, 40u);
}

// corpora/news: every HTML page's title, published time and body (the gold
// quotes must be found in the extracted text).
TEST(IngestQuality, NewsCorpusPages) {
  std::string dir = kSource + "/corpora/news";
  if (!fs::exists(dir + "/_gold.jsonl") && !fs::exists(dir + "/gold.jsonl") &&
      fs::exists("/work/main/corpora/news/gold.jsonl")) {
    dir = "/work/main/corpora/news";  // while the lead has not merged it
  }
  std::string gold_path = dir + "/_gold.jsonl";
  if (!fs::exists(gold_path)) gold_path = dir + "/gold.jsonl";
  if (!fs::exists(gold_path)) GTEST_SKIP() << "no gold in " << dir;
  std::istringstream gold(ReadFile(gold_path));
  std::string line;
  size_t pages = 0, title_ok = 0, date_ok = 0, quotes = 0, quotes_found = 0;
  while (std::getline(gold, line)) {
    const nlohmann::json g = nlohmann::json::parse(line, nullptr, false);
    if (g.is_discarded() || !g.contains("doc")) continue;
    const std::string doc_name = g["doc"];
    if (doc_name.size() < 5 || doc_name.substr(doc_name.size() - 5) != ".html") {
      continue;
    }
    const std::string path = dir + "/" + fs::path(doc_name).filename().string();
    if (!fs::exists(path)) continue;
    auto page = ExtractHtmlPage(ReadFile(path), "", "");
    ASSERT_TRUE(page.ok()) << path << ": " << page.status();
    ++pages;
    const nlp::Document& doc = page->doc;
    const bool t = g.value("title", "") == doc.title;
    title_ok += t;
    EXPECT_TRUE(t) << path << ": title " << doc.title;
    if (g.contains("published") && g["published"].is_string()) {
      auto want = nlp::ParseIso8601(g["published"].get<std::string>());
      const bool d = want && doc.published &&
                     want->utc_seconds == doc.published->utc_seconds &&
                     want->offset_minutes == doc.published->offset_minutes;
      date_ok += d;
      EXPECT_TRUE(d) << path << ": published "
                     << (doc.published ? doc.published->ToIso8601() : "none");
    }
    for (const auto& q : g.value("quotes", nlohmann::json::array())) {
      if (!q.contains("text") || q.value("kind", "") == "indirect") continue;
      ++quotes;
      const bool found =
          Fold(doc.text).find(Fold(q["text"].get<std::string>())) != std::string::npos;
      quotes_found += found;
      EXPECT_TRUE(found) << path << ": quote not in body: " << q["text"];
    }
  }
  std::cout << "corpora/news: " << pages << " HTML pages, title " << title_ok
            << ", published " << date_ok << ", quotes in body " << quotes_found
            << "/" << quotes << '\n';
}

}  // namespace
}  // namespace whosaid::ingest
