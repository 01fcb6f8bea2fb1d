#include "cli/query_output.h"

#include <filesystem>
#include <iostream>

#include "cli/exit_codes.h"

namespace whosaid::cli {

std::unique_ptr<store::Store> OpenStoreForQuery(const std::string& db,
                                                const std::string& command,
                                                int* exit_code) {
  if (!std::filesystem::exists(db)) {
    std::cerr << "whosaid " << command << ": no store at " << db
              << " (run `whosaid ingest` first)\n";
    *exit_code = kExitFailure;
    return nullptr;
  }
  auto store = store::OpenSqliteStore(db);
  if (!store.ok()) {
    std::cerr << "whosaid " << command << ": " << store.status().message() << '\n';
    *exit_code = kExitFailure;
    return nullptr;
  }
  return std::move(*store);
}

int ReportQueryError(const std::string& command, const absl::Status& status) {
  std::cerr << "whosaid " << command << ": " << status.message() << '\n';
  return status.code() == absl::StatusCode::kInvalidArgument ? kExitUsage
                                                             : kExitFailure;
}

namespace {

std::string MarkdownCell(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      case '|': case '\\': case '`': case '*': case '_': case '[': case ']':
      case '<': case '>': case '#': case '!':
        out += '\\';
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

void WriteMarkdown(std::ostream& out, const Rows& rows) {
  for (size_t r = 0; r < rows.size(); ++r) {
    out << '|';
    for (const std::string& cell : rows[r]) out << ' ' << MarkdownCell(cell) << " |";
    out << '\n';
    if (r == 0) {
      out << '|';
      for (size_t c = 0; c < rows[0].size(); ++c) out << " --- |";
      out << '\n';
    }
  }
}

std::string CoverageLine(const store::Coverage& coverage) {
  if (coverage.configured == 0 || coverage.gaps.empty()) return "";
  std::string line = "coverage: " + std::to_string(coverage.gaps.size()) + " of " +
                     std::to_string(coverage.configured) +
                     " configured sources have gaps in this period: ";
  for (size_t i = 0; i < coverage.gaps.size(); ++i) {
    const store::CoverageGap& g = coverage.gaps[i];
    if (i) line += "; ";
    line += g.source + " " + g.problem;
    if (g.attempts > 0) {
      line += " (" + std::to_string(g.failures) + " of " + std::to_string(g.attempts) +
              " fetches failed";
      if (!g.last_error.empty()) line += ", last: " + g.last_error;
      line += ")";
    }
  }
  return line;
}

void WriteResults(std::ostream& out, std::ostream& err, const std::string& format,
                  const Rows& table, const std::vector<nlohmann::json>& records,
                  const store::Coverage& coverage) {
  const std::string gaps = CoverageLine(coverage);
  if (format == "jsonl") {
    for (const nlohmann::json& j : records) out << JsonLine(j) << '\n';
  } else if (format == "csv") {
    WriteCsv(out, table);
  } else if (format == "md") {
    WriteMarkdown(out, table);
    if (!gaps.empty()) out << "\n**Coverage.** " << MarkdownCell(gaps) << '\n';
    return;
  } else {
    WriteTable(out, table);
  }
  if (!gaps.empty()) {
    // Control characters from fetch errors never reach the terminal.
    std::string clean = gaps;
    for (char& c : clean) {
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    }
    err << "whosaid: " << clean << '\n';
  }
}

nlohmann::json NullIfEmpty(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

std::string JsonLine(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace whosaid::cli
