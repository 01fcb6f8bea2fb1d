// All the CLI11 wiring of the whosaid program (see command_line.h for why it
// lives in one file). Each Add*Command adds one subcommand, fills a plain
// options struct and, when that subcommand is chosen, sets the action that
// calls its Run* function.

#include "cli/command_line.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/digest_command.h"
#include "cli/exit_codes.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/ingest_command.h"
#include "cli/query_commands.h"
#include "cli/rule_options.h"
#include "cli/run_options.h"
#include "cli/source_health_report.h"
#include "cli/store_options.h"
#include "cli/time_text.h"

namespace whosaid::cli {
namespace {

// Adds option `name` taking a duration greater than zero (90m, 12h, 2d),
// stored in `seconds`; other text is refused with `error`.
void AddDurationOption(CLI::App& command, const std::string& name,
                       int64_t& seconds, const std::string& help,
                       const std::string& error) {
  command
      .add_option_function<std::string>(
          name,
          [&seconds](const std::string& text) {
            seconds = *ParseDuration(text);
          },
          help)
      ->check([error](const std::string& text) -> std::string {
        auto d = ParseDuration(text);
        return d && *d > 0 ? "" : error;
      });
}

// The chosen subcommand's action, set by its callback during parsing.
using Action = std::function<int()>;

// Every subcommand's options. They outlive the parse and the action.
struct AllOptions {
  ExtractOptions extract;
  IngestOptions ingest;
  QueryCommandOptions quotes;
  DigestFlags digest;
  QueryCommandOptions claims;
  QueryCommandOptions actors;
  QueryCommandOptions search;
  QueryCommandOptions sources;
  HealthOptions sources_health;
  QueryCommandOptions stats;
  ExportOptions export_;
};

// Which filter flags a query command offers.
struct QueryFlags {
  bool actor = true;
  bool dates = true;
  bool topic = true;
  bool source = true;
  bool match = true;
  bool limit = true;
  std::vector<std::string> kinds;  // allowed --kind values; empty = no --kind
  std::vector<std::string> sorts;  // allowed --sort values; first = default
  std::string match_help = "Full-text query (FTS5 syntax)";
};

// Adds --db PATH to `command`; the default is DefaultDbPath().
void AddDbOption(CLI::App& command, std::string& db_path) {
  db_path = DefaultDbPath();
  command
      .add_option("--db", db_path,
                  "SQLite store (default $WHOSAID_DB or ./whosaid.db)")
      ->capture_default_str();
}

// Adds --rules and --actors to `command`.
void AddRuleOptions(CLI::App& command, RuleOptions& options) {
  command.add_option(
      "--rules", options.rules_dir,
      "Folder of rule packs (*.toml) replacing the builtin ones");
  command.add_option("--actors", options.actors,
                     "Extra actor pack (TOML); repeatable");
}

// Adds --wait SECONDS, --report FILE, -q/--quiet and --expect-every
// DURATION to `command`.
void AddRunOptions(CLI::App& command, RunOptions& options) {
  command
      .add_option("--wait", options.wait_seconds,
                  "Wait up to SECONDS for another run to release the "
                  "store's lock (default 0: exit 4 at once)")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--report", options.report_path,
                     "Write the run summary as JSON to FILE");
  command.add_flag("-q,--quiet", options.quiet,
                   "Print nothing on success (errors, and then warnings, "
                   "still go to stderr)");
  AddDurationOption(
      command, "--expect-every", options.expected_interval_seconds,
      "How often each source is expected to bring new documents "
      "(e.g. 1d, 12h); `whosaid sources` warns when one is silent longer",
      "expected a duration such as 90m, 12h or 2d");
}

// Adds --silent-after DURATION and --check to `command`.
void AddHealthOptions(CLI::App& command, HealthOptions& options) {
  AddDurationOption(
      command, "--silent-after", options.silent_after,
      "Warn about a source with no new document for this long, unless "
      "ingest --expect-every gave it an interval or its history shows one "
      "(default 2d)",
      "expected a duration such as 12h or 2d");
  command.add_flag(
      "--check", options.check,
      "Exit 1 when any source is silent or failing (for monitoring)");
}

// Adds --db, the filters in `flags`, and --format to `command`.
void AddQueryOptions(CLI::App& command, QueryCommandOptions& options,
                     const QueryFlags& flags) {
  AddDbOption(command, options.db);
  store::Query& q = options.query;
  if (flags.actor) {
    command.add_option("--actor", q.actor, "Name or alias (case-insensitive)");
  }
  if (flags.dates) {
    command.add_option("--since", q.since,
                       "From this date or time (ISO 8601, UTC), inclusive");
    command.add_option(
        "--until", q.until,
        "Up to this date or time, inclusive; a date is its whole day");
  }
  if (!flags.kinds.empty()) {
    command
        .add_option("--kind", q.kind,
                    "One of: " + CLI::detail::join(flags.kinds, ", "))
        ->check(CLI::IsMember(flags.kinds));
  }
  if (flags.topic)
    command.add_option("--topic", q.topic, "Topic name (case-insensitive)");
  if (flags.source)
    command.add_option("--source", q.source, "Source name (case-insensitive)");
  if (flags.match)
    command.add_option("--match", q.text_match, flags.match_help);
  if (!flags.sorts.empty()) {
    q.sort = flags.sorts.front();
    command
        .add_option("--sort", q.sort,
                    "One of: " + CLI::detail::join(flags.sorts, ", "))
        ->check(CLI::IsMember(flags.sorts))
        ->capture_default_str();
  }
  if (flags.limit) {
    command.add_option("--limit", q.limit, "At most this many rows (0 = all)")
        ->check(CLI::NonNegativeNumber);
  }
  command.add_option("--format", options.format, "table, jsonl, csv or md")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "md"}))
      ->capture_default_str();
}

