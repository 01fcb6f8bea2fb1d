#include "nlp/quantity_extractor.h"

#include <gtest/gtest.h>

#include "nlp/decimal_value.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {
namespace {

const QuantityRules& Rules() {
  static const QuantityRules* rules = [] {
    auto pack = LoadRulePack(BuiltinRuleFiles());
    EXPECT_TRUE(pack.ok()) << pack.status();
    return new QuantityRules(pack->quantities);
  }();
  return *rules;
}

struct Want {
  std::string text;
  QuantityKind kind;
  double value;
  std::string unit;
};

// Checks that `extractor` finds exactly `want` in `text`, in order.
void ExpectQuantities(const QuantityExtractor& extractor,
                      const std::string& text, const std::vector<Want>& want) {
  const auto got = extractor.Extract(text);
  ASSERT_EQ(got.size(), want.size()) << text;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].text, want[i].text) << text;
    EXPECT_EQ(got[i].kind, want[i].kind) << text;
    EXPECT_DOUBLE_EQ(got[i].value, want[i].value) << text;
    EXPECT_EQ(got[i].unit, want[i].unit) << text;
  }
}

TEST(QuantityExtractor, MoneyPercentAndCounts) {
  QuantityExtractor extractor(Rules());
  struct Case {
    std::string text;
    std::vector<Want> want;
  } cases[] = {
      {"a $200 billion target", {{"$200 billion", QuantityKind::kMoney, 2e11, "USD"}}},
      {"500 billion yuan of bonds", {{"500 billion yuan", QuantityKind::kMoney, 5e11, "CNY"}}},
      {"worth US$1.2tn in all", {{"US$1.2tn", QuantityKind::kMoney, 1.2e12, "USD"}}},
      {"a €3bn plant", {{"€3bn", QuantityKind::kMoney, 3e9, "EUR"}}},
      // Session 20: rupees, lakh and crore; reais.
      {"a fee of Rs 300 a day", {{"Rs 300", QuantityKind::kMoney, 300, "INR"}}},
      {"₹500 crore of bonds", {{"₹500 crore", QuantityKind::kMoney, 5e9, "INR"}}},
      {"Rs 40 lakh in fines", {{"Rs 40 lakh", QuantityKind::kMoney, 4e6, "INR"}}},
      {"a R$20 million deal", {{"R$20 million", QuantityKind::kMoney, 2e7, "BRL"}}},
      {"up 10 cents", {{"10 cents", QuantityKind::kMoney, 0.1, "USD"}}},
      {"at $1,200 each", {{"$1,200", QuantityKind::kMoney, 1200, "USD"}}},
      {"a 10 percent tariff", {{"10 percent", QuantityKind::kPercent, 10, "%"}}},
      {"rose 0.8% today", {{"0.8%", QuantityKind::kPercent, 0.8, "%"}}},
      {"cut by 10 per cent", {{"10 per cent", QuantityKind::kPercent, 10, "%"}}},
      {"3 million tonnes of soybeans",
       {{"3 million tonnes", QuantityKind::kCount, 3e6, "tonnes"}}},
      {"half a million jobs", {{"half a million jobs", QuantityKind::kCount, 5e5, "jobs"}}},
      {"some 1,150 general licences were issued",
       {{"1,150 general licences", QuantityKind::kCount, 1150, "licences"}}},
      {"150 single-aisle jets", {{"150 single-aisle jets", QuantityKind::kCount, 150, "jets"}}},
      {"within 30 working days", {{"30 working days", QuantityKind::kCount, 30, "working days"}}},
      {"52 aircraft", {{"52 aircraft", QuantityKind::kCount, 52, "aircraft"}}},
      // Tons stay tons (maybe short tons); metric tons are tonnes.
      {"2 million tons", {{"2 million tons", QuantityKind::kCount, 2e6, "tons"}}},
      {"2 million metric tons",
       {{"2 million metric tons", QuantityKind::kCount, 2e6, "tonnes"}}},
      // Dollars of other currencies.
      {"88 billion Hong Kong dollars",
       {{"88 billion Hong Kong dollars", QuantityKind::kMoney, 8.8e10, "HKD"}}},
      {"worth HK$4.5bn", {{"HK$4.5bn", QuantityKind::kMoney, 4.5e9, "HKD"}}},
      {"a US$3bn loan", {{"US$3bn", QuantityKind::kMoney, 3e9, "USD"}}},
      {"up 3 pct", {{"3 pct", QuantityKind::kPercent, 3, "%"}}},
      {"up 3 Per Cent", {{"3 Per Cent", QuantityKind::kPercent, 3, "%"}}},
      // Units are looked up in lower case, one word or two.
      {"2 million Metric Tons",
       {{"2 million Metric Tons", QuantityKind::kCount, 2e6, "tonnes"}}},
      {"5 eVTOLs", {{"5 eVTOLs", QuantityKind::kCount, 5, "evtols"}}},
      // Scale words in any case; "a" before a word that is none.
      {"3 Million tonnes", {{"3 Million tonnes", QuantityKind::kCount, 3e6, "tonnes"}}},
      {"$2 BILLION", {{"$2 BILLION", QuantityKind::kMoney, 2e9, "USD"}}},
      {"a trillion dollars and a tonne",
       {{"a trillion dollars", QuantityKind::kMoney, 1e12, "USD"}}},
      // A year is no count, with or without a date word beside it.
      {"in 2019 people left and in March 2020 crowds came", {}},
      {"2019 percent", {{"2019 percent", QuantityKind::kPercent, 2019, "%"}}},
  };
  for (const Case& c : cases) {
    const auto got = extractor.Extract(c.text);
    ASSERT_EQ(got.size(), c.want.size()) << c.text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].text, c.want[i].text) << c.text;
      EXPECT_EQ(c.text.substr(got[i].span.start, got[i].span.size()), got[i].text);
      EXPECT_EQ(got[i].kind, c.want[i].kind) << c.text;
      EXPECT_DOUBLE_EQ(got[i].value, c.want[i].value) << c.text;
      EXPECT_EQ(got[i].unit, c.want[i].unit) << c.text;
    }
  }
}

