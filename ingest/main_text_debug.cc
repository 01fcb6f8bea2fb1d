#include "ingest/main_text_debug.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "ingest/candidate_score.h"
#include "ingest/html_dom.h"

namespace whosaid::ingest {

bool MainTextDebug() { return std::getenv("WHOSAID_DEBUG_MAIN") != nullptr; }

void DebugHintDrop(const xmlNode* n, const NodeStats& s) {
  std::fprintf(stderr, "hint-drop %s.%s#%s good=%u text=%u %s\n",
               std::string(NodeName(n)).c_str(),
               std::string(AttrView(n, "class")).c_str(),
               std::string(AttrView(n, "id")).c_str(), s.good, s.text,
               NodeText(n, 200).substr(0, 100).c_str());
}

void DebugCandidates(const std::vector<NodeStats>& stats) {
  std::vector<std::pair<double, size_t>> ranked;
  for (size_t i = 1; i < stats.size(); ++i) {
    if (stats[i].content > 0) ranked.push_back({CandidateScore(stats[i]), i});
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t k = 0; k < ranked.size() && k < 6; ++k) {
    const NodeStats& s = stats[ranked[k].second];
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

void DebugChosen(const std::vector<xmlNode*>& chosen, std::string_view method,
                 const std::vector<NodeStats>& stats) {
  for (xmlNode* n : chosen) {
    std::fprintf(stderr, "chosen[%s] %s.%s#%s good=%u\n",
                 std::string(method).c_str(), std::string(NodeName(n)).c_str(),
                 std::string(AttrView(n, "class")).c_str(),
                 std::string(AttrView(n, "id")).c_str(),
                 stats[IndexOf(n)].good);
  }
}

}  // namespace whosaid::ingest
