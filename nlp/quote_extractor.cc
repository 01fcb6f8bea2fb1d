#include "nlp/quote_extractor.h"

#include "re2/re2.h"

namespace whosaid::nlp {
namespace {

// Alternation of cue forms, longest first so "said" is not cut to "sai".
std::string CueAlternation(const std::vector<CueVerb>& cues) {
  std::vector<std::string> forms;
  for (const CueVerb& c : cues) forms.push_back(RE2::QuoteMeta(c.form));
  std::sort(forms.begin(), forms.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string out;
  for (const auto& f : forms) out += (out.empty() ? "" : "|") + f;
  return out.empty() ? "said" : out;
}

}  // namespace

QuoteExtractor::QuoteExtractor(const std::vector<CueVerb>& cues) {
  // “Q,” NAME said.  — the one layout the skeleton knows.
  const std::string name = R"(((?:[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+){0,3}))";
  quote_then_speaker_ = std::make_unique<RE2>(
      "[“\"]([^”\"\n]{1,1000}?)[,.?!]?[”\"],? " + name + " (" +
      CueAlternation(cues) + ")\\b");
}

QuoteExtractor::~QuoteExtractor() = default;

std::vector<Quote> QuoteExtractor::Extract(std::string_view text) const {
  std::vector<Quote> quotes;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece q, who, cue;
  while (RE2::FindAndConsume(&input, *quote_then_speaker_, &q, &who, &cue)) {
    Quote quote;
    quote.text = std::string(q);
    quote.span = {static_cast<size_t>(q.data() - text.data()),
                  static_cast<size_t>(q.data() - text.data() + q.size())};
    quote.kind = QuoteKind::kDirect;
    quote.cue = std::string(cue);
    quote.speaker = std::string(who);
    quote.speaker_mention = std::string(who);
    quote.speaker_span = {static_cast<size_t>(who.data() - text.data()),
                          static_cast<size_t>(who.data() - text.data() +
                                              who.size())};
    quote.rule = "direct.quote_name_cue";
    quotes.push_back(std::move(quote));
  }
  return quotes;
}

}  // namespace whosaid::nlp
