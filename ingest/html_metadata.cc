#include "ingest/html_metadata.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

#include "ingest/author_name.h"
#include "ingest/dates.h"
#include "ingest/html_dom.h"
#include "ingest/url_resolver.h"
#include "nlp/ascii.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.rfind("www.", 0) == 0 ||
         s.rfind("/", 0) == 0;
}

// Everything one walk over the page gathers.
struct Gathered {
  std::map<std::string, std::string> meta;  // lower-case key -> first content
  std::string title_tag;
  std::string h1;
  std::string html_lang;
  std::string canonical;
  std::vector<std::string> json_ld;
  std::vector<std::string> time_values;     // <time datetime>, pubdate first
  std::map<std::string, std::string> itemprop;  // first value per property
  std::vector<std::string> byline_texts;    // class/rel author or byline
  std::vector<std::string> dateline_texts;  // class date/time/published
  std::string hint;  // scratch: one element's lower-cased class and id
};

// Records `content` under each of the space-separated `keys` (RDFa allows
// several: property="dc:creator twitter:site_name"), lower-cased, with
// Dublin Core's "dc:" / "dcterms:" prefixes spelled "dc." / "dcterms.".
// The first value given for a key stays.
void AddMeta(Gathered& g, std::string_view keys, std::string_view content) {
  content = TrimText(content);
  if (content.empty()) return;
  size_t i = 0;
  while (i < keys.size()) {
    while (i < keys.size() && std::isspace(static_cast<unsigned char>(keys[i])))
      ++i;
    size_t j = i;
    while (j < keys.size() &&
           !std::isspace(static_cast<unsigned char>(keys[j])))
      ++j;
    if (j > i) {
      std::string key = nlp::LowerAscii(keys.substr(i, j - i));
      for (std::string_view dc : {"dc:", "dcterm:", "dcterms:"}) {
        if (key.rfind(dc, 0) == 0) {
          key = (dc == "dc:" ? "dc." : "dcterms.") + key.substr(dc.size());
          break;
        }
      }
      g.meta.emplace(std::move(key), std::string(content));
    }
    i = j;
  }
}

// Script text wrapped for XHTML ("<![CDATA[ {...} ]]>", often behind "//"
// or inside "/* */") loses the wrapper, leaving the JSON.
void StripCdata(std::string& text) {
  static const RE2* const kWrapped = new RE2(
      R"((?s)^\s*(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?(.*?)(?://|/\*)?\s*\]\]>(?:\s*\*/)?\s*$)");
  std::string inner;
  if (RE2::FullMatch(text, *kWrapped, &inner)) text = std::move(inner);
}

