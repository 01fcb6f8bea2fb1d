#include "nlp/analyzer.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "nlp/actor_finder.h"
#include "nlp/actor_kind_guess.h"
#include "nlp/cjk_quotes.h"
#include "nlp/claim_extractor.h"
#include "nlp/embedded_posts.h"
#include "nlp/gender_words.h"
#include "nlp/normalizer.h"
#include "nlp/owner_name.h"
#include "nlp/quantity_extractor.h"
#include "nlp/quote_extractor.h"
#include "nlp/quote_merge.h"
#include "nlp/segmenter.h"
#include "nlp/topic_tagger.h"
#include "nlp/whole_word.h"

namespace whosaid::nlp {
namespace {

// A topic named in this many paragraphs (or the title) is a document topic
// even when no quote or claim carries it. One measured best on the corpora
// (topic F1 0.84 against 0.80 with two).
constexpr int kTopicParagraphs = 1;

// The topic scan's lists of extra words (TextScan::extra_starts).
constexpr size_t kClaimWords = 0;
constexpr size_t kQuoteWords = 1;

class PipelineAnalyzer : public Analyzer {
 public:
  explicit PipelineAnalyzer(RulePack pack)
      : pack_(std::move(pack)),
        quotes_(pack_.cues, pack_.discovery),
        cjk_quotes_(pack_.cues, pack_.discovery),
        actors_(pack_.actors, pack_.discovery, CueForms(pack_)),
        quantities_(pack_.quantities),
        claims_(pack_.claim_cues, pack_.discovery, pack_.cues),
        // The topic scan walks every word start: it finds the claim cues'
        // and the quote cues' first words too, so that the claim and quote
        // extractors need not (lists kClaimWords and kQuoteWords).
        topics_(pack_.topics, {claims_.CueWords(), quotes_.CueWords()}),
        topic_count_(topics_.topic_count()),
        genders_(pack_.discovery) {}

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
    const OwnerName owner = Owner(doc.account_owner);
    // One scan of the text gives the document's topics (added last), the
    // places of the cues' first words, and spares the quotes and claims
    // their topic scans when nothing fired in it.
    const TopicTagger::TextScan scan = topics_.Scan(analysis.text);
    const bool has_cjk = HasCjkIdeograph(analysis.text);
    FindQuotes(doc, owner.name, normalized, segments, analysis, reporter,
               scan.extra_complete && !has_cjk
                   ? &scan.extra_starts[kQuoteWords]
                   : nullptr,
               has_cjk);
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
    AddSpeakersToActors(owner, analysis);
    analysis.quantities = quantities_.Extract(analysis.text);
    TagTopics(scan, analysis);
    analysis.claims =
        claims_.Extract({analysis.text, &analysis.actors, &analysis.quotes,
                         &analysis.quantities, &topics_, owner.name,
                         /*quotes_tagged=*/true, &scan,
                         scan.extra_complete ? &scan.extra_starts[kClaimWords]
                                             : nullptr,
                         &segments.marks});
    for (const Claim& c : analysis.claims) AddTopics(analysis, c.topics);
    AddTopics(analysis,
              topics_.DocumentTopics(doc.title, scan, kTopicParagraphs));
    return analysis;
  }

 private:
  // Direct, partial and indirect quotes with their speakers.
  void FindQuotes(const Document& doc, const std::string& owner,
                  const NormalizedText& normalized,
                  const Segmentation& segments, Analysis& analysis,
                  Reporter* reporter,
                  const std::vector<size_t>* cue_word_starts,
                  bool has_cjk) const {
    const std::string title = NormalizeText(doc.title);
    QuoteContext context;
    context.title = title;
    context.kind = doc.kind;
    context.account_owner = owner;
    context.actors = &analysis.actors;
    context.cue_word_starts = cue_word_starts;
    std::vector<size_t> unbalanced;
    analysis.quotes = quotes_.Extract(analysis.text, normalized.quote_marks,
                                      segments, context, &unbalanced);
    if (has_cjk) AddCjkQuotes(segments, analysis);
    AddEmbeddedPosts(doc, segments, analysis);
    if (reporter != nullptr) {
      for (size_t offset : unbalanced) {
        reporter->Report(doc.id, normalized.ToOriginal(offset),
                         "unbalanced quote mark; quotation ignored");
      }
    }
  }

