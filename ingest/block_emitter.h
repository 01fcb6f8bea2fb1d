// Internal to main-text extraction: turns the chosen elements of a pruned
// tree into MainText blocks (paragraphs, headings, block quotes, list items,
// preformatted text), one block per run of inline content.
//
// Not part of the public ingest interface: other folders use main_text.h.
// Thread-compatible: one emitter writes one MainText.

#ifndef WHOSAID_INGEST_BLOCK_EMITTER_H_
#define WHOSAID_INGEST_BLOCK_EMITTER_H_

#include <libxml/tree.h>

#include <cstddef>
#include <string>

#include "ingest/main_text.h"

namespace whosaid::ingest {

class BlockEmitter {
 public:
  // Appends to `out`, which must outlive the emitter. With `filter`, blocks
  // that are mostly link text and boilerplate lines (IsBoilerplateLine:
  // "Advertisement") are left out. `out.method` is not touched.
  explicit BlockEmitter(MainText& out, bool filter = true)
      : out_(out), filter_(filter) {}

  // Emits the blocks under and including `root`: text is whitespace-collapsed
  // and trimmed, blocks are joined by "\n\n" with a span each. A block's
  // kind is heading inside h1-h6, else block quote inside <blockquote>,
  // else pre inside <pre>, else list item inside <li>, <dd> or <dt>, else
  // paragraph. Call once per chosen node, then Finish.
  void Run(xmlNode* root);
  void Finish() { Flush(); }

 private:
  bool Enter(xmlNode* n);
  void Exit(xmlNode* n);
  void Flush();

  MainText& out_;
  const bool filter_;
  std::string para_;
  size_t link_bytes_ = 0;
  int link_depth_ = 0;
  int heading_ = 0;
  int quote_ = 0;
  int item_ = 0;
  int pre_ = 0;
};

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_BLOCK_EMITTER_H_
