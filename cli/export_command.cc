// whosaid export TABLE: a whole researcher view as JSON Lines or CSV.

#include "cli/export_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/output.h"
#include "cli/query_output.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

std::string CellText(const store::ExportValue& v) {
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) {
    std::ostringstream s;
    s.precision(17);
    s << std::get<double>(v);
    return s.str();
  }
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return "";
}

nlohmann::ordered_json CellJson(const store::ExportValue& v) {
  if (std::holds_alternative<int64_t>(v)) return std::get<int64_t>(v);
  if (std::holds_alternative<double>(v)) return std::get<double>(v);
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return nullptr;
}

}  // namespace

int RunExport(const ExportOptions& options) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "export", &code);
  if (!store) return code;
  const store::ExportTable table =
      options.table == "quotes"    ? store::ExportTable::kQuotes
      : options.table == "claims"  ? store::ExportTable::kClaims
      : options.table == "actors"  ? store::ExportTable::kActors
                                   : store::ExportTable::kDocuments;
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "whosaid export: cannot write " << options.output << '\n';
      return kExitFailure;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  std::vector<std::string> header;
  const bool csv = options.format == "csv";
  absl::Status s = store->Export(table, [&](bool is_header,
                                            const std::vector<store::ExportValue>& cells) {
    if (is_header) {
      for (const auto& c : cells) header.push_back(CellText(c));
      if (csv) WriteCsv(out, {header});
      return bool(out);
    }
    if (csv) {
      std::vector<std::string> row;
      for (const auto& c : cells) row.push_back(CellText(c));
      WriteCsv(out, {row});
    } else {
      // Ordered, so keys keep the view's column order.
      nlohmann::ordered_json j = nlohmann::ordered_json::object();
      for (size_t i = 0; i < cells.size() && i < header.size(); ++i) {
        j[header[i]] = CellJson(cells[i]);
      }
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    return bool(out);
  });
  if (!s.ok()) return ReportQueryError("export", s);
  out.flush();
  if (!out) {
    std::cerr << "whosaid export: write failed\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace whosaid::cli
