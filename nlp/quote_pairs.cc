#include "nlp/quote_pairs.h"

namespace whosaid::nlp {
namespace {

// True when paragraph `p` starts with an opening mark.
bool StartsWithOpen(const std::vector<QuoteMark>& marks, size_t first_mark,
                    const Span& p) {
  return first_mark < marks.size() && marks[first_mark].offset == p.start &&
         marks[first_mark].role != QuoteMarkRole::kClose &&
         marks[first_mark].role != QuoteMarkRole::kApostrophe;
}

}  // namespace

std::vector<QuotePair> PairQuotes(const std::vector<QuoteMark>& marks,
                                  const std::vector<Span>& paragraphs,
                                  std::vector<size_t>* unbalanced) {
  std::vector<QuotePair> pairs;
  pairs.reserve(marks.size() / 2 + 1);  // about one pair per two marks
  std::vector<size_t> stack;  // indices into marks of open marks
  // Stack positions of the open double and single marks, so that finding
  // the nearest one is O(1) and the whole pass stays linear. Their memory,
  // like the stack's, serves every paragraph.
  std::vector<size_t> doubles, singles;
  size_t m = 0;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const Span& para = paragraphs[p];
    while (m < marks.size() && marks[m].offset < para.start) ++m;
    stack.clear();
    doubles.clear();
    singles.clear();
    for (; m < marks.size() && marks[m].offset < para.end; ++m) {
      const QuoteMark& mark = marks[m];
      if (mark.role == QuoteMarkRole::kApostrophe) continue;
      long match = -1;
      if (mark.is_double && !doubles.empty()) {
        match = static_cast<long>(doubles.back());
      } else if (!mark.is_double && !singles.empty() &&
                 (doubles.empty() || singles.back() > doubles.back())) {
        // A single quote never closes across an open double one.
        match = static_cast<long>(singles.back());
      }
      bool closes = false;
      if (mark.role == QuoteMarkRole::kClose && mark.maybe_possessive &&
          match >= 0) {
        // A possessive unless no later single mark in the paragraph closes.
        bool later_close = false;
        for (size_t n = m + 1; n < marks.size() && marks[n].offset < para.end;
             ++n) {
          if (marks[n].is_double || marks[n].role == QuoteMarkRole::kApostrophe) {
            continue;
          }
          later_close = marks[n].role == QuoteMarkRole::kClose;
          break;
        }
        if (later_close) continue;
      }
      if (mark.role == QuoteMarkRole::kClose) {
        closes = match >= 0;
      } else if (mark.role == QuoteMarkRole::kAmbiguous) {
        closes = match >= 0 && marks[stack[match]].straight;
      }
      if (closes) {
        const QuoteMark& open = marks[stack[match]];
        if (match == 0) {
          pairs.push_back({open.offset, open.offset + open.length, mark.offset,
                           mark.offset + static_cast<size_t>(mark.length),
                           true, !open.is_double, p});
        }
        stack.resize(match);
        while (!doubles.empty() && doubles.back() >= stack.size()) {
          doubles.pop_back();
        }
        while (!singles.empty() && singles.back() >= stack.size()) {
          singles.pop_back();
        }
        continue;
      }
      if (mark.role == QuoteMarkRole::kOpen) {
        (mark.is_double ? doubles : singles).push_back(stack.size());
        stack.push_back(m);
      }
    }
    if (stack.empty()) continue;
    // Keep only the outermost open mark; inner ones were apostrophes or
    // mistakes.
    const QuoteMark& open = marks[stack[0]];
    const bool continues = p + 1 < paragraphs.size() &&
                           StartsWithOpen(marks, m, paragraphs[p + 1]) &&
                           marks[m].is_double == open.is_double;
    if (continues) {
      pairs.push_back({open.offset, open.offset + open.length, para.end,
                       para.end, false, !open.is_double, p});
    } else if (unbalanced != nullptr) {
      unbalanced->push_back(open.offset);
    }
  }
  return pairs;
}

}  // namespace whosaid::nlp
