// End-to-end tests of the query subcommands (quotes, claims, actors,
// search, sources, stats, export): the real binary on a real store built by
// `whosaid ingest` in a temporary folder.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "store/store.h"
#include "tests/testutil/run_command.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid {
namespace {

using testutil::RunCommand;

std::string Article(const std::string& title, const std::string& published,
                     const std::string& source, const std::string& url,
                     const std::string& body) {
  return "Title: " + title + "\nPublished: " + published + "\nSource: " + source +
         "\nURL: " + url + "\n\n" + body + "\n";
}

const char* kBody =
    "“We will not be rushed into a bad deal, and we will protect our farmers,” "
    "Dana Whitlock said on Tuesday in Marlow.\n\n"
    "Negotiators from both delegations met for a third day in the coastal city, "
    "trading proposals on farm purchases, tariff schedules and licensing rules "
    "for industrial magnets. The talks, which began after months of stalled "
    "contacts, were described by officials on both sides as businesslike and "
    "detailed, and technical teams were expected to keep working through the "
    "night before a joint statement later in the week.";

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

class QueryCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("in/wire.txt", Article("Talks go on", "2025-11-01T22:00:00Z",
                                      "Wire Service", "https://wire.example/1", kBody));
    dir_.Write("in/reprint.txt",
               Article("Talks continue in Marlow", "2025-11-02T09:00:00+01:00",
                       "Daily Ledger", "https://ledger.example/2",
                       std::string(kBody) + " (Reporting by staff.)"));
    dir_.Write("in/other.txt",
               Article("Envoy speaks", "2025-12-05", "Herald", "https://herald.example/3",
                       "“Tariffs are a tool, not a goal,” Omar Reyes said."));
    db_ = dir_.File("w.db");
    auto r = RunCommand({WHOSAID_BINARY, "ingest", "--db", db_, dir_.File("in")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  testutil::CommandResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), WHOSAID_BINARY);
    args.push_back("--db");
    args.push_back(db_);
    return RunCommand(args);
  }

  testutil::TempDir dir_;
  std::string db_;
};

