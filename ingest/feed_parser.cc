#include "ingest/feed_parser.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "absl/status/status.h"
#include "ingest/dates.h"
#include "ingest/html_dom.h"
#include "ingest/main_text.h"
#include "ingest/url_resolver.h"
#include "ingest/xml_load.h"
#include "ingest/xml_names.h"
#include "nlp/ascii.h"

namespace whosaid::ingest {
namespace {

std::string Trim(std::string_view s) { return std::string(TrimText(s)); }

// The character data directly under `n` (text and CDATA), untrimmed.
std::string DirectText(const pugi::xml_node& n) {
  std::string out;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    }
  }
  return out;
}

// The markup inside `n`, as written (children serialised without
// indentation). Prefixes bound to XHTML are removed, as feedparser does.
std::string InnerXml(const pugi::xml_node& n) {
  std::ostringstream out;
  for (pugi::xml_node c : n.children()) {
    c.print(out, "", pugi::format_raw | pugi::format_no_declaration);
  }
  std::string s = out.str();
  for (const char* ns : {" xmlns=\"http://www.w3.org/1999/xhtml\"",
                         " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""}) {
    for (size_t i; (i = s.find(ns)) != std::string::npos;) {
      s.erase(i, std::string_view(ns).size());
    }
  }
  for (const char* p : {"xhtml:", "h:", "html:"}) {
    const std::string open = std::string("<") + p;
    const std::string close = std::string("</") + p;
    for (size_t i; (i = s.find(open)) != std::string::npos;) s.erase(i + 1, open.size() - 1);
    for (size_t i; (i = s.find(close)) != std::string::npos;) s.erase(i + 2, close.size() - 2);
  }
  return s;
}

bool HasElementChild(const pugi::xml_node& n) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element) return true;
  }
  return false;
}

