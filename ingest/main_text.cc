#include "ingest/main_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ingest/html_dom.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

// ---------------------------------------------------------------- tags

bool IsDroppedTag(std::string_view n) {
  static constexpr std::array<std::string_view, 22> kDropped = {
      "script", "style",  "noscript", "template", "iframe", "svg",
      "canvas", "button", "select",   "input",    "textarea", "object",
      "embed",  "video",  "audio",    "nav",      "footer",   "aside",
      "figure", "figcaption", "title", "dialog"};
  return std::find(kDropped.begin(), kDropped.end(), n) != kDropped.end();
}

bool IsInlineTag(std::string_view n) {
  static constexpr std::array<std::string_view, 33> kInline = {
      "a",    "abbr", "b",    "bdi",  "bdo",  "cite",   "code", "data",
      "dfn",  "em",   "i",    "kbd",  "mark", "q",      "s",    "samp",
      "small", "span", "strong", "sub", "sup", "time",  "u",    "var",
      "font", "wbr",  "ins",  "del",  "label", "big",   "tt",   "nobr",
      "img"};
  return std::find(kInline.begin(), kInline.end(), n) != kInline.end();
}

bool IsHeading(std::string_view n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

// ---------------------------------------------------------------- hints

// Writes into `h` (reused by the caller to spare an allocation per element).
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

// kAlways: boilerplate whatever its size (comments, related lists, ...).
// kStrong: boilerplate unless it holds paragraph text (a "widget" can be the
// article). kWeak: boilerplate only when it holds almost no paragraph text.
enum class Hint { kNone, kWeak, kStrong, kAlways };

Hint ClassifyHintRaw(const std::string& h);

// What the class, id and role say about an element. Words that name content
// ("content-with-sidebar", "article-meta") soften the verdict by one step,
// as Readability's "maybe a candidate" does.
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

// One RE2 per list of class/id fragments: a single pass over the hint
// instead of a search per fragment.
RE2* HintPattern(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(16 << 20);
  return new RE2(pattern, options);
}

Hint ClassifyHintRaw(const std::string& h) {
  if (h.empty()) return Hint::kNone;
  static const RE2* const kProtect = HintPattern(
      "articlebody|article-body|article__body|article_body|story-body|storybody|entry-content|post-content|article-content|articlecontent|main-content|post-body|body-text|story-text|article-text|articletext|story-content|rich-text|body-copy");
  static const RE2* const kAlways = HintPattern(
      "comment|disqus|cookie|consent|gdpr|newsletter|outbrain|taboola|related|recommend|sharing|share-|-share|_share|social|sidebar|breadcrumb|advert|sponsor|popup|modal|subscribe|signup|sign-up|most-popular|mostpopular|most-read|trending|read-more|readmore|more-stories|pullquote|pull-quote|caption|role-navigation|role-banner|role-contentinfo|role-complementary|role-menu|role-dialog|role-alert|skip-link|skiplink|visually-hidden|sr-only|screen-reader|author-bio|authorbio|tag-list|taglist|navbar|ad-slot|adslot|ad-container|ad-wrapper|adwrapper|ad-unit|adunit|gpt-ad|inline-ad|print-only|toolbar|pagination|pager|jump-link|(?:^|[^a-z0-9])(?:ad|ads|nav|menu|share|tags|footer|copyright|sponsored|dfp)(?:[^a-z0-9]|$)");
  static const RE2* const kStrong = HintPattern(
      "byline|dateline|timestamp|keywords|promo|author-info|masthead|(?:^|[^a-z0-9])(?:header|meta|tools|widget|banner|rail|credit|credits|hide|hidden|print|topics|embed|gallery|slideshow|carousel|player|video|toc)(?:[^a-z0-9]|$)");
  static const RE2* const kWeak = HintPattern(
      "(?:^|[^a-z0-9])(?:media|image|photo|img|figure|author|bio|info|aside|extra|links|list|more|teaser|card|box|module|tease)(?:[^a-z0-9]|$)");
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

// ---------------------------------------------------------------- stats

struct Stats {
  uint32_t text = 0;  // non-blank bytes in the subtree
  uint32_t link = 0;  // of which inside links
  uint32_t good = 0;  // of which in blocks that read as paragraphs
  uint32_t own_text = 0;  // non-blank bytes whose nearest block is this one
  uint32_t own_link = 0;
  uint32_t own_commas = 0;
  // Text and link bytes of the boilerplate the hint pass removed from the
  // subtree: evidence of what surrounded the paragraphs that are left.
  uint32_t cut_text = 0;
  uint32_t cut_link = 0;
  bool has_blocks = false;  // some block element has this one as its nearest
  double content = 0;  // Readability's content score gathered from blocks
  xmlNode* node = nullptr;
};

uint32_t NonBlank(const xmlChar* s, uint32_t* commas) {
  uint32_t n = 0;
  for (; *s; ++s) {
    if (!std::isspace(*s)) ++n;
    if (*s == ',') ++*commas;
  }
  return n;
}

size_t IndexOf(const xmlNode* n) {
  return reinterpret_cast<size_t>(n->_private);
}

// Visits every node under and including `root`; enter(n) returns whether to
// descend, exit(n) runs after the children of every entered node.
template <typename Enter, typename Exit>
void Traverse(xmlNode* root, Enter&& enter, Exit&& exit) {
  if (!enter(root) || !root->children) {
    exit(root);
    return;
  }
  xmlNode* n = root->children;
  for (;;) {
    if (enter(n) && n->children) {
      n = n->children;
      continue;
    }
    exit(n);
    while (!n->next) {
      n = n->parent;
      exit(n);
      if (n == root) return;
    }
    n = n->next;
  }
}

class Pruner {
 public:
  Pruner() = default;
  Pruner(const Pruner&) = delete;
  Pruner& operator=(const Pruner&) = delete;
  // Unlinked nodes are freed only now, so that pointers into them stay
  // valid (and detectably detached) while the caller picks a container.
  ~Pruner() {
    for (xmlNode* n : removed_) xmlFreeNode(n);
  }

  // Removes boilerplate from the tree under `root` and measures what is
  // left: a first measuring pass that drops scripts, hidden and structural
  // boilerplate tags; a top-down pass that drops elements whose class/id
  // hints say boilerplate, unless they hold much of the page's paragraph
  // text; and a second measuring pass over what remains.
  void Run(xmlNode* root) {
    Measure(root, /*drop_tags=*/true);
    DropByHints(root);
    Measure(root, /*drop_tags=*/false);
    for (const Cut& c : cuts_) {
      for (xmlNode* a = c.parent; a && a->type == XML_ELEMENT_NODE;
           a = a->parent) {
        if (!a->_private) break;
        Stats& s = stats_[IndexOf(a)];
        s.cut_text += c.text;
        s.cut_link += c.link;
        if (a == root) break;
      }
    }
  }

  const std::vector<Stats>& stats() const { return stats_; }
  const std::vector<xmlNode*>& microdata() const { return microdata_; }
  const std::vector<xmlNode*>& articles() const { return articles_; }

 private:
  void Measure(xmlNode* root, bool drop_tags) {
    drop_tags_ = drop_tags;
    stats_.clear();
    hints_.clear();
    microdata_.clear();
    articles_.clear();
    block_stack_.assign(1, 0);
    link_depth_ = 0;
    stats_.push_back({});  // index 0: "no element"
    hints_.push_back(Hint::kNone);
    const size_t first_removed = removed_.size();
    Traverse(root, [this](xmlNode* n) { return Enter(n); },
             [this](xmlNode* n) { Exit(n); });
    for (size_t i = first_removed; i < removed_.size(); ++i) {
      xmlUnlinkNode(removed_[i]);
    }
  }

  void DropByHints(xmlNode* root) {
    const double total = root->_private ? stats_[IndexOf(root)].good : 0;
    std::vector<xmlNode*> drop;
    WalkElements(root, [&](xmlNode* n) {
      if (!n->_private) return false;
      const size_t i = IndexOf(n);
      const Stats& s = stats_[i];
      const Hint h = hints_[i];
      const std::string_view name = NodeName(n);
      if ((articles_.size() >= 3 && IsArticleList(n)) || IsCardList(n)) {
        drop.push_back(n);
        return false;
      }
      if (h == Hint::kNone && name != "header" && name != "form") return true;
      if (IsEmbeddedPost(n)) return true;
      const bool link_dense = s.link * 2 > s.text;
      const bool major = s.good >= 0.3 * total && s.good >= 400;
      bool out = false;
      switch (h) {
        case Hint::kAlways: out = !major; break;
        case Hint::kStrong: out = s.good < 200 || link_dense; break;
        // A weak box without links that holds a sentence is more likely a
        // paragraph in a "card" than an info box.
        case Hint::kWeak:
          out = (s.good < 100 && (s.link > 0 || s.good < 40)) || link_dense;
          break;
        default: out = s.good < 100; break;  // <header> and <form>
      }
      if (HasAny(LowerHint(n), {"comment", "disqus"}) && s.good < 0.6 * total) {
        out = true;
      }
      if (!out) return true;
      if (std::getenv("WHOSAID_DEBUG_MAIN")) std::fprintf(stderr, "hint-drop %s.%s#%s good=%u text=%u %s\n", std::string(name).c_str(), std::string(AttrView(n, "class")).c_str(), std::string(AttrView(n, "id")).c_str(), s.good, s.text, NodeText(n, 200).substr(0, 100).c_str());
      drop.push_back(n);
      return false;
    });
    for (xmlNode* n : drop) {
      const Stats& s = stats_[IndexOf(n)];
      cuts_.push_back({n->parent, s.text, s.link});
      xmlUnlinkNode(n);
      removed_.push_back(n);
    }
  }

  // A social post quoted in the article (<blockquote class="twitter-tweet">
  // and its kin, or a box around one): what someone said, so body text
  // whatever its wrapper's class says.
  static bool IsEmbeddedPost(const xmlNode* n, int depth = 0) {
    if (NodeName(n) == "blockquote") {
      std::string cls(AttrView(n, "class"));
      std::transform(cls.begin(), cls.end(), cls.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      return HasAny(cls, {"twitter-tweet", "instagram-media", "tiktok-embed",
                          "bluesky-embed", "mastodon-embed"});
    }
    if (depth >= 3) return false;
    const xmlNode* only = nullptr;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || NodeName(c) == "script") continue;
      if (only) return false;
      only = c;
    }
    return only && IsEmbeddedPost(only, depth + 1);
  }

  static bool HasPicture(xmlNode* n) {
    bool found = false;
    WalkElements(n, [&found](xmlNode* e) {
      found = found || NodeName(e) == "img" || NodeName(e) == "picture";
      return !found;
    });
    return found;
  }

  // A list of teasers: three or more children of `n` that are, or wrap, an
  // <article> (<ul><li><article>...), none of which holds half of the
  // paragraph text of `n`. One article with its sections, or a page that is
  // one article among short boxes, is not a list.
  bool IsArticleList(const xmlNode* n) const {
    const std::string_view name = NodeName(n);
    if (name == "body" || name == "html" || name == "main") return false;
    const uint32_t good = stats_[IndexOf(n)].good;
    auto is_item = [&](const xmlNode* c) {
      return c->type == XML_ELEMENT_NODE && NodeName(c) == "article";
    };
    auto dominant = [&](const xmlNode* a) {
      return a->_private && stats_[IndexOf(a)].good * 2 >= good;
    };
    int items = 0;
    for (const xmlNode* c = n->children; c; c = c->next) {
      const xmlNode* item = is_item(c) ? c : nullptr;
      for (const xmlNode* g = c->children; g && !item; g = g->next) {
        if (is_item(g)) item = g;
      }
      if (!item) continue;
      if (dominant(item)) return false;
      ++items;
    }
    return items >= 3;
  }

  // Teaser cards: three or more children sharing a class, each a short box
  // (under 300 non-blank bytes) holding a link and a picture, that make up
  // most of the text of `n`. (Paragraphs that share a class and carry a
  // link have no picture in them.)
  bool IsCardList(const xmlNode* n) const {
    const Stats& ns = stats_[IndexOf(n)];
    std::string_view cls;
    int cards = 0;
    uint32_t card_text = 0;
    for (xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
      const Stats& cs = stats_[IndexOf(c)];
      const std::string_view c_cls = AttrView(c, "class");
      if (c_cls.empty() || cs.link == 0 || cs.text >= 300 || !HasPicture(c)) {
        continue;
      }
      if (cards > 0 && c_cls != cls) return false;
      cls = c_cls;
      ++cards;
      card_text += cs.text;
    }
    return cards >= 3 && card_text * 10 >= ns.text * 6;
  }

  // Pages repeat a handful of class strings over hundreds of elements;
  // each is classified once.
  Hint CachedHint(const xmlNode* n) {
    LowerHintInto(n, hint_buf_);
    const auto it = hint_cache_.find(hint_buf_);
    if (it != hint_cache_.end()) return it->second;
    const Hint h = ClassifyHint(hint_buf_);
    hint_cache_.emplace(hint_buf_, h);
    return h;
  }

  bool Enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (!n->content) return false;
      Stats& b = stats_[block_stack_.back()];
      const uint32_t len = NonBlank(n->content, &b.own_commas);
      b.own_text += len;
      if (link_depth_ > 0) b.own_link += len;
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    n->_private = nullptr;
    const std::string_view name = NodeName(n);
    if (drop_tags_ && (IsDroppedTag(name) || IsHidden(n))) {
      removed_.push_back(n);
      return false;
    }
    stats_.push_back({});
    stats_.back().node = n;
    n->_private = reinterpret_cast<void*>(stats_.size() - 1);
    // Hints matter only to DropByHints, after the first pass.
    const bool exempt = !drop_tags_ || name == "body" || name == "html" ||
                        name == "main" || name == "article" ||
                        (!n->properties);
    hints_.push_back(exempt ? Hint::kNone : CachedHint(n));
    if (AttrView(n, "itemprop") == "articleBody") microdata_.push_back(n);
    if (name == "article") articles_.push_back(n);
    if (name == "a") ++link_depth_;
    if (!IsInlineTag(name)) {
      stats_[block_stack_.back()].has_blocks = true;
      block_stack_.push_back(stats_.size() - 1);
    }
    return true;
  }

  void Exit(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || !n->_private) return;
    const std::string_view name = NodeName(n);
    if (name == "a") --link_depth_;
    Stats& s = stats_[IndexOf(n)];
    if (!IsInlineTag(name)) {
      block_stack_.pop_back();
      const uint32_t min_len = name == "p" ? 20 : 60;
      if (s.own_text >= min_len && s.own_link * 10 < s.own_text * 4 &&
          !IsHeading(name)) {
        s.good += s.own_text - s.own_link;
      }
      s.text += s.own_text;
      s.link += s.own_link;
      if (s.own_text >= s.own_link + 25 && s.own_link * 2 < s.own_text &&
          !IsHeading(name)) {
        // Readability: a paragraph scores for its parent, half for its
        // grandparent, less for older ancestors. Text set straight into an
        // element beside block children (text, <br>s, then a <div>) is a
        // paragraph of that element, which therefore counts as its parent.
        const double score = 1 + s.own_commas +
                             std::min(s.own_text / 100.0, 3.0);
        int level = 0;
        xmlNode* first = s.has_blocks ? n : n->parent;
        for (xmlNode* a = first; a && level < 5; a = a->parent, ++level) {
          if (a->type != XML_ELEMENT_NODE || !a->_private) break;
          const double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          stats_[IndexOf(a)].content += score / div;
        }
      }
    }
    xmlNode* p = n->parent;
    if (p && p->type == XML_ELEMENT_NODE && p->_private) {
      Stats& ps = stats_[IndexOf(p)];
      ps.text += s.text;
      ps.link += s.link;
      ps.good += s.good;
    }
  }

  struct Cut {
    xmlNode* parent;
    uint32_t text, link;
  };

  std::vector<Stats> stats_;
  std::vector<Hint> hints_;
  std::vector<Cut> cuts_;
  absl::flat_hash_map<std::string, Hint> hint_cache_;
  std::string hint_buf_;
  std::vector<size_t> block_stack_;
  std::vector<xmlNode*> removed_;
  std::vector<xmlNode*> microdata_;
  std::vector<xmlNode*> articles_;
  int link_depth_ = 0;
  bool drop_tags_ = true;
};


