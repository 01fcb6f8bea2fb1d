// End-to-end tests of the whosaid program: real files, a real SQLite store
// in a temporary folder, the real binary.

#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

using testutil::RunCommand;

const char* kGoodText =
    "Title: Soy talks\nPublished: 2025-10-30T09:15:00+08:00\n\n"
    "“We will not be rushed,” Dana Whitlock said.\n\n"
    "Tariffs stayed in place.\n";

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

TEST(Cli, ExtractPrintsTheContractFields) {
  testutil::TempDir dir;
  const std::string path = dir.Write("a.txt", kGoodText);
  auto r = RunCommand({WHOSAID_BINARY, "extract", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const auto& j = lines[0];
  for (const char* field : {"id", "title", "published", "authors", "language",
                            "actors", "quotes", "claims"}) {
    EXPECT_TRUE(j.contains(field)) << field;
  }
  EXPECT_FALSE(j.contains("text"));
  EXPECT_EQ(j["id"], path);
  EXPECT_EQ(j["published"], "2025-10-30T09:15:00+08:00");
  ASSERT_EQ(j["quotes"].size(), 1u);
  const auto& q = j["quotes"][0];
  EXPECT_EQ(q["speaker"], "Dana Whitlock");
  EXPECT_EQ(q["kind"], "direct");
  for (const char* field :
       {"text", "kind", "speaker", "speaker_mention", "cue", "start", "end"}) {
    EXPECT_TRUE(q.contains(field)) << field;
  }
}

TEST(Cli, ExtractWithTextOffsetsCutTheQuote) {
  testutil::TempDir dir;
  auto r = RunCommand({WHOSAID_BINARY, "extract", "--with-text",
                       dir.Write("a.txt", kGoodText)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = JsonLines(r.out).at(0);
  const std::string text = j["text"];
  const auto& q = j["quotes"][0];
  EXPECT_EQ(text.substr(q["start"].get<size_t>(),
                        q["end"].get<size_t>() - q["start"].get<size_t>()),
            q["text"].get<std::string>());
  EXPECT_EQ(j["language_detected"], "en");
}

TEST(Cli, ExtractReadsJsonlFromStdin) {
  auto r = RunCommand({WHOSAID_BINARY, "extract", "--input", "jsonl", "-"},
                      "{\"id\":\"n1\",\"text\":\"“Fine,” Ann Lee said.\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = JsonLines(r.out).at(0);
  EXPECT_EQ(j["id"], "n1");
  EXPECT_EQ(j["quotes"][0]["speaker"], "Ann Lee");
}

TEST(Cli, MissingFileIsNamedAndFails) {
  auto r = RunCommand({WHOSAID_BINARY, "extract", "/nonexistent/x.html"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/nonexistent/x.html"), std::string::npos) << r.err;
}

TEST(Cli, UnreadableFileIsNamedTheRestGoesOn) {
  testutil::TempDir dir;
  const std::string good = dir.Write("docs/a.txt", kGoodText);
  // A symlink to itself cannot be opened, even by root.
  const std::string loop = dir.File("docs/loop.txt");
  ASSERT_EQ(symlink(loop.c_str(), loop.c_str()), 0);
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", dir.File("w.db"), good, loop});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("loop.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 new"), std::string::npos) << r.err;
}

TEST(Cli, FolderWithNoDocumentsFails) {
  testutil::TempDir dir;
  dir.Write("empty/readme.bin", "x");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", dir.File("w.db"),
                       dir.File("empty")});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("no documents"), std::string::npos) << r.err;
}

TEST(Cli, BadInputAmongGoodIsReportedByNameTheRestIngested) {
  testutil::TempDir dir;
  dir.Write("in/good.txt", kGoodText);
  dir.Write("in/bad-utf8.txt", "Title: Bad\n\n“Caf\xC3 ok,” Ann Lee said.\n");
  dir.Write("in/broken.html", "<html><body><p>“Half a page,” Bo Chen said.<div");
  dir.Write("in/empty.html", "");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", dir.File("w.db"),
                       dir.File("in")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("empty.html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad-utf8.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 new"), std::string::npos) << r.err;

  auto q = RunCommand({WHOSAID_BINARY, "quotes", "--db", dir.File("w.db"),
                       "--format", "jsonl"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  EXPECT_EQ(JsonLines(q.out).size(), 3u) << q.out;
}

TEST(Cli, IngestThenQuotesByActorWithSourceAndDate) {
  testutil::TempDir dir;
  dir.Write("in/a.txt", kGoodText);
  const std::string db = dir.File("w.db");
  auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, dir.File("in")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Ingesting again changes nothing.
  r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db, dir.File("in")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 new, 0 updated, 1 unchanged"), std::string::npos) << r.err;

  auto q = RunCommand({WHOSAID_BINARY, "quotes", "--actor", "dana whitlock"},
                      "", {"WHOSAID_DB=" + db});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  EXPECT_NE(q.out.find("We will not be rushed"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("2025-10-30T09:15:00+08:00"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("a.txt"), std::string::npos) << q.out;

  auto csv = RunCommand({WHOSAID_BINARY, "quotes", "--db", db, "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(csv.out.rfind("speaker,quote,kind,published,source,url,", 0), 0u)
      << csv.out;
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCommand({WHOSAID_BINARY}).exit_code, 2);
  EXPECT_EQ(RunCommand({WHOSAID_BINARY, "extract"}).exit_code, 2);
  EXPECT_EQ(RunCommand({WHOSAID_BINARY, "quotes", "--kind", "loud"}).exit_code, 2);
  auto help = RunCommand({WHOSAID_BINARY, "ingest", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--db"), std::string::npos);
}

}  // namespace
}  // namespace whosaid
