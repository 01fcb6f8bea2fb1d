#include "cli/source_health_report.h"

#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "cli/source_health.h"
#include "cli/time_text.h"

namespace whosaid::cli {

int ReportSourceHealth(store::Store& store, const HealthOptions& options,
                       const std::string& format) {
  Diagnostics diagnostics(std::cerr, /*quiet=*/false);
  auto rows = store.SourceHealth();
  if (!rows.ok()) {
    diagnostics.Error(std::string(rows.status().message()));
    return kExitFailure;
  }
  if (rows->empty()) return kExitOk;
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  Rows table = {{"source", "runs", "last run", "last success", "failures",
                 "last new", "new docs", "expected", "health"}};
  size_t warnings = 0;
  for (const store::SourceHealthRow& row : *rows) {
    const SourceVerdict v = JudgeSource(row, now, options.silent_after);
    const std::string status = v.failing ? "FAILING" : v.silent ? "SILENT" : "ok";
    if (format == "jsonl") {
      std::cout << nlohmann::json{{"record", "health"},
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
    }
    table.push_back({row.source, std::to_string(row.runs), UtcIso(row.last_run_at),
                     row.last_success_at ? UtcIso(row.last_success_at) : "never",
                     std::to_string(row.consecutive_failures),
                     row.last_new_at ? UtcIso(row.last_new_at) : "never",
                     std::to_string(row.documents),
                     HumanDuration(v.expected_interval) + " (" + v.expected_from + ")",
                     status});
    for (const std::string& w : v.warnings) {
      diagnostics.Warning(w);
      ++warnings;
    }
  }
  if (format == "table" || format == "md") {
    std::cout << "\nHealth (from the run log):\n";
    WriteTable(std::cout, table);
  }
  return options.check && warnings > 0 ? kExitPartial : kExitOk;
}

}  // namespace whosaid::cli