// A scaled number without a unit takes the unit of the amount before it in
// the same sentence; a bare number or a number in the next sentence does not.
TEST(QuantityExtractor, EllipticalScaledNumberTakesThePreviousUnit) {
  QuantityExtractor extractor(Rules());
  struct Case {
    std::string text;
    std::vector<Want> want;
  } cases[] = {
      {"built about 40 million cars but sold only about 25 million at home",
       {{"40 million cars", QuantityKind::kCount, 4e7, "cars"},
        {"25 million", QuantityKind::kCount, 2.5e7, "cars"}}},
      {"from $40 billion to 45 billion",
       {{"$40 billion", QuantityKind::kMoney, 4e10, "USD"},
        {"45 billion", QuantityKind::kMoney, 4.5e10, "USD"}}},
      {"150 jets, and the firm number may be closer to 60.",
       {{"150 jets", QuantityKind::kCount, 150, "jets"}}},
      {"It built 40 million cars. Another 25 million sat idle.",
       {{"40 million cars", QuantityKind::kCount, 4e7, "cars"}}},
      {"up 10 percent from 2 million", {{"10 percent", QuantityKind::kPercent, 10, "%"}}},
      {"10 cents, or 3 million", {{"10 cents", QuantityKind::kMoney, 0.1, "USD"}}},
      {"from $1,200 million to 1,350 million",
       {{"$1,200 million", QuantityKind::kMoney, 1.2e9, "USD"},
        {"1,350 million", QuantityKind::kMoney, 1.35e9, "USD"}}},
  };
  for (const Case& c : cases) ExpectQuantities(extractor, c.text, c.want);
}

