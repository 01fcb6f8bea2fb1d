// whosaid claims: stored claims with holder, modality and quantities.

#include "cli/query_commands.h"

#include <iostream>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {
namespace {

std::string QuantitiesText(const std::vector<store::QuantityRow>& qs) {
  std::string out;
  for (const store::QuantityRow& q : qs) {
    if (!out.empty()) out += "; ";
    std::ostringstream value;
    value << q.value;
    out += q.text + " (" + value.str() + (q.unit.empty() ? "" : " " + q.unit) + ")";
  }
  return out;
}

nlohmann::json ClaimJson(const store::ClaimRow& r) {
  nlohmann::json quantities = nlohmann::json::array();
  for (const store::QuantityRow& q : r.quantities) {
    quantities.push_back({{"text", q.text}, {"kind", q.kind}, {"value", q.value},
                          {"unit", q.unit}});
  }
  return {{"id", r.id},
          {"holder", NullIfEmpty(r.holder)},
          {"text", r.text},
          {"cue", r.cue},
          {"modality", r.modality},
          {"negated", r.negated},
          {"topics", r.topics},
          {"quantities", std::move(quantities)},
          {"document", r.document_id},
          {"title", r.title},
          {"url", r.url},
          {"source", r.source},
          {"published", NullIfEmpty(r.published)}};
}

}  // namespace

int RunClaims(const QueryCommandOptions& options) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "claims", &code);
  if (!store) return code;
  auto rows = store->Claims(options.query);
  if (!rows.ok()) return ReportQueryError("claims", rows.status());
  auto coverage = store->CoverageFor(options.query);
  if (!coverage.ok()) return ReportQueryError("claims", coverage.status());
  Rows table = {{"holder", "claim", "modality", "negated", "quantities", "topics",
                 "published", "source", "url"}};
  std::vector<nlohmann::json> records;
  for (const store::ClaimRow& r : *rows) {
    table.push_back({r.holder.empty() ? "(unknown)" : r.holder, r.text, r.modality,
                     r.negated ? "yes" : "no", QuantitiesText(r.quantities), r.topics,
                     r.published, r.source.empty() ? r.title : r.source, r.url});
    records.push_back(ClaimJson(r));
  }
  WriteResults(std::cout, std::cerr, options.format, table, records, *coverage);
  return kExitOk;
}

}  // namespace whosaid::cli