// ---------------------------------------------------------------- output

bool IsBoilerplateLine(std::string_view text) {
  std::string low(text.substr(0, 60));
  std::transform(low.begin(), low.end(), low.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  while (!low.empty() && (low.back() == ':' || low.back() == '.')) {
    low.pop_back();
  }
  // Whole-line labels whose box was removed; "iklan" is Indonesian for
  // advertisement.
  // clang-format off
  static constexpr std::array<std::string_view, 24> kLines = {
      "advertisement",       "story continues below advertisement",
      "continue reading",    "continue reading the main story",
      "share",               "share this",
      "share this article",  "related",
      "read more",           "related articles",
      "sponsored",           "scroll to continue with content",
      "skip advertisement",  "supported by",
      "advert",              "iklan",
      "comments",            "comment",
      "you may also like",   "you might also like",
      "don't miss",          "topics",
      "more",                "tell us what you think"};
  // clang-format on
  if (text.size() > 60) return false;
  if (std::find(kLines.begin(), kLines.end(), low) != kLines.end()) {
    return true;
  }
  // A gallery's counter: "Image 3 of 5", "Photo 2/7".
  static const LazyRE2 kCounter = {
      R"((?:image|photo|picture|slide)\s+\d+\s*(?:of|/)\s*\d+)"};
  return RE2::FullMatch(low, *kCounter);
}

class Emitter {
 public:
  // With `filter`, link lists and boilerplate lines ("Advertisement") are
  // left out.
  explicit Emitter(MainText& out, bool filter = true)
      : out_(out), filter_(filter) {}

  // Emits the blocks under `root`; call once per chosen node, then Finish.
  void Run(xmlNode* root) {
    Traverse(root, [this](xmlNode* n) { return Enter(n); },
             [this](xmlNode* n) { Exit(n); });
    Flush();
  }
  void Finish() { Flush(); }

 private:
  bool Enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) {
        const size_t before = para_.size();
        AppendCollapsed(para_, reinterpret_cast<const char*>(n->content));
        if (link_depth_ > 0) link_bytes_ += para_.size() - before;
      }
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    const std::string_view name = NodeName(n);
    if (name == "br") {
      Flush();
      return false;
    }
    if (name == "a") ++link_depth_;
    if (!IsInlineTag(name)) {
      Flush();
      if (IsHeading(name)) ++heading_;
      if (name == "blockquote") ++quote_;
      if (name == "li" || name == "dd" || name == "dt") ++item_;
      if (name == "pre") ++pre_;
    } else if (!para_.empty() && para_.back() != ' ' &&
               (name == "img")) {
      para_ += ' ';
    }
    return true;
  }

  void Exit(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    const std::string_view name = NodeName(n);
    if (name == "a") --link_depth_;
    if (!IsInlineTag(name) && name != "br") {
      Flush();
      if (IsHeading(name)) --heading_;
      if (name == "blockquote") --quote_;
      if (name == "li" || name == "dd" || name == "dt") --item_;
      if (name == "pre") --pre_;
    }
  }

  void Flush() {
    const std::string_view text = TrimText(para_);
    const size_t links = std::min(link_bytes_, para_.size());
    if (!text.empty() && (!filter_ || (links * 2 <= text.size() + 2 &&
                                       !IsBoilerplateLine(text)))) {
      nlp::BlockKind kind = nlp::BlockKind::kParagraph;
      if (item_ > 0) kind = nlp::BlockKind::kListItem;
      if (pre_ > 0) kind = nlp::BlockKind::kPre;
      if (quote_ > 0) kind = nlp::BlockKind::kBlockQuote;
      if (heading_ > 0) kind = nlp::BlockKind::kHeading;
      if (!out_.text.empty()) out_.text += "\n\n";
      const size_t start = out_.text.size();
      out_.text += text;
      out_.blocks.push_back({{start, out_.text.size()}, kind});
    }
    para_.clear();
    link_bytes_ = 0;
  }

  MainText& out_;
  const bool filter_;
  std::string para_;
  size_t link_bytes_ = 0;
  int link_depth_ = 0;
  int heading_ = 0;
  int quote_ = 0;
  int item_ = 0;
  int pre_ = 0;
};

