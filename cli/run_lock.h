// The run lock: at most one writing run (ingest) per store at a time.
//
// The lock is an flock(2) on "<db>.lock". Its holder writes "PID STARTED_AT
// COMMAND" into the file and empties it when it lets go, so a run that finds
// the file non-empty once it holds the lock knows that the previous holder
// died without cleaning up (the kernel releases an flock when its process
// dies, however it dies, so a killed run never blocks the next one).
//
// A RunLock is used from one thread; the lock is per open file, so two
// RunLocks in one process exclude each other too.

#ifndef WHOSAID_CLI_RUN_LOCK_H_
#define WHOSAID_CLI_RUN_LOCK_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "absl/status/statusor.h"

namespace whosaid::cli {

// Who holds, or held, a lock: as written in the lock file.
struct LockHolder {
  int64_t pid = 0;
  int64_t started_at = 0;  // Unix seconds
  std::string command;
};

// "pid 123, started 2026-11-28T10:00:00Z" (and the command when known).
std::string DescribeHolder(const LockHolder& holder);

// "<db>.lock".
std::string LockPathFor(const std::string& db_path);

class RunLock {
 public:
  // Takes the lock on `lock_path` (creating the file), waiting up to
  // `wait_seconds` (0 = do not wait) for another holder to let go.
  // Returns the held lock; FailedPrecondition naming the holder when it is
  // still held after the wait; Unavailable when the file cannot be opened or
  // locked. `command` is recorded for the next run's messages.
  static absl::StatusOr<std::unique_ptr<RunLock>> Acquire(
      const std::string& lock_path, double wait_seconds,
      const std::string& command);

  // Empties the lock file and releases the lock.
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  // The previous holder when it died holding the lock (its record was still
  // in the file); nullopt after a clean hand-over.
  const std::optional<LockHolder>& previous_died() const { return previous_; }
  const LockHolder& holder() const { return holder_; }

 private:
  RunLock(int fd, LockHolder holder, std::optional<LockHolder> previous)
      : fd_(fd), holder_(std::move(holder)), previous_(std::move(previous)) {}

  int fd_;
  LockHolder holder_;
  std::optional<LockHolder> previous_;
};

// Reads the holder record of `lock_path` without locking; nullopt when the
// file is missing, empty or unreadable.
std::optional<LockHolder> ReadLockHolder(const std::string& lock_path);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_RUN_LOCK_H_
