// Internal to main-text extraction: what an element's tag name and its class,
// id and role attributes say about it (block or inline, never body text,
// boilerplate by its hints, hidden).
//
// Not part of the public ingest interface: other folders use main_text.h.
// Stateless; thread-safe (the hint patterns are compiled once, on first use).

#ifndef WHOSAID_INGEST_ELEMENT_HINTS_H_
#define WHOSAID_INGEST_ELEMENT_HINTS_H_

#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>

namespace whosaid::ingest {

// The tag predicates are inline: the pruner and the emitter call them twice
// for every element of a page.

// Whether an element named `n` (lower case) is never body text whatever it
// holds: scripts, styles, form controls, media, <nav>, <footer>, <aside>,
// <figure> and its caption, <title>, <dialog>.
inline bool IsDroppedTag(std::string_view n) {
  static constexpr std::array<std::string_view, 22> kDropped = {
      "script", "style",      "noscript", "template", "iframe",   "svg",
      "canvas", "button",     "select",   "input",    "textarea", "object",
      "embed",  "video",      "audio",    "nav",      "footer",   "aside",
      "figure", "figcaption", "title",    "dialog"};
  return std::find(kDropped.begin(), kDropped.end(), n) != kDropped.end();
}

// Whether an element named `n` flows inside a paragraph (<a>, <em>, <span>,
// <img>, ...) rather than starting a block of its own.
inline bool IsInlineTag(std::string_view n) {
  static constexpr std::array<std::string_view, 33> kInline = {
      "a",      "abbr",  "b",   "bdi",  "bdo",  "cite", "code", "data",  "dfn",
      "em",     "i",     "kbd", "mark", "q",    "s",    "samp", "small", "span",
      "strong", "sub",   "sup", "time", "u",    "var",  "font", "wbr",   "ins",
      "del",    "label", "big", "tt",   "nobr", "img"};
  return std::find(kInline.begin(), kInline.end(), n) != kInline.end();
}

// Whether `n` is h1 ... h6.
inline bool IsHeading(std::string_view n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

// The element's hint: its class, then its id, then " role-" and its role,
// separated by spaces, in ASCII lower case; "" when it has none of them.
// LowerHintInto writes into `h`, replacing its contents, so that a caller
// can reuse one buffer for every element.
void LowerHintInto(const xmlNode* n, std::string& h);
std::string LowerHint(const xmlNode* n);

// Whether `h` contains any of `subs` as a substring.
bool HasAny(std::string_view h, std::initializer_list<std::string_view> subs);

// kAlways: boilerplate whatever its size (comments, related lists, ...).
// kStrong: boilerplate unless it holds paragraph text (a "widget" can be the
// article). kWeak: boilerplate only when it holds almost no paragraph text.
enum class Hint { kNone, kWeak, kStrong, kAlways };

// What a hint (as LowerHint gives it) says about an element, from its class
// and id fragments alone: kNone for "" and for hints that name the article
// body ("article-body", "entry-content", ...), else the strongest of the
// kAlways, kStrong and kWeak fragment lists that matches.
Hint ClassifyHintRaw(const std::string& h);

// ClassifyHintRaw softened by one step (kAlways to kStrong, kStrong to kWeak)
// when the hint also names content ("content-with-sidebar", "article-meta"),
// as Readability's "maybe a candidate" does; comment boxes are never
// softened.
Hint ClassifyHint(const std::string& h);

// Whether the element is hidden by its own attributes:
//   - the `hidden` attribute, with any value but "until-found" (collapsed
//     text the reader can open, which stays part of the article);
//   - aria-hidden="true", in any case, with surrounding whitespace;
//   - an inline style declaring display:none, visibility:hidden or
//     visibility:collapse, in any case, with any whitespace around the
//     property and value, with or without !important.
// A class such as "hidden" is a hint (see ClassifyHintRaw), not a state.
bool IsHidden(const xmlNode* n);

}  // namespace whosaid::ingest

#endif  // WHOSAID_INGEST_ELEMENT_HINTS_H_
