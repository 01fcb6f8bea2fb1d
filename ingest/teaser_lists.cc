#include "ingest/teaser_lists.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/element_hints.h"
#include "ingest/html_dom.h"
#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

bool HasPicture(xmlNode* n) {
  bool found = false;
  WalkElements(n, [&found](xmlNode* e) {
    found = found || NodeName(e) == "img" || NodeName(e) == "picture";
    return !found;
  });
  return found;
}

bool IsEmbeddedPostAt(const xmlNode* n, int depth) {
  if (NodeName(n) == "blockquote") {
    const std::string cls = nlp::LowerAscii(AttrView(n, "class"));
    return HasAny(cls, {"twitter-tweet", "instagram-media", "tiktok-embed",
                        "bluesky-embed", "mastodon-embed"});
  }
  if (depth >= 3) return false;
  const xmlNode* only = nullptr;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || NodeName(c) == "script") continue;
    if (only) return false;
    only = c;
  }
  return only && IsEmbeddedPostAt(only, depth + 1);
}

}  // namespace

bool IsArticleList(const xmlNode* n, const std::vector<NodeStats>& stats) {
  const std::string_view name = NodeName(n);
  if (name == "body" || name == "html" || name == "main") return false;
  const uint32_t good = stats[IndexOf(n)].good;
  auto is_item = [&](const xmlNode* c) {
    return c->type == XML_ELEMENT_NODE && NodeName(c) == "article";
  };
  auto dominant = [&](const xmlNode* a) {
    return a->_private && stats[IndexOf(a)].good * 2 >= good;
  };
  int items = 0;
  for (const xmlNode* c = n->children; c; c = c->next) {
    const xmlNode* item = is_item(c) ? c : nullptr;
    for (const xmlNode* g = c->children; g && !item; g = g->next) {
      if (is_item(g)) item = g;
    }
    if (!item) continue;
    if (dominant(item)) return false;
    ++items;
  }
  return items >= 3;
}

bool IsCardList(const xmlNode* n, const std::vector<NodeStats>& stats) {
  const NodeStats& ns = stats[IndexOf(n)];
  std::string_view cls;
  int cards = 0;
  uint32_t card_text = 0;
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
    const NodeStats& cs = stats[IndexOf(c)];
    const std::string_view c_cls = AttrView(c, "class");
    if (c_cls.empty() || cs.link == 0 || cs.text >= 300 || !HasPicture(c)) {
      continue;
    }
    if (cards > 0 && c_cls != cls) return false;
    cls = c_cls;
    ++cards;
    card_text += cs.text;
  }
  return cards >= 3 && card_text * 10 >= ns.text * 6;
}

bool IsEmbeddedPost(const xmlNode* n) { return IsEmbeddedPostAt(n, 0); }

}  // namespace whosaid::ingest
