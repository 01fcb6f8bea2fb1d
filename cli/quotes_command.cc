// whosaid quotes: stored quotes (one row per quote, however many outlets
// carried it), filtered, as a table, JSONL, CSV or Markdown.

#include "cli/query_commands.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {
namespace {

nlohmann::json QuoteJson(const store::QuoteRow& r) {
  return {{"id", r.id},
          {"speaker", NullIfEmpty(r.speaker)},
          {"text", r.text},
          {"kind", r.kind},
          {"cue", r.cue},
          {"topics", r.topics},
          {"document", r.document_id},
          {"title", r.title},
          {"url", r.url},
          {"source", r.source},
          {"published", NullIfEmpty(r.published)},
          {"occurrences", r.occurrences},
          {"reports", r.reports},
          {"outlets", r.outlets},
          {"first_seen", NullIfEmpty(r.first_seen)},
          {"first_source", r.first_source},
          {"first_url", r.first_url},
          {"fragment_of", r.parent_id ? nlohmann::json(r.parent_id) : nlohmann::json(nullptr)}};
}

}  // namespace

int RunQuotes(const QueryCommandOptions& options) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "quotes", &code);
  if (!store) return code;
  auto rows = store->Quotes(options.query);
  if (!rows.ok()) return ReportQueryError("quotes", rows.status());
  auto coverage = store->CoverageFor(options.query);
  if (!coverage.ok()) return ReportQueryError("quotes", coverage.status());
  Rows table = {{"speaker", "quote", "kind", "published", "source", "url",
                 "occurrences", "outlets", "first_seen", "first_source"}};
  std::vector<nlohmann::json> records;
  for (const store::QuoteRow& r : *rows) {
    table.push_back({r.speaker.empty() ? "(unknown)" : r.speaker, r.text, r.kind,
                     r.published, r.source.empty() ? r.title : r.source, r.url,
                     std::to_string(r.occurrences), std::to_string(r.outlets),
                     r.first_seen, r.first_source});
    records.push_back(QuoteJson(r));
  }
  WriteResults(std::cout, std::cerr, options.format, table, records, *coverage);
  return kExitOk;
}

}  // namespace whosaid::cli
