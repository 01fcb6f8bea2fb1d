#include "nlp/quote_merge.h"

#include <algorithm>

namespace whosaid::nlp {
namespace {

bool Attributed(const Quote& q) { return q.speaker && !q.speaker->empty(); }

}  // namespace

void MergeQuotes(std::vector<Quote>& quotes, std::vector<Quote> more) {
  for (Quote& q : more) {
    bool blocked = false;
    bool overlaps = false;
    for (const Quote& other : quotes) {
      if (!other.span.Overlaps(q.span)) continue;
      overlaps = true;
      // Only an attributed newcomer may displace, and only quotes that are
      // not attributed themselves.
      if (!Attributed(q) || Attributed(other)) blocked = true;
    }
    if (blocked) continue;
    if (overlaps) {
      std::erase_if(quotes, [&](const Quote& other) {
        return other.span.Overlaps(q.span);
      });
    }
    quotes.push_back(std::move(q));
  }
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const Quote& a, const Quote& b) {
                     return a.span.start < b.span.start;
                   });
}

}  // namespace whosaid::nlp
