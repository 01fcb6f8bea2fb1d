// whosaid sources: the health of every source the run log knows: last run,
// last success, consecutive failures, last new document, and a warning for
// each source silent longer than its expected interval or failing.

#include <CLI/CLI.hpp>

#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "cli/source_health.h"
#include "cli/store_options.h"
#include "cli/time_text.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

struct SourcesOptions {
  std::string db;
  int64_t silent_after = 2 * 86400;
  std::string format = "table";
  bool check = false;
};

int RunSources(const SourcesOptions& options) {
  Diagnostics diagnostics(std::cerr, /*quiet=*/false);
  auto store = store::OpenSqliteStore(options.db);
  if (!store.ok()) {
    diagnostics.Error(std::string(store.status().message()));
    return kExitFailure;
  }
  auto rows = (*store)->SourceHealth();
  if (!rows.ok()) {
    diagnostics.Error(std::string(rows.status().message()));
    return kExitFailure;
  }
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  Rows table = {{"source", "runs", "last run", "last success", "failures",
                 "last new", "documents", "expected", "status"}};
  size_t warnings = 0;
  for (const store::SourceHealthRow& row : *rows) {
    const SourceVerdict v = JudgeSource(row, now, options.silent_after);
    const std::string status = v.failing ? "FAILING" : v.silent ? "SILENT" : "ok";
    if (options.format == "jsonl") {
      std::cout << nlohmann::json{
                       {"source", row.source},
                       {"runs", row.runs},
                       {"last_run", UtcIso(row.last_run_at)},
                       {"last_success", UtcIso(row.last_success_at)},
                       {"consecutive_failures", row.consecutive_failures},
                       {"last_error", row.last_error},
                       {"last_new", UtcIso(row.last_new_at)},
                       {"documents", row.documents},
                       {"expected_interval_seconds", v.expected_interval},
                       {"expected_from", v.expected_from},
                       {"silent_seconds", v.silent_for},
                       {"status", status}}
                       .dump()
                << '\n';
    } else {
      table.push_back({row.source, std::to_string(row.runs), UtcIso(row.last_run_at),
                       row.last_success_at ? UtcIso(row.last_success_at) : "never",
                       std::to_string(row.consecutive_failures),
                       row.last_new_at ? UtcIso(row.last_new_at) : "never",
                       std::to_string(row.documents),
                       HumanDuration(v.expected_interval) + " (" + v.expected_from + ")",
                       status});
    }
    for (const std::string& w : v.warnings) {
      diagnostics.Warning(w);
      ++warnings;
    }
  }
  if (options.format == "table") {
    if (rows->empty()) {
      std::cerr << "whosaid sources: no runs recorded in " << options.db << '\n';
    } else {
      WriteTable(std::cout, table);
    }
  }
  return options.check && warnings > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterSources(CLI::App& app, std::function<int()>* run) {
  auto options = std::make_shared<SourcesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "sources", "Show each source's health: last success, failures, silence");
  AddDbOption(*cmd, options->db);
  cmd->add_option_function<std::string>(
         "--silent-after",
         [options](const std::string& text) {
           options->silent_after = *ParseDuration(text);
         },
         "Warn about a source with no new document for this long, unless "
         "ingest --expect-every gave it an interval or its history shows one "
         "(default 2d)")
      ->check([](const std::string& text) -> std::string {
        auto d = ParseDuration(text);
        return d && *d > 0 ? "" : "expected a duration such as 12h or 2d";
      });
  cmd->add_option("--format", options->format, "table or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  cmd->add_flag("--check", options->check,
                "Exit 1 when any source is silent or failing (for monitoring)");
  cmd->callback([options, run] { *run = [options] { return RunSources(*options); }; });
}

}  // namespace whosaid::cli
