#include "ingest/document_reader.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(ReadDocuments, TextWithHeaders) {
  nlp::CollectingReporter reporter;
  auto docs = ReadDocuments("a.txt",
                            "Title: Soy deal\nPublished: 2025-10-30\n"
                            "Kind: wire\n\nBody one.\n\nBody two.\n",
                            InputFormat::kAuto, reporter);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "a.txt");
  EXPECT_EQ(docs[0].title, "Soy deal");
  EXPECT_EQ(docs[0].kind, nlp::DocumentKind::kWire);
  EXPECT_EQ(docs[0].text, "Body one.\n\nBody two.\n");
  EXPECT_TRUE(reporter.entries().empty());
}

// Bad-input corpus (tests/badinput): a byte order mark before the header
// lines used to hide them, so the title stayed in the body.
TEST(ReadDocuments, TextHeadersAfterAByteOrderMark) {
  nlp::CollectingReporter reporter;
  auto docs = ReadDocuments("bom.txt", "\xEF\xBB\xBFTitle: Soy deal\n\nBody.\n",
                            InputFormat::kText, reporter);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "Soy deal");
  EXPECT_EQ(docs[0].text, "Body.\n");
}

TEST(ReadDocuments, TextWithoutHeadersKeepsFirstLine) {
  nlp::CollectingReporter reporter;
  auto docs = ReadDocuments("b.txt", "Note: this is body text\nmore\n",
                            InputFormat::kText, reporter);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Note: this is body text\nmore\n");
}

// Issue 5: plain text gets its declared language unless the text plainly is
// in another one, and the detected one when it declares none.
TEST(ReadDocuments, TextLanguageDeclaredOrDetected) {
  const std::string body =
      "Le ministre a déclaré mardi que l'accord serait signé avant la fin de "
      "l'année et que les deux parties avaient fait des progrès.\n";
  struct Case {
    std::string text;
    const char* language;
  } cases[] = {
      {"Title: Accord\nLanguage: fr-CA\n\n" + body, "fr-CA"},
      {"Title: Accord\n\n" + body, "fr"},
      {"Title: Accord\nLanguage: en\n\n" + body, "fr"},
      {"Title: Accord\nLanguage: en\n\nBonjour.\n", "en"},  // too short to tell
      {"Bonjour.\n", ""},
  };
  for (const Case& c : cases) {
    nlp::CollectingReporter reporter;
    auto docs = ReadDocuments("a.txt", c.text, InputFormat::kText, reporter);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].language, c.language) << c.text;
  }
}

TEST(ReadDocuments, JsonlSkipsBadLinesAndNamesThem) {
  nlp::CollectingReporter reporter;
  auto docs = ReadDocuments("in.jsonl",
                            "{\"id\":\"x1\",\"text\":\"Hello.\"}\n"
                            "not json\n"
                            "{\"id\":\"x3\"}\n"
                            "{\"id\":\"x4\",\"html\":\"<p>Hi</p>\"}\n",
                            InputFormat::kAuto, reporter);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "x1");
  EXPECT_EQ(docs[1].id, "x4");
  ASSERT_EQ(reporter.entries().size(), 2u);
  EXPECT_EQ(reporter.entries()[0].item, "in.jsonl:2");
  EXPECT_EQ(reporter.entries()[1].item, "x3");
}

TEST(DetectFormat, ByExtensionThenContent) {
  EXPECT_EQ(DetectFormat("a.HTML", "x"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.jsonl", "x"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("-", "  <!doctype html>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("-", "{\"id\":1}"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("-", "plain"), InputFormat::kText);
}

}  // namespace
}  // namespace whosaid::ingest
