// Turns the bytes of one local file or stdin into Documents.
//
// Stateless; thread-safe.

#ifndef WHOSAID_INGEST_DOCUMENT_READER_H_
#define WHOSAID_INGEST_DOCUMENT_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/language_id.h"
#include "nlp/document.h"
#include "nlp/reporter.h"

namespace whosaid::ingest {

enum class InputFormat { kAuto, kHtml, kText, kJsonl, kFeed, kJson };

// Parses "auto", "html", "text", "jsonl", "feed" (RSS, Atom, RDF, CDF) and
// "json" (social-post API JSON); false for anything else.
bool ParseInputFormat(std::string_view name, InputFormat* format);

// Decides the format of `name` (a path) and `bytes`: by extension first
// (.html/.htm, .txt/.text/.md, .jsonl/.ndjson, .json, .rss/.atom/.rdf; .xml
// is a feed unless it is HTML), then by content (a feed root, '<', '{' or
// '[').
InputFormat DetectFormat(std::string_view name, std::string_view bytes);

// Reads every document in `bytes`. `name` becomes the id (and url) of a
// single-document input; JSONL lines carry their own "id" (else
// "NAME:LINE"). A bad item (unparseable HTML, a JSONL line that is not an
// object with text or html) is reported to `reporter` under its name and
// skipped; the others are returned.
//
// HTML pages go through charset detection (no HTTP charset: local files
// have none) and main-text extraction; invalid bytes replaced with U+FFFD
// and elements cut for nesting depth are reported. A feed yields one
// document per item (text from its content, else its summary; id and url
// from its link); dropped items and bad dates are reported. A .json file
// yields one document per social post (see social_posts.h); JSON that is
// not a known post shape is reported under its name and skipped. A sitemap
// holds no documents and is reported.
//
// Plain text may open with header lines "Title:", "Author:", "Published:",
// "Kind:", "Source:", "URL:", "Language:" and "Owner:", ended by a blank
// line.
//
// Language: plain text, JSONL text lines and feed items get the language
// they declare ("Language:", the feed's language) unless their text plainly
// is in another one, and the detected language when they declare none (see
// language_id.h); HTML pages get the extractor's choice; social posts keep
// the language their API gave. When `detected` is not null, one guess per
// returned document, in order, is appended to it: what the document's text
// alone says (DetectLanguage(doc.text)), the guess the language was chosen
// with where that read the same text, so nothing is detected twice.
std::vector<nlp::Document> ReadDocuments(
    std::string_view name, std::string_view bytes, InputFormat format,
    nlp::Reporter& reporter, std::vector<LanguageGuess>* detected = nullptr);

// Expands files and folders into the sorted list of readable document files
// under them (.html .htm .txt .text .jsonl .ndjson .json .xml .rss .atom
// .rdf), skipping names that
// start with '_' or '.' (annotations, notes). A path that does not exist,
// and a folder with no documents, is reported. A file named explicitly is
// always kept, whatever its extension.
std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths,
                                        nlp::Reporter& reporter);

// Reads a whole file ("-" reads standard input). NotFound or
// PermissionDenied when it cannot be opened, ResourceExhausted when it is
// larger than `max_bytes`, FailedPrecondition for a folder.
absl::StatusOr<std::string> ReadInputFile(const std::string& path,
                                          size_t max_bytes = 64 << 20);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_DOCUMENT_READER_H_
