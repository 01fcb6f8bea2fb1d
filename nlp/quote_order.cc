#include "nlp/quote_order.h"

#include <algorithm>
#include <utility>

namespace whosaid::nlp {

void StableSortByStart(std::span<Quote> quotes) {
  if (quotes.size() > kMaxInsertionSort) {
    std::stable_sort(quotes.begin(), quotes.end(), StartsBefore);
    return;
  }
  for (auto i = quotes.begin() + (quotes.empty() ? 0 : 1); i < quotes.end();
       ++i) {
    if (!StartsBefore(*i, *(i - 1))) continue;
    // After every quote that starts with it or before it: stable.
    const auto to = std::upper_bound(quotes.begin(), i, *i, StartsBefore);
    Quote moving = std::move(*i);
    std::move_backward(to, i, i + 1);
    *to = std::move(moving);
  }
}

}  // namespace whosaid::nlp
