// Internal to main-text extraction: rules that judge a box by its shape
// rather than by its class names. Lists of teasers (links to other stories)
// are boilerplate whatever they are called; a social post quoted in the
// article is body text whatever its wrapper is called.
//
// Not part of the public ingest interface: other folders use main_text.h.
// Stateless; thread-safe as long as each call has its own tree.

#ifndef WHOSAID_INGEST_TEASER_LISTS_H_
#define WHOSAID_INGEST_TEASER_LISTS_H_

#include <libxml/tree.h>

#include <vector>

#include "ingest/node_stats.h"

namespace whosaid::ingest {

// A list of teasers: three or more children of `n` that are, or wrap, an
// <article> (<ul><li><article>...), none of which holds half of the
// paragraph text of `n`. One article with its sections, or a page that is
// one article among short boxes, is not a list; nor is <body>, <html> or
// <main>. REQUIRES: `n` and its elements are measured in `stats` (see
// IndexOf).
bool IsArticleList(const xmlNode* n, const std::vector<NodeStats>& stats);

// Teaser cards: three or more children of `n` sharing a class, each a short
// box (under 300 non-blank bytes) holding a link and a picture, that make up
// most (six tenths) of the text of `n`. (Paragraphs that share a class and
// carry a link have no picture in them.) Children not measured in `stats`
// are ignored. REQUIRES: `n` is measured in `stats`.
bool IsCardList(const xmlNode* n, const std::vector<NodeStats>& stats);

// A social post quoted in the article (<blockquote class="twitter-tweet">
// and its kin), or a box that wraps one, up to three wrappers deep, each
// holding nothing but the next (scripts aside): what someone said, so body
// text whatever its wrapper's class says.
bool IsEmbeddedPost(const xmlNode* n);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_TEASER_LISTS_H_
