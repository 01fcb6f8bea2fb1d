#include "cli/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <sstream>
#include <thread>

#include "absl/status/status.h"
#include "cli/time_text.h"

namespace whosaid::cli {
namespace {

std::optional<LockHolder> ParseHolder(const std::string& text) {
  std::istringstream in(text);
  LockHolder h;
  if (!(in >> h.pid >> h.started_at) || h.pid <= 0) return std::nullopt;
  std::getline(in >> std::ws, h.command);
  return h;
}

std::string ReadAll(int fd) {
  std::string text;
  char buf[256];
  off_t at = 0;
  for (ssize_t n; (n = pread(fd, buf, sizeof buf, at)) > 0; at += n) {
    text.append(buf, n);
    if (text.size() > 4096) break;  // not ours; enough to say so
  }
  return text;
}

absl::Status Errno(const std::string& what, const std::string& path) {
  return absl::UnavailableError(what + " " + path + ": " + std::strerror(errno));
}

}  // namespace

std::string DescribeHolder(const LockHolder& holder) {
  std::string out = "pid " + std::to_string(holder.pid);
  if (holder.started_at > 0) out += ", started " + UtcIso(holder.started_at);
  if (!holder.command.empty()) out += ", " + holder.command;
  return out;
}

std::string LockPathFor(const std::string& db_path) { return db_path + ".lock"; }

absl::StatusOr<std::unique_ptr<RunLock>> RunLock::Acquire(
    const std::string& lock_path, double wait_seconds, const std::string& command) {
  const int fd = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Errno("cannot open lock file", lock_path);
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration<double>(wait_seconds);
  // Poll rather than block, so that the wait has a deadline without signals.
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      absl::Status s = Errno("cannot lock", lock_path);
      close(fd);
      return s;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      std::optional<LockHolder> holder = ParseHolder(ReadAll(fd));
      close(fd);
      std::string message = "another run holds the lock on " + lock_path;
      if (holder) message += " (" + DescribeHolder(*holder) + ")";
      return absl::FailedPreconditionError(message);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::optional<LockHolder> previous = ParseHolder(ReadAll(fd));
  LockHolder me{static_cast<int64_t>(getpid()),
                static_cast<int64_t>(std::time(nullptr)), command};
  const std::string record = std::to_string(me.pid) + " " +
                             std::to_string(me.started_at) + " " + command + "\n";
  if (ftruncate(fd, 0) != 0 ||
      pwrite(fd, record.data(), record.size(), 0) !=
          static_cast<ssize_t>(record.size())) {
    absl::Status s = Errno("cannot write lock file", lock_path);
    close(fd);  // releases the flock
    return s;
  }
  return std::unique_ptr<RunLock>(new RunLock(fd, std::move(me), std::move(previous)));
}

RunLock::~RunLock() {
  // Emptying the record first is what tells the next run this one ended well.
  if (ftruncate(fd_, 0) != 0) {
    // Nothing to do: the next run will merely report this one as died.
  }
  flock(fd_, LOCK_UN);
  close(fd_);
}

std::optional<LockHolder> ReadLockHolder(const std::string& lock_path) {
  const int fd = open(lock_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<LockHolder> h = ParseHolder(ReadAll(fd));
  close(fd);
  return h;
}

}  // namespace whosaid::cli