// Session 20: a range written with a dash gives both numbers, the first
// with the second's unit and scale; a falling pair ("787-9", "24-17") and
// a year ("2019-20") make none.
TEST(QuantityExtractor, ARangeGivesBothNumbers) {
  QuantityExtractor extractor(Rules());
  struct Case {
    std::string text;
    std::vector<Want> want;
  } cases[] = {
      {"rose 10-15 percent", {{"10", QuantityKind::kPercent, 10, "%"},
                              {"15 percent", QuantityKind::kPercent, 15, "%"}}},
      {"every 2\u20133 hours", {{"2", QuantityKind::kCount, 2, "hours"},
                                 {"3 hours", QuantityKind::kCount, 3, "hours"}}},
      {"a 3-4 million tonnes cut",
       {{"3", QuantityKind::kCount, 3e6, "tonnes"},
        {"4 million tonnes", QuantityKind::kCount, 4e6, "tonnes"}}},
      {"costs $5-10 billion a year",
       {{"$5", QuantityKind::kMoney, 5e9, "USD"},
        {"10 billion", QuantityKind::kMoney, 1e10, "USD"}}},
      {"six 787-9 Dreamliner jets", {}},
      {"won 24-17 at home", {}},
      {"the 2019-20 seasons", {}},
  };
  for (const Case& c : cases) ExpectQuantities(extractor, c.text, c.want);
}

// Session 21: a range in words ("3 to 4", "between 3 and 4") gives both
// numbers as a dash does; after "from" or "between" it may fall. A pair
// that is no range leaves the first number as it would be alone.
TEST(QuantityExtractor, ARangeInWordsGivesBothNumbers) {
  QuantityExtractor extractor(Rules());
  struct Case {
    std::string text;
    std::vector<Want> want;
  } cases[] = {
      {"between 3 and 4 million tonnes",
       {{"3", QuantityKind::kCount, 3e6, "tonnes"},
        {"4 million tonnes", QuantityKind::kCount, 4e6, "tonnes"}}},
      {"tariffs from 10 to 25 percent",
       {{"10", QuantityKind::kPercent, 10, "%"},
        {"25 percent", QuantityKind::kPercent, 25, "%"}}},
      {"cut from 1.75 to 1.5 percent",
       {{"1.75", QuantityKind::kPercent, 1.75, "%"},
        {"1.5 percent", QuantityKind::kPercent, 1.5, "%"}}},
      {"within 7 to 10 days", {{"7", QuantityKind::kCount, 7, "days"},
                               {"10 days", QuantityKind::kCount, 10, "days"}}},
      // Falling without "from": no range; "and" without "between": none.
      {"won 6 to 3 percent", {{"3 percent", QuantityKind::kPercent, 3, "%"}}},
      {"10 percent and 4 percent",
       {{"10 percent", QuantityKind::kPercent, 10, "%"},
        {"4 percent", QuantityKind::kPercent, 4, "%"}}},
      {"in 3 and 4 days", {{"4 days", QuantityKind::kCount, 4, "days"}}},
      {"$5 to 10 billion",
       {{"$5", QuantityKind::kMoney, 5e9, "USD"},
        {"10 billion", QuantityKind::kMoney, 1e10, "USD"}}},
      {"from 2019 to 2021", {}},
  };
  for (const Case& c : cases) ExpectQuantities(extractor, c.text, c.want);
}

TEST(QuantityExtractor, NotQuantities) {
  QuantityExtractor extractor(Rules());
  for (const char* text : {
           "on 14 October", "on October 28, 2025", "in 2020 and 2025",
           "at 9:15 local time", "thread 2/5", "https://x.example/2025/10/a-7",
           "a 10-year plan", "the 5G network", "under Section 301 tariffs",
           "Local 214 voted", "he was 3 when", "three years",
           "The bank set 48 hour holds on deposits.",
           "Buyers of the iPhone 7 Plus paid more."}) {
    EXPECT_TRUE(extractor.Extract(text).empty()) << text;
  }
}

