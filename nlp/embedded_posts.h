// Posts embedded in a page: a social post that a news page shows as a block
// quote, its text followed by the platform's signature line
//
//   I urge all Delhiites to use them whenever needed pic.twitter.com/abc
//   — Arvind Kejriwal (@ArvindKejriwal) November 1, 2019
//
// are the account's own words, as direct as a quotation. FindEmbeddedPosts
// finds each signature paragraph ("— NAME (@handle)", a date or nothing
// after it) and the paragraphs of the post before it: the block quotes
// right before the signature when the page's blocks are known (up to six),
// else the one paragraph before it. A trailing picture or short link
// ("pic.twitter.com/...", "https://t.co/...") is no part of the words.
// Pure function; thread-safe.

#ifndef WHOSAID_NLP_EMBEDDED_POSTS_H_
#define WHOSAID_NLP_EMBEDDED_POSTS_H_

#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/document.h"

namespace whosaid::nlp {

struct EmbeddedPost {
  std::vector<Span> paragraphs;  // the post's words, one span per paragraph
  Span name;                     // the display name in the signature
};

// `paragraphs` are the paragraphs of `text` (Segmentation::paragraphs);
// `blocks` the document's blocks, used only when there is one per
// paragraph (else each post is the one paragraph before its signature).
std::vector<EmbeddedPost> FindEmbeddedPosts(std::string_view text,
                                            const std::vector<Span>& paragraphs,
                                            const std::vector<Block>& blocks);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_EMBEDDED_POSTS_H_
