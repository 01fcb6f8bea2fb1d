// Internal to main-text extraction: what DomPruner's measuring pass records
// about one element, read by the teaser rules, the candidate scoring and the
// diagnostics.
//
// Not part of the public ingest interface: other folders use main_text.h.
// Plain data; thread-compatible.

#ifndef WHOSAID_INGEST_NODE_STATS_H_
#define WHOSAID_INGEST_NODE_STATS_H_

#include <libxml/tree.h>

#include <cstddef>
#include <cstdint>

namespace whosaid::ingest {

// Byte counts count non-blank bytes. A "block" is an element that is not
// inline (IsInlineTag); text belongs to its nearest enclosing block.
struct NodeStats {
  uint32_t text = 0;      // non-blank bytes in the subtree
  uint32_t link = 0;      // of which inside links
  uint32_t good = 0;      // of which in blocks that read as paragraphs
  uint32_t own_text = 0;  // non-blank bytes whose nearest block is this one
  uint32_t own_link = 0;
  uint32_t own_commas = 0;
  // Text and link bytes of the boilerplate the hint pass removed from the
  // subtree: evidence of what surrounded the paragraphs that are left.
  uint32_t cut_text = 0;
  uint32_t cut_link = 0;
  bool has_blocks = false;  // some block element has this one as its nearest
  double content = 0;       // Readability's content score gathered from blocks
  xmlNode* node = nullptr;
};

// The index of element `n`'s record in DomPruner::stats(), which the
// measuring pass keeps in n->_private. Meaningful for elements still in the
// tree after DomPruner::Run; 0 (the "no element" record) for those the first
// pass dropped by their tag or because they were hidden.
inline size_t IndexOf(const xmlNode* n) {
  return reinterpret_cast<size_t>(n->_private);
}

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_NODE_STATS_H_
