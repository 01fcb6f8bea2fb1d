#include "nlp/analyzer.h"

#include <algorithm>
#include <cctype>

#include "nlp/actor_finder.h"
#include "nlp/normalizer.h"
#include "nlp/quote_extractor.h"
#include "nlp/segmenter.h"
#include "re2/re2.h"

namespace whosaid::nlp {
namespace {

class PipelineAnalyzer : public Analyzer {
 public:
  explicit PipelineAnalyzer(RulePack pack)
      : pack_(std::move(pack)), quotes_(pack_.cues), actors_(pack_.actors) {
    RE2::Options options;
    options.set_case_sensitive(false);
    for (const TopicRule& rule : pack_.topics) {
      topics_.push_back(std::make_unique<RE2>(rule.pattern, options));
    }
  }

  Analysis Analyze(const Document& doc, Reporter* reporter) const override {
    Analysis analysis;
    NormalizedText normalized = Normalize(doc.text);
    analysis.text = std::move(normalized.text);
    analysis.repaired_bytes = normalized.repaired_bytes;
    if (reporter && analysis.repaired_bytes > 0) {
      reporter->Report(doc.id, 0,
                       "replaced " + std::to_string(analysis.repaired_bytes) +
                           " invalid UTF-8 sequences or NUL bytes with U+FFFD");
    }
    const Segmentation segments = Segment(analysis.text);
    const std::string date =
        doc.published ? doc.published->ToIso8601().substr(0, 10) : "";
    analysis.actors = actors_.Find(analysis.text, date);
    FindQuotes(doc, normalized, segments, analysis, reporter);
    if (analysis.quotes.size() > kMaxQuotesPerDocument) {
      if (reporter) {
        reporter->Report(
            doc.id, analysis.quotes[kMaxQuotesPerDocument].span.start,
            "more than " + std::to_string(kMaxQuotesPerDocument) +
                " quotes; dropped the " +
                std::to_string(analysis.quotes.size() - kMaxQuotesPerDocument) +
                " after the limit");
      }
      analysis.quotes.resize(kMaxQuotesPerDocument);
    }
    AddSpeakersToActors(analysis);
    TagTopics(analysis);
    return analysis;
  }

 private:
  // Direct, partial and indirect quotes with their speakers.
  void FindQuotes(const Document& doc, const NormalizedText& normalized,
                  const Segmentation& segments, Analysis& analysis,
                  Reporter* reporter) const {
    const std::string title = Normalize(doc.title).text;
    QuoteContext context;
    context.title = title;
    context.kind = doc.kind;
    context.account_owner = doc.account_owner;
    context.actors = &analysis.actors;
    std::vector<size_t> unbalanced;
    analysis.quotes = quotes_.Extract(analysis.text, normalized.quote_marks,
                                      segments, context, &unbalanced);
    if (reporter != nullptr) {
      for (size_t offset : unbalanced) {
        reporter->Report(doc.id, normalized.ToOriginal(offset),
                         "unbalanced quote mark; quotation ignored");
      }
    }
  }

  // Known actors from the pack; named quote speakers not in the pack become
  // unknown people (descriptors such as "a senior official" do not).
  void AddSpeakersToActors(Analysis& analysis) const {
    for (Quote& q : analysis.quotes) {
      if (!q.speaker || q.speaker->empty()) continue;
      if (const KnownActor* known = actors_.Lookup(*q.speaker)) {
        q.speaker = known->name;
        continue;
      }
      if (!std::isupper(static_cast<unsigned char>((*q.speaker)[0]))) continue;
      auto same = std::find_if(
          analysis.actors.begin(), analysis.actors.end(),
          [&](const ActorInText& a) { return a.name == *q.speaker; });
      if (same == analysis.actors.end()) {
        analysis.actors.push_back(
            {*q.speaker, ActorKind::kPerson, "", "", false, {}});
        same = analysis.actors.end() - 1;
      }
      if (!q.speaker_span.empty()) same->mentions.push_back(q.speaker_span);
    }
  }

  void TagTopics(Analysis& analysis) const {
    for (Quote& q : analysis.quotes) {
      for (size_t i = 0; i < topics_.size(); ++i) {
        const std::string& topic = pack_.topics[i].topic;
        if (RE2::PartialMatch(q.text, *topics_[i]) &&
            std::find(q.topics.begin(), q.topics.end(), topic) ==
                q.topics.end()) {
          q.topics.push_back(topic);
        }
      }
    }
  }

  RulePack pack_;
  QuoteExtractor quotes_;
  ActorFinder actors_;
  std::vector<std::unique_ptr<RE2>> topics_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(RulePack pack) {
  return std::make_unique<PipelineAnalyzer>(std::move(pack));
}

}  // namespace whosaid::nlp