  // Chinese quotes, which the word-based rules cannot see (cjk_quotes.h);
  // skipped unless the text has a CJK ideograph. Where both read the same
  // words, the attributed reading wins (quote_merge.h).
  // Called only when the text has one.
  void AddCjkQuotes(const Segmentation& segments, Analysis& analysis) const {
    if (!cjk_quotes_.enabled()) return;
    MergeQuotes(analysis.quotes,
                cjk_quotes_.Find(analysis.text, segments.paragraphs,
                                 &analysis.actors));
  }

  // Posts the page embeds ("... — Arvind Kejriwal (@ArvindKejriwal)
  // November 1, 2019", embedded_posts.h): each paragraph a direct quote of
  // the account, named as an account owner is (Owner). Where the quote
  // finder read the same words, the attributed reading wins (quote_merge.h).
  void AddEmbeddedPosts(const Document& doc, const Segmentation& segments,
                        Analysis& analysis) const {
    const std::vector<EmbeddedPost> posts =
        FindEmbeddedPosts(analysis.text, segments.paragraphs, doc.blocks);
    if (posts.empty()) return;
    std::vector<Quote> found;
    for (const EmbeddedPost& post : posts) {
      const std::string display(
          analysis.text.substr(post.name.start, post.name.size()));
      const std::string speaker = Owner(display).name;
      for (const Span& words : post.paragraphs) {
        Quote& q = found.emplace_back();
        q.text = analysis.text.substr(words.start, words.size());
        q.span = words;
        q.kind = QuoteKind::kDirect;
        q.cue = "posted";
        q.speaker = speaker;
        q.speaker_mention = display;
        q.speaker_span = post.name;
        q.rule = "direct.embedded_post";
      }
    }
    MergeQuotes(analysis.quotes, std::move(found));
  }

  // The speaker name of the document's account owner (owner_name.h): the
  // pack's name when the pack knows the display name or the name without
  // its title, else the name without its title.
  OwnerName Owner(const std::string& display) const {
    if (display.empty()) return {};
    if (const KnownActor* known = actors_.Lookup(display)) {
      return {known->name, ""};
    }
    OwnerName owner = SplitOwnerName(display, pack_.discovery);
    if (const KnownActor* known = actors_.Lookup(owner.name)) {
      owner.name = known->name;
    }
    return owner;
  }

  // Known actors from the pack; named quote speakers not in the pack become
  // unknown actors, people unless the name's head word says otherwise
  // ("Office of the Trade Envoy"); descriptors ("a senior official", "U.S.
  // and Chinese negotiators") do not.
  // The owner's stripped title becomes its role.
  void AddSpeakersToActors(const OwnerName& owner, Analysis& analysis) const {
    // Speakers whose name holds " and " come last, once every speaker of
    // one name is an actor (AddSpeakerToActors).
    std::vector<std::pair<Quote*, size_t>> joint;  // and where " and " is
    for (Quote& q : analysis.quotes) {
      if (!q.speaker || q.speaker->empty()) continue;
      if (const size_t and_at = q.speaker->find(" and ");
          and_at != std::string::npos) {
        joint.emplace_back(&q, and_at);
        continue;
      }
      AddSpeakerToActors(owner, q, std::string::npos, analysis);
    }
    for (const auto& [q, and_at] : joint) {
      AddSpeakerToActors(owner, *q, and_at, analysis);
    }
    // A speaker's name that the actor finder found too ("“...,” Chen
    // Haoran said"), or a name the finder found twice over (as a name and
    // inside an affiliation), is one mention, not two.
    for (ActorInText& a : analysis.actors) DropOverlappingMentions(a.mentions);
  }

