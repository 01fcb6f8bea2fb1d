// whosaid quotes: quotes from the store, filtered, as a table, JSONL or CSV.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "cli/store_options.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

struct QuotesOptions {
  std::string db;
  store::QuoteQuery query;
  std::string format = "table";
};

int RunQuotes(const QuotesOptions& options) {
  if (!std::filesystem::exists(options.db)) {
    std::cerr << "whosaid quotes: no store at " << options.db
              << " (run `whosaid ingest` first)\n";
    return kExitFailure;
  }
  auto store = store::OpenSqliteStore(options.db);
  if (!store.ok()) {
    std::cerr << "whosaid quotes: " << store.status().message() << '\n';
    return kExitFailure;
  }
  auto rows = (*store)->Quotes(options.query);
  if (!rows.ok()) {
    std::cerr << "whosaid quotes: " << rows.status().message() << '\n';
    return kExitUsage;
  }
  if (options.format == "jsonl") {
    for (const store::QuoteRow& r : *rows) {
      nlohmann::json j = {{"id", r.id},
                          {"speaker", r.speaker.empty() ? nlohmann::json(nullptr)
                                                        : nlohmann::json(r.speaker)},
                          {"text", r.text},       {"kind", r.kind},
                          {"cue", r.cue},         {"topics", r.topics},
                          {"document", r.document_id}, {"title", r.title},
                          {"url", r.url},         {"source", r.source},
                          {"published", r.published.empty()
                                            ? nlohmann::json(nullptr)
                                            : nlohmann::json(r.published)}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
    }
    return kExitOk;
  }
  Rows table = {{"speaker", "quote", "kind", "published", "source", "url"}};
  for (const store::QuoteRow& r : *rows) {
    table.push_back({r.speaker.empty() ? "(unknown)" : r.speaker, r.text, r.kind,
                     r.published, r.source.empty() ? r.title : r.source, r.url});
  }
  if (options.format == "csv") {
    WriteCsv(std::cout, table);
  } else {
    WriteTable(std::cout, table);
  }
  return kExitOk;
}

}  // namespace

void RegisterQuotes(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<QuotesOptions>();
  CLI::App* cmd = app.add_subcommand("quotes", "List stored quotes");
  AddDbOption(*cmd, options->db);
  cmd->add_option("--actor", options->query.actor,
                  "Speaker's name (case-insensitive)");
  cmd->add_option("--since", options->query.since, "From this date (UTC), inclusive");
  cmd->add_option("--until", options->query.until, "Up to this date (UTC), inclusive");
  cmd->add_option("--kind", options->query.kind, "direct, partial or indirect")
      ->check(CLI::IsMember({"direct", "partial", "indirect"}));
  cmd->add_option("--match", options->query.text_match,
                  "Full-text query over the quote text (FTS5 syntax)");
  cmd->add_option("--sort", options->query.sort, "date (newest first) or speaker")
      ->check(CLI::IsMember({"date", "speaker"}))
      ->capture_default_str();
  cmd->add_option("--limit", options->query.limit, "At most this many rows");
  cmd->add_option("--format", options->format, "table, jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}))
      ->capture_default_str();
  cmd->callback([options, run] { *run = [options] { return RunQuotes(*options); }; });
}

}  // namespace whosaid::cli
