#include "tests/bench/narrative_text.h"

#include <array>
#include <span>
#include <string_view>

#include "tests/bench/bench_text.h"

namespace whosaid::bench {

namespace {

template <size_t N>
std::string_view Pick(std::mt19937& rng,
                      const std::array<std::string_view, N>& words) {
  return words[rng() % N];
}

constexpr std::array<std::string_view, 10> kPeople = {
    "Ruth Abernathy", "Colm Tierney",   "Anika Brandvold", "Joel Marchetti",
    "Wen Shuyi",      "Sadie Okonkwo",  "Hollis Fairweather",
    "Pieter Van Loon", "Mirela Dragan", "Gus Heller"};
constexpr std::array<std::string_view, 8> kFirms = {
    "Harlow Grain Cooperative", "Meridian Freight",  "Tallis Steelworks",
    "Northgate Solar",          "Bayline Logistics", "Corvane Semiconductor",
    "Port of Seaview Authority", "Ridgefield Pork Producers"};
constexpr std::array<std::string_view, 10> kCities = {
    "Des Moines", "Shanghai", "Rotterdam", "Long Beach", "Guangzhou",
    "Chicago",    "Tianjin",  "Seattle",   "Shenzhen",   "Houston"};
constexpr std::array<std::string_view, 6> kCountries = {
    "China", "the United States", "Brazil", "Vietnam", "Mexico", "Japan"};
constexpr std::array<std::string_view, 6> kStates = {
    "Iowa", "Illinois", "Nebraska", "Ohio", "Kansas", "Minnesota"};
constexpr std::array<std::string_view, 8> kGoods = {
    "soybeans", "pork",  "steel", "solar panels", "corn",
    "aluminium", "chips", "liquefied natural gas"};
constexpr std::array<std::string_view, 7> kDays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 4> kOrdinals = {"second", "third",
                                                       "fourth", "fifth"};

// Slots in braces: {person} {family} {firm} {city} {city2} {country}
// {state} {good} {day} {month} {year} {ordinal} {pct} {count} {money}
// {small}. "’" is the curly apostrophe real news mostly prints.
constexpr std::array<std::string_view, 20> kSentences = {
    "Exports of {good} from {country} rose {pct} in {month}, the {ordinal} "
    "monthly gain in a row.",
    "The {firm} opened a warehouse outside {city} on {day}, with room for "
    "{count} tonnes of {good}.",
    "{person}, who has run the {firm} since {year}, flew to {city} last week "
    "for a round of meetings with buyers.",
    "Prices for {good} fell to their lowest level since {year} as cargoes "
    "piled up at ports along the coast.",
    "The agreement covers {money} in purchases over two years, though the "
    "schedule for {good} is still unclear.",
    "Traders in {city} followed the talks closely, and futures for {good} "
    "swung by as much as {pct} during the session.",
    "Last year the {firm} handled about {count} containers, up from roughly "
    "half that in {year}.",
    "Negotiators met for {small} hours on {day} at a hotel near the harbour "
    "in {city}.",
    "A delegation led by {person} is expected in {city} before the end of "
    "{month}.",
    "The {firm} employs {count} people in {state}, most of them at its plant "
    "near {city}.",
    "Farmers in {state} planted more {good} this season than in any year "
    "since {year}.",
    "The tariff on {good} stands at {pct}, and a further increase is due on "
    "{month} {small}.",
    "Shares of the {firm} closed {pct} higher in {city} on {day}.",
    "Customs data published each month show a sharp drop in {good} arriving "
    "from {country}.",
    "Talks are due to resume in {city} in {month}, after a pause of almost "
    "{small} weeks.",
    "In {city}, the {firm} has cut its night shift and moved {count} workers "
    "to a second site.",
    "{family}’s company has spent {money} on new lines since {year} — more "
    "than it earned in the same period.",
    "The port’s cranes in {city} stood idle for {small} days in {month} "
    "while a dispute over fees dragged on.",
    "Ships carrying {good} from {city} to {city2} now take {small} days "
    "longer than they did in {year}.",
    "By {day} evening, the queue of lorries outside the {firm}’s gates in "
    "{city} stretched for more than a mile."};

// Sentences of background and context, without numbers and mostly
// without names: most of a story's narrative.
constexpr std::array<std::string_view, 24> kContext = {
    "The dispute has hung over the industry for most of the past decade.",
    "Much depends on whether the two governments can agree on how purchases "
    "are counted.",
    "For now, the mood among exporters is one of cautious relief rather than "
    "celebration.",
    "Smaller firms, with thinner margins, have had the hardest time absorbing "
    "the higher costs.",
    "The details of the arrangement have not been made public.",
    "It is not the first time the two sides have come close to a deal, only "
    "to see it slip away.",
    "Economists have long debated how much of the burden falls on shoppers.",
    "Some of the money has gone into new machinery, some into paying down "
    "debt.",
    "The shift has been gradual, but its effects are now visible in almost "
    "every harbour town.",
    "That uncertainty has made long-term contracts harder to sign.",
    "Behind the headline figures lies a more complicated picture.",
    "Trucking companies, rail operators and warehouse owners all stand to "
    "gain if volumes recover.",
    "Few in the business see a quick return to the old patterns of trade.",
    "The county’s economy still leans heavily on a handful of large "
    "employers.",
    "Across the river, a row of empty storefronts recalls harder years.",
    "The rules were written for a different era, when most cargo moved in "
    "bulk.",
    "Officials on both sides have kept their public comments brief.",
    "Insurance costs have climbed as well, adding to the strain on "
    "shippers.",
    "In the meantime, buyers have turned to other suppliers in the region.",
    "The talks have moved slowly, with long gaps between sessions.",
    "Local banks have grown more cautious about lending to exporters.",
    "What happens next will shape planting decisions well into the spring.",
    "Many of the workers have spent their whole careers at the same plant.",
    "The changes took effect with little notice, catching several importers "
    "off guard."};

std::string Number(std::mt19937& rng) {
  const unsigned n = 1 + rng() % 900;
  if (rng() % 2 == 0) return std::to_string(n);
  return std::to_string(n) + "," + std::to_string(100 + rng() % 900);
}

// The slots that pick a word from a list, and their lists.
struct SlotWords {
  std::string_view slot;
  std::span<const std::string_view> words;
};
const SlotWords kSlotWords[] = {
    {"person", kPeople},   {"firm", kFirms},       {"city", kCities},
    {"city2", kCities},    {"country", kCountries}, {"state", kStates},
    {"good", kGoods},      {"day", kDays},          {"month", kMonths},
    {"ordinal", kOrdinals}};

// The text of one slot.
std::string Fill(std::string_view slot, std::mt19937& rng) {
  for (const SlotWords& s : kSlotWords) {
    if (s.slot == slot) return std::string(s.words[rng() % s.words.size()]);
  }
  if (slot == "family") {
    const std::string_view name = Pick(rng, kPeople);
    return std::string(name.substr(name.rfind(' ') + 1));
  }
  if (slot == "year") return std::to_string(2005 + rng() % 20);
  if (slot == "pct") return std::to_string(1 + rng() % 40) + " percent";
  if (slot == "count") return Number(rng);
  if (slot == "money") {
    // The scale is drawn first (the order GCC happened to evaluate the
    // expression these two draws were written in when the text's counts
    // were measured).
    const bool billions = rng() % 2 == 0;
    const unsigned amount = 1 + rng() % 300;
    return std::string("$") + std::to_string(amount) +
           (billions ? " billion" : " million");
  }
  return std::to_string(2 + rng() % 27);  // small
}

std::string Expand(std::string_view pattern, std::mt19937& rng) {
  std::string out;
  out.reserve(pattern.size() + 64);
  size_t i = 0;
  while (i < pattern.size()) {
    const size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      out += pattern.substr(i);
      break;
    }
    out += pattern.substr(i, open - i);
    const size_t close = pattern.find('}', open);
    out += Fill(pattern.substr(open + 1, close - open - 1), rng);
    i = close + 1;
  }
  return out;
}

}  // namespace

std::string NarrativeParagraph(std::mt19937& rng) {
  const unsigned sentences = 1 + rng() % 3;
  std::string out;
  for (unsigned s = 0; s < sentences; ++s) {
    if (s > 0) out += ' ';
    // One sentence in eight states a fact with names and numbers.
    if (rng() % 8 == 0) {
      out += Expand(Pick(rng, kSentences), rng);
    } else {
      out += Pick(rng, kContext);
    }
  }
  return out;
}

std::vector<nlp::Document> NewsDocuments(
    const std::vector<std::string>& corpus, size_t bytes) {
  DocumentOptions options;
  options.corpus_odds_in = kCorpusPercent;
  options.corpus_odds_of = 100;
  options.paragraphs = 24;
  return MakeDocuments(corpus, bytes, options, NarrativeParagraph);
}

}  // namespace whosaid::bench
