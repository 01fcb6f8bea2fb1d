#include "nlp/quote_extractor.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

std::vector<CueVerb> Cues() { return {{"said", "say"}, {"told", "tell"}}; }

TEST(QuoteExtractor, QuoteThenNameThenCue) {
  QuoteExtractor extractor(Cues());
  const std::string text = "“We will not be rushed,” Dana Whitlock said.";
  auto quotes = extractor.Extract(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We will not be rushed");
  EXPECT_EQ(*quotes[0].speaker, "Dana Whitlock");
  EXPECT_EQ(quotes[0].cue, "said");
  EXPECT_EQ(text.substr(quotes[0].span.start, quotes[0].span.size()),
            quotes[0].text);
}

TEST(QuoteExtractor, NoQuoteMarksNoQuotes) {
  QuoteExtractor extractor(Cues());
  EXPECT_TRUE(extractor.Extract("Tariffs rose again on Monday.").empty());
}

}  // namespace
}  // namespace whosaid::nlp
