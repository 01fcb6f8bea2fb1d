// Namespace-aware names for pugixml, which itself sees only "prefix:local".
// Known namespaces map to short canonical prefixes ("atom", "dc", ...), so
// that a feed that binds Dublin Core to "foo:" still reads as "dc:date".
//
// Thread-compatible: a NameResolver belongs to one parsed document.

#ifndef WHOSAID_INGEST_XML_NAMES_H_
#define WHOSAID_INGEST_XML_NAMES_H_

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

namespace whosaid::ingest {

class NameResolver {
 public:
  // The canonical name of element or attribute `name` on `node`:
  // "atom:link", "dc:date", "rss:item" (RSS 0.9x, 1.0 and unqualified RSS 2.0
  // elements), "xml:base"; an unknown namespace keeps its URI in braces.
  // Local names of unqualified elements are lower-cased (CDF uses capitals).
  std::string Element(const pugi::xml_node& node);
  std::string Attribute(const pugi::xml_node& node, const pugi::xml_attribute& a);

  // Reads namespace `uri` as the known namespace `prefix` from now on (for
  // feeds whose root names an unknown namespace, e.g. an Atom draft).
  void AddAlias(std::string_view uri, std::string_view prefix) {
    aliases_[std::string(uri)] = std::string(prefix);
  }

  // The value of the attribute whose canonical name is `name` ("" if none).
  std::string_view Attr(const pugi::xml_node& node, std::string_view name);

 private:
  std::string_view UriFor(const pugi::xml_node& node, std::string_view prefix);
  std::string Canonical(std::string_view uri, std::string_view local);

  std::unordered_map<std::string, std::string> aliases_;
};

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_XML_NAMES_H_
