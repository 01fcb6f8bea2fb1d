// Small helpers over libxml2's HTML tree shared by the metadata and main-text
// extractors: parsing with limits, names, attributes, text, and an iterative
// walk that cannot overflow the stack on deeply nested pages.
//
// Stateless; thread-safe (libxml2 is initialised once by ParseHtml).

#ifndef WHOSAID_INGEST_HTML_DOM_H_
#define WHOSAID_INGEST_HTML_DOM_H_

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace whosaid::ingest {

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using HtmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses UTF-8 `html` leniently (recovering from any damage, no network),
// with HTML5's named references as well as HTML 4's (html_entities.h).
// Elements nested deeper than `max_depth` are cut off; `*cut` (optional)
// receives how many subtrees were dropped. Returns null when libxml2 found
// no root element at all.
HtmlDocPtr ParseHtml(std::string_view html, int max_depth = 1000,
                     size_t* cut = nullptr);

// The element's name ("" for text nodes), lower case as libxml2 gives it.
inline std::string_view NodeName(const xmlNode* n) {
  return n->name ? reinterpret_cast<const char*>(n->name) : "";
}

inline bool IsElement(const xmlNode* n) {
  return n && n->type == XML_ELEMENT_NODE;
}

// The value of attribute `name` without copying when the parser stored it as
// one text node (the usual case); "" when absent. Valid while the tree lives.
std::string_view AttrView(const xmlNode* n, std::string_view name);

// The text under `n`, whitespace collapsed to single spaces and trimmed.
// Stops after `max_bytes`.
std::string NodeText(const xmlNode* n, size_t max_bytes = 1 << 20);

// Appends `text` to `out` with runs of whitespace (and no-break spaces)
// collapsed to one space; never starts `out` with a space.
void AppendCollapsed(std::string& out, std::string_view text);

// Trims ASCII whitespace and no-break spaces from both ends.
std::string_view TrimText(std::string_view s);

// Visits the elements under `root` (not `root` itself) in document order
// without recursion. `visit(node)` returns false to skip a node's children.
template <typename Visit>
void WalkElements(xmlNode* root, Visit&& visit) {
  xmlNode* n = root ? root->children : nullptr;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE) descend = visit(n);
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
}

// Visits every node (elements, text, comments) under and including `root`
// in document order without recursion. enter(n) returns whether to descend
// into n's children; exit(n) runs for every node enter() saw, after its
// children when it was descended into. The callbacks must not unlink nodes
// (collect them and unlink after the walk).
template <typename Enter, typename Exit>
void Traverse(xmlNode* root, Enter&& enter, Exit&& exit) {
  if (!enter(root) || !root->children) {
    exit(root);
    return;
  }
  xmlNode* n = root->children;
  for (;;) {
    if (enter(n) && n->children) {
      n = n->children;
      continue;
    }
    exit(n);
    while (!n->next) {
      n = n->parent;
      exit(n);
      if (n == root) return;
    }
    n = n->next;
  }
}

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_HTML_DOM_H_
