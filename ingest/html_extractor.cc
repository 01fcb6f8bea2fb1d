#include "ingest/html_extractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "absl/status/status.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

std::string_view Name(const xmlNode* n) {
  return n->name ? reinterpret_cast<const char*>(n->name) : "";
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool IsBoilerplate(const xmlNode* n) {
  static const LazyRE2 kHint = {
      R"((?i)\b(nav|menu|footer|header|comment|share|social|related|promo|advert|ad|ads|cookie|banner|newsletter|sidebar|caption|subscribe)\b)"};
  const std::string_view name = Name(n);
  if (name == "script" || name == "style" || name == "nav" ||
      name == "footer" || name == "header" || name == "aside" ||
      name == "form" || name == "noscript" || name == "figcaption" ||
      name == "figure" || name == "iframe" || name == "svg") {
    return true;
  }
  return RE2::PartialMatch(Attr(n, "class"), *kHint) ||
         RE2::PartialMatch(Attr(n, "id"), *kHint);
}

bool IsBlock(std::string_view name) {
  return name == "p" || name == "h1" || name == "h2" || name == "h3" ||
         name == "h4" || name == "li" || name == "blockquote" ||
         name == "pre" || name == "div" || name == "section" ||
         name == "article" || name == "td" || name == "br";
}

void InlineText(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE && !IsBoilerplate(c)) {
      if (Name(c) == "br") {
        out += '\n';
      } else {
        InlineText(c->children, out);
      }
    }
  }
}

// Collects paragraphs from block elements under `n`.
void Paragraphs(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || IsBoilerplate(c)) continue;
    const std::string_view name = Name(c);
    if (name == "p" || name == "h2" || name == "h3" || name == "h4" ||
        name == "li" || name == "pre") {
      std::string para;
      InlineText(c->children, para);
      if (para.find_first_not_of(" \t\r\n") != std::string::npos) {
        if (!out.empty()) out += "\n\n";
        out += para;
      }
    } else {
      Paragraphs(c->children, out);
    }
  }
}

const xmlNode* FindFirst(const xmlNode* n, std::string_view name) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (Name(c) == name) return c;
    if (const xmlNode* found = FindFirst(c->children, name)) return found;
  }
  return nullptr;
}

void Metadata(const xmlNode* n, nlp::Document& doc) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(c);
    if (name == "meta") {
      const std::string key = Attr(c, "property").empty() ? Attr(c, "name")
                                                           : Attr(c, "property");
      const std::string content = Attr(c, "content");
      if (key == "og:title" && !content.empty()) doc.title = content;
      if (key == "author" && !content.empty()) doc.authors.push_back(content);
      if (key == "article:published_time" && !doc.published) {
        doc.published = nlp::ParseIso8601(content);
      }
      if (key == "og:url" && doc.canonical_url.empty()) {
        doc.canonical_url = content;
      }
    } else if (name == "title" && doc.title.empty()) {
      std::string t;
      InlineText(c->children, t);
      doc.title = t;
    } else if (name == "time" && !doc.published) {
      doc.published = nlp::ParseIso8601(Attr(c, "datetime"));
    } else if (name == "link" && Attr(c, "rel") == "canonical") {
      doc.canonical_url = Attr(c, "href");
    } else if (name == "html") {
      doc.language = Attr(c, "lang");
    }
    Metadata(c->children, doc);
  }
}

// Nesting depth of the deepest element under `root` (root = 1), found
// without recursion so the walk itself cannot overflow the stack.
int ElementDepth(const xmlNode* root) {
  int depth = 1, deepest = 1;
  const xmlNode* n = root;
  for (;;) {
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      ++depth;
      if (n->type == XML_ELEMENT_NODE) deepest = std::max(deepest, depth);
      continue;
    }
    while (n != root && !n->next) {
      n = n->parent;
      --depth;
    }
    if (n == root) return deepest;
    n = n->next;
    if (n->type == XML_ELEMENT_NODE) deepest = std::max(deepest, depth);
  }
}

}  // namespace

absl::StatusOr<nlp::Document> ExtractHtml(std::string_view html,
                                          const HtmlLimits& limits) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (html.size() > limits.max_bytes) {
    return absl::ResourceExhaustedError(
        "page is " + std::to_string(html.size()) + " bytes, over the limit of " +
        std::to_string(limits.max_bytes));
  }
  DocPtr tree(htmlReadMemory(html.data(), static_cast<int>(html.size()),
                             nullptr, "UTF-8",
                             HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                 HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!tree || !xmlDocGetRootElement(tree.get())) {
    return absl::InvalidArgumentError("no HTML document could be parsed");
  }
  const xmlNode* root = xmlDocGetRootElement(tree.get());
  if (ElementDepth(root) > limits.max_depth) {
    return absl::ResourceExhaustedError(
        "markup nested deeper than " + std::to_string(limits.max_depth) +
        " elements");
  }
  nlp::Document doc;
  Metadata(root, doc);
  const xmlNode* body = FindFirst(root, "article");
  if (!body) body = FindFirst(root, "body");
  if (!body) body = root;
  Paragraphs(body->children, doc.text);
  if (doc.text.empty() && doc.title.empty()) {
    return absl::InvalidArgumentError("page has no title and no text");
  }
  return doc;
}

}  // namespace whosaid::ingest