TEST_F(QueryCommands, QuotesClusterReprintsAndCreditTheOriginal) {
  auto r = Run({"quotes", "--actor", "DANA whitlock", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_EQ(lines[0]["occurrences"], 2);
  EXPECT_EQ(lines[0]["reports"], 1);  // the reprint is linked, not counted
  EXPECT_EQ(lines[0]["outlets"], 2);
  EXPECT_EQ(lines[0]["first_source"], "Wire Service");
  EXPECT_EQ(lines[0]["url"], "https://wire.example/1");
  EXPECT_EQ(lines[0]["published"], "2025-11-01T22:00:00Z");
}

TEST_F(QueryCommands, EveryFormatCarriesUrlAndDate) {
  for (const char* format : {"table", "csv", "md", "jsonl"}) {
    auto r = Run({"quotes", "--since", "2025-12-01", "--format", format});
    ASSERT_EQ(r.exit_code, 0) << format << r.err;
    EXPECT_NE(r.out.find("https://herald.example/3"), std::string::npos) << format;
    EXPECT_NE(r.out.find("2025-12-05"), std::string::npos) << format;
    EXPECT_EQ(r.out.find("wire.example"), std::string::npos) << format;
  }
  auto md = Run({"quotes", "--format", "md"});
  EXPECT_EQ(md.out.rfind("| speaker | quote |", 0), 0u) << md.out;
  auto csv = Run({"quotes", "--format", "csv"});
  EXPECT_EQ(csv.out.rfind("speaker,quote,kind,published,source,url,", 0), 0u);
}

TEST_F(QueryCommands, BadQueriesExitTwoWithAClearMessage) {
  auto r = Run({"quotes", "--match", "\"unbalanced AND ("});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("invalid full-text query"), std::string::npos) << r.err;
  r = Run({"search", "NEAR("});
  EXPECT_EQ(r.exit_code, 2);
  r = Run({"claims", "--since", "yesterday"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ISO 8601"), std::string::npos) << r.err;
  // SQL in a filter is just a name nobody has.
  r = Run({"quotes", "--actor", "x' OR 1=1; DROP TABLE quotes; --", "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty());
  r = Run({"quotes", "--format", "jsonl"});
  EXPECT_EQ(JsonLines(r.out).size(), 2u);
}

TEST_F(QueryCommands, DamagedOrMissingStoresFailCleanly) {
  std::mt19937 rng(3);
  std::string junk(8192, '\0');
  for (char& c : junk) c = static_cast<char>(rng());
  const std::string bad = dir_.Write("junk.db", junk);
  for (const char* cmd : {"quotes", "claims", "actors", "sources", "stats"}) {
    auto r = RunCommand({WHOSAID_BINARY, cmd, "--db", bad});
    EXPECT_EQ(r.exit_code, 3) << cmd;
    EXPECT_NE(r.err.find("junk.db"), std::string::npos) << r.err;
  }
  auto r = RunCommand({WHOSAID_BINARY, "export", "quotes", "--db", dir_.File("none.db")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no store"), std::string::npos);
}

TEST_F(QueryCommands, ActorsSourcesStatsAndSearch) {
  auto r = Run({"actors", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GE(JsonLines(r.out).size(), 2u);
  r = Run({"sources", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Health rows (record "health", from the run log) follow the source rows.
  std::vector<nlohmann::json> sources;
  for (auto& line : JsonLines(r.out)) {
    if (line.value("record", "") != "health") sources.push_back(line);
  }
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_EQ(sources[0]["source"], "Daily Ledger");
  EXPECT_EQ(sources[0]["reprints"], 1);
  r = Run({"stats", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("totals,reprints,1\r\n"), std::string::npos) << r.out;
  r = Run({"search", "farmers", "--kind", "quote", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonLines(r.out).size(), 1u);
  r = Run({"claims"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(QueryCommands, ExportWritesJsonlAndRfc4180Csv) {
  for (const char* table : {"quotes", "claims", "documents", "actors"}) {
    auto r = Run({"export", table, "--format", "csv"});
    ASSERT_EQ(r.exit_code, 0) << table << r.err;
    EXPECT_NE(r.out.find("\r\n"), std::string::npos);
    r = Run({"export", table, "--format", "jsonl"});
    ASSERT_EQ(r.exit_code, 0) << table << r.err;
    for (const auto& j : JsonLines(r.out)) EXPECT_TRUE(j.is_object());
  }
  auto r = Run({"export", "documents", "--format", "csv"});
  // Document text spans lines and has commas and quotes: it is quoted.
  EXPECT_NE(r.out.find(",\"“We will not be rushed"), std::string::npos);
  const std::string out = dir_.File("quotes.jsonl");
  r = Run({"export", "quotes", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(QueryCommands, CoverageGapsAreReported) {
  {
    auto store = store::OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_TRUE((*store)->RegisterSource({"Wire Service", "https://wire.example/rss", "wire"}).ok());
    ASSERT_TRUE((*store)->RegisterSource({"Herald", "https://herald.example/rss", "news"}).ok());
    ASSERT_TRUE((*store)->LogFetch({"Wire Service", "https://wire.example/rss",
                                    "2025-11-02T00:00:00Z", "ok", 200, ""}).ok());
    ASSERT_TRUE((*store)->LogFetch({"Herald", "https://herald.example/rss",
                                    "2025-11-02T00:00:00Z", "failed", 0,
                                    "connection refused"}).ok());
  }
  auto r = Run({"quotes", "--since", "2025-11-01", "--until", "2025-11-30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("coverage: 1 of 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Herald failed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("connection refused"), std::string::npos) << r.err;
  r = Run({"quotes", "--since", "2025-12-01", "--format", "md"});
  EXPECT_NE(r.out.find("**Coverage.**"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("not fetched"), std::string::npos) << r.out;
  r = Run({"quotes", "--since", "2025-11-01", "--until", "2025-11-30", "--format", "jsonl"});
  EXPECT_EQ(JsonLines(r.out).size(), 1u);  // stdout stays pure JSON Lines
}

}  // namespace
}  // namespace whosaid