// Transcripts that set a speaker's label as a block of its own ("MS. LIN:"
// in a <p><strong> of its own, or a heading) get it back at the start of
// what the speaker said, so that nlp sees "MS. LIN: We ...".
bool IsSpeakerLabel(std::string_view t) {
  if (t.size() < 2 || t.size() > 60 || t.back() != ':') return false;
  size_t letters = 0, upper = 0;
  for (unsigned char c : t) {
    if (std::isalpha(c)) {
      ++letters;
      if (std::isupper(c)) ++upper;
    }
  }
  return letters > 0 && upper * 10 >= letters * 6;
}

void JoinSpeakerLabels(MainText& m) {
  bool any = false;
  for (size_t i = 0; i + 1 < m.blocks.size() && !any; ++i) {
    any = IsSpeakerLabel(std::string_view(m.text).substr(
        m.blocks[i].span.start, m.blocks[i].span.size()));
  }
  if (!any) return;
  MainText r;
  r.method = m.method;
  std::string label;
  for (size_t i = 0; i < m.blocks.size(); ++i) {
    const nlp::Block& b = m.blocks[i];
    const std::string_view t =
        std::string_view(m.text).substr(b.span.start, b.span.size());
    if (i + 1 < m.blocks.size() && IsSpeakerLabel(t)) {
      label = std::string(t) + " ";
      continue;
    }
    if (!r.text.empty()) r.text += "\n\n";
    const size_t start = r.text.size();
    r.text += label;
    r.text += t;
    r.blocks.push_back({{start, r.text.size()},
                        label.empty() ? b.kind : nlp::BlockKind::kParagraph});
    label.clear();
  }
  m = std::move(r);
}