std::string Base64Decode(std::string_view in) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string out;
  int bits = 0, acc = 0;
  for (char c : in) {
    const int v = val(c);
    if (v < 0) continue;  // whitespace, padding
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

class FeedReader {
 public:
  FeedReader(std::string_view feed_url, const FeedLimits& limits)
      : feed_url_(feed_url), limits_(limits) {}

  absl::StatusOr<Feed> Read(const pugi::xml_document& doc) {
    pugi::xml_node root = doc.document_element();
    std::string name = names_.Element(root);
    if (name.size() > 5 && name[0] == '{' &&
        name.compare(name.size() - 5, 5, "}feed") == 0) {
      // <feed> in a namespace of its own: an Atom draft or variant.
      names_.AddAlias(name.substr(1, name.size() - 6), "atom");
      name = "atom:feed";
    }
    Feed feed;
    if (name == "atom:feed") {
      const std::string_view ns = root.attribute("xmlns").value();
      feed.format = ns == "http://purl.org/atom/ns#" ||
                            std::string_view(root.attribute("version").value()) == "0.3"
                        ? FeedFormat::kAtom03
                        : FeedFormat::kAtom10;
      ReadAtomFeed(root, feed);
    } else if (name == "rss:rss") {
      feed.format = std::string_view(root.attribute("version").value())
                            .rfind("0.9", 0) == 0
                        ? FeedFormat::kRss09
                        : FeedFormat::kRss2;
      pugi::xml_node channel = Child(root, "rss:channel");
      ReadRssChannel(channel ? channel : root, channel ? channel : root, feed);
    } else if (name == "rdf:RDF") {
      feed.format = FeedFormat::kRss1;
      pugi::xml_node channel = Child(root, "rss:channel");
      ReadRssChannel(channel, root, feed);
    } else if (name == "rss:channel") {
      feed.format = FeedFormat::kCdf;
      ReadRssChannel(root, root, feed);
    } else {
      return absl::InvalidArgumentError("not a feed: the root element is <" +
                                        std::string(root.name()) + ">");
    }
    feed.bad_dates = bad_dates_;
    return feed;
  }

 private:
  pugi::xml_node Child(const pugi::xml_node& n, std::string_view name) {
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element && names_.Element(c) == name) return c;
    }
    return {};
  }

  // The base URL in force at `n`: xml:base values from the root down,
  // resolved one against the other, starting from the feed's URL.
  std::string BaseOf(const pugi::xml_node& n) {
    std::vector<std::string_view> bases;
    for (pugi::xml_node p = n; p && p.type() == pugi::node_element; p = p.parent()) {
      pugi::xml_attribute a = p.attribute("xml:base");
      if (a) bases.push_back(a.value());
    }
    std::string base(feed_url_);
    for (auto it = bases.rbegin(); it != bases.rend(); ++it) {
      base = ResolveLink(base, *it);
    }
    return base;
  }

  std::string Link(const pugi::xml_node& n, std::string_view href) {
    const std::string h = Trim(href);
    if (h.empty()) return "";
    return ResolveLink(BaseOf(n), h);
  }

  // An Atom (1.0 or 0.3) text construct as feedparser reports it.
  std::string AtomText(const pugi::xml_node& n, bool* is_html = nullptr) {
    const std::string type = nlp::LowerAscii(names_.Attr(n, "type").data());
    const std::string_view mode = names_.Attr(n, "mode");
    if (is_html) *is_html = false;
    if (mode == "base64" ||
        (!type.empty() && type != "text" && type != "html" &&
         type != "xhtml" && type.rfind("text/", 0) != 0 &&
         type.find("xml") == std::string::npos)) {
      return Trim(Base64Decode(DirectText(n)));
    }
    if (type == "xhtml" || type == "application/xhtml+xml" ||
        (mode == "xml" || (mode.empty() && HasElementChild(n)))) {
      if (is_html) *is_html = true;
      pugi::xml_node div = n.first_child();
      while (div && div.type() != pugi::node_element) div = div.next_sibling();
      // Atom 1.0 wraps XHTML in a <div> that is not part of the value;
      // Atom 0.3 keeps it.
      if (type == "xhtml" && div && names_.Element(div) == "xhtml:div" &&
          !div.next_sibling()) {
        return Trim(InnerXml(div));
      }
      return Trim(InnerXml(n));
    }
    if (is_html) *is_html = type == "html" || type == "text/html";
    return Trim(DirectText(n));
  }

  std::optional<nlp::Timestamp> Date(const pugi::xml_node& n) {
    const std::string text = Trim(DirectText(n));
    if (text.empty()) return std::nullopt;
    auto t = ParseDate(text);
    if (!t) ++bad_dates_;
    return t;
  }

  // A later element overwrites an earlier one, as in feedparser.
  void SetDate(std::optional<nlp::Timestamp>& slot,
               std::optional<nlp::Timestamp> value) {
    if (value) slot = value;
  }

  void ReadAtomFeed(const pugi::xml_node& root, Feed& feed) {
    for (pugi::xml_node c : root.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = names_.Element(c);
      if (name == "atom:title" && feed.title.empty()) feed.title = AtomText(c);
      else if ((name == "atom:subtitle" || name == "atom:tagline") &&
               feed.description.empty()) {
        feed.description = AtomText(c);
      } else if (name == "atom:link" && feed.link.empty()) {
        feed.link = AtomAlternate(c);
      } else if (name == "atom:updated" || name == "atom:modified") {
        SetDate(feed.updated, Date(c));
      } else if (name == "atom:published" || name == "atom:issued") {
        SetDate(feed.published, Date(c));
      } else if (name == "dc:date" || name == "dcterms:modified") {
        SetDate(feed.updated, Date(c));
      } else if (name == "atom:entry") {
        if (!AddItem(feed)) continue;
        ReadAtomEntry(c, feed.items.back());
      }
    }
    if (feed.language.empty()) feed.language = root.attribute("xml:lang").value();
  }

  std::string AtomAlternate(const pugi::xml_node& link) {
    const std::string_view rel = names_.Attr(link, "rel");
    if (!rel.empty() && rel != "alternate") return "";
    return Link(link, names_.Attr(link, "href"));
  }

  void ReadAtomEntry(const pugi::xml_node& entry, FeedItem& item) {
    for (pugi::xml_node c : entry.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = names_.Element(c);
      if (name == "atom:title" && item.title.empty()) {
        item.title = AtomText(c);
      } else if (name == "atom:link") {
        const std::string_view rel = names_.Attr(c, "rel");
        if (rel == "enclosure") {
          Enclosure e;
          e.url = Link(c, names_.Attr(c, "href"));
          e.type = names_.Attr(c, "type");
          item.enclosures.push_back(std::move(e));
        } else if (item.link.empty()) {
          item.link = AtomAlternate(c);
        }
      } else if (name == "atom:id") {
        item.id = Trim(DirectText(c));
      } else if (name == "atom:updated" || name == "atom:modified" ||
                 name == "dc:date" || name == "dcterms:modified") {
        SetDate(item.updated, Date(c));
      } else if (name == "atom:published" || name == "atom:issued" ||
                 name == "dcterms:issued") {
        SetDate(item.published, Date(c));
      } else if (name == "atom:summary" && item.summary.empty()) {
        bool html = false;
        item.summary = AtomText(c, &html);
        item.content_is_html |= html;
      } else if (name == "atom:content" && item.content.empty()) {
        bool html = false;
        item.content = AtomText(c, &html);
        item.content_is_html |= html;
      } else if (name == "atom:author" || name == "atom:contributor") {
        pugi::xml_node n = Child(c, "atom:name");
        if (n && name == "atom:author") item.authors.push_back(Trim(DirectText(n)));
      } else if (name == "dc:creator") {
        item.authors.push_back(Trim(DirectText(c)));
      } else if (name == "atom:category") {
        item.categories.push_back(std::string(names_.Attr(c, "term")));
      }
    }
  }

  void ReadRssChannel(const pugi::xml_node& channel,
                      const pugi::xml_node& item_parent, Feed& feed) {
    if (channel) {
      for (pugi::xml_attribute a : channel.attributes()) {
        const std::string an = names_.Attribute(channel, a);
        if (an == "href") feed.link = Link(channel, a.value());
        if (an == "lastmod") SetDate(feed.updated, ParseDate(a.value()));
      }
      for (pugi::xml_node c : channel.children()) {
        if (c.type() != pugi::node_element) continue;
        const std::string name = names_.Element(c);
        if ((name == "rss:title" || name == "dc:title") && feed.title.empty()) {
          feed.title = Trim(HasElementChild(c) ? InnerXml(c) : DirectText(c));
        } else if (name == "rss:link" && feed.link.empty()) {
          feed.link = Link(c, DirectText(c));
        } else if (name == "atom:link" && feed.link.empty() &&
                   names_.Attr(c, "rel") != "self") {
          feed.link = AtomAlternate(c);
        } else if ((name == "rss:description" || name == "dc:description") &&
                   feed.description.empty()) {
          feed.description = Trim(DirectText(c));
        } else if ((name == "rss:language" || name == "dc:language") &&
                   feed.language.empty()) {
          feed.language = Trim(DirectText(c));
        } else if (name == "rss:pubdate" || name == "dcterms:issued") {
          SetDate(feed.published, Date(c));
        } else if (name == "rss:lastbuilddate" || name == "dc:date" ||
                   name == "dcterms:modified" || name == "atom:updated") {
          SetDate(feed.updated, Date(c));
        } else if (name == "rss:item" && item_parent == channel) {
          if (AddItem(feed)) ReadRssItem(c, feed.items.back());
        }
      }
    }
    if (item_parent != channel) {
      for (pugi::xml_node c : item_parent.children()) {
        if (c.type() == pugi::node_element && names_.Element(c) == "rss:item") {
          if (AddItem(feed)) ReadRssItem(c, feed.items.back());
        }
      }
    }
  }

  void ReadRssItem(const pugi::xml_node& node, FeedItem& item) {
    std::string guid;
    bool guid_permalink = true;
    for (pugi::xml_attribute a : node.attributes()) {
      const std::string an = names_.Attribute(node, a);
      if (an == "href") item.link = Link(node, a.value());
      if (an == "lastmod") SetDate(item.updated, ParseDate(a.value()));
    }
    for (pugi::xml_node c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string name = names_.Element(c);
      if ((name == "rss:title" || name == "dc:title") && item.title.empty()) {
        item.title = Trim(HasElementChild(c) ? InnerXml(c) : DirectText(c));
      } else if (name == "rss:link" && item.link.empty()) {
        item.link = Link(c, DirectText(c));
      } else if (name == "atom:link" && item.link.empty()) {
        item.link = AtomAlternate(c);
      } else if (name == "rss:guid") {
        guid = Trim(DirectText(c));
        guid_permalink =
            nlp::LowerAscii(names_.Attr(c, "ispermalink").data()) != "false";
      } else if (name == "rss:pubdate" || name == "dcterms:issued") {
        SetDate(item.published, Date(c));
      } else if (name == "dc:date" || name == "dcterms:modified" ||
                 name == "atom:updated") {
        SetDate(item.updated, Date(c));
      } else if ((name == "rss:description" || name == "dc:description") &&
                 item.summary.empty()) {
        item.summary = Trim(HasElementChild(c) ? InnerXml(c) : DirectText(c));
        item.content_is_html = true;
      } else if (name == "content:encoded" && item.content.empty()) {
        item.content = Trim(DirectText(c));
        item.content_is_html = true;
      } else if (name == "xhtml:body" && item.content.empty()) {
        item.content = Trim(InnerXml(c));
        item.content_is_html = true;
      } else if (name == "rss:author" || name == "dc:creator" ||
                 name == "itunes:author") {
        const std::string a = Trim(DirectText(c));
        if (!a.empty()) item.authors.push_back(a);
      } else if (name == "rss:enclosure" || name == "media:content") {
        Enclosure e;
        e.url = Link(c, names_.Attr(c, "url"));
        e.type = names_.Attr(c, "type");
        const std::string len(names_.Attr(c, name == "rss:enclosure" ? "length"
                                                                   : "filesize"));
        if (!len.empty() && len.size() < 18 &&
            std::all_of(len.begin(), len.end(), ::isdigit)) {
          e.length = std::stoll(len);
        }
        if (!e.url.empty()) item.enclosures.push_back(std::move(e));
      } else if (name == "rss:category" || name == "dc:subject") {
        item.categories.push_back(Trim(DirectText(c)));
      }
    }
    if (item.title.empty()) {
      if (pugi::xml_node t = Child(node, "media:title")) {
        item.title = Trim(DirectText(t));
      }
    }
    item.id = guid;
    if (item.link.empty() && !guid.empty() && guid_permalink &&
        (guid.rfind("http://", 0) == 0 || guid.rfind("https://", 0) == 0)) {
      item.link = guid;
    }
    if (item.link.empty()) {
      const std::string_view about = names_.Attr(node, "rdf:about");
      if (!about.empty()) item.link = Link(node, about);
    }
  }

  // Makes room for one more item; false (and counts it) past the limit.
  bool AddItem(Feed& feed) {
    if (feed.items.size() >= limits_.max_items) {
      ++feed.dropped_items;
      return false;
    }
    feed.items.emplace_back();
    return true;
  }

  std::string_view feed_url_;
  const FeedLimits& limits_;
  NameResolver names_;
  size_t bad_dates_ = 0;
};

}  // namespace

