#include "cli/store_options.h"

#include <cstdlib>

namespace whosaid::cli {

std::string DefaultDbPath() {
  const char* env = std::getenv("WHOSAID_DB");
  return env && *env ? env : "whosaid.db";
}

}  // namespace whosaid::cli