// Drops a leading heading that repeats the title, and headings left at the
// very end (a "Related" header whose list was removed).
void TrimHeadings(MainText& m, std::string_view title) {
  auto rebuild = [&m](size_t first, size_t last) {
    MainText r;
    r.method = m.method;
    for (size_t i = first; i < last; ++i) {
      const nlp::Block& b = m.blocks[i];
      if (!r.text.empty()) r.text += "\n\n";
      const size_t start = r.text.size();
      r.text.append(m.text, b.span.start, b.span.size());
      r.blocks.push_back({{start, r.text.size()}, b.kind});
    }
    m = std::move(r);
  };
  size_t first = 0;
  size_t last = m.blocks.size();
  // The headline, and the kicker or section label above it, belong to the
  // metadata, not the body.
  auto block_text = [&m](size_t i) {
    return std::string_view(m.text).substr(m.blocks[i].span.start,
                                           m.blocks[i].span.size());
  };
  for (size_t i = 0; i < last && i < 4 && !title.empty(); ++i) {
    const std::string_view t = block_text(i);
    // Some pages set the headline as a styled paragraph; then only an
    // exact repeat of the title gives it away.
    if (t == title || (m.blocks[i].kind == nlp::BlockKind::kHeading &&
                       t.size() >= 20 && title.find(t) == 0)) {
      first = i + 1;
      break;
    }
    if (t.size() > 80) break;
  }
  // A dateline set as a paragraph of its own above the text ("Published
  // November 20th, 2019 - 07:50 GMT", "05/10/2018 - Publicado por: ...")
  // is metadata too.
  static const LazyRE2 kDateline = {
      R"((?i)\b(?:published|updated|posted|publicado|publicada|publié|pubblicato|veröffentlicht)\b)"};
  while (first < last && first < 4) {
    const std::string_view t = block_text(first);
    const bool digit = std::any_of(t.begin(), t.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (t.size() > 120 || !digit || !RE2::PartialMatch(t, *kDateline)) break;
    ++first;
  }
  while (last > first && m.blocks[last - 1].kind == nlp::BlockKind::kHeading) {
    --last;
  }
  if (first != 0 || last != m.blocks.size()) rebuild(first, last);
}

// The most CandidateScore adds to a content score (a <div> with a content
// hint), so that candidates that cannot win are not scored at all.
constexpr double kMaxCandidateBonus = 5 + 25;

// Readability's final score of a candidate: its gathered content score,
// a bonus by tag and by class/id, less its link density.
double CandidateScore(const Stats& s) {
  const std::string_view name = NodeName(s.node);
  double bonus = 0;
  if (name == "div" || name == "article") bonus = 5;
  if (name == "pre" || name == "td" || name == "blockquote") bonus = 3;
  if (name == "address" || name == "ol" || name == "ul" || name == "dl" ||
      name == "dd" || name == "dt" || name == "li" || name == "form") {
    bonus = -3;
  }
  if (IsHeading(name) || name == "th") bonus = -5;
  const std::string hint = LowerHint(s.node);
  if (!hint.empty()) {
    const Hint raw = ClassifyHintRaw(hint);
    if (raw != Hint::kNone && raw != Hint::kWeak) bonus -= 25;
    if (HasAny(hint, {"article", "body", "content", "entry", "main", "post",
                      "text", "blog", "story"})) {
      bonus += 25;
    }
  }
  const double link_density = s.text ? static_cast<double>(s.link) / s.text : 0;
  return (s.content + bonus) * (1 - link_density);
}

// The top candidate and the siblings that belong with it, in order.
std::vector<xmlNode*> PickReadability(const std::vector<Stats>& stats) {
  size_t top = 0;
  double top_score = 0;
  for (size_t i = 1; i < stats.size(); ++i) {
    if (stats[i].content <= 0 || stats[i].good == 0) continue;
    if (top != 0 && stats[i].content + kMaxCandidateBonus <= top_score) {
      continue;
    }
    const double score = CandidateScore(stats[i]);
    if (top == 0 || score > top_score) {
      top = i;
      top_score = score;
    }
  }
  if (top == 0) return {};
  xmlNode* node = stats[top].node;
  // A parent that scores about as well holds more of the article.
  for (int up = 0; up < 3; ++up) {
    xmlNode* p = node->parent;
    if (!p || p->type != XML_ELEMENT_NODE || !p->_private) break;
    const Stats& ps = stats[IndexOf(p)];
    if (NodeName(p) == "body" || CandidateScore(ps) < top_score * 0.95) break;
    node = p;
  }
  // Articles split over several wrappers (one per paragraph, or a body
  // interrupted by ad slots): climb while an ancestor adds mostly paragraph
  // text.
  xmlNode* cur = node;
  for (int up = 0; up < 6; ++up) {
    xmlNode* p = cur->parent;
    if (!p || p->type != XML_ELEMENT_NODE || !p->_private ||
        NodeName(p) == "body") {
      break;
    }
    cur = p;
    const Stats& ns = stats[IndexOf(node)];
    const Stats& ps = stats[IndexOf(p)];
    const double more_good = static_cast<double>(ps.good) - ns.good;
    const double more_junk =
        static_cast<double>(ps.text - ps.good) - (ns.text - ns.good);
    if (more_good == 0 && more_junk <= 0) continue;  // a plain wrapper
    if (more_good < 0.2 * ns.good || more_junk > 0.5 * more_good) break;
    // Teasers beside the article: their excerpts read as paragraphs, but
    // their headlines are links, counted even when the hints removed them
    // and left the excerpts behind.
    const double more_text =
        static_cast<double>(ps.text + ps.cut_text) - (ns.text + ns.cut_text);
    const double more_link =
        static_cast<double>(ps.link + ps.cut_link) - (ns.link + ns.cut_link);
    if (more_link > 0.25 * more_text) break;
    node = p;
    up = 0;
  }
  xmlNode* parent = node->parent;
  if (!parent || parent->type != XML_ELEMENT_NODE || NodeName(node) == "body") {
    return {node};
  }
  const double threshold = std::max(10.0, top_score * 0.2);
  std::vector<xmlNode*> picked;
  for (xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !c->_private) continue;
    if (c == node) {
      picked.push_back(c);
      continue;
    }
    const Stats& cs = stats[IndexOf(c)];
    const double ld = cs.text ? static_cast<double>(cs.link) / cs.text : 0;
    bool take = cs.content > 0 && CandidateScore(cs) >= threshold;
    if (!take && NodeName(c) == "p") {
      take = (cs.text >= 80 && ld < 0.25) ||
             (cs.text > 0 && cs.text < 80 && cs.link == 0 &&
              cs.own_text > 0);
    }
    if (take) picked.push_back(c);
  }
  return picked;
}

