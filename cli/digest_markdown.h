// The digest as Markdown (CommonMark with GitHub tables), for mail and
// chat. Every web-sourced string is escaped so that it renders as the text
// it is; only http(s) URLs become links. Thread-compatible.

#ifndef WHOSAID_CLI_DIGEST_MARKDOWN_H_
#define WHOSAID_CLI_DIGEST_MARKDOWN_H_

#include <ostream>

#include "cli/digest_model.h"

namespace whosaid::cli {

// Writes `digest` as one Markdown document: summary, what moved, actors,
// sources, coverage.
void WriteDigestMarkdown(std::ostream& out, const Digest& digest);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_MARKDOWN_H_
