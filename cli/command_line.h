// The command line of the whosaid program: every subcommand with its
// options, flags, validators and help text. This is the only place that
// includes CLI11, a large header-only library that costs about 30 s of
// compile time in each file that uses it under the sanitizers; the
// subcommands themselves take plain option structs (*_command.h,
// query_commands.h). Not thread-safe; call once, from main().

#ifndef WHOSAID_CLI_COMMAND_LINE_H_
#define WHOSAID_CLI_COMMAND_LINE_H_

namespace whosaid::cli {

// Parses `argv`, runs the chosen subcommand and returns its exit code
// (exit_codes.h). --help and --version print to stdout and return 0; a
// usage error is printed to stderr and returns kExitUsage.
int RunCommandLine(int argc, char** argv);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_COMMAND_LINE_H_
