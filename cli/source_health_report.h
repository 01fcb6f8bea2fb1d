// The health part of `whosaid sources`: from the run log, each source's
// runs, last success, consecutive failures, last new document and expected
// interval, with a warning on stderr for each source that is failing or
// silent longer than its expected interval.

#ifndef WHOSAID_CLI_SOURCE_HEALTH_REPORT_H_
#define WHOSAID_CLI_SOURCE_HEALTH_REPORT_H_

#include <cstdint>
#include <string>

#include "store/store.h"

namespace whosaid::cli {

struct HealthOptions {
  int64_t silent_after = 2 * 86400;  // --silent-after; default 2 days
  bool check = false;                // --check: exit 1 on any warning
};

// Prints the health table on stdout (format "table" or "md"; one JSON line
// per source, "record":"health", for "jsonl"; nothing for "csv") and the
// warnings on stderr. Returns kExitPartial when options.check and there is
// a warning, kExitFailure when the run log cannot be read, else kExitOk.
int ReportSourceHealth(store::Store& store, const HealthOptions& options,
                       const std::string& format);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_SOURCE_HEALTH_REPORT_H_
