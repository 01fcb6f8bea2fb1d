#include "ingest/dom_pruner.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "ingest/html_dom.h"
#include "ingest/main_text_debug.h"
#include "ingest/teaser_lists.h"

namespace whosaid::ingest {
namespace {

uint32_t NonBlank(const xmlChar* s, uint32_t* commas) {
  uint32_t n = 0;
  for (; *s; ++s) {
    if (!std::isspace(*s)) ++n;
    if (*s == ',') ++*commas;
  }
  return n;
}

}  // namespace

DomPruner::~DomPruner() {
  for (xmlNode* n : removed_) xmlFreeNode(n);
}

void DomPruner::Run(xmlNode* root) {
  Measure(root, /*drop_tags=*/true);
  DropByHints(root);
  Measure(root, /*drop_tags=*/false);
  for (const Cut& c : cuts_) {
    for (xmlNode* a = c.parent; a && a->type == XML_ELEMENT_NODE;
         a = a->parent) {
      if (!a->_private) break;
      NodeStats& s = stats_[IndexOf(a)];
      s.cut_text += c.text;
      s.cut_link += c.link;
      if (a == root) break;
    }
  }
}

void DomPruner::Measure(xmlNode* root, bool drop_tags) {
  drop_tags_ = drop_tags;
  stats_.clear();
  hints_.clear();
  microdata_.clear();
  articles_.clear();
  block_stack_.assign(1, 0);
  link_depth_ = 0;
  stats_.push_back({});  // index 0: "no element"
  hints_.push_back(Hint::kNone);
  const size_t first_removed = removed_.size();
  Traverse(
      root, [this](xmlNode* n) { return Enter(n); },
      [this](xmlNode* n) { Exit(n); });
  for (size_t i = first_removed; i < removed_.size(); ++i) {
    xmlUnlinkNode(removed_[i]);
  }
}

void DomPruner::DropByHints(xmlNode* root) {
  const double total = root->_private ? stats_[IndexOf(root)].good : 0;
  std::vector<xmlNode*> drop;
  WalkElements(root, [&](xmlNode* n) {
    if (!n->_private) return false;
    const size_t i = IndexOf(n);
    const NodeStats& s = stats_[i];
    const Hint h = hints_[i];
    const std::string_view name = NodeName(n);
    if ((articles_.size() >= 3 && IsArticleList(n, stats_)) ||
        IsCardList(n, stats_)) {
      drop.push_back(n);
      return false;
    }
    if (h == Hint::kNone && name != "header" && name != "form") return true;
    if (IsEmbeddedPost(n)) return true;
    const bool link_dense = s.link * 2 > s.text;
    const bool major = s.good >= 0.3 * total && s.good >= 400;
    bool out = false;
    switch (h) {
      case Hint::kAlways:
        out = !major;
        break;
      case Hint::kStrong:
        out = s.good < 200 || link_dense;
        break;
      // A weak box without links that holds a sentence is more likely a
      // paragraph in a "card" than an info box.
      case Hint::kWeak:
        out = (s.good < 100 && (s.link > 0 || s.good < 40)) || link_dense;
        break;
      default:  // <header> and <form>
        out = s.good < 100;
        break;
    }
    if (HasAny(LowerHint(n), {"comment", "disqus"}) && s.good < 0.6 * total) {
      out = true;
    }
    if (!out) return true;
    if (MainTextDebug()) DebugHintDrop(n, s);
    drop.push_back(n);
    return false;
  });
  for (xmlNode* n : drop) {
    const NodeStats& s = stats_[IndexOf(n)];
    cuts_.push_back({n->parent, s.text, s.link});
    xmlUnlinkNode(n);
    removed_.push_back(n);
  }
}

// Pages repeat a handful of class strings over hundreds of elements;
// each is classified once.
Hint DomPruner::CachedHint(const xmlNode* n) {
  LowerHintInto(n, hint_buf_);
  const auto it = hint_cache_.find(hint_buf_);
  if (it != hint_cache_.end()) return it->second;
  const Hint h = ClassifyHint(hint_buf_);
  hint_cache_.emplace(hint_buf_, h);
  return h;
}

bool DomPruner::Enter(xmlNode* n) {
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (!n->content) return false;
    NodeStats& b = stats_[block_stack_.back()];
    const uint32_t len = NonBlank(n->content, &b.own_commas);
    b.own_text += len;
    if (link_depth_ > 0) b.own_link += len;
    return false;
  }
  if (n->type != XML_ELEMENT_NODE) return false;
  n->_private = nullptr;
  const std::string_view name = NodeName(n);
  if (drop_tags_ && (IsDroppedTag(name) || IsHidden(n))) {
    removed_.push_back(n);
    return false;
  }
  stats_.push_back({});
  stats_.back().node = n;
  n->_private = reinterpret_cast<void*>(stats_.size() - 1);
  // Hints matter only to DropByHints, after the first pass.
  const bool exempt = !drop_tags_ || name == "body" || name == "html" ||
                      name == "main" || name == "article" || (!n->properties);
  hints_.push_back(exempt ? Hint::kNone : CachedHint(n));
  if (AttrView(n, "itemprop") == "articleBody") microdata_.push_back(n);
  if (name == "article") articles_.push_back(n);
  if (name == "a") ++link_depth_;
  if (!IsInlineTag(name)) {
    stats_[block_stack_.back()].has_blocks = true;
    block_stack_.push_back(stats_.size() - 1);
  }
  return true;
}

void DomPruner::Exit(xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE || !n->_private) return;
  const std::string_view name = NodeName(n);
  if (name == "a") --link_depth_;
  NodeStats& s = stats_[IndexOf(n)];
  if (!IsInlineTag(name)) {
    block_stack_.pop_back();
    const uint32_t min_len = name == "p" ? 20 : 60;
    if (s.own_text >= min_len && s.own_link * 10 < s.own_text * 4 &&
        !IsHeading(name)) {
      s.good += s.own_text - s.own_link;
    }
    s.text += s.own_text;
    s.link += s.own_link;
    if (s.own_text >= s.own_link + 25 && s.own_link * 2 < s.own_text &&
        !IsHeading(name)) {
      // Readability: a paragraph scores for its parent, half for its
      // grandparent, less for older ancestors. Text set straight into an
      // element beside block children (text, <br>s, then a <div>) is a
      // paragraph of that element, which therefore counts as its parent.
      const double score = 1 + s.own_commas + std::min(s.own_text / 100.0, 3.0);
      int level = 0;
      xmlNode* first = s.has_blocks ? n : n->parent;
      for (xmlNode* a = first; a && level < 5; a = a->parent, ++level) {
        if (a->type != XML_ELEMENT_NODE || !a->_private) break;
        const double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        stats_[IndexOf(a)].content += score / div;
      }
    }
  }
  xmlNode* p = n->parent;
  if (p && p->type == XML_ELEMENT_NODE && p->_private) {
    NodeStats& ps = stats_[IndexOf(p)];
    ps.text += s.text;
    ps.link += s.link;
    ps.good += s.good;
  }
}

}  // namespace whosaid::ingest