void Gather(const xmlDoc* doc, Gathered& g) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return;
  if (NodeName(root) == "html") g.html_lang = std::string(AttrView(root, "lang"));
  WalkElements(reinterpret_cast<xmlNode*>(const_cast<xmlDoc*>(doc)),
               [&](xmlNode* n) {
    const std::string_view name = NodeName(n);
    if (name == "html" && g.html_lang.empty()) {
      g.html_lang = std::string(AttrView(n, "lang"));
    } else if (name == "meta") {
      const std::string_view content = AttrView(n, "content");
      AddMeta(g, AttrView(n, "property"), content);
      AddMeta(g, AttrView(n, "name"), content);
      AddMeta(g, AttrView(n, "itemprop"), content);
      if (!AttrView(n, "http-equiv").empty()) {
        AddMeta(g, "http-equiv:" + nlp::LowerAscii(AttrView(n, "http-equiv")), content);
      }
      return false;
    } else if (name == "title" && g.title_tag.empty()) {
      // An SVG <title> inside the body is not the page title.
      if (n->parent && NodeName(n->parent) != "svg") g.title_tag = NodeText(n);
      return false;
    } else if (name == "link") {
      const std::string rel = nlp::LowerAscii(AttrView(n, "rel"));
      if (rel == "canonical" && g.canonical.empty()) {
        g.canonical = std::string(AttrView(n, "href"));
      }
      return false;
    } else if (name == "script") {
      if (nlp::LowerAscii(AttrView(n, "type")).find("ld+json") != std::string::npos) {
        g.json_ld.push_back(NodeText(n, 4 << 20));
        // NodeText collapses whitespace, harmless for JSON outside strings.
        g.json_ld.back().clear();
        for (xmlNode* c = n->children; c; c = c->next) {
          if (c->content) g.json_ld.back() += reinterpret_cast<const char*>(c->content);
        }
        StripCdata(g.json_ld.back());
      }
      return false;
    } else if (name == "style" || name == "noscript") {
      return false;
    } else if (name == "h1" && g.h1.empty()) {
      g.h1 = NodeText(n);
    } else if (name == "time") {
      std::string_view dt = AttrView(n, "datetime");
      if (!dt.empty()) {
        if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("pubdate"))) {
          g.time_values.insert(g.time_values.begin(), std::string(dt));
        } else {
          g.time_values.emplace_back(dt);
        }
      }
    }
    const std::string_view prop = AttrView(n, "itemprop");
    if (!prop.empty() && name != "meta") {
      std::string value(AttrView(n, "content"));
      if (value.empty()) value = std::string(AttrView(n, "datetime"));
      if (value.empty() && prop == "author") {
        // <span itemprop="author"><span itemprop="name">...</span></span>
        value = NodeText(n, 200);
      } else if (value.empty() && prop != "articleBody") {
        value = NodeText(n, 400);
      }
      if (!value.empty()) g.itemprop.emplace(std::string(prop), value);
    }
    const std::string_view rel = AttrView(n, "rel");
    const std::string_view cls = AttrView(n, "class");
    const std::string_view id = AttrView(n, "id");
    if (cls.empty() && id.empty() && rel != "author") return true;
    // Reused from element to element: most pages have thousands of them.
    std::string& hint = g.hint;
    hint.assign(cls);
    hint += ' ';
    hint += id;
    for (char& c : hint) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    auto has = [&hint](std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) {
        if (hint.find(w) != std::string::npos) return true;
      }
      return false;
    };
    // "authorization" and "authority" boxes are not bylines.
    if ((rel == "author" || has({"byline"}) ||
         (has({"author"}) && !has({"authori"}))) &&
        g.byline_texts.size() < 8) {
      std::string text = NodeText(n, 300);
      if (!text.empty() && text.size() < 200) g.byline_texts.push_back(text);
    }
    if (g.dateline_texts.size() < 12 &&
        has({"date", "time", "publish", "posted", "dateline", "byline"})) {
      std::string text = NodeText(n, 300);
      if (!text.empty() && text.size() < 200) g.dateline_texts.push_back(text);
    }
    return true;
  });
}

// ---------------------------------------------------------------- JSON-LD

bool IsArticleType(const nlohmann::json& type) {
  static const char* kTypes[] = {
      "NewsArticle",       "Article",          "BlogPosting",
      "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
      "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
      "SocialMediaPosting", "TechArticle",     "ScholarlyArticle",
      "Report",            "WebPage",          "PressRelease"};
  auto is = [](const std::string& t) {
    for (const char* k : kTypes) {
      if (t == k) return true;
    }
    return false;
  };
  if (type.is_string()) return is(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && is(t.get<std::string>())) return true;
    }
  }
  return false;
}

int TypeRank(const nlohmann::json& type) {
  // WebPage is the weakest of the accepted types.
  if (type.is_string() && type.get<std::string>() == "WebPage") return 1;
  return 2;
}

void FindArticles(const nlohmann::json& j, int depth,
                  std::vector<const nlohmann::json*>& out) {
  if (depth > 8 || out.size() > 16) return;
  if (j.is_array()) {
    for (const auto& e : j) FindArticles(e, depth + 1, out);
  } else if (j.is_object()) {
    if (j.contains("@type") && IsArticleType(j["@type"])) out.push_back(&j);
    if (j.contains("@graph")) FindArticles(j["@graph"], depth + 1, out);
    if (j.contains("mainEntity")) FindArticles(j["mainEntity"], depth + 1, out);
  }
}

std::string JsonString(const nlohmann::json& j, const char* key) {
  if (!j.contains(key)) return "";
  const auto& v = j[key];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array() && !v.empty() && v[0].is_string()) return v[0].get<std::string>();
  if (v.is_object() && v.contains("@id") && v["@id"].is_string()) {
    return v["@id"].get<std::string>();
  }
  return "";
}

void JsonAuthors(const nlohmann::json& a, std::vector<std::string>& out,
                 int depth = 0) {
  if (depth > 3) return;
  if (a.is_string()) {
    for (std::string& n : SplitAuthors(a.get<std::string>())) {
      if (!LooksLikeUrl(n)) out.push_back(n);
    }
  } else if (a.is_array()) {
    for (const auto& e : a) JsonAuthors(e, out, depth + 1);
  } else if (a.is_object() && a.contains("name")) {
    JsonAuthors(a["name"], out, depth + 1);
  }
}

