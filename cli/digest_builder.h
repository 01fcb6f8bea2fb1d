// Gathers one digest from the store: the documents, quotes and claims of a
// period, grouped per source and per actor, what moved, two day-by-day
// charts, and the coverage gaps of configured sources.
//
// Only reads the store, through its public queries. Not thread-safe (the
// Store is not).

#ifndef WHOSAID_CLI_DIGEST_BUILDER_H_
#define WHOSAID_CLI_DIGEST_BUILDER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "cli/digest_model.h"
#include "cli/digest_period.h"
#include "store/store.h"

namespace whosaid::cli {

struct DigestOptions {
  DigestPeriod period;
  std::string topic;  // only quotes and claims on this topic; empty: all
  std::string actor;  // only this speaker or holder; empty: all
  size_t chart_keys = 8;  // rows per chart; the rest are counted as others
  size_t top_topics = 8;  // entries of the most-covered list
  size_t max_chart_days = 62;  // longer periods chart the days up to their last data
};

// The digest of `options.period`. With a topic or actor filter, the sources
// list only the documents that carry a quote or claim shown. Returns the
// store's error when a query fails (InvalidArgument for a bad filter).
absl::StatusOr<Digest> BuildDigest(store::Store& store,
                                   const DigestOptions& options);

}  // namespace whosaid::cli

#endif  // WHOSAID_CLI_DIGEST_BUILDER_H_
