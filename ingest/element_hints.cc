#include "ingest/element_hints.h"

#include <string_view>

#include "ingest/html_dom.h"
#include "nlp/ascii.h"
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

// Whether an inline style declares display:none or visibility:hidden (or
// collapse), in any case, with any spacing, with or without !important.
// Declarations are split at ';' (a ';' inside a quoted value could split one
// wrongly, but never into a display or visibility declaration).
bool StyleHides(std::string_view style) {
  while (!style.empty()) {
    const size_t semi = style.find(';');
    const std::string_view decl = style.substr(0, semi);
    style = semi == std::string_view::npos ? std::string_view()
                                           : style.substr(semi + 1);
    const size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view property = TrimText(decl.substr(0, colon));
    std::string_view value = TrimText(decl.substr(colon + 1));
    const size_t bang = value.find('!');
    if (bang != std::string_view::npos) value = TrimText(value.substr(0, bang));
    if (nlp::EqualsIgnoreAsciiCase(property, "display") &&
        nlp::EqualsIgnoreAsciiCase(value, "none")) {
      return true;
    }
    if (nlp::EqualsIgnoreAsciiCase(property, "visibility") &&
        (nlp::EqualsIgnoreAsciiCase(value, "hidden") ||
         nlp::EqualsIgnoreAsciiCase(value, "collapse"))) {
      return true;
    }
  }
  return false;
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
      "toolbar|pagination|pager|jump-link|popover|tooltip|hovercard|"
      "hover-card|rollover-[a-z-]*block|"
      "(?:^|[^a-z0-9])(?:ad|ads|nav|menu|share|tags|footer|copyright|sponsored|"
      "dfp)(?:[^a-z0-9]|$)");
  static const RE2* const kStrong = HintPattern(
      "byline|dateline|timestamp|keywords|promo|author-info|masthead|"
      "standfirst|strapline|subheadline|sub-headline|"
      "(?:^|[^a-z0-9])(?:dek|deck|kicker|"
      "header|meta|tools|widget|banner|rail|credit|credits|"
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
    if (name == "hidden") {
      // hidden="until-found" is collapsed text a reader can open (and find
      // in the page): still part of the article.
      if (!nlp::EqualsIgnoreAsciiCase(TrimText(AttrView(n, "hidden")), "until-found")) {
        return true;
      }
    } else if (name == "aria-hidden") {
      if (nlp::EqualsIgnoreAsciiCase(TrimText(AttrView(n, "aria-hidden")), "true")) {
        return true;
      }
    } else if (name == "style") {
      if (StyleHides(AttrView(n, "style"))) return true;
    }
  }
  return false;
}

}  // namespace whosaid::ingest
