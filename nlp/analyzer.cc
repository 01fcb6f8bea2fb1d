#include "nlp/analyzer.h"

#include <map>

#include "nlp/normalizer.h"
#include "nlp/quote_extractor.h"
#include "re2/re2.h"

namespace whosaid::nlp {
namespace {

class PipelineAnalyzer : public Analyzer {
 public:
  explicit PipelineAnalyzer(RulePack pack)
      : pack_(std::move(pack)), quotes_(pack_.cues) {
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
                           " invalid UTF-8 sequences with U+FFFD");
    }
    analysis.quotes = quotes_.Extract(analysis.text);
    FindActors(analysis);
    TagTopics(analysis);
    return analysis;
  }

 private:
  // Known actors by plain search for name and aliases; quote speakers not in
  // the pack become unknown people.
  void FindActors(Analysis& analysis) const {
    std::map<std::string, size_t> by_name;
    auto add_mention = [&](const std::string& name, ActorKind kind, bool known,
                           Span span) {
      auto [it, inserted] = by_name.emplace(name, analysis.actors.size());
      if (inserted) {
        analysis.actors.push_back({name, kind, "", "", known, {}});
      }
      analysis.actors[it->second].mentions.push_back(span);
    };
    const std::string& text = analysis.text;
    for (const KnownActor& actor : pack_.actors) {
      std::vector<std::string> names = actor.aliases;
      names.push_back(actor.name);
      for (const std::string& n : names) {
        for (size_t pos = text.find(n); pos != std::string::npos;
             pos = text.find(n, pos + n.size())) {
          add_mention(actor.name, actor.kind, true, {pos, pos + n.size()});
        }
      }
      for (Quote& q : analysis.quotes) {
        if (q.speaker && std::find(names.begin(), names.end(), *q.speaker) !=
                             names.end()) {
          q.speaker = actor.name;
        }
      }
    }
    for (const Quote& q : analysis.quotes) {
      if (q.speaker && !by_name.count(*q.speaker)) {
        add_mention(*q.speaker, ActorKind::kPerson, false, q.speaker_span);
      }
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
  std::vector<std::unique_ptr<RE2>> topics_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(RulePack pack) {
  return std::make_unique<PipelineAnalyzer>(std::move(pack));
}

}  // namespace whosaid::nlp
