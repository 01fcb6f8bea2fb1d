#include "ingest/html_dom.h"

#include <mutex>
#include <optional>
#include <vector>

#include "ingest/html_entities.h"

namespace whosaid::ingest {
namespace {

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Drops subtrees deeper than `max_depth`, iteratively.
size_t CutDeep(xmlNode* root, int max_depth) {
  size_t cut = 0;
  int depth = 0;
  xmlNode* n = root;
  while (n) {
    if (n->children && depth >= max_depth) {
      xmlNode* kids = n->children;
      n->children = nullptr;
      n->last = nullptr;
      for (xmlNode* k = kids; k; k = k->next) k->parent = nullptr;
      xmlFreeNodeList(kids);
      ++cut;
    }
    if (n->children) {
      n = n->children;
      ++depth;
      continue;
    }
    while (n && n != root && !n->next) {
      n = n->parent;
      --depth;
    }
    if (!n || n == root) break;
    n = n->next;
  }
  return cut;
}

}  // namespace

HtmlDocPtr ParseHtml(std::string_view html, int max_depth, size_t* cut) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  // libxml2 knows the HTML 4 entities only; HTML5's ("&rcaron;") are
  // handed to it as numeric references.
  const std::optional<std::string> spelled = SpellOutHtml5Entities(html);
  if (spelled) html = *spelled;
  HtmlDocPtr doc(htmlReadMemory(
      html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
          HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT |
          // Without it libxml2 stops at 256 levels and silently drops the
          // rest of the page; CutDeep applies our own depth cap instead.
          XML_PARSE_HUGE));
  if (!doc || !xmlDocGetRootElement(doc.get())) return nullptr;
  const size_t n = CutDeep(reinterpret_cast<xmlNode*>(doc.get()), max_depth);
  if (cut) *cut = n;
  return doc;
}

std::string_view AttrView(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (!a->name || name != reinterpret_cast<const char*>(a->name)) continue;
    const xmlNode* v = a->children;
    if (v && !v->next && v->type == XML_TEXT_NODE && v->content) {
      return reinterpret_cast<const char*>(v->content);
    }
    return "";
  }
  return "";
}

void AppendCollapsed(std::string& out, std::string_view text) {
  bool space = !out.empty() && IsSpace(out.back());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    // U+00A0 (no-break space) is layout, not content: it collapses too.
    const bool nbsp = c == 0xC2 && i + 1 < text.size() &&
                      static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (IsSpace(c) || nbsp) {
      if (nbsp) ++i;
      if (!space && !out.empty()) out += ' ';
      space = true;
    } else {
      out += static_cast<char>(c);
      space = false;
    }
  }
}

std::string_view TrimText(std::string_view s) {
  auto nbsp_front = [](std::string_view v) {
    return v.size() >= 2 && v[0] == '\xC2' && v[1] == '\xA0';
  };
  auto nbsp_back = [](std::string_view v) {
    return v.size() >= 2 && v[v.size() - 2] == '\xC2' && v.back() == '\xA0';
  };
  for (;;) {
    if (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    else if (nbsp_front(s)) s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
    else if (nbsp_back(s)) s.remove_suffix(2);
    else break;
  }
  return s;
}

std::string NodeText(const xmlNode* n, size_t max_bytes) {
  std::string out;
  if (!n) return out;
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (n->content) AppendCollapsed(out, reinterpret_cast<const char*>(n->content));
    return std::string(TrimText(out));
  }
  const xmlNode* c = n->children;
  while (c && out.size() < max_bytes) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
        c->content) {
      AppendCollapsed(out, reinterpret_cast<const char*>(c->content));
    } else if (c->type == XML_ELEMENT_NODE) {
      const std::string_view name = NodeName(c);
      if (name == "br" || name == "p" || name == "div" || name == "li") {
        AppendCollapsed(out, " ");
      }
      if (c->children && name != "script" && name != "style") {
        c = c->children;
        continue;
      }
    }
    while (c && c != n && !c->next) c = c->parent;
    if (!c || c == n) break;
    c = c->next;
  }
  return std::string(TrimText(out));
}

}  // namespace whosaid::ingest
