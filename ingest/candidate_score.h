// Internal to main-text extraction: Readability-style scoring of the
// elements DomPruner measured, and the choice of the container(s) that hold
// the article body.
//
// Not part of the public ingest interface: other folders use main_text.h.
// Stateless; thread-safe as long as each call has its own tree.

#ifndef WHOSAID_INGEST_CANDIDATE_SCORE_H_
#define WHOSAID_INGEST_CANDIDATE_SCORE_H_

#include <libxml/tree.h>

#include <vector>

#include "ingest/node_stats.h"

namespace whosaid::ingest {

// Readability's final score of a candidate: its gathered content score plus
// a bonus by tag (<div>, <article> +5; <pre>, <td>, <blockquote> +3; lists,
// <address>, <form> -3; headings, <th> -5) and by class/id (-25 for a
// boilerplate hint, +25 for one that names content), times one less its
// link density. REQUIRES: s.node is set (any record but the "no element"
// one).
double CandidateScore(const NodeStats& s);

// The body of the page measured in `stats` (DomPruner::stats): the element
// with the best CandidateScore among those with content and paragraph text,
// raised to an ancestor that scores about as well or adds mostly paragraph
// text (an article split over several wrappers), and then the siblings that
// belong with it (they score well, or are paragraphs), in document order.
// Empty when no element reads as a paragraph. The nodes belong to the tree.
std::vector<xmlNode*> PickReadability(const std::vector<NodeStats>& stats);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_CANDIDATE_SCORE_H_