// The scans for digits and for "a " test many bytes at once: a quantity is
// found at any offset from the start of the text, near it or far.
TEST(QuantityExtractor, FoundAtEveryOffset) {
  QuantityExtractor extractor(Rules());
  for (size_t pad = 0; pad < 150; ++pad) {
    const std::string text = std::string(pad, 'x') + " 5 percent";
    const auto got = extractor.Extract(text);
    ASSERT_EQ(got.size(), 1u) << pad;
    EXPECT_EQ(got[0].span.start, pad + 1);
    EXPECT_EQ(got[0].text, "5 percent");
    const std::string article = std::string(pad, 'x') + " a million tonnes";
    const auto by_word = extractor.Extract(article);
    ASSERT_EQ(by_word.size(), 1u) << pad;
    EXPECT_EQ(by_word[0].span.start, pad + 1);
    EXPECT_DOUBLE_EQ(by_word[0].value, 1e6);
  }
}

// Words after a number that together fill more than any stack buffer are
// read as well as short ones.
TEST(QuantityExtractor, LongWordsAfterANumber) {
  QuantityExtractor extractor(Rules());
  std::string long_word(70, 'x');
  long_word.push_back('s');
  std::string text = "5 ";
  text.append(70, 'Y');
  text += ' ';
  text += long_word;
  const auto got = extractor.Extract(text);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].unit, long_word);
}

TEST(QuantityExtractor, SeveralInOrder) {
  QuantityExtractor extractor(Rules());
  const auto got = extractor.Extract(
      "Buy 12 million tonnes now and a million tonnes later, a 20% rise.");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_DOUBLE_EQ(got[0].value, 12e6);
  EXPECT_DOUBLE_EQ(got[1].value, 1e6);
  EXPECT_EQ(got[2].unit, "%");
}

// Two scale words that both fit after "a " ("hundred" and "hundred
// thousand") read the same words: one quantity, with the longer scale
// word, on every run (the choice used to follow hash-map order).
TEST(QuantityExtractor, OverlappingScaleWordsGiveOneQuantity) {
  QuantityRules rules = Rules();
  rules.scales.push_back({"hundred", 100});
  rules.scales.push_back({"hundred thousand", 1e5});
  QuantityExtractor extractor(rules);
  const auto got = extractor.Extract("They hired a hundred thousand workers.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "a hundred thousand workers");
  EXPECT_DOUBLE_EQ(got[0].value, 1e5);
}

// The extractor reads a number's value while it reads its digits; it must
// be DecimalValue's, bit for bit, up to 15 digits and past them.
TEST(QuantityExtractor, ValuesAreDecimalValues) {
  QuantityExtractor extractor(Rules());
  const struct {
    std::string written, digits;
  } kCases[] = {
      {"7", "7"},
      {"0.1", "0.1"},
      {"1,234,567.89", "1234567.89"},
      {"3.14159265358979", "3.14159265358979"},
      {"123456789012345", "123456789012345"},
      {"1234567890123456", "1234567890123456"},
      {"12,345,678,901,234.56", "12345678901234.56"},
      {"98765432109876543210.5", "98765432109876543210.5"},
  };
  for (const auto& c : kCases) {
    const std::string text = "They shipped " + c.written + " tonnes.";
    const auto got = extractor.Extract(text);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].value, DecimalValue(c.digits)) << text;
  }
}

// Stop and date words are found in any ASCII case, short or long.
TEST(QuantityExtractor, StopAndDateWordsInAnyCase) {
  QuantityExtractor extractor(Rules());
  ExpectQuantities(
      extractor,
      "In MAY 12 tonnes, in SEPTEMBER 40 tonnes, 10 OF tonnes, 300 tonnes.",
      {{"300 tonnes", QuantityKind::kCount, 300, "tonnes"}});
}

}  // namespace
}  // namespace whosaid::nlp
