#include "tests/testutil/run_command.h"

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

extern char** environ;

namespace whosaid::testutil {

CommandResult RunCommand(const std::vector<std::string>& argv,
                         const std::string& stdin_bytes,
                         const std::vector<std::string>& env) {
  CommandResult result;
  int in[2], out[2], err[2];
  if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) return result;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) {
    posix_spawn_file_actions_addclose(&actions, fd);
  }
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<char*> envp;
  for (char** e = environ; *e; ++e) envp.push_back(*e);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  pid_t pid;
  const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(),
                             envp.data());
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(in[1]);
    close(out[0]);
    close(err[0]);
    result.err = std::string("spawn failed: ") + strerror(rc);
    return result;
  }
  size_t written = 0;
  if (stdin_bytes.empty()) close(in[1]);
  bool in_open = !stdin_bytes.empty();
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0},
                     {in_open ? in[1] : -1, POLLOUT, 0}};
    if (poll(fds, 3, -1) < 0) break;
    if (in_open && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = write(in[1], stdin_bytes.data() + written,
                              stdin_bytes.size() - written);
      if (n > 0) written += n;
      if (n <= 0 || written == stdin_bytes.size()) {
        close(in[1]);
        in_open = false;
      }
    }
    for (int i = 0; i < 2; ++i) {
      bool& open = i == 0 ? out_open : err_open;
      if (open && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
        const ssize_t n = read(fds[i].fd, buf, sizeof buf);
        if (n <= 0) {
          open = false;
        } else {
          (i == 0 ? result.out : result.err).append(buf, n);
        }
      }
    }
  }
  if (in_open) close(in[1]);
  close(out[0]);
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace whosaid::testutil
