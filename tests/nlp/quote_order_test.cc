#include "nlp/quote_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace whosaid::nlp {
namespace {

// Quotes starting at `starts`, each tagged in `text` with its position.
std::vector<Quote> QuotesAt(const std::vector<size_t>& starts) {
  std::vector<Quote> quotes;
  for (size_t i = 0; i < starts.size(); ++i) {
    Quote q;
    q.span = {starts[i], starts[i] + 1};
    q.text = std::to_string(i);
    quotes.push_back(q);
  }
  return quotes;
}

std::vector<std::string> Tags(const std::vector<Quote>& quotes) {
  std::vector<std::string> tags;
  for (const Quote& q : quotes) tags.push_back(q.text);
  return tags;
}

// The order std::stable_sort gives.
std::vector<std::string> Expected(std::vector<Quote> quotes) {
  std::stable_sort(quotes.begin(), quotes.end(), StartsBefore);
  return Tags(quotes);
}

TEST(StableSortByStart, SameOrderAsStableSort) {
  const std::vector<std::vector<size_t>> cases = {
      {},
      {5},
      {1, 2, 3},
      {3, 2, 1},
      {10, 40, 20, 30},          // direct quotes, then indirect ones
      {10, 40, 5, 45},
      {7, 7, 3, 7, 3},           // ties keep their order
      {50, 10, 10, 60, 10, 55},
  };
  for (const auto& starts : cases) {
    std::vector<Quote> quotes = QuotesAt(starts);
    const std::vector<std::string> expected = Expected(quotes);
    StableSortByStart(quotes);
    EXPECT_EQ(Tags(quotes), expected) << "case of " << starts.size();
  }
}

TEST(StableSortByStart, ManyQuotesStillStable) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < 3 * kMaxInsertionSort; ++i) {
    starts.push_back((i * 37) % 11);  // many ties, out of order
  }
  std::vector<Quote> quotes = QuotesAt(starts);
  const std::vector<std::string> expected = Expected(quotes);
  StableSortByStart(quotes);
  EXPECT_EQ(Tags(quotes), expected);
}

TEST(StableSortByStart, SortsOnlyTheSpanGiven) {
  std::vector<Quote> quotes = QuotesAt({9, 3, 8, 1});
  StableSortByStart(std::span(quotes).subspan(2));
  EXPECT_EQ(Tags(quotes), (std::vector<std::string>{"0", "1", "3", "2"}));
}

}  // namespace
}  // namespace whosaid::nlp
