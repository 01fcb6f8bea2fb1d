#include "ingest/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "ingest/feed_parser.h"
#include "ingest/html_extractor.h"
#include "ingest/json_depth.h"
#include "ingest/language_id.h"
#include "ingest/sitemap_parser.h"
#include "ingest/social_posts.h"
#include "nlp/ascii.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

namespace fs = std::filesystem;

// Where ReadDocuments keeps, when its caller asks, what each document's
// text alone says about its language: one guess per document, in order.
using Guesses = std::vector<LanguageGuess>*;

// Sets the language of a document that is not an HTML page (the extractor
// picks those itself): the `declared` one unless the text plainly says
// otherwise. Appends the guess to `detected` (when not null).
void SetLanguage(nlp::Document& doc, std::string_view declared,
                 Guesses detected) {
  LanguageGuess guess = DetectLanguage(doc.text);
  doc.language = ChooseLanguage(declared, guess).tag;
  if (detected) detected->push_back(std::move(guess));
}

// Appends to `detected` (when not null) what the text of the extracted
// `page` alone says, reusing the extractor's guess when it read the text
// alone.
void AddPageGuess(const HtmlPage& page, Guesses detected) {
  if (!detected) return;
  detected->push_back(page.detected_from_text_alone
                          ? page.detected_language
                          : DetectLanguage(page.doc.text));
}

std::string Extension(std::string_view name) {
  return nlp::LowerAscii(fs::path(std::string(name)).extension().string());
}

bool IsDocumentExtension(const std::string& ext) {
  return ext == ".html" || ext == ".htm" || ext == ".txt" || ext == ".text" ||
         ext == ".jsonl" || ext == ".ndjson" || ext == ".json" ||
         ext == ".xml" || ext == ".rss" || ext == ".atom" || ext == ".rdf";
}

// Splits header lines "Key: value" off the top of a text document.
nlp::Document ReadText(std::string_view name, std::string_view bytes,
                       Guesses detected) {
  static const RE2* const kHeader = new RE2(R"(([A-Za-z]+):[ \t]*([^\n]*)\n)");
  nlp::Document doc;
  // A byte order mark would hide the header lines; NFC folds any later one.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  re2::StringPiece rest(bytes.data(), bytes.size());
  re2::StringPiece probe = rest;
  std::string key, value;
  std::vector<std::pair<std::string, std::string>> headers;
  while (RE2::Consume(&probe, *kHeader, &key, &value)) {
    headers.emplace_back(nlp::LowerAscii(key), value);
  }
  static const std::vector<std::string> kKnown = {
      "title", "author", "published", "kind", "source", "url", "language",
      "owner"};
  const bool all_known =
      !headers.empty() &&
      std::all_of(headers.begin(), headers.end(), [](const auto& h) {
        return std::find(kKnown.begin(), kKnown.end(), h.first) != kKnown.end();
      });
  if (all_known && (probe.empty() || probe[0] == '\n')) {
    rest = probe;
    if (!rest.empty()) rest.remove_prefix(1);  // the blank line
    for (const auto& [k, v] : headers) {
      if (k == "title") doc.title = v;
      if (k == "author") doc.authors.push_back(v);
      if (k == "published") doc.published = nlp::ParseIso8601(v);
      if (k == "kind") {
        doc.kind = nlp::ParseDocumentKind(v).value_or(nlp::DocumentKind::kNews);
      }
      if (k == "source") doc.source = v;
      if (k == "url") doc.url = v;
      if (k == "language") doc.language = v;
      if (k == "owner") doc.account_owner = v;
    }
  }
  doc.text = std::string(rest);
  SetLanguage(doc, std::string(doc.language), detected);
  return doc;
}

void ReadJsonl(std::string_view name, std::string_view bytes,
               nlp::Reporter& reporter, std::vector<nlp::Document>& out,
               Guesses detected) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = bytes.substr(pos, end - pos);
    const size_t offset = pos;
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (JsonNestingDepth(line) > kMaxJsonDepth) {
      reporter.Report(where, offset,
                      "JSON nested deeper than " +
                          std::to_string(kMaxJsonDepth) + " levels; skipped");
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      reporter.Report(where, offset, "line is not a JSON object; skipped");
      continue;
    }
    std::string id = where;
    if (j.contains("id") && j["id"].is_string()) id = j["id"];
    if (j.contains("id") && j["id"].is_number()) id = j["id"].dump();
    nlp::Document doc;
    if (j.contains("html") && j["html"].is_string()) {
      auto page = ExtractHtmlPage(j["html"].get<std::string>(), "", "");
      if (!page.ok()) {
        reporter.Report(id, offset, std::string(page.status().message()));
        continue;
      }
      AddPageGuess(*page, detected);
      doc = std::move(page->doc);
    } else if (j.contains("text") && j["text"].is_string()) {
      doc.text = j["text"];
      SetLanguage(doc, "", detected);
    } else {
      reporter.Report(id, offset, "line has neither \"text\" nor \"html\"; skipped");
      continue;
    }
    doc.id = id;
    doc.url = j.value("url", id);
    if (j.contains("title") && j["title"].is_string()) doc.title = j["title"];
    if (j.contains("published") && j["published"].is_string()) {
      doc.published = nlp::ParseIso8601(j["published"].get<std::string>());
    }
    out.push_back(std::move(doc));
  }
}