std::string_view FeedFormatName(FeedFormat format) {
  switch (format) {
    case FeedFormat::kRss2: return "rss2";
    case FeedFormat::kRss1: return "rss1";
    case FeedFormat::kRss09: return "rss09";
    case FeedFormat::kAtom10: return "atom10";
    case FeedFormat::kAtom03: return "atom03";
    case FeedFormat::kCdf: return "cdf";
  }
  return "rss2";
}

bool LooksLikeFeed(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 2048);
  for (const char* tag : {"<rss", "<feed", "<rdf:RDF", "<RDF", "<channel",
                          "<CHANNEL"}) {
    const size_t at = head.find(tag);
    if (at != std::string_view::npos &&
        head.substr(0, at).find("<html") == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

absl::StatusOr<Feed> ParseFeed(std::string_view bytes, std::string_view feed_url,
                               const FeedLimits& limits) {
  pugi::xml_document doc;
  if (absl::Status s = LoadXml(bytes, "feed", limits.max_bytes, doc); !s.ok()) {
    return s;
  }
  if (!doc.document_element()) {
    return absl::InvalidArgumentError("feed has no root element");
  }
  FeedReader reader(feed_url, limits);
  return reader.Read(doc);
}

std::string FeedTextToPlain(std::string_view text, bool is_html) {
  if (!is_html || text.find('<') == std::string_view::npos) {
    if (text.find('&') == std::string_view::npos) {
      return MainTextFromPlain(text).text;
    }
  }
  HtmlDocPtr frag = ParseHtml("<html><body>" + std::string(text) +
                              "</body></html>");
  if (!frag) return std::string(TrimText(text));
  return AllBlocks(frag.get()).text;
}

}  // namespace whosaid::ingest
