// whosaid digest: what was said in a period, per source and per actor, what
// moved, and which sources went quiet or failed, as Markdown, HTML or JSON.
// The flags are wired in command_line.cc. Not thread-safe.

#ifndef WHOSAID_CLI_DIGEST_COMMAND_H_
#define WHOSAID_CLI_DIGEST_COMMAND_H_

#include <string>

namespace whosaid::cli {

struct DigestFlags {
  std::string db;     // --db: the store; must exist
  std::string since;  // --since: duration back from --until or ISO 8601;
                      // "" = 24h
  std::string until;  // --until: ISO 8601 date or time; "" = now
  std::string topic;  // --topic: only this topic; "" = all
  std::string actor;  // --actor: only this speaker; "" = all
  std::string format = "md";  // --format: md, html or json
  std::string output;         // -o: file written atomically; "" or "-" = stdout
};

// Builds and writes the digest. Returns kExitOk, kExitUsage for a bad
// period or query, kExitFailure when the store or the output fails.
int RunDigest(const DigestFlags& flags);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_COMMAND_H_
