// Internal to main-text extraction: removes boilerplate from a parsed page
// and measures what is left, element by element, for the candidate scoring
// (candidate_score.h) to pick the body from.
//
// Not part of the public ingest interface: other folders use main_text.h.
// Thread-compatible: one pruner works on one tree at a time.

#ifndef WHOSAID_INGEST_DOM_PRUNER_H_
#define WHOSAID_INGEST_DOM_PRUNER_H_

#include <libxml/tree.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ingest/element_hints.h"
#include "ingest/node_stats.h"

namespace whosaid::ingest {

class DomPruner {
 public:
  DomPruner() = default;
  DomPruner(const DomPruner&) = delete;
  DomPruner& operator=(const DomPruner&) = delete;
  // Unlinked nodes are freed only now, so that pointers into them stay
  // valid (and detectably detached) while the caller picks a container.
  ~DomPruner();

  // Removes boilerplate from the tree under `root` and measures what is
  // left, in three passes:
  //  1. a measuring pass that drops scripts, hidden elements and structural
  //     boilerplate tags (IsDroppedTag, IsHidden);
  //  2. a top-down pass that drops lists of teasers (teaser_lists.h) and
  //     elements whose class/id hints say boilerplate (ClassifyHint),
  //     unless they hold much of the page's paragraph text or are an
  //     embedded social post;
  //  3. a second measuring pass over what remains, after which each
  //     element's cut_text/cut_link count what pass 2 removed beneath it.
  // Dropped nodes are unlinked from the tree but owned by the pruner until
  // it is destroyed. The pruner takes over the `_private` field of every
  // element under `root` (see IndexOf). Call once. REQUIRES: `root` is an
  // element of a tree that outlives the pruner.
  void Run(xmlNode* root);

  // After Run: one record per element left in the tree, found with
  // IndexOf(element); index 0 is the "no element" record. Valid until the
  // pruner is destroyed.
  const std::vector<NodeStats>& stats() const { return stats_; }
  // After Run: the elements left with itemprop="articleBody", and the
  // <article> elements left, in document order.
  const std::vector<xmlNode*>& microdata() const { return microdata_; }
  const std::vector<xmlNode*>& articles() const { return articles_; }

 private:
  struct Cut {
    xmlNode* parent;
    uint32_t text, link;
  };

  void Measure(xmlNode* root, bool drop_tags);
  void DropByHints(xmlNode* root);
  Hint CachedHint(const xmlNode* n);
  bool Enter(xmlNode* n);
  void Exit(xmlNode* n);

  std::vector<NodeStats> stats_;
  std::vector<Hint> hints_;
  std::vector<Cut> cuts_;
  absl::flat_hash_map<std::string, Hint> hint_cache_;
  std::string hint_buf_;
  std::vector<size_t> block_stack_;
  std::vector<xmlNode*> removed_;
  std::vector<xmlNode*> microdata_;
  std::vector<xmlNode*> articles_;
  int link_depth_ = 0;
  bool drop_tags_ = true;
};

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_DOM_PRUNER_H_
