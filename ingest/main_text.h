// The article body of a parsed HTML page: navigation, menus, cookie banners,
// share blocks, related-story lists, ads, captions, pull quotes, comments and
// scripts are left out; paragraphs stay paragraphs and headings, block quotes
// and list items are marked.
//
// Signals, most trusted first: an element with microdata
// itemprop="articleBody", an <article>, then the element whose blocks hold
// the most paragraph text for the least other text (text density and link
// density of blocks, with class/id hints). JSON-LD articleBody is weighed by
// the caller (see html_extractor.h), which knows it.
//
// Teaser lists are recognised by their shape as well as by their class
// names: three or more <article>s side by side, or a row of same-class cards
// each with a picture and a link; and the body never grows into a wrapper
// whose extra text is a quarter links (counting the links the hints
// removed).
//
// The work is split over internal headers that other folders do not
// include: element_hints.h (what tags and class/id hints say),
// dom_pruner.h with node_stats.h and teaser_lists.h (removing boilerplate
// and measuring the rest), candidate_score.h (choosing the container),
// block_emitter.h and main_text_cleanup.h (writing and tidying the blocks),
// and main_text_debug.h (diagnostics on stderr when the WHOSAID_DEBUG_MAIN
// environment variable is set, for tuning only; the text does not change).
//
// Stateless; thread-safe as long as each call has its own tree.

#ifndef WHOSAID_INGEST_MAIN_TEXT_H_
#define WHOSAID_INGEST_MAIN_TEXT_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/document.h"

namespace whosaid::ingest {

struct MainText {
  std::string text;                // blocks joined by "\n\n"
  std::vector<nlp::Block> blocks;  // spans into `text`
  // Which signal chose the body: "microdata", "article", "density", or
  // "short" (no block read as a paragraph: what pruning left of <body>);
  // "all" from AllBlocks, "json-ld" from MainTextFromPlain.
  std::string method;
};

// Extracts the body from `doc`, which it prunes in place (the tree is not
// usable for metadata afterwards). A heading equal to `title` near the start
// is dropped with the kicker above it. A transcript's speaker label set as a
// block of its own ("MS. LIN:") starts the paragraph that follows it. Returns
// empty text when the page has none.
MainText ExtractMainText(xmlDoc* doc, std::string_view title);

// Every block of `doc`'s body in order, without choosing a container and
// without dropping boilerplate (only scripts, styles and comments): for
// HTML fragments such as feed summaries and social posts.
MainText AllBlocks(xmlDoc* doc);

// Splits plain text (e.g. a JSON-LD articleBody, possibly holding simple
// markup) into the same form: paragraphs on blank lines or line breaks.
MainText MainTextFromPlain(std::string_view text);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_MAIN_TEXT_H_