// One HTML page; reports what charset decoding and parsing repaired.
void ReadHtml(std::string_view name, std::string_view bytes,
              nlp::Reporter& reporter, std::vector<nlp::Document>& out,
              Guesses detected) {
  auto page = ExtractHtmlPage(bytes, "", "");
  if (!page.ok()) {
    reporter.Report(name, 0, std::string(page.status().message()));
    return;
  }
  if (page->replaced > 0) {
    reporter.Report(name, 0,
                    std::to_string(page->replaced) +
                        " invalid byte sequences in " + page->charset +
                        " replaced with U+FFFD");
  }
  if (page->depth_cut > 0) {
    reporter.Report(name, 0,
                    "elements nested too deeply; " +
                        std::to_string(page->depth_cut) +
                        " subtrees left out");
  }
  AddPageGuess(*page, detected);
  out.push_back(std::move(page->doc));
}

void ReadFeed(std::string_view name, std::string_view bytes,
              nlp::Reporter& reporter, std::vector<nlp::Document>& out,
              Guesses detected) {
  if (LooksLikeSitemap(bytes)) {
    auto sitemap = ParseSitemap(bytes, "");
    reporter.Report(name, 0,
                    sitemap.ok()
                        ? "a sitemap of " +
                              std::to_string(sitemap->entries.size()) +
                              " URLs holds no text to extract; skipped"
                        : std::string(sitemap.status().message()));
    return;
  }
  auto feed = ParseFeed(bytes, "");
  if (!feed.ok()) {
    reporter.Report(name, 0, std::string(feed.status().message()));
    return;
  }
  if (feed->dropped_items > 0) {
    reporter.Report(name, 0,
                    "feed has more items than the limit; " +
                        std::to_string(feed->dropped_items) + " left out");
  }
  if (feed->bad_dates > 0) {
    reporter.Report(name, 0,
                    std::to_string(feed->bad_dates) +
                        " unparseable dates left empty");
  }
  size_t n = 0;
  for (FeedItem& item : feed->items) {
    ++n;
    nlp::Document doc;
    doc.id = !item.link.empty() ? item.link
             : !item.id.empty() ? item.id
                                : std::string(name) + "#" + std::to_string(n);
    doc.url = item.link.empty() ? std::string(name) : item.link;
    doc.title = FeedTextToPlain(item.title, item.content_is_html &&
                                                item.title.find('<') !=
                                                    std::string::npos);
    doc.authors = item.authors;
    doc.published = item.published ? item.published : item.updated;
    doc.modified = item.updated;
    doc.source = feed->title;
    doc.text = FeedTextToPlain(item.content.empty() ? item.summary : item.content,
                               item.content_is_html);
    SetLanguage(doc, feed->language, detected);
    out.push_back(std::move(doc));
  }
}

void ReadJson(std::string_view name, std::string_view bytes,
              nlp::Reporter& reporter, std::vector<nlp::Document>& out,
              Guesses detected) {
  auto posts = ParsePosts(bytes, name);
  if (!posts.ok()) {
    reporter.Report(name, 0, std::string(posts.status().message()) + "; skipped");
    return;
  }
  // Posts keep the language their API gave; their text is read only when
  // the caller asks.
  for (nlp::Document& d : *posts) {
    if (detected) detected->push_back(DetectLanguage(d.text));
    out.push_back(std::move(d));
  }
}

}  // namespace

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  if (name == "auto") *format = InputFormat::kAuto;
  else if (name == "html") *format = InputFormat::kHtml;
  else if (name == "text") *format = InputFormat::kText;
  else if (name == "jsonl") *format = InputFormat::kJsonl;
  else if (name == "feed") *format = InputFormat::kFeed;
  else if (name == "json") *format = InputFormat::kJson;
  else return false;
  return true;
}