void DebugCandidates(const std::vector<Stats>& stats) {
  std::vector<std::pair<double, size_t>> ranked;
  for (size_t i = 1; i < stats.size(); ++i) {
    if (stats[i].content > 0) ranked.push_back({CandidateScore(stats[i]), i});
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t k = 0; k < ranked.size() && k < 6; ++k) {
    const Stats& s = stats[ranked[k].second];
    std::string path;
    for (xmlNode* p = s.node; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
      path = std::string(NodeName(p)) + "." +
             std::string(AttrView(p, "class")).substr(0, 30) + "#" +
             std::string(AttrView(p, "id")).substr(0, 20) + " > " + path;
    }
    std::fprintf(stderr, "%.1f content=%.1f good=%u text=%u link=%u %s\n",
                 ranked[k].first, s.content, s.good, s.text, s.link,
                 path.c_str());
  }
}

}  // namespace

MainText ExtractMainText(xmlDoc* doc, std::string_view title) {
  MainText out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return out;
  Pruner pruner;
  pruner.Run(root);
  const std::vector<Stats>& stats = pruner.stats();
  if (std::getenv("WHOSAID_DEBUG_MAIN")) DebugCandidates(stats);
  std::vector<xmlNode*> chosen = PickReadability(stats);
  out.method = "density";
  if (chosen.empty()) {
    // No block reads as a paragraph (a short page, a notice): keep what the
    // pruning left of the body.
    xmlNode* body = root;
    WalkElements(root, [&body, root](xmlNode* n) {
      if (NodeName(n) == "body") body = n;
      return body == root;
    });
    Emitter emitter(out);
    emitter.Run(body);
    out.method = "short";
    TrimHeadings(out, title);
    return out;
  }
  uint32_t best_good = 0;
  for (xmlNode* n : chosen) best_good += stats[IndexOf(n)].good;
  for (xmlNode* m : pruner.microdata()) {
    if (stats[IndexOf(m)].good * 2 >= best_good) {
      chosen = {m};
      out.method = "microdata";
      break;
    }
  }
  if (out.method == "density" && !std::getenv("WHOSAID_NO_ARTICLE")) {
    xmlNode* top = nullptr;
    for (xmlNode* a : pruner.articles()) {
      if (!top || stats[IndexOf(a)].good > stats[IndexOf(top)].good) top = a;
    }
    if (top && stats[IndexOf(top)].good * 10 >= best_good * 7 &&
        stats[IndexOf(top)].good * 10 <= best_good * 15) {
      chosen = {top};
      out.method = "article";
    }
  }
  if (std::getenv("WHOSAID_DEBUG_MAIN")) {
    for (xmlNode* n : chosen) {
      std::fprintf(stderr, "chosen[%s] %s.%s#%s good=%u\n", out.method.c_str(),
                   std::string(NodeName(n)).c_str(),
                   std::string(AttrView(n, "class")).c_str(),
                   std::string(AttrView(n, "id")).c_str(),
                   stats[IndexOf(n)].good);
    }
  }
  Emitter emitter(out);
  for (xmlNode* n : chosen) emitter.Run(n);
  emitter.Finish();
  TrimHeadings(out, title);
  JoinSpeakerLabels(out);
  return out;
}

