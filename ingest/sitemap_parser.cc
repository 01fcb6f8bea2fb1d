#include "ingest/sitemap_parser.h"

#include <pugixml.hpp>

#include "absl/status/status.h"
#include "ingest/dates.h"
#include "ingest/html_dom.h"
#include "ingest/url_resolver.h"
#include "ingest/xml_load.h"
#include "ingest/xml_names.h"

namespace whosaid::ingest {
namespace {

std::string Text(const pugi::xml_node& n) {
  std::string out;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    }
  }
  return std::string(TrimText(out));
}

// The local part of a canonical name ("sm:loc" -> "loc", "rss:loc" -> "loc").
std::string_view Local(std::string_view name) {
  const size_t at = name.find_last_of(":}");
  return at == std::string_view::npos ? name : name.substr(at + 1);
}

void ReadNews(const pugi::xml_node& news, NameResolver& names,
              SitemapEntry& e) {
  for (pugi::xml_node c : news.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string name = names.Element(c);
    if (name == "news:title") e.news_title = Text(c);
    if (name == "news:publication_date") e.news_published = ParseDate(Text(c));
    if (name == "news:publication") {
      for (pugi::xml_node p : c.children()) {
        if (p.type() != pugi::node_element) continue;
        const std::string pn = names.Element(p);
        if (pn == "news:name") e.news_publication = Text(p);
        if (pn == "news:language") e.news_language = Text(p);
      }
    }
  }
}

}  // namespace

bool LooksLikeSitemap(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 2048);
  return head.find("<urlset") != std::string_view::npos ||
         head.find("<sitemapindex") != std::string_view::npos;
}

absl::StatusOr<Sitemap> ParseSitemap(std::string_view bytes,
                                     std::string_view url,
                                     const SitemapLimits& limits) {
  pugi::xml_document doc;
  if (absl::Status s = LoadXml(bytes, "sitemap", limits.max_bytes, doc);
      !s.ok()) {
    return s;
  }
  NameResolver names;
  pugi::xml_node root = doc.document_element();
  // Keep the qualified name alive: Local() returns a view into it (ASan:
  // stack-use-after-scope in ingest_tests' BadInput.ExternalEntities...).
  const std::string root_qualified = names.Element(root);
  const std::string_view root_name = Local(root_qualified);
  Sitemap out;
  if (root_name == "sitemapindex") {
    out.is_index = true;
  } else if (root_name != "urlset") {
    return absl::InvalidArgumentError("not a sitemap: the root element is <" +
                                      std::string(root.name()) + ">");
  }
  const std::string_view entry_name = out.is_index ? "sitemap" : "url";
  for (pugi::xml_node u : root.children()) {
    if (u.type() != pugi::node_element) continue;
    if (Local(names.Element(u)) != entry_name) continue;
    if (out.entries.size() >= limits.max_entries) {
      ++out.dropped_entries;
      continue;
    }
    SitemapEntry e;
    for (pugi::xml_node c : u.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = names.Element(c);
      if (name == "news:news") {
        ReadNews(c, names, e);
        continue;
      }
      const std::string_view local = Local(name);
      if (local == "loc") e.loc = ResolveLink(url, Text(c));
      if (local == "lastmod") e.lastmod = ParseDate(Text(c));
    }
    if (!e.loc.empty()) out.entries.push_back(std::move(e));
  }
  return out;
}

}  // namespace whosaid::ingest