// Adds a query subcommand whose action is run(options).
void AddQueryCommand(CLI::App& app, Action* action, const std::string& name,
                     const std::string& description, const QueryFlags& flags,
                     QueryCommandOptions& options,
                     int (*run)(const QueryCommandOptions&)) {
  CLI::App* cmd = app.add_subcommand(name, description);
  AddQueryOptions(*cmd, options, flags);
  cmd->callback([&options, action, run] {
    *action = [&options, run] { return run(options); };
  });
}

void AddExtractCommand(CLI::App& app, Action* action, ExtractOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "extract", "Analyse documents and print one JSON object per document");
  cmd->add_option("--input", options.input, "Input format")
      ->check(CLI::IsMember({"auto", "html", "text", "jsonl", "feed", "json"}))
      ->capture_default_str();
  AddRuleOptions(*cmd, options.rules);
  cmd->add_flag("--with-text", options.with_text,
                "Include the normalised text every offset points into");
  cmd->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  cmd->add_option("paths", options.paths, "Files, folders, or - for stdin")
      ->required();
  cmd->callback([&options, action] {
    *action = [&options] { return RunExtract(options); };
  });
}

void AddIngestCommand(CLI::App& app, Action* action, IngestOptions& options) {
  CLI::App* cmd =
      app.add_subcommand("ingest",
                         "Read files and folders, fetch URLs and configured "
                         "sources, analyse them and store the "
                         "results");
  AddDbOption(*cmd, options.db);
  AddRuleOptions(*cmd, options.rules);
  AddRunOptions(*cmd, options.run);
  cmd->add_option(
      "--sources", options.sources_file,
      "sources.toml listing feeds, sitemaps, pages and accounts to fetch");
  cmd->add_option(
      "--contact", options.contact,
      "Contact URL sent in the User-Agent when fetching URLs without --sources "
      "(default $WHOSAID_CONTACT)");
  cmd->add_option(
      "paths", options.paths,
      "Files, folders and http(s) URLs of pages or feeds to ingest");
  cmd->callback([&options, action] {
    *action = [&options] { return RunIngest(options); };
  });
}

void AddQuotesCommand(CLI::App& app, Action* action,
                      QueryCommandOptions& options) {
  QueryFlags flags;
  flags.kinds = {"direct", "partial", "indirect"};
  flags.sorts = {"date", "oldest", "speaker", "occurrences"};
  flags.match_help = "Full-text query over the quote text (FTS5 syntax)";
  AddQueryCommand(app, action, "quotes", "List stored quotes", flags, options,
                  RunQuotes);
}

