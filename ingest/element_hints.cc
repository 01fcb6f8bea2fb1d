#include "ingest/element_hints.h"

#include <cctype>

#include "ingest/html_dom.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

// One RE2 per list of class/id fragments: a single pass over the hint
// instead of a search per fragment.
RE2* HintPattern(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(16 << 20);
  return new RE2(pattern, options);
}

}  // namespace

void LowerHintInto(const xmlNode* n, std::string& h) {
  h.assign(AttrView(n, "class"));
  const std::string_view id = AttrView(n, "id");
  if (!id.empty()) {
    h += ' ';
    h += id;
  }
  const std::string_view role = AttrView(n, "role");
  if (!role.empty()) {
    h += " role-";
    h += role;
  }
  for (char& c : h) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string LowerHint(const xmlNode* n) {
  std::string h;
  LowerHintInto(n, h);
  return h;
}

bool HasAny(std::string_view h, std::initializer_list<std::string_view> subs) {
  for (std::string_view s : subs) {
    if (h.find(s) != std::string_view::npos) return true;
  }
  return false;
}

Hint ClassifyHint(const std::string& h) {
  Hint raw = ClassifyHintRaw(h);
  if (raw == Hint::kNone || raw == Hint::kWeak) return raw;
  const bool comments = HasAny(h, {"comment", "disqus"});
  if (!comments && HasAny(h, {"content", "article", "body", "main", "story",
                              "entry", "column", "text"})) {
    return raw == Hint::kAlways ? Hint::kStrong : Hint::kWeak;
  }
  return raw;
}

Hint ClassifyHintRaw(const std::string& h) {
  if (h.empty()) return Hint::kNone;
  static const RE2* const kProtect = HintPattern(
      "articlebody|article-body|article__body|article_body|story-body|"
      "storybody|entry-content|post-content|article-content|articlecontent|"
      "main-content|post-body|body-text|story-text|article-text|articletext|"
      "story-content|rich-text|body-copy");
  static const RE2* const kAlways = HintPattern(
      "comment|disqus|cookie|consent|gdpr|newsletter|outbrain|taboola|"
      "related|recommend|sharing|share-|-share|_share|social|sidebar|"
      "breadcrumb|advert|sponsor|popup|modal|subscribe|signup|sign-up|"
      "most-popular|mostpopular|most-read|trending|read-more|readmore|"
      "more-stories|pullquote|pull-quote|caption|role-navigation|role-banner|"
      "role-contentinfo|role-complementary|role-menu|role-dialog|role-alert|"
      "skip-link|skiplink|visually-hidden|sr-only|screen-reader|author-bio|"
      "authorbio|tag-list|taglist|navbar|ad-slot|adslot|ad-container|"
      "ad-wrapper|adwrapper|ad-unit|adunit|gpt-ad|inline-ad|print-only|"
      "toolbar|pagination|pager|jump-link|"
      "(?:^|[^a-z0-9])(?:ad|ads|nav|menu|share|tags|footer|copyright|sponsored|"
      "dfp)(?:[^a-z0-9]|$)");
  static const RE2* const kStrong = HintPattern(
      "byline|dateline|timestamp|keywords|promo|author-info|masthead|"
      "(?:^|[^a-z0-9])(?:header|meta|tools|widget|banner|rail|credit|credits|"
      "hide|hidden|print|topics|embed|gallery|slideshow|carousel|player|video|"
      "toc)(?:[^a-z0-9]|$)");
  static const RE2* const kWeak = HintPattern(
      "(?:^|[^a-z0-9])(?:media|image|photo|img|figure|author|bio|info|aside|"
      "extra|links|list|more|teaser|card|box|module|tease)(?:[^a-z0-9]|$)");
  if (RE2::PartialMatch(h, *kProtect)) return Hint::kNone;
  if (RE2::PartialMatch(h, *kAlways)) return Hint::kAlways;
  if (RE2::PartialMatch(h, *kStrong)) return Hint::kStrong;
  if (RE2::PartialMatch(h, *kWeak)) return Hint::kWeak;
  return Hint::kNone;
}

bool IsHidden(const xmlNode* n) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    const std::string_view name = reinterpret_cast<const char*>(a->name);
    if (name == "hidden") return true;
    if (name == "aria-hidden" && AttrView(n, "aria-hidden") == "true") {
      return true;
    }
    if (name == "style") {
      const std::string_view raw = AttrView(n, "style");
      // Most styles say neither; only those that might are normalised.
      const auto mentions = [raw](std::string_view lower,
                                  std::string_view upper) {
        return raw.find(lower) != std::string_view::npos ||
               raw.find(upper) != std::string_view::npos;
      };
      if (!mentions("one", "ONE") && !mentions("idden", "IDDEN")) continue;
      std::string style(raw);
      style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
      std::transform(style.begin(), style.end(), style.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      if (style.find("display:none") != std::string::npos ||
          style.find("visibility:hidden") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace whosaid::ingest
