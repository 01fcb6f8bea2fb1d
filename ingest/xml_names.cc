#include "ingest/xml_names.h"

#include <algorithm>
#include <cctype>

#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

struct KnownNs {
  const char* uri;
  const char* prefix;
};

constexpr KnownNs kKnown[] = {
    {"http://www.w3.org/2005/Atom", "atom"},
    {"http://purl.org/atom/ns#", "atom"},
    {"http://purl.org/rss/1.0/", "rss"},
    {"http://my.netscape.com/rdf/simple/0.9/", "rss"},
    {"http://backend.userland.com/rss2", "rss"},
    {"http://blogs.law.harvard.edu/tech/rss", "rss"},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://purl.org/rss/1.0/modules/content/", "content"},
    {"http://www.w3.org/1999/xhtml", "xhtml"},
    {"http://search.yahoo.com/mrss/", "media"},
    {"http://search.yahoo.com/mrss", "media"},
    {"http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"},
    {"http://www.w3.org/XML/1998/namespace", "xml"},
    {"http://www.google.com/schemas/sitemap-news/0.9", "news"},
    {"http://www.sitemaps.org/schemas/sitemap/0.9", "sm"},
    {"http://www.google.com/schemas/sitemap/0.84", "sm"},
    {"http://www.w3.org/1999/xlink", "xlink"},
};

}  // namespace

std::string_view NameResolver::UriFor(const pugi::xml_node& node,
                                      std::string_view prefix) {
  std::string attr = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (pugi::xml_node n = node; n && n.type() == pugi::node_element;
       n = n.parent()) {
    pugi::xml_attribute a = n.attribute(attr.c_str());
    if (a) return a.value();
  }
  if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
  return "";
}

std::string NameResolver::Canonical(std::string_view uri,
                                    std::string_view local) {
  if (uri.empty()) return "rss:" + nlp::LowerAscii(local);
  if (!aliases_.empty()) {
    auto it = aliases_.find(std::string(uri));
    if (it != aliases_.end()) return it->second + ":" + std::string(local);
  }
  // Tolerate case and trailing-slash variants of known URIs.
  std::string u = nlp::LowerAscii(uri);
  for (const KnownNs& k : kKnown) {
    std::string ku = nlp::LowerAscii(k.uri);
    if (u == ku || u + "/" == ku || u == ku + "/") {
      return std::string(k.prefix) + ":" + std::string(local);
    }
  }
  // Appended piece by piece: GCC 12 warns -Wrestrict (a false positive) on
  // the inlined "{" + std::string(...).
  std::string out(1, '{');
  out.append(uri);
  out.push_back('}');
  out.append(local);
  return out;
}

std::string NameResolver::Element(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const size_t colon = name.find(':');
  if (colon == std::string_view::npos) {
    return Canonical(UriFor(node, ""), name);
  }
  const std::string_view prefix = name.substr(0, colon);
  const std::string_view uri = UriFor(node, prefix);
  if (uri.empty()) return nlp::LowerAscii(prefix) + ":" + std::string(name.substr(colon + 1));
  return Canonical(uri, name.substr(colon + 1));
}

std::string NameResolver::Attribute(const pugi::xml_node& node,
                                    const pugi::xml_attribute& a) {
  std::string_view name = a.name();
  const size_t colon = name.find(':');
  if (colon == std::string_view::npos) return nlp::LowerAscii(name);  // no namespace
  const std::string_view prefix = name.substr(0, colon);
  if (prefix == "xmlns") return std::string(name);
  const std::string_view uri = UriFor(node, prefix);
  if (uri.empty()) return std::string(name);
  return Canonical(uri, name.substr(colon + 1));
}

std::string_view NameResolver::Attr(const pugi::xml_node& node,
                                    std::string_view name) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (Attribute(node, a) == name) return a.value();
  }
  return "";
}

}  // namespace whosaid::ingest
