#include "ingest/candidate_score.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/element_hints.h"
#include "ingest/html_dom.h"

namespace whosaid::ingest {
namespace {

// The most CandidateScore adds to a content score (a <div> with a content
// hint), so that candidates that cannot win are not scored at all.
constexpr double kMaxCandidateBonus = 5 + 25;

}  // namespace

// Readability's final score of a candidate: its gathered content score,
// a bonus by tag and by class/id, less its link density.
double CandidateScore(const NodeStats& s) {
  const std::string_view name = NodeName(s.node);
  double bonus = 0;
  if (name == "div" || name == "article") bonus = 5;
  if (name == "pre" || name == "td" || name == "blockquote") bonus = 3;
  if (name == "address" || name == "ol" || name == "ul" || name == "dl" ||
      name == "dd" || name == "dt" || name == "li" || name == "form") {
    bonus = -3;
  }
  if (IsHeading(name) || name == "th") bonus = -5;
  const std::string hint = LowerHint(s.node);
  if (!hint.empty()) {
    const Hint raw = ClassifyHintRaw(hint);
    if (raw != Hint::kNone && raw != Hint::kWeak) bonus -= 25;
    if (HasAny(hint, {"article", "body", "content", "entry", "main", "post",
                      "text", "blog", "story"})) {
      bonus += 25;
    }
  }
  const double link_density = s.text ? static_cast<double>(s.link) / s.text : 0;
  return (s.content + bonus) * (1 - link_density);
}

// The top candidate and the siblings that belong with it, in order.
std::vector<xmlNode*> PickReadability(const std::vector<NodeStats>& stats) {
  size_t top = 0;
  double top_score = 0;
  for (size_t i = 1; i < stats.size(); ++i) {
    if (stats[i].content <= 0 || stats[i].good == 0) continue;
    if (top != 0 && stats[i].content + kMaxCandidateBonus <= top_score) {
      continue;
    }
    const double score = CandidateScore(stats[i]);
    if (top == 0 || score > top_score) {
      top = i;
      top_score = score;
    }
  }
  if (top == 0) return {};
  xmlNode* node = stats[top].node;
  // A parent that scores about as well holds more of the article.
  for (int up = 0; up < 3; ++up) {
    xmlNode* p = node->parent;
    if (!p || p->type != XML_ELEMENT_NODE || !p->_private) break;
    const NodeStats& ps = stats[IndexOf(p)];
    if (NodeName(p) == "body" || CandidateScore(ps) < top_score * 0.95) break;
    node = p;
  }
  // Articles split over several wrappers (one per paragraph, or a body
  // interrupted by ad slots): climb while an ancestor adds mostly paragraph
  // text.
  xmlNode* cur = node;
  for (int up = 0; up < 6; ++up) {
    xmlNode* p = cur->parent;
    if (!p || p->type != XML_ELEMENT_NODE || !p->_private ||
        NodeName(p) == "body") {
      break;
    }
    cur = p;
    const NodeStats& ns = stats[IndexOf(node)];
    const NodeStats& ps = stats[IndexOf(p)];
    const double more_good = static_cast<double>(ps.good) - ns.good;
    const double more_junk =
        static_cast<double>(ps.text - ps.good) - (ns.text - ns.good);
    if (more_good == 0 && more_junk <= 0) continue;  // a plain wrapper
    if (more_good < 0.2 * ns.good || more_junk > 0.5 * more_good) break;
    // Teasers beside the article: their excerpts read as paragraphs, but
    // their headlines are links, counted even when the hints removed them
    // and left the excerpts behind.
    const double more_text =
        static_cast<double>(ps.text + ps.cut_text) - (ns.text + ns.cut_text);
    const double more_link =
        static_cast<double>(ps.link + ps.cut_link) - (ns.link + ns.cut_link);
    if (more_link > 0.25 * more_text) break;
    node = p;
    up = 0;
  }
  xmlNode* parent = node->parent;
  if (!parent || parent->type != XML_ELEMENT_NODE || NodeName(node) == "body") {
    return {node};
  }
  const double threshold = std::max(10.0, top_score * 0.2);
  std::vector<xmlNode*> picked;
  for (xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
    if (c == node) {
      picked.push_back(c);
      continue;
    }
    const NodeStats& cs = stats[IndexOf(c)];
    const double ld = cs.text ? static_cast<double>(cs.link) / cs.text : 0;
    bool take = cs.content > 0 && CandidateScore(cs) >= threshold;
    if (!take && NodeName(c) == "p") {
      take = (cs.text >= 80 && ld < 0.25) ||
             (cs.text > 0 && cs.text < 80 && cs.link == 0 && cs.own_text > 0);
    }
    if (take) picked.push_back(c);
  }
  return picked;
}

}  // namespace whosaid::ingest