MainText AllBlocks(xmlDoc* doc) {
  MainText out;
  out.method = "all";
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return out;
  std::vector<xmlNode*> drop;
  WalkElements(root, [&drop](xmlNode* n) {
    const std::string_view name = NodeName(n);
    if (name == "script" || name == "style" || name == "template" ||
        name == "head") {
      drop.push_back(n);
      return false;
    }
    return true;
  });
  for (xmlNode* n : drop) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }
  Emitter emitter(out, /*filter=*/false);
  emitter.Run(root);
  emitter.Finish();
  return out;
}

MainText MainTextFromPlain(std::string_view text) {
  MainText out;
  out.method = "json-ld";
  std::string para;
  auto flush = [&] {
    const std::string_view t = TrimText(para);
    if (!t.empty()) {
      if (!out.text.empty()) out.text += "\n\n";
      const size_t start = out.text.size();
      out.text += t;
      out.blocks.push_back({{start, out.text.size()}, nlp::BlockKind::kParagraph});
    }
    para.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    const size_t nl = text.find('\n', i);
    const std::string_view line =
        text.substr(i, nl == std::string_view::npos ? std::string_view::npos
                                                   : nl - i);
    AppendCollapsed(para, line);
    flush();
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return out;
}

}  // namespace whosaid::ingest
