// whosaid: who said what, when, where and about which topic.

#include "cli/command_line.h"

int main(int argc, char** argv) {
  return whosaid::cli::RunCommandLine(argc, argv);
}
