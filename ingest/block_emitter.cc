#include "ingest/block_emitter.h"

#include <algorithm>
#include <string_view>

#include "ingest/element_hints.h"
#include "ingest/html_dom.h"
#include "ingest/main_text_cleanup.h"

namespace whosaid::ingest {

void BlockEmitter::Run(xmlNode* root) {
  Traverse(
      root, [this](xmlNode* n) { return Enter(n); },
      [this](xmlNode* n) { Exit(n); });
  Flush();
}

bool BlockEmitter::Enter(xmlNode* n) {
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
  } else if (!para_.empty() && para_.back() != ' ' && (name == "img")) {
    para_ += ' ';
  }
  return true;
}

void BlockEmitter::Exit(xmlNode* n) {
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

void BlockEmitter::Flush() {
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

}  // namespace whosaid::ingest
