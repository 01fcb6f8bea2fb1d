// Fuzzes the whole nlp analysis (normalise, quotes, actors, topics) with the
// builtin rule packs, and checks the offset contract: every span lies inside
// Analysis::text and cuts out exactly the text it reports. Also checks that
// the segmenter's fast sentence boundaries equal ICU's own
// (sentence_breaks.h) on the raw input and on the normalised text.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/analyzer.h"
#include "nlp/rule_pack.h"
#include "nlp/sentence_breaks.h"

namespace {

using whosaid::nlp::Span;

const whosaid::nlp::Analyzer& BuiltinAnalyzer() {
  static const whosaid::nlp::Analyzer* analyzer = [] {
    auto pack = whosaid::nlp::LoadRulePack(whosaid::nlp::BuiltinRuleFiles());
    if (!pack.ok()) __builtin_trap();
    auto a = whosaid::nlp::Analyzer::Create(*std::move(pack));
    if (!a.ok()) __builtin_trap();
    return a->release();
  }();
  return *analyzer;
}

// Whether `expected` is a head of `held`, a space and a tail of it, shorter
// than `held`: an indirect quote (and the claim it makes) with the
// attribution inside it cut out ("A, X said, B" gives "A B"; analysis.h).
bool IsHeadAndTail(std::string_view held, std::string_view expected) {
  if (expected.size() >= held.size()) return false;
  size_t head = 0;
  while (head < expected.size() && expected[head] == held[head]) ++head;
  size_t tail = 0;
  while (tail < expected.size() &&
         expected[expected.size() - 1 - tail] == held[held.size() - 1 - tail]) {
    ++tail;
  }
  for (size_t k = 0; k <= head && k < expected.size(); ++k) {
    if (expected[k] == ' ' && expected.size() - k - 1 <= tail) return true;
  }
  return false;
}

void CheckSpan(const std::string& text, const Span& span,
               const std::string* expected) {
  if (span.start > span.end || span.end > text.size()) __builtin_trap();
  if (expected && text.compare(span.start, span.size(), *expected) != 0 &&
      !IsHeadAndTail(std::string_view(text).substr(span.start, span.size()),
                     *expected)) {
    __builtin_trap();
  }
}

void CheckSentenceBreaks(std::string_view text) {
  std::vector<size_t> fast, icu;
  const bool fast_ok = whosaid::nlp::SentenceBreaks(text, fast);
  const bool icu_ok = whosaid::nlp::IcuSentenceBreaks(text, icu);
  if (fast_ok != icu_ok || fast != icu) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  whosaid::nlp::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  whosaid::nlp::CollectingReporter reporter;
  const whosaid::nlp::Analysis a = BuiltinAnalyzer().Analyze(doc, &reporter);
  CheckSentenceBreaks(doc.text);
  CheckSentenceBreaks(a.text);
  for (const auto& q : a.quotes) {
    CheckSpan(a.text, q.span, &q.text);
    if (!q.speaker_span.empty()) {
      CheckSpan(a.text, q.speaker_span, &q.speaker_mention);
    }
  }
  for (const auto& actor : a.actors) {
    for (const Span& m : actor.mentions) CheckSpan(a.text, m, nullptr);
  }
  for (const auto& c : a.claims) CheckSpan(a.text, c.span, &c.text);
  for (const auto& q : a.quantities) CheckSpan(a.text, q.span, &q.text);
  return 0;
}