  // AddSpeakersToActors for the speaker of `q`, which has one; `and_at`
  // is where " and " stands in it (npos when nowhere).
  void AddSpeakerToActors(const OwnerName& owner, Quote& q, size_t and_at,
                          Analysis& analysis) const {
    if (const KnownActor* known = actors_.Lookup(*q.speaker)) {
      q.speaker = known->name;
      return;
    }
    if (!std::isupper(static_cast<unsigned char>((*q.speaker)[0]))) return;
    // A descriptor may open with a capital ("U.S. and Chinese
    // negotiators"), but a name ends with a capitalised word.
    const size_t last_word = q.speaker->rfind(' ');
    if (last_word != std::string::npos &&
        std::islower(static_cast<unsigned char>((*q.speaker)[last_word + 1]))) {
      return;
    }
    auto named = [&](std::string_view name) {
      return std::find_if(
          analysis.actors.begin(), analysis.actors.end(),
          [&](const ActorInText& a) { return a.name == name; });
    };
    // "Alexander Vindman and Jennifer Williams" (the registry's joint
    // speakers): two speaking together, one of them an actor already, are
    // no actor of their own.
    if (and_at != std::string::npos &&
        (named(std::string_view(*q.speaker).substr(0, and_at)) !=
             analysis.actors.end() ||
         named(std::string_view(*q.speaker).substr(and_at + 5)) !=
             analysis.actors.end())) {
      return;
    }
    auto same = named(*q.speaker);
    if (same == analysis.actors.end()) {
      same = BodyNamedShort(analysis.actors, *q.speaker);
      if (same != analysis.actors.end()) q.speaker = same->name;
    }
    if (same == analysis.actors.end()) {
      const std::string role =
          *q.speaker == owner.name ? owner.title : std::string();
      ActorKind kind = GuessActorKind(*q.speaker, pack_.discovery);
      if (kind == ActorKind::kPerson &&
          (AfterDefiniteArticle(analysis.text, q.speaker_span) ||
           FirstWordNamesABody(*q.speaker, analysis.text, analysis.actors,
                               pack_.discovery, genders_))) {
        kind = ActorKind::kOrganization;
      }
      analysis.actors.push_back({*q.speaker, kind, role, "", false, {}});
      same = analysis.actors.end() - 1;
      // "When the immunologist De’Broski Herbert looked ..." before
      // "De’Broski Herbert recalled": the full name of a person the text
      // quotes mentions them wherever it stands.
      if (kind == ActorKind::kPerson &&
          same->name.find(' ') != std::string::npos) {
        AddFullNameMentions(analysis.text, *same);
      }
    }
    if (!q.speaker_span.empty()) same->mentions.push_back(q.speaker_span);
  }

  // Adds to `actor` every place `text` writes its name as whole words.
  static void AddFullNameMentions(std::string_view text, ActorInText& actor) {
    const size_t size = actor.name.size();
    AnyWholeWord(text, actor.name, [&](size_t at) {
      actor.mentions.push_back({at, at + size});
      return false;
    });
  }

  // Whether "the " or "The " comes just before `span`, or "The " opens it
  // (a name that keeps its article: "told The Wrap"): "according to the
  // San Francisco Chronicle", "The Hollywood Reporter says". News text
  // names a person without an article, so a named speaker after one is a
  // body (a paper, an agency), whatever its last word.
  static bool AfterDefiniteArticle(std::string_view text, const Span& span) {
    if (span.empty()) return false;
    if (text.substr(span.start, 4) == "The ") return true;
    if (span.start < 4) return false;
    const std::string_view before = text.substr(span.start - 4, 4);
    if (before.substr(1) != "he ") return false;
    const bool starts_word =
        span.start == 4 || !std::isalnum(static_cast<unsigned char>(
                               text[span.start - 5]));
    return starts_word && (before[0] == 't' || before[0] == 'T');
  }