struct JsonLdArticle {
  std::string headline, body, published, modified, language, url;
  std::vector<std::string> authors;
  bool found = false;
};

JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLdArticle a;
  int best_rank = 0;
  for (const std::string& text : scripts) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) continue;
    std::vector<const nlohmann::json*> found;
    FindArticles(j, 0, found);
    for (const nlohmann::json* o : found) {
      const int rank = TypeRank((*o)["@type"]);
      if (rank <= best_rank) continue;
      best_rank = rank;
      a.found = true;
      a.headline = JsonString(*o, "headline");
      if (a.headline.empty() && rank > 1) a.headline = JsonString(*o, "name");
      a.body = JsonString(*o, "articleBody");
      a.published = JsonString(*o, "datePublished");
      if (a.published.empty()) a.published = JsonString(*o, "dateCreated");
      a.modified = JsonString(*o, "dateModified");
      a.language = JsonString(*o, "inLanguage");
      a.url = JsonString(*o, "url");
      if (a.url.empty()) a.url = JsonString(*o, "mainEntityOfPage");
      a.authors.clear();
      if (o->contains("author")) JsonAuthors((*o)["author"], a.authors);
      if (a.authors.empty() && o->contains("creator")) {
        JsonAuthors((*o)["creator"], a.authors);
      }
    }
  }
  return a;
}

// ---------------------------------------------------------------- pieces

const std::string* FirstMeta(const Gathered& g,
                             std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = g.meta.find(k);
    if (it != g.meta.end() && !it->second.empty()) return &it->second;
  }
  return nullptr;
}

std::string LanguageTag(std::string_view raw) {
  std::string tag(TrimText(raw));
  std::replace(tag.begin(), tag.end(), '_', '-');
  const size_t comma = tag.find(',');
  if (comma != std::string::npos) tag.resize(comma);
  static const RE2* const kTag = new RE2(R"([A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)");
  if (!RE2::FullMatch(tag, *kTag)) return "";
  const size_t dash = tag.find('-');
  for (size_t i = 0; i < tag.size(); ++i) {
    tag[i] = static_cast<char>(dash == std::string::npos || i < dash
                                   ? std::tolower(tag[i])
                                   : std::toupper(tag[i]));
  }
  return tag;
}

std::optional<nlp::Timestamp> FirstDate(
    std::initializer_list<const std::string*> candidates) {
  for (const std::string* c : candidates) {
    if (c && !c->empty()) {
      if (auto t = ParseDate(*c)) return t;
    }
  }
  return std::nullopt;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = std::isspace(static_cast<unsigned char>(c));
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

}  // namespace

std::string WithoutSiteName(std::string_view raw, std::string_view site_name) {
  std::string title(TrimText(raw));
  if (!site_name.empty() && title.size() > site_name.size()) {
    static const char* kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " · ",
                                  " : ", " » ", " / "};
    for (const char* sep : kSeps) {
      const std::string tail = std::string(sep) + std::string(site_name);
      const std::string head = std::string(site_name) + sep;
      if (title.size() > tail.size() &&
          title.compare(title.size() - tail.size(), tail.size(), tail) == 0) {
        return title.substr(0, title.size() - tail.size());
      }
      if (title.rfind(head, 0) == 0) return title.substr(head.size());
    }
  }
  return title;
}

std::string CleanTitle(std::string_view raw, std::string_view site_name) {
  std::string title = WithoutSiteName(raw, site_name);
  if (title.size() != TrimText(raw).size()) return title;
  // Readability's rule: cut after the last separator when what remains is
  // long enough to be a headline, else after the first.
  static const RE2* const kLast = new RE2(R"((.*)\s[|\-–—\\/>»·]\s.*)");
  static const RE2* const kFirst = new RE2(R"([^|\-–—\\/>»·]*[|\-–—\\/>»·]\s(.*))");
  std::string head;
  if (RE2::FullMatch(title, *kLast, &head)) {
    if (WordCount(head) >= 3) return std::string(TrimText(head));
    std::string rest;
    if (RE2::FullMatch(title, *kFirst, &rest) && WordCount(rest) >= 3) {
      return std::string(TrimText(rest));
    }
  }
  return title;
}

