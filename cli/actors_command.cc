// whosaid actors: who is in the store, under which names, how often quoted.

#include "cli/query_commands.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/query_output.h"

namespace whosaid::cli {
namespace {

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& a : aliases) out += (out.empty() ? "" : "; ") + a;
  return out;
}

}  // namespace

int RunActors(const QueryCommandOptions& options) {
  int code = kExitOk;
  auto store = OpenStoreForQuery(options.db, "actors", &code);
  if (!store) return code;
  auto rows = store->Actors(options.query);
  if (!rows.ok()) return ReportQueryError("actors", rows.status());
  auto coverage = store->CoverageFor(options.query);
  if (!coverage.ok()) return ReportQueryError("actors", coverage.status());
  Rows table = {{"name", "kind", "role", "affiliation", "aliases", "quotes", "claims",
                 "documents", "published", "url"}};
  std::vector<nlohmann::json> records;
  for (const store::ActorRow& r : *rows) {
    table.push_back({r.name, r.kind, r.role, r.affiliation, JoinAliases(r.aliases),
                     std::to_string(r.quotes), std::to_string(r.claims),
                     std::to_string(r.documents), r.published, r.url});
    records.push_back({{"id", r.id},
                       {"name", r.name},
                       {"kind", r.kind},
                       {"role", r.role},
                       {"affiliation", r.affiliation},
                       {"known", r.known},
                       {"aliases", r.aliases},
                       {"quotes", r.quotes},
                       {"claims", r.claims},
                       {"documents", r.documents},
                       {"first_seen", NullIfEmpty(r.first_seen)},
                       {"last_seen", NullIfEmpty(r.last_seen)},
                       {"url", r.url},
                       {"published", NullIfEmpty(r.published)}});
  }
  WriteResults(std::cout, std::cerr, options.format, table, records, *coverage);
  return kExitOk;
}

}  // namespace whosaid::cli