void AddDigestCommand(CLI::App& app, Action* action, DigestFlags& flags) {
  CLI::App* cmd = app.add_subcommand(
      "digest",
      "Digest of a period: per source, per actor, what moved, coverage");
  AddDbOption(*cmd, flags.db);
  cmd->add_option(
      "--since", flags.since,
      "Start: a duration back from --until (24h, 7d) or an ISO 8601 "
      "date or time (default 24h)");
  cmd->add_option("--until", flags.until,
                  "End: ISO 8601 date (its whole day) or time (default now)");
  cmd->add_option("--topic", flags.topic,
                  "Only quotes and claims on this topic");
  cmd->add_option("--actor", flags.actor, "Only this speaker (name or alias)");
  cmd->add_option("--format", flags.format, "md, html or json")
      ->check(CLI::IsMember({"md", "html", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", flags.output,
                  "Write to this file (default stdout)");
  cmd->callback(
      [&flags, action] { *action = [&flags] { return RunDigest(flags); }; });
}

void AddClaimsCommand(CLI::App& app, Action* action,
                      QueryCommandOptions& options) {
  QueryFlags flags;
  flags.kinds = {"asserted", "hedged", "planned", "denied"};
  flags.sorts = {"date", "oldest", "holder"};
  flags.match_help = "Full-text query over the claim text (FTS5 syntax)";
  AddQueryCommand(app, action, "claims", "List stored claims", flags, options,
                  RunClaims);
}

void AddActorsCommand(CLI::App& app, Action* action,
                      QueryCommandOptions& options) {
  QueryFlags flags;
  flags.kinds = {"person", "organization", "government", "place"};
  flags.sorts = {"quotes", "name", "recent"};
  flags.match_help = "Part of the actor's name (case-insensitive)";
  AddQueryCommand(app, action, "actors", "List the actors in the store", flags,
                  options, RunActors);
}

void AddSearchCommand(CLI::App& app, Action* action,
                      QueryCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "search", "Full-text search over quotes, claims and documents");
  QueryFlags flags;
  flags.match = false;
  flags.topic = false;
  flags.kinds = {"quote", "claim", "document"};
  flags.sorts = {"rank", "date"};
  AddQueryOptions(*cmd, options, flags);
  cmd->add_option("query", options.query.text_match,
                  "FTS5 query: words, \"phrases\", AND, OR, NOT, prefix*")
      ->required();
  cmd->callback([&options, action] {
    *action = [&options] { return RunSearch(options); };
  });
}

void AddSourcesCommand(CLI::App& app, Action* action,
                       QueryCommandOptions& options, HealthOptions& health) {
  CLI::App* cmd = app.add_subcommand(
      "sources", "List sources with their documents and fetch history");
  QueryFlags flags;
  flags.actor = false;
  flags.topic = false;
  flags.match = false;
  AddQueryOptions(*cmd, options, flags);
  AddHealthOptions(*cmd, health);
  cmd->callback([&options, &health, action] {
    *action = [&options, &health] { return RunSources(options, health); };
  });
}

void AddStatsCommand(CLI::App& app, Action* action,
                     QueryCommandOptions& options) {
  QueryFlags flags;
  flags.actor = false;
  flags.match = false;
  flags.limit = false;
  AddQueryCommand(app, action, "stats",
                  "Counts of documents, quotes, claims and actors", flags,
                  options, RunStats);
}

void AddExportCommand(CLI::App& app, Action* action, ExportOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write quotes, claims, documents or actors as JSON Lines or CSV");
  AddDbOption(*cmd, options.db);
  cmd->add_option("table", options.table, "quotes, claims, documents or actors")
      ->required()
      ->check(CLI::IsMember({"quotes", "claims", "documents", "actors"}));
  cmd->add_option("--format", options.format, "jsonl or csv (RFC 4180)")
      ->check(CLI::IsMember({"jsonl", "csv"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options.output,
                  "Write to this file instead of stdout");
  cmd->callback([&options, action] {
    *action = [&options] { return RunExport(options); };
  });
}

}  // namespace

int RunCommandLine(int argc, char** argv) {
  CLI::App app{
      "whosaid: turns news articles and official statements into a searchable "
      "index of who said what, when, where and about which topic."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "whosaid 0.1.0");
  AllOptions options;
  Action action;
  // The order is the order of `whosaid --help`.
  AddExtractCommand(app, &action, options.extract);
  AddIngestCommand(app, &action, options.ingest);
  AddQuotesCommand(app, &action, options.quotes);
  AddDigestCommand(app, &action, options.digest);
  AddClaimsCommand(app, &action, options.claims);
  AddActorsCommand(app, &action, options.actors);
  AddSearchCommand(app, &action, options.search);
  AddSourcesCommand(app, &action, options.sources, options.sources_health);
  AddStatsCommand(app, &action, options.stats);
  AddExportCommand(app, &action, options.export_);
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
    return kExitUsage;
  }
  return action ? action() : kExitUsage;
}

}  // namespace whosaid::cli
