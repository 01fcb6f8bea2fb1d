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

// `whosaid extract --with-text` prints what each document's text alone says
// about its language; the reader hands over the guess it chose the language
// with instead of the caller detecting again. Every input shape gives one
// guess per document, equal to DetectLanguage(doc.text).
TEST(ReadDocuments, DetectedGuessPerDocument) {
  const std::string french =
      "Le ministre a déclaré mardi que l'accord serait signé avant la fin de "
      "l'année et que les deux parties avaient fait des progrès importants "
      "sur les questions agricoles, selon un communiqué publié le soir.";
  const std::string english =
      "The minister said on Tuesday that the agreement would be signed "
      "before the end of the year and that both sides had made progress on "
      "the farm questions, according to a statement issued in the evening.";
  const struct {
    const char* name;
    std::string bytes;
    size_t documents;
  } kCases[] = {
      {"a.txt", "Title: Accord\nLanguage: en\n\n" + french, 1},
      {"b.txt", "Bonjour.\n", 1},
      {"c.jsonl",
       "{\"id\":\"x1\",\"text\":\"" + french + "\"}\n" +
           "not json\n{\"id\":\"x2\",\"html\":\"<html lang=fr><title>The "
           "minister said on Tuesday the deal is near</title><p>Accord.</p>"
           "</html>\"}\n{\"id\":\"x3\",\"html\":\"<p>" + english + "</p>\"}\n",
       3},
      // A short page: the extractor reads the title with the text, the
      // guess here reads the text alone.
      {"d.html",
       "<html lang=de><head><title>The minister said on Tuesday that the "
       "deal is near and both sides agree</title></head><body><p>Accord "
       "sign\xC3\xA9.</p></body></html>",
       1},
      {"e.html", "<html><body><p>" + english + "</p></body></html>", 1},
      {"f.rss",
       "<rss version='2.0'><channel><title>F</title><language>en</language>"
       "<item><title>A</title><description>" + french +
           "</description></item><item><title>B</title><description>" +
           english + "</description></item></channel></rss>",
       2},
      {"g.json",
       R"({"data":[{"id":"11","text":")" + english +
           R"(","author_id":"7","created_at":"2026-01-15T14:05:00.000Z"}],
 "includes":{"users":[{"id":"7","name":"Bureau","username":"B"}]}})",
       1},
  };
  for (const auto& c : kCases) {
    nlp::CollectingReporter reporter;
    std::vector<LanguageGuess> detected;
    auto docs =
        ReadDocuments(c.name, c.bytes, InputFormat::kAuto, reporter, &detected);
    ASSERT_EQ(docs.size(), c.documents) << c.name;
    ASSERT_EQ(detected.size(), docs.size()) << c.name;
    for (size_t i = 0; i < docs.size(); ++i) {
      const LanguageGuess fresh = DetectLanguage(docs[i].text);
      EXPECT_EQ(detected[i].tag, fresh.tag) << c.name << " #" << i;
      EXPECT_EQ(detected[i].script, fresh.script) << c.name << " #" << i;
      EXPECT_EQ(detected[i].confidence, fresh.confidence)
          << c.name << " #" << i;
    }
  }
}

// The short page above: the document's language comes from the title and
// text together, the guess from the text alone.
TEST(ReadDocuments, DetectedGuessOfAShortPageReadsTheTextAlone) {
  nlp::CollectingReporter reporter;
  std::vector<LanguageGuess> detected;
  auto docs = ReadDocuments(
      "short.html",
      "<html><head><title>The minister said on Tuesday that the deal is near "
      "and that both sides agree on it</title></head><body><p>Ja.</p>"
      "</body></html>",
      InputFormat::kHtml, reporter, &detected);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(detected.size(), 1u);
  EXPECT_EQ(docs[0].language, "en");
  EXPECT_EQ(detected[0].tag, "und");
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