std::vector<std::string> SplitAuthors(std::string_view byline) {
  std::string s(TrimText(byline));
  // Notes that follow the names: a separator, a date or a time.
  static const RE2* const kTail = new RE2(
      R"((?i)\s*(?:\||•|·|\s[-–—](?:\s|$)|updated|published|posted|last updated|on\s+\w+day|\d{1,2}[:/.]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b).*$)");
  RE2::Replace(&s, *kTail, "");
  // "By" in English, Spanish and Portuguese, French, Dutch; "Analysis by".
  static const RE2* const kBy = new RE2(
      R"((?i)^\s*(?:(?:written|analysis|opinion|commentary|story|reporting)\s+)?(?:by|por|par|door)[:\s]+)");
  RE2::Replace(&s, *kBy, "");
  // "View More Articles" run into the name by a link after it.
  static const RE2* const kMore =
      new RE2(R"((?i)\s*view\s+(?:all|more)\s+(?:articles|posts|stories)\s*$)");
  RE2::Replace(&s, *kMore, "");
  // The other languages' "and" in small letters only: "Sarah E. Needleman"
  // and "Bruce Y. Lee" keep their initials.
  static const RE2* const kSep = new RE2(
      R"(\s*(?:,|;|&|(?i:\band\b)|\bund\b|\bet\b|\by\b|\be\b)\s*)");
  RE2::GlobalReplace(&s, *kSep, "\x1f");
  // "Name, Senior Editor, Some Project": what follows a job title is the
  // author's affiliation, not another author.
  static const RE2* const kRole = new RE2(
      R"((?i)\b(?:editor|reporter|correspondent|writer|columnist|contributor|staff|producer|technologist|analyst|photographer)s?\b)");
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find('\x1f', i);
    if (j == std::string::npos) j = s.size();
    std::string name(TrimText(std::string_view(s).substr(i, j - i)));
    if (!out.empty() && RE2::PartialMatch(name, *kRole)) break;
    if (std::optional<std::string> clean = CleanAuthorName(name)) {
      name = std::move(*clean);
    } else {
      name.clear();
    }
    const size_t words = WordCount(name);
    const bool digits = std::any_of(name.begin(), name.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (!name.empty() && name.size() <= 60 && words <= 6 && !digits &&
        !LooksLikeUrl(name) &&
        std::find(out.begin(), out.end(), name) == out.end()) {
      out.push_back(name);
    }
    i = j + 1;
  }
  if (out.size() > 10) out.resize(10);
  return out;
}

std::optional<nlp::Timestamp> DateFromUrl(std::string_view url) {
  static const RE2* const kDay = new RE2(
      R"([/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$))");
  static const RE2* const kCompact = new RE2(R"(/((?:19|20)\d{2})(\d{2})(\d{2})/)");
  int y = 0, m = 0, d = 0;
  if (!RE2::PartialMatch(url, *kDay, &y, &m, &d) &&
      !RE2::PartialMatch(url, *kCompact, &y, &m, &d)) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return nlp::ParseIso8601(buf);
}

std::optional<nlp::Timestamp> DateInText(std::string_view text) {
  if (text.size() > 400) text = text.substr(0, 400);
  // Bigger than RE2's default DFA budget allows for PartialMatch.
  static const RE2* const kUsRe = [] {
    RE2::Options options;
    options.set_max_mem(32 << 20);
    options.set_log_errors(false);
    return new RE2(
        R"((?i)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?))",
        options);
  }();
  const RE2& kUsDate = *kUsRe;
  static const RE2* const kEu = new RE2(
      R"((?i)(\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s+[A-Z]{2,4}\b)?)?))");
  static const RE2* const kIso = new RE2(R"(((?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?))");
  std::string found;
  if (RE2::PartialMatch(text, kUsDate, &found) ||
      RE2::PartialMatch(text, *kEu, &found) ||
      RE2::PartialMatch(text, *kIso, &found)) {
    static const RE2* const kDots = new RE2(R"((?i)([ap])\.m\.?)");
    RE2::GlobalReplace(&found, *kDots, "\\1m");
    return ParseDate(found);
  }
  return std::nullopt;
}

