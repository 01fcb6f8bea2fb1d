#include "nlp/embedded_posts.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

// A signature is a short line: a dash, a name, a handle and a date.
constexpr size_t kLongestSignature = 200;
// Block quotes before a signature that may belong to its post.
constexpr size_t kMostPostParagraphs = 6;

bool IsHandleByte(char c) {
  return IsAsciiAlnum(static_cast<unsigned char>(c)) || c == '_';
}

// The display name of signature paragraph `p` ("— NAME (@handle) DATE"),
// or an empty span when `p` is none. Trailing symbols of the name
// ("Dianna E. Anderson 🏳️‍🌈") are dropped.
Span SignatureName(std::string_view text, Span p) {
  if (p.size() > kLongestSignature) return {};
  const std::string_view line = text.substr(p.start, p.size());
  size_t at = 0;
  if (line.starts_with("\u2014 ") || line.starts_with("\u2013 ")) {
    at = 4;
  } else if (line.starts_with("- ")) {
    at = 2;
  } else {
    return {};
  }
  const size_t open = line.find(" (@", at);
  if (open == std::string_view::npos) return {};
  size_t h = open + 3;
  const size_t handle = h;
  while (h < line.size() && IsHandleByte(line[h])) ++h;
  if (h == handle || h - handle > 15 || h >= line.size() || line[h] != ')') {
    return {};
  }
  // Only a date may follow: no sentence of its own.
  const std::string_view after = line.substr(h + 1);
  if (after.find_first_of(".!?") != std::string_view::npos ||
      after.size() > 40) {
    return {};
  }
  // Back one whole character at a time to a letter or a full stop.
  size_t end = open;
  while (end > at) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(line.data()),
            static_cast<int32_t>(at), i, c);
    if (c == '.' || (c >= 0 && u_isalpha(c))) break;
    end = static_cast<size_t>(i);
  }
  if (end == at) return {};
  return {p.start + at, p.start + end};
}

// Paragraph `p` without a trailing picture or short link, or an empty span
// when nothing else is left.
Span WithoutTrailingLinks(std::string_view text, Span p) {
  for (;;) {
    while (p.end > p.start && text[p.end - 1] == ' ') --p.end;
    const std::string_view words = text.substr(p.start, p.size());
    size_t cut = std::string_view::npos;
    for (std::string_view link : {"pic.twitter.com/", "https://t.co/",
                                  "http://t.co/"}) {
      const size_t found = words.rfind(link);
      // A link in the last word: nothing but its own bytes after it.
      if (found != std::string_view::npos &&
          words.find(' ', found) == std::string_view::npos &&
          (cut == std::string_view::npos || found < cut)) {
        cut = found;
      }
    }
    if (cut == std::string_view::npos) return p;
    p.end = p.start + cut;
  }
}

}  // namespace

std::vector<EmbeddedPost> FindEmbeddedPosts(std::string_view text,
                                            const std::vector<Span>& paragraphs,
                                            const std::vector<Block>& blocks) {
  std::vector<EmbeddedPost> posts;
  const bool know_blocks = blocks.size() == paragraphs.size();
  for (size_t s = 1; s < paragraphs.size(); ++s) {
    const Span p = paragraphs[s];
    // Most paragraphs open with no dash: one byte settles them.
    const char first = text[p.start];
    if (first != '\xE2' && first != '-') continue;
    const Span name = SignatureName(text, p);
    if (name.empty()) continue;
    EmbeddedPost post;
    post.name = name;
    // The block quotes right before it, back to the story's own paragraphs
    // or another post's signature.
    size_t from = s - 1;
    if (know_blocks && blocks[s].kind == BlockKind::kBlockQuote) {
      // A paragraph of the story is no post's.
      if (blocks[from].kind != BlockKind::kBlockQuote) continue;
      while (from > 0 && s - from < kMostPostParagraphs &&
             blocks[from - 1].kind == BlockKind::kBlockQuote &&
             SignatureName(text, paragraphs[from - 1]).empty()) {
        --from;
      }
    }
    for (size_t q = from; q < s; ++q) {
      const Span words = WithoutTrailingLinks(text, paragraphs[q]);
      if (!words.empty()) post.paragraphs.push_back(words);
    }
    if (!post.paragraphs.empty()) posts.push_back(std::move(post));
  }
  return posts;
}

}  // namespace whosaid::nlp
