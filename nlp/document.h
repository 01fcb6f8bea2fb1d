// The document model: what ingest hands to nlp.
//
// A Document is a plain value. It holds one article, statement, transcript or
// post with its metadata and its body text. Ingest fills it from markup or
// files; nlp never changes it. Thread-compatible (no shared state).

#ifndef WHOSAID_NLP_DOCUMENT_H_
#define WHOSAID_NLP_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::nlp {

// A half-open range of UTF-8 byte offsets [start, end) into a text.
struct Span {
  size_t start = 0;
  size_t end = 0;

  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& other) const {
    return start <= other.start && other.end <= end;
  }
  bool Overlaps(const Span& other) const {
    return start < other.end && other.start < end;
  }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class DocumentKind { kNews, kOfficial, kPost, kTranscript, kWire };

// "news", "official", "post", "transcript", "wire".
std::string_view DocumentKindName(DocumentKind kind);
// Inverse of DocumentKindName; nullopt for an unknown name.
std::optional<DocumentKind> ParseDocumentKind(std::string_view name);

// How much of a timestamp the source actually gave.
enum class TimePrecision { kYear, kMonth, kDay, kMinute, kSecond };

// A point in time as the source stated it: the instant in UTC plus the UTC
// offset the source used, so that it can be shown as the source showed it.
struct Timestamp {
  int64_t utc_seconds = 0;     // seconds since 1970-01-01T00:00:00Z
  int offset_minutes = 0;      // the source's UTC offset, e.g. -300 for EST
  bool offset_known = false;   // false when the source gave no zone
  TimePrecision precision = TimePrecision::kSecond;

  // ISO 8601 in the source's offset, e.g. "2025-10-30T09:15:00+08:00";
  // day precision prints "2025-10-30", month "2025-10", year "2025".
  std::string ToIso8601() const;
  // ISO 8601 in UTC with a Z, trimmed to the precision like ToIso8601.
  std::string ToUtcIso8601() const;
};

// Parses ISO 8601 / RFC 3339 forms ("2025-10-30", "2025-10-30T09:15Z",
// "2025-10-30T09:15:00.123+08:00", "2025-10-30 09:15:00"). Returns nullopt
// when the text is not such a date.
std::optional<Timestamp> ParseIso8601(std::string_view text);

// What a stretch of the body was in its source: a paragraph, a heading, a
// block quote, a list item or preformatted text.
enum class BlockKind { kParagraph, kHeading, kBlockQuote, kListItem, kPre };

// "paragraph", "heading", "blockquote", "listitem", "pre".
std::string_view BlockKindName(BlockKind kind);

// One block of Document::text: its span (without the "\n\n" separators) and
// its kind.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
};

struct Document {
  std::string id;             // stable id: JSONL id, path, or URL
  std::string source;         // configured source name; empty for local files
  std::string url;            // where it was read from (URL or file path)
  std::string canonical_url;  // <link rel=canonical> or og:url; may be empty
  std::string title;
  std::vector<std::string> authors;
  std::optional<Timestamp> published;
  std::optional<Timestamp> modified;
  std::string language;  // BCP 47 tag such as "en" or "zh-CN"; empty if unknown
  DocumentKind kind = DocumentKind::kNews;
  // For official accounts and posts: the actor whose words the body carries.
  std::string account_owner;
  // The body: UTF-8, paragraphs separated by a blank line ("\n\n"). Before
  // nlp::Analyze this is the text as extracted; analysis normalises it and
  // every span it reports points into Analysis::text.
  std::string text;
  // The blocks of `text` in order, when the reader knew them (HTML pages);
  // empty otherwise. Spans point into `text` as ingest produced it.
  std::vector<Block> blocks;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_DOCUMENT_H_