PageMetadata ExtractMetadata(const xmlDoc* doc, std::string_view page_url) {
  Gathered g;
  Gather(doc, g);
  const JsonLdArticle ld = ReadJsonLd(g.json_ld);
  PageMetadata m;
  if (const std::string* s = FirstMeta(g, {"og:site_name", "application-name"})) {
    m.site_name = *s;
  }
  if (const std::string* s = FirstMeta(g, {"og:description", "description"})) {
    m.description = *s;
  }
  // Title.
  // A headline or a title from the metadata may still end with the site's
  // name ("... | TheHill"); only the site's own name comes off it.
  if (!ld.headline.empty()) {
    m.title = WithoutSiteName(ld.headline, m.site_name);
  } else if (const std::string* s =
                 FirstMeta(g, {"dc.title", "dcterms.title", "og:title",
                               "title", "twitter:title", "sailthru.title"})) {
    m.title = WithoutSiteName(*s, m.site_name);
  } else if (!g.title_tag.empty()) {
    m.title = CleanTitle(g.title_tag, m.site_name);
  } else {
    m.title = g.h1;
  }
  m.title = std::string(TrimText(m.title));
  // Authors.
  m.authors = ld.authors;
  if (m.authors.empty()) {
    // Dublin Core first, as Readability has it: pages that carry it often
    // leave a generic site-wide "author".
    for (const char* key :
         {"dc.creator", "dcterms.creator", "author", "article:author", "byl",
          "parsely-author", "sailthru.author", "twitter:creator"}) {
      const std::string* s = FirstMeta(g, {key});
      if (!s || LooksLikeUrl(*s) || (*s)[0] == '@') continue;
      m.authors = SplitAuthors(*s);
      if (!m.authors.empty()) break;
    }
  }
  if (m.authors.empty()) {
    auto it = g.itemprop.find("author");
    if (it != g.itemprop.end()) m.authors = SplitAuthors(it->second);
  }
  for (size_t i = 0; m.authors.empty() && i < g.byline_texts.size(); ++i) {
    m.authors = SplitAuthors(g.byline_texts[i]);
  }
  // Times.
  auto itemprop = [&g](const char* key) -> const std::string* {
    auto it = g.itemprop.find(key);
    return it == g.itemprop.end() ? nullptr : &it->second;
  };
  if ((m.published = FirstDate({&ld.published}))) {
    m.published_source = "json-ld";
  } else if ((m.published = FirstDate(
                  {FirstMeta(g, {"article:published_time",
                                 "og:article:published_time",
                                 "article:published", "datepublished",
                                 "pubdate", "publishdate", "publish-date",
                                 "publish_date", "dc.date.issued",
                                 "dcterms.issued", "dc.date", "dcterms.date",
                                 "dcterms.created", "date", "parsely-pub-date",
                                 "sailthru.date", "citation_publication_date",
                                 "citation_date", "article.published",
                                 "original-publish-date", "displaydate"})}))) {
    m.published_source = "meta";
  } else if ((m.published = FirstDate({itemprop("datePublished"),
                                       itemprop("dateCreated")}))) {
    m.published_source = "microdata";
  } else {
    for (const std::string& t : g.time_values) {
      if ((m.published = ParseDate(t))) {
        m.published_source = "time";
        break;
      }
    }
  }
  if (!m.published && (m.published = DateFromUrl(page_url))) {
    m.published_source = "url";
  }
  if (!m.published) {
    for (const std::string& t : g.dateline_texts) {
      if ((m.published = DateInText(t))) {
        m.published_source = "dateline";
        break;
      }
    }
  }
  m.modified = FirstDate({&ld.modified,
                          FirstMeta(g, {"article:modified_time",
                                        "og:updated_time", "datemodified",
                                        "dcterms.modified", "last-modified"}),
                          itemprop("dateModified")});
  // Canonical URL and language.
  std::string canonical = g.canonical;
  if (canonical.empty()) {
    if (const std::string* s = FirstMeta(g, {"og:url"})) canonical = *s;
  }
  if (canonical.empty()) canonical = ld.url;
  if (!canonical.empty()) m.canonical_url = ResolveLink(page_url, canonical);
  for (const std::string* s : std::initializer_list<const std::string*>{
           &g.html_lang, FirstMeta(g, {"http-equiv:content-language",
                                    "content-language", "language",
                                    "dc.language", "og:locale"}),
        &ld.language}) {
    if (s && !(m.language = LanguageTag(*s)).empty()) break;
  }
  if (ld.found) m.article_body = ld.body;
  return m;
}

}  // namespace whosaid::ingest