InputFormat DetectFormat(std::string_view name, std::string_view bytes) {
  const std::string ext = Extension(name);
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".txt" || ext == ".text" || ext == ".md") return InputFormat::kText;
  if (ext == ".json") return InputFormat::kJson;
  if (ext == ".rss" || ext == ".atom" || ext == ".rdf") return InputFormat::kFeed;
  if (ext == ".xml") {
    return LooksLikeFeed(bytes) || LooksLikeSitemap(bytes) ||
                   bytes.substr(0, 1024).find("<html") == std::string_view::npos
               ? InputFormat::kFeed
               : InputFormat::kHtml;
  }
  const size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string_view::npos) {
    if (bytes[first] == '<') {
      return LooksLikeFeed(bytes) || LooksLikeSitemap(bytes) ? InputFormat::kFeed
                                                             : InputFormat::kHtml;
    }
    if (bytes[first] == '[') return InputFormat::kJson;
    if (bytes[first] == '{') {
      // One object per line is JSONL; one object over many lines is JSON.
      size_t nl = bytes.find('\n', first);
      if (nl == std::string_view::npos) nl = bytes.size();
      const std::string_view line = bytes.substr(first, nl - first);
      const size_t last = line.find_last_not_of(" \t\r");
      const bool one_line_object = last != std::string_view::npos && line[last] == '}';
      return one_line_object ? InputFormat::kJsonl : InputFormat::kJson;
    }
  }
  return InputFormat::kText;
}

std::vector<nlp::Document> ReadDocuments(std::string_view name,
                                         std::string_view bytes,
                                         InputFormat format,
                                         nlp::Reporter& reporter,
                                         std::vector<LanguageGuess>* detected) {
  std::vector<nlp::Document> out;
  if (format == InputFormat::kAuto) format = DetectFormat(name, bytes);
  switch (format) {
    case InputFormat::kJsonl:
      ReadJsonl(name, bytes, reporter, out, detected);
      return out;
    case InputFormat::kFeed:
      ReadFeed(name, bytes, reporter, out, detected);
      return out;
    case InputFormat::kJson:
      ReadJson(name, bytes, reporter, out, detected);
      return out;
    case InputFormat::kHtml:
      ReadHtml(name, bytes, reporter, out, detected);
      if (out.empty()) return out;
      break;
    case InputFormat::kText:
    case InputFormat::kAuto:
      out.push_back(ReadText(name, bytes, detected));
      break;
  }
  nlp::Document& doc = out.back();
  doc.id = std::string(name);
  if (doc.url.empty()) doc.url = std::string(name);
  return out;
}

std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths,
                                        nlp::Reporter& reporter) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) {
      reporter.Report(path, 0, "no such file or folder");
      continue;
    }
    if (ec) {
      reporter.Report(path, 0, "cannot read: " + ec.message());
      continue;
    }
    if (!fs::is_directory(st)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(
             path, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      const std::string leaf = it->path().filename().string();
      // Names starting with '_' or '.' hold annotations, notes or VCS data,
      // not documents (corpora keep their gold in _gold.jsonl).
      if (!leaf.empty() && (leaf[0] == '_' || leaf[0] == '.')) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) &&
          IsDocumentExtension(Extension(it->path().string()))) {
        found.push_back(it->path().string());
      }
    }
    if (ec) reporter.Report(path, 0, "cannot list folder: " + ec.message());
    if (!ec && found.empty()) {
      reporter.Report(path, 0,
                      "no documents in folder (looked for .html .htm .txt "
                      ".text .jsonl .ndjson .json .xml .rss .atom .rdf)");
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

absl::StatusOr<std::string> ReadInputFile(const std::string& path,
                                          size_t max_bytes) {
  std::istream* in = &std::cin;
  std::ifstream file;
  if (path != "-") {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      return absl::FailedPreconditionError(path + ": is a folder");
    }
    file.open(path, std::ios::binary);
    if (!file) {
      const int err = errno;
      const std::string why = std::strerror(err);
      if (err == EACCES) return absl::PermissionDeniedError(path + ": " + why);
      return absl::NotFoundError(path + ": " + why);
    }
    in = &file;
  }
  std::string bytes;
  char buf[1 << 16];
  while (in->read(buf, sizeof buf) || in->gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(in->gcount()));
    if (bytes.size() > max_bytes) {
      return absl::ResourceExhaustedError(
          path + ": larger than the limit of " + std::to_string(max_bytes) +
          " bytes");
    }
  }
  return bytes;
}

}  // namespace whosaid::ingest
