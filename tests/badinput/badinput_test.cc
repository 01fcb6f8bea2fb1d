// The bad-input corpus: hostile files run through the real whosaid binary,
// each with the per-item error it must produce. Large inputs are generated
// here at run time into a temporary folder, never committed.
//
// The contract (../shared/ARCHITECTURE.md, "Bad input"): every bad item gets
// a clear error naming it, the run goes on with the rest, and what can be
// repaired (invalid UTF-8, NUL bytes) is repaired with U+FFFD and counted.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/feed_parser.h"
#include "nlp/analysis.h"
#include "store/store.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

using testutil::CommandResult;
using testutil::RunCommand;
using testutil::TempDir;

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

CommandResult Extract(const std::string& path) {
  return RunCommand({WHOSAID_BINARY, "extract", "--with-text", path});
}

// Every span in an extract record cuts out exactly the text it reports.
void ExpectSpansCut(const nlohmann::json& doc) {
  const std::string text = doc["text"];
  for (const auto& q : doc["quotes"]) {
    const size_t start = q["start"], end = q["end"];
    ASSERT_LE(start, end);
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), q["text"].get<std::string>());
  }
}

constexpr const char* kGoodQuote = "“Tariffs will fall,” Ann Lee said.";

// One small hostile file per row: what it holds, the repaired-byte count
// the extract record must carry, and the report each must print to stderr
// (empty when the file is read without complaint).
struct RepairCase {
  const char* name;
  std::string bytes;
  size_t repaired;
  const char* report;
};

std::vector<RepairCase> RepairCases() {
  const std::string quote = kGoodQuote;
  return {
      // A lone continuation byte, two bytes that never start UTF-8, and a
      // truncated three-byte sequence: four maximal invalid subsequences.
      {"invalid-utf8.txt",
       "Tariffs \x80 rose \xFF\xFE and \xE2\x82 fell.\n\n" + quote + "\n", 4,
       "replaced 4 invalid UTF-8 sequences or NUL bytes with U+FFFD"},
      // Overlong forms of '/', a UTF-16 surrogate and a code point past
      // U+10FFFF: each byte of each is refused (2 + 3 + 4 + 3 + 4), so no
      // overlong '/' ever decodes.
      {"overlong-utf8.txt",
       "a\xC0\xAF" "b\xE0\x80\xAF" "c\xF0\x80\x80\xAF" "d\xED\xA0\x80"
       "e\xF4\x90\x80\x80" "f\n\n" + quote + "\n",
       16, "replaced 16 invalid UTF-8 sequences or NUL bytes with U+FFFD"},
      {"nul-bytes.txt",
       std::string("Tariffs\0 rose.\0\n\n", 17) + quote + "\n", 2,
       "replaced 2 invalid UTF-8 sequences or NUL bytes with U+FFFD"},
      // Two files concatenated: the second one's byte order mark lands mid
      // file and is folded like a space; the first one's is skipped.
      {"bom-mid-file.txt",
       "\xEF\xBB\xBFTitle: Joined\n\nFirst part.\n\xEF\xBB\xBFSecond part.\n\n" +
           quote + "\n",
       0, ""},
      // Latin-1 (é), Windows-1252 curly quotes and Shift-JIS bytes inside
      // UTF-8 text: each foreign byte is one invalid sequence.
      {"mixed-charsets.txt",
       "Caf\xC3\xA9 and caf\xE9 and \x93quoted\x94 and \x82\xA0.\n\n" + quote +
           "\n",
       5, "replaced 5 invalid UTF-8 sequences or NUL bytes with U+FFFD"},
  };
}

TEST(BadInput, RepairableBytesAreReplacedCountedAndReported) {
  TempDir dir;
  for (const RepairCase& c : RepairCases()) {
    SCOPED_TRACE(c.name);
    const std::string path = dir.Write(c.name, c.bytes);
    CommandResult r = Extract(path);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto docs = JsonLines(r.out);
    ASSERT_EQ(docs.size(), 1u);
    const auto& doc = docs[0];
    EXPECT_EQ(doc["repaired_bytes"], c.repaired);
    const std::string text = doc["text"];
    EXPECT_EQ(text.find('\0'), std::string::npos);
    EXPECT_EQ(text.find('/'), std::string::npos);
    EXPECT_EQ(text.find("\xEF\xBB\xBF"), std::string::npos);
    if (*c.report) {
      EXPECT_NE(r.err.find("whosaid: " + path + ": " + c.report),
                std::string::npos)
          << r.err;
    } else {
      EXPECT_EQ(r.err.find("whosaid: " + path), std::string::npos) << r.err;
    }
    // The damage never costs the good quote after it.
    ASSERT_EQ(doc["quotes"].size(), 1u) << doc.dump();
    EXPECT_EQ(doc["quotes"][0]["speaker"], "Ann Lee");
    ExpectSpansCut(doc);
  }
}

