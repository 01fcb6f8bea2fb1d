// whosaid: who said what, when, where and about which topic.

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  CLI::App app{
      "whosaid: turns news articles and official statements into a searchable "
      "index of who said what, when, where and about which topic."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "whosaid 0.1.0");
  std::function<int()> run;
  whosaid::cli::RegisterExtract(app, &run);
  whosaid::cli::RegisterIngest(app, &run);
  whosaid::cli::RegisterQuotes(app, &run);
  whosaid::cli::RegisterClaims(app, &run);
  whosaid::cli::RegisterActors(app, &run);
  whosaid::cli::RegisterSearch(app, &run);
  whosaid::cli::RegisterSources(app, &run);
  whosaid::cli::RegisterStats(app, &run);
  whosaid::cli::RegisterExport(app, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return whosaid::cli::kExitUsage;
  }
  return run ? run() : whosaid::cli::kExitUsage;
}
