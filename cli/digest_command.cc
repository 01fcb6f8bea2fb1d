// whosaid digest: what was said in a period, per source and per actor, what
// moved, and which sources went quiet or failed, as Markdown, HTML or JSON.

#include "cli/digest_command.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/digest_builder.h"
#include "cli/digest_html.h"
#include "cli/digest_json.h"
#include "cli/digest_markdown.h"
#include "cli/exit_codes.h"
#include "store/store.h"

namespace whosaid::cli {
namespace {

int WriteOut(const DigestFlags& flags, const std::string& text) {
  if (flags.output.empty() || flags.output == "-") {
    std::cout << text;
    return std::cout.good() ? kExitOk : kExitFailure;
  }
  // Write beside the target and rename, so a reader never sees half a file.
  const std::string tmp = flags.output + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.good()) {
      std::cerr << "whosaid digest: cannot write " << tmp << '\n';
      return kExitFailure;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, flags.output, ec);
  if (ec) {
    std::cerr << "whosaid digest: cannot write " << flags.output << ": "
              << ec.message() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

int RunDigest(const DigestFlags& flags) {
  absl::StatusOr<DigestPeriod> period =
      ResolvePeriod(flags.since, flags.until, std::time(nullptr));
  if (!period.ok()) {
    std::cerr << "whosaid digest: " << period.status().message() << '\n';
    return kExitUsage;
  }
  if (!std::filesystem::exists(flags.db)) {
    std::cerr << "whosaid digest: no store at " << flags.db
              << " (run `whosaid ingest` first)\n";
    return kExitFailure;
  }
  auto store = store::OpenSqliteStore(flags.db);
  if (!store.ok()) {
    std::cerr << "whosaid digest: " << store.status().message() << '\n';
    return kExitFailure;
  }
  DigestOptions options;
  options.period = *period;
  options.topic = flags.topic;
  options.actor = flags.actor;
  absl::StatusOr<Digest> digest = BuildDigest(**store, options);
  if (!digest.ok()) {
    std::cerr << "whosaid digest: " << digest.status().message() << '\n';
    return digest.status().code() == absl::StatusCode::kInvalidArgument
               ? kExitUsage
               : kExitFailure;
  }
  std::ostringstream text;
  if (flags.format == "html") {
    WriteDigestHtml(text, *digest);
  } else if (flags.format == "json") {
    WriteDigestJson(text, *digest);
  } else {
    WriteDigestMarkdown(text, *digest);
  }
  return WriteOut(flags, text.str());
}

}  // namespace whosaid::cli