TEST(BadInput, ByteOrderMarkBeforeHeadersKeepsTheTitle) {
  TempDir dir;
  CommandResult r = Extract(dir.Write(
      "bom.txt", "\xEF\xBB\xBFTitle: Joined\n\nFirst part.\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = JsonLines(r.out).at(0);
  EXPECT_EQ(doc["title"], "Joined");
  EXPECT_EQ(doc["text"], "First part.");
}

TEST(BadInput, HundredThousandDeepHtmlIsCutAndReportedTheRestRead) {
  TempDir dir;
  const std::string words = Repeat(
      "Negotiators said the truce on tariffs would hold through spring. ", 4);
  const std::string path = dir.Write(
      "deep.html", "<html><head><title>Deep</title></head><body><p>Words "
                   "before. " + words + "</p>" +
                       Repeat("<div>", 100000) + "<p>Deep words.</p>" +
                       Repeat("</div>", 100000) + "<p>Words after. " + words +
                       "</p></body></html>");
  CommandResult r = Extract(path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("whosaid: " + path +
                       ": elements nested too deeply; 1 subtrees left out"),
            std::string::npos)
      << r.err;
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  const std::string text = docs[0]["text"];
  EXPECT_NE(text.find("Words before."), std::string::npos) << text;
  EXPECT_NE(text.find("Words after."), std::string::npos) << text;
  EXPECT_EQ(text.find("Deep words."), std::string::npos);
}

TEST(BadInput, HundredThousandDeepJsonLineIsSkippedTheRestRead) {
  TempDir dir;
  const std::string deep = R"({"id":"deep","text":"x","n":)" +
                           Repeat("[", 100000) + Repeat("]", 100000) + "}\n";
  const std::string good =
      nlohmann::json{{"id", "good"}, {"text", kGoodQuote}}.dump() + "\n";
  const std::string path = dir.Write("feed.jsonl", good + deep + good);
  CommandResult r = Extract(path);
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 2u) << r.err;
  EXPECT_EQ(docs[0]["id"], "good");
  EXPECT_NE(r.err.find("whosaid: " + path + ":2 (byte " +
                       std::to_string(good.size()) +
                       "): JSON nested deeper than 64 levels; skipped"),
            std::string::npos)
      << r.err;
}

TEST(BadInput, DeeplyNestedRulePackIsRefusedWithFileAndLine) {
  TempDir dir;
  const std::string pack = dir.Write(
      "rules/deep.toml", "x = " + Repeat("[", 100000) + Repeat("]", 100000) + "\n");
  CommandResult r = RunCommand({WHOSAID_BINARY, "extract", "--rules",
                                dir.File("rules"), dir.Write("a.txt", "x\n")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(pack + ":1: "), std::string::npos) << r.err;
}

TEST(BadInput, HundredMegabyteSingleLineIsRefusedByName) {
  TempDir dir;
  const std::string path = dir.File("huge.txt");
  {
    std::ofstream out(path, std::ios::binary);
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
  }
  CommandResult r = Extract(path);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("whosaid: " + path +
                       ": larger than the limit of 67108864 bytes"),
            std::string::npos)
      << r.err;
}

TEST(BadInput, UnbalancedQuoteMarksEverywhereFindNoQuotes) {
  TempDir dir;
  // Openers, closers and straight quotes that never pair up, in long
  // paragraphs, then one honest quote in a paragraph of its own.
  std::string text;
  for (int p = 0; p < 200; ++p) {
    for (int i = 0; i < 50; ++i) {
      text += i % 3 == 0 ? "“Open " : i % 3 == 1 ? "close” " : "\"straight ";
    }
    text += "\n\n";
  }
  CommandResult r = Extract(dir.Write("unbalanced.txt", text));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = JsonLines(r.out).at(0);
  ExpectSpansCut(doc);
  // Each paragraph holds one balanced “Open close” run and one run of
  // straight marks; at most those two per paragraph may be read as quotes,
  // and no quote may cross a paragraph.
  EXPECT_LE(doc["quotes"].size(), 400u);
  for (const auto& q : doc["quotes"]) {
    EXPECT_EQ(q["text"].get<std::string>().find('\n'), std::string::npos);
  }

  r = Extract(dir.Write("unbalanced-then-good.txt",
                        text + kGoodQuote + "\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  doc = JsonLines(r.out).at(0);
  ExpectSpansCut(doc);
  bool found = false;
  for (const auto& q : doc["quotes"]) {
    found |= q["text"] == "Tariffs will fall" && q["speaker"] == "Ann Lee";
  }
  EXPECT_TRUE(found) << doc["quotes"].dump();
}

TEST(BadInput, BillionLaughsIsNeverExpanded) {
  std::string dtd = "<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"" +
           Repeat("&lol" + std::to_string(i - 1) + ";", 10) + "\">\n";
  }
  dtd += "]>\n";
  TempDir dir;
  CommandResult r = Extract(dir.Write(
      "laughs.html", "<?xml version=\"1.0\"?>\n" + dtd +
                         "<html><head><title>Laughs</title></head><body>"
                         "<p>&lol9;</p><p>Plain words.</p></body></html>"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(r.out.size(), 10000u);
  EXPECT_EQ(r.out.find("lollollol"), std::string::npos);
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["title"], "Laughs");
}

TEST(BadInput, FeedOfDuplicateItemsStoresOneDocument) {
  TempDir dir;
  const std::string item =
      nlohmann::json{{"id", "same"}, {"title", "Again"}, {"text", kGoodQuote}}
          .dump() + "\n";
  const std::string feed = dir.Write("dupes.jsonl", Repeat(item, 50));
  const std::string db = dir.File("w.db");
  CommandResult r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, feed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 new, 0 updated, 49 unchanged, 0 failed; 1 quotes"),
            std::string::npos)
      << r.err;
  r = RunCommand({WHOSAID_BINARY, "quotes", "--db", db, "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonLines(r.out).size(), 1u);
}

TEST(BadInput, BillionLaughsInAFeedIsNeverExpanded) {
  std::string dtd = "<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"" +
           Repeat("&lol" + std::to_string(i - 1) + ";", 10) + "\">\n";
  }
  dtd += "]>\n";
  const std::string rss =
      "<?xml version=\"1.0\"?>\n" + dtd +
      "<rss version=\"2.0\"><channel><title>&lol9;</title><item>"
      "<title>&lol9;</title><link>https://example.org/a</link>"
      "<description>&lol9; plain</description></item></channel></rss>";
  auto feed = ingest::ParseFeed(rss, "https://example.org/feed");
  if (!feed.ok()) {
    // Refusing the feed is as good as reading it unexpanded.
    EXPECT_EQ(feed.status().code(), absl::StatusCode::kInvalidArgument);
    return;
  }
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_LT(feed->items[0].title.size() + feed->items[0].summary.size() +
                feed->title.size(),
            1000u);
  EXPECT_EQ(feed->items[0].link, "https://example.org/a");
}

// A feed that repeats one item 50 times: the parser hands back every item,
// and the store keeps one document; the other 49 puts change nothing.
TEST(BadInput, FeedWhoseItemsAreAllDuplicatesStoresOneDocument) {
  std::string rss = "<rss version=\"2.0\"><channel><title>Echo</title>";
  for (int i = 0; i < 50; ++i) {
    rss += "<item><title>Same</title><guid>https://example.org/same</guid>"
           "<link>https://example.org/same</link>"
           "<description>Tariffs will fall, the ministry said.</description>"
           "</item>";
  }
  rss += "</channel></rss>";
  auto feed = ingest::ParseFeed(rss, "https://example.org/feed");
  ASSERT_TRUE(feed.ok()) << feed.status();
  ASSERT_EQ(feed->items.size(), 50u);
  TempDir dir;
  auto s = store::OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(s.ok()) << s.status();
  int added = 0, unchanged = 0;
  for (const ingest::FeedItem& item : feed->items) {
    nlp::Document doc;
    doc.id = item.link;
    doc.url = item.link;
    doc.title = item.title;
    doc.text = ingest::FeedTextToPlain(item.summary, item.content_is_html);
    nlp::Analysis analysis;
    analysis.text = doc.text;
    auto outcome = (*s)->Put(doc, analysis);
    ASSERT_TRUE(outcome.ok()) << outcome.status();
    added += *outcome == store::PutOutcome::kNew;
    unchanged += *outcome == store::PutOutcome::kUnchanged;
  }
  EXPECT_EQ(added, 1);
  EXPECT_EQ(unchanged, 49);
}

TEST(BadInput, OverlongQueryIsAUsageError) {
  TempDir dir;
  const std::string db = dir.File("w.db");
  CommandResult r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db,
                                dir.Write("a.txt", std::string(kGoodQuote) + "\n")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunCommand({WHOSAID_BINARY, "quotes", "--db", db, "--match",
                  std::string(5000, 'a')});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("over the limit of 4096"), std::string::npos) << r.err;
}

// All of the above in one folder with one good file: each bad one is named,
// the good one is still extracted, and the run reports partial failure.
TEST(BadInput, OneRunOverTheWholeCorpusGoesOn) {
  TempDir dir;
  for (const RepairCase& c : RepairCases()) dir.Write(std::string("in/") + c.name, c.bytes);
  dir.Write("in/deep.html",
            "<html><head><title>Deep</title></head><body><p>Shallow.</p>" +
                Repeat("<b>", 100000) + "</body></html>");
  dir.Write("in/not-json.jsonl", "{\"id\": \n[1,2]\n");
  dir.Write("in/good.txt", std::string("Title: Good\n\n") + kGoodQuote + "\n");
  CommandResult r = RunCommand({WHOSAID_BINARY, "extract", dir.File("in")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto docs = JsonLines(r.out);
  EXPECT_EQ(docs.size(), RepairCases().size() + 2);
  EXPECT_NE(r.err.find("deep.html: elements nested too deeply; 1 subtrees left out"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("not-json.jsonl:1: line is not a JSON object; skipped"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace whosaid
