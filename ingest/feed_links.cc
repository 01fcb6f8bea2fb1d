// Link extraction from feeds and sitemaps with pugixml (which neither
// expands external entities nor touches the network).

#include "ingest/feed_links.h"

#include <pugixml.hpp>

#include <set>

#include "ingest/http_url.h"

namespace whosaid::ingest {
namespace {

// The element name without its namespace prefix.
std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c : node.children()) {
    if (LocalName(c) == local) return c;
  }
  return {};
}

std::string Trimmed(const char* text) {
  std::string_view s(text);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// The link of one RSS item / RDF item / Atom entry; empty when none.
std::string ItemLink(const pugi::xml_node& item, bool atom) {
  if (!atom) {
    std::string link = Trimmed(Child(item, "link").text().get());
    if (!link.empty()) return link;
    pugi::xml_node guid = Child(item, "guid");
    if (guid && std::string_view(guid.attribute("isPermaLink").as_string("true")) != "false") {
      return Trimmed(guid.text().get());
    }
    return {};
  }
  std::string fallback;
  for (pugi::xml_node l : item.children()) {
    if (LocalName(l) != "link") continue;
    std::string_view rel = l.attribute("rel").as_string("alternate");
    if (rel == "alternate") return Trimmed(l.attribute("href").as_string());
    if (fallback.empty()) fallback = Trimmed(l.attribute("href").as_string());
  }
  return fallback;
}

}  // namespace

bool LooksLikeLinkList(std::string_view body) {
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  for (int guard = 0; guard < 64; ++guard) {
    const size_t lt = body.find('<');
    if (lt == std::string_view::npos) return false;
    body.remove_prefix(lt);
    if (body.substr(0, 2) == "<?" || body.substr(0, 4) == "<!--" || body.substr(0, 2) == "<!") {
      const std::string_view close = body.substr(0, 4) == "<!--" ? "-->" : ">";
      const size_t end = body.find(close);
      if (end == std::string_view::npos) return false;
      body.remove_prefix(end + close.size());
      continue;
    }
    for (std::string_view root : {"<rss", "<feed", "<rdf:RDF", "<RDF", "<urlset",
                                  "<sitemapindex"}) {
      if (body.substr(0, root.size()) == root) return true;
    }
    return false;
  }
  return false;
}

absl::StatusOr<LinkList> ExtractLinks(std::string_view xml, std::string_view base_url) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default);
  if (!parsed) {
    return absl::InvalidArgumentError(std::string("XML error at byte ") +
                                      std::to_string(parsed.offset) + ": " +
                                      parsed.description());
  }
  pugi::xml_node root = doc.document_element();
  const std::string_view name = LocalName(root);
  LinkList out;
  std::vector<std::string> raw;
  if (name == "rss") {
    for (pugi::xml_node item : Child(root, "channel").children()) {
      if (LocalName(item) == "item") raw.push_back(ItemLink(item, false));
    }
  } else if (name == "RDF") {
    for (pugi::xml_node item : root.children()) {
      if (LocalName(item) == "item") raw.push_back(ItemLink(item, false));
    }
  } else if (name == "feed") {
    for (pugi::xml_node entry : root.children()) {
      if (LocalName(entry) == "entry") raw.push_back(ItemLink(entry, true));
    }
  } else if (name == "urlset" || name == "sitemapindex") {
    out.kind = name == "urlset" ? LinkListKind::kSitemap : LinkListKind::kSitemapIndex;
    const std::string_view child = name == "urlset" ? "url" : "sitemap";
    for (pugi::xml_node entry : root.children()) {
      if (LocalName(entry) == child) raw.push_back(Trimmed(Child(entry, "loc").text().get()));
    }
  } else {
    return absl::InvalidArgumentError("not a feed or sitemap: root element <" +
                                      std::string(root.name()) + ">");
  }
  std::set<std::string> seen;
  for (const std::string& link : raw) {
    if (link.empty()) continue;
    std::optional<std::string> absolute = ResolveUrl(base_url, link);
    if (!absolute || !ParseHttpUrl(*absolute).ok()) continue;
    if (seen.insert(*absolute).second) out.links.push_back(std::move(*absolute));
  }
  return out;
}

}  // namespace whosaid::ingest
