#include "cli/store_options.h"

#include <CLI/CLI.hpp>

#include <cstdlib>

namespace whosaid::cli {

void AddDbOption(CLI::App& command, std::string& db_path) {
  const char* env = std::getenv("WHOSAID_DB");
  db_path = env && *env ? env : "whosaid.db";
  command.add_option("--db", db_path, "SQLite store (default $WHOSAID_DB or ./whosaid.db)")
      ->capture_default_str();
}

}  // namespace whosaid::cli
