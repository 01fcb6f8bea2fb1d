// Internal to main-text extraction: the diagnostics for whoever tunes the
// extractor, switched on by one environment variable, read here and nowhere
// else.
//
//   WHOSAID_DEBUG_MAIN  when set (to anything), ExtractMainText writes to
//       stderr every element the hint pass drops ("hint-drop ..."), the six
//       best-scoring candidates, and the container(s) it chose
//       ("chosen[method] ..."). The extracted text does not change.
//
// Not part of the public ingest interface: other folders use main_text.h.
// The environment is read on every call (nothing is cached). Thread-safe as
// long as nobody changes the environment meanwhile (see getenv).

#ifndef WHOSAID_INGEST_MAIN_TEXT_DEBUG_H_
#define WHOSAID_INGEST_MAIN_TEXT_DEBUG_H_

#include <libxml/tree.h>

#include <string_view>
#include <vector>

#include "ingest/node_stats.h"

namespace whosaid::ingest {

// Whether WHOSAID_DEBUG_MAIN is set.
bool MainTextDebug();

// The diagnostics; each writes to stderr whether or not MainTextDebug() is
// true, so callers check it first.
//
// One line for element `n`, which the hint pass drops, measured as `s`:
// tag.class#id, paragraph and total bytes, and the start of its text.
void DebugHintDrop(const xmlNode* n, const NodeStats& s);
// The six elements of `stats` with the best CandidateScore, best first,
// with their figures and their path from the root.
void DebugCandidates(const std::vector<NodeStats>& stats);
// One line per chosen container, naming the `method` that chose it.
void DebugChosen(const std::vector<xmlNode*>& chosen, std::string_view method,
                 const std::vector<NodeStats>& stats);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_MAIN_TEXT_DEBUG_H_