  // Sorts `mentions` and keeps, of mentions that overlap, the first.
  static void DropOverlappingMentions(std::vector<Span>& mentions) {
    const auto before = [](const Span& a, const Span& b) {
      return a.start != b.start ? a.start < b.start : a.end > b.end;
    };
    // Mostly in order already (the actor finder's).
    if (!std::is_sorted(mentions.begin(), mentions.end(), before)) {
      std::sort(mentions.begin(), mentions.end(), before);
    }
    size_t kept = 0;
    for (const Span& m : mentions) {
      if (kept > 0 && m.start < mentions[kept - 1].end) continue;
      mentions[kept++] = m;
    }
    mentions.resize(kept);
  }

  // The one organisation or government body among `actors` whose name
  // goes on from `short_name` ("Hanbit" after "Hanbit Semiconductor") or,
  // for a short name of one word, ends with it ("the Chronicle" after "the
  // San Francisco Chronicle"): the short name a story uses once it has
  // given the full one. end() when there is none or more than one.
  static std::vector<ActorInText>::iterator BodyNamedShort(
      std::vector<ActorInText>& actors, std::string_view short_name) {
    const bool one_word = short_name.find(' ') == std::string_view::npos;
    auto found = actors.end();
    for (auto it = actors.begin(); it != actors.end(); ++it) {
      if (it->kind != ActorKind::kOrganization &&
          it->kind != ActorKind::kGovernment) {
        continue;
      }
      const std::string_view name = it->name;
      if (name.size() <= short_name.size()) continue;
      // ("The Wrap" is no short name of "Wrap and Deadline", two papers
      // one speaker phrase joined.)
      const bool opens =
          name.starts_with(short_name) && name[short_name.size()] == ' ' &&
          name.substr(short_name.size()).substr(0, 5) != " and ";
      const bool closes = one_word && name.ends_with(short_name) &&
                          name[name.size() - short_name.size() - 1] == ' ';
      if (!opens && !closes) continue;
      if (found != actors.end()) return actors.end();
      found = it;
    }
    return found;
  }

  static std::vector<std::string> CueForms(const RulePack& pack) {
    std::vector<std::string> forms;
    for (const CueVerb& c : pack.cues) forms.push_back(c.form);
    for (const ClaimCue& c : pack.claim_cues) forms.push_back(c.form);
    return forms;
  }

  void TagTopics(const TopicTagger::TextScan& scan, Analysis& analysis) const {
    for (Quote& q : analysis.quotes) {
      TopicTagger::Tags tags = topics_.TagPart(scan, q.span.start, q.text);
      q.topics = std::move(tags.topics);
      q.topic_rules = std::move(tags.rules);
      AddTopics(analysis, q.topics);
    }
  }

  void AddTopics(Analysis& analysis,
                 const std::vector<std::string>& topics) const {
    for (const std::string& t : topics) {
      if (std::find(analysis.topics.begin(), analysis.topics.end(), t) ==
          analysis.topics.end()) {
        // Room for every topic at the first: one allocation, no moves.
        if (analysis.topics.empty()) analysis.topics.reserve(topic_count_);
        analysis.topics.push_back(t);
      }
    }
  }

  RulePack pack_;
  QuoteExtractor quotes_;
  CjkQuoteFinder cjk_quotes_;
  ActorFinder actors_;
  QuantityExtractor quantities_;
  ClaimExtractor claims_;
  TopicTagger topics_;
  size_t topic_count_;  // topics_.topic_count()
  GenderWords genders_;  // given names, for speakers the finder missed
};

}  // namespace

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(RulePack pack) {
  return std::make_unique<PipelineAnalyzer>(std::move(pack));
}

}  // namespace whosaid::nlp
