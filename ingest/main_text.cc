#include "ingest/main_text.h"

#include <cstdint>
#include <vector>

#include "ingest/block_emitter.h"
#include "ingest/candidate_score.h"
#include "ingest/dom_pruner.h"
#include "ingest/html_dom.h"
#include "ingest/main_text_cleanup.h"
#include "ingest/main_text_debug.h"
#include "ingest/node_stats.h"

namespace whosaid::ingest {

MainText ExtractMainText(xmlDoc* doc, std::string_view title) {
  MainText out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return out;
  DomPruner pruner;
  pruner.Run(root);
  const std::vector<NodeStats>& stats = pruner.stats();
  if (MainTextDebug()) DebugCandidates(stats);
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
    BlockEmitter emitter(out);
    emitter.Run(body);
    out.method = "short";
    TrimHeadings(out, title);
    JoinSpeakerLabels(out);
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
  if (out.method == "density") {
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
  if (MainTextDebug()) DebugChosen(chosen, out.method, stats);
  BlockEmitter emitter(out);
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
  BlockEmitter emitter(out, /*filter=*/false);
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
      out.blocks.push_back(
          {{start, out.text.size()}, nlp::BlockKind::kParagraph});
    }
    para.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    const size_t nl = text.find('\n', i);
    const std::string_view line = text.substr(
        i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
    AppendCollapsed(para, line);
    flush();
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return out;
}

}  // namespace whosaid::ingest
