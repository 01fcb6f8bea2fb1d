// Runs the whosaid binary (or any program) as a child process and captures
// its exit code, standard output and standard error. POSIX only.

#ifndef WHOSAID_TESTS_TESTUTIL_RUN_COMMAND_H_
#define WHOSAID_TESTS_TESTUTIL_RUN_COMMAND_H_

#include <string>
#include <vector>

namespace whosaid::testutil {

struct CommandResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs argv[0] with the given arguments; `stdin_bytes` is fed to its
// standard input. Extra environment entries ("NAME=value") are added.
CommandResult RunCommand(const std::vector<std::string>& argv,
                         const std::string& stdin_bytes = "",
                         const std::vector<std::string>& env = {});

}  // namespace whosaid::testutil

#endif  // WHOSAID_TESTS_TESTUTIL_RUN_COMMAND_H_
