// Posts a page embeds (nlp/embedded_posts.h): the signature line, the
// post's paragraphs before it, and the links that are no part of its words.

#include "nlp/embedded_posts.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/segmenter.h"

namespace whosaid::nlp {
namespace {

struct Found {
  std::vector<std::string> paragraphs;
  std::string name;
};

// The posts of `text`, with one block per paragraph of the kinds given
// ('p' paragraph, 'q' block quote), or no blocks when `kinds` is empty.
std::vector<Found> Posts(const std::string& text, std::string_view kinds = "") {
  const Segmentation seg = Segment(text);
  std::vector<Block> blocks;
  for (size_t i = 0; i < kinds.size() && i < seg.paragraphs.size(); ++i) {
    blocks.push_back({seg.paragraphs[i], kinds[i] == 'q'
                                             ? BlockKind::kBlockQuote
                                             : BlockKind::kParagraph});
  }
  std::vector<Found> out;
  for (const EmbeddedPost& p : FindEmbeddedPosts(text, seg.paragraphs, blocks)) {
    Found f;
    for (const Span& s : p.paragraphs) {
      f.paragraphs.push_back(text.substr(s.start, s.size()));
    }
    f.name = text.substr(p.name.start, p.name.size());
    out.push_back(f);
  }
  return out;
}

TEST(EmbeddedPosts, OneParagraphWithoutBlocks) {
  const auto posts = Posts(
      "The envoy wrote on her account.\n\n"
      "Commitments we can count. pic.twitter.com/Qx7Lm2Rt9a\n\n"
      "\u2014 Trade Envoy Dana Whitlock (@EnvoyWhitlock) March 27, 2026\n\n"
      "Talks resume on Monday.");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].name, "Trade Envoy Dana Whitlock");
  ASSERT_EQ(posts[0].paragraphs.size(), 1u);
  EXPECT_EQ(posts[0].paragraphs[0], "Commitments we can count.");
}

TEST(EmbeddedPosts, BlockQuotesBeforeTheSignature) {
  const auto posts = Posts(
      "The minister posted twice.\n\n"
      "We are distributing masks today.\n\n"
      "I urge everyone to wear them https://t.co/abcDEF12\n\n"
      "\u2014 Ana Ruiz (@AnaRuiz) November 1, 2019\n\n"
      "Second post.\n\n"
      "\u2014 Ana Ruiz (@AnaRuiz) November 2, 2019",
      "pqqqqq");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].paragraphs,
            (std::vector<std::string>{"We are distributing masks today.",
                                      "I urge everyone to wear them"}));
  // The second post stops at the first one's signature.
  EXPECT_EQ(posts[1].paragraphs, (std::vector<std::string>{"Second post."}));
}

TEST(EmbeddedPosts, NameWithoutTrailingSymbols) {
  const auto posts = Posts(
      "Yes this is real.\n\n"
      "\u2014 Dana E. Vale \U0001F308 (@danavale) November 18, 2019");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].name, "Dana E. Vale");
}

TEST(EmbeddedPosts, NotASignature) {
  // No handle; a sentence after the handle; a handle too long; a link
  // that is all there is.
  EXPECT_TRUE(Posts("Words.\n\n\u2014 Dana Whitlock, March 27, 2026").empty());
  EXPECT_TRUE(
      Posts("Words.\n\n\u2014 Dana Whitlock (@EnvoyWhitlock) said it. Twice.")
          .empty());
  EXPECT_TRUE(
      Posts("Words.\n\n\u2014 Dana Whitlock (@AHandleLongerThanFifteen) 2026")
          .empty());
  EXPECT_TRUE(Posts("pic.twitter.com/Qx7Lm2Rt9a\n\n"
                    "\u2014 Dana Whitlock (@EnvoyWhitlock) March 27, 2026")
                  .empty());
  // A paragraph of the story before a block-quoted signature is no post's.
  EXPECT_TRUE(Posts("The story goes on.\n\n"
                    "\u2014 Dana Whitlock (@EnvoyWhitlock) March 27, 2026",
                    "pq")
                  .empty());
}

}  // namespace
}  // namespace whosaid::nlp
