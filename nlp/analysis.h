// The analysis model: what nlp extracts from one Document.
//
// Plain values. Every Span points into Analysis::text, the normalised body
// (NFC, folded whitespace, paragraphs joined by "\n\n"), so that
// text.substr(span.start, span.size()) is exactly what the span reports.

#ifndef WHOSAID_NLP_ANALYSIS_H_
#define WHOSAID_NLP_ANALYSIS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/document.h"

namespace whosaid::nlp {

enum class ActorKind { kPerson, kOrganization, kGovernment, kPlace };

// "person", "organization", "government", "place".
std::string_view ActorKindName(ActorKind kind);
std::optional<ActorKind> ParseActorKind(std::string_view name);

// An actor as the document knows it: from a rule pack (known) or discovered
// in the text (unknown, with whatever role and affiliation the text gave).
struct ActorInText {
  std::string name;  // canonical name
  ActorKind kind = ActorKind::kPerson;
  std::string role;
  std::string affiliation;
  bool known = false;        // true when it came from a rule pack
  std::vector<Span> mentions;  // every place the text names it
};

enum class QuoteKind { kDirect, kPartial, kIndirect };

// "direct", "partial", "indirect".
std::string_view QuoteKindName(QuoteKind kind);

struct Quote {
  // The quoted words without the quote marks: the bytes of `span`, except
  // that an indirect quote with an attribution inside it has the
  // attribution and its commas cut out ("Sales to China, Quintero said,
  // are running behind" → "Sales to China are running behind").
  std::string text;
  Span span;  // in Analysis::text, from the first quoted byte to the last
  QuoteKind kind = QuoteKind::kDirect;
  std::string cue;   // the cue verb as written ("said", "told"); may be empty
  // Canonical actor name, an anonymous descriptor ("a senior official"), or
  // nullopt when nobody could be named with confidence.
  std::optional<std::string> speaker;
  std::string speaker_mention;  // the words that attributed it
  Span speaker_span;            // span of speaker_mention; empty if none
  std::string rule;             // id of the rule that found it
  std::vector<std::string> topics;
  std::vector<std::string> topic_rules;  // topic_rules[i] tagged topics[i]
};

enum class QuantityKind { kMoney, kPercent, kCount };

// "money", "percent", "count".
std::string_view QuantityKindName(QuantityKind kind);

struct Quantity {
  std::string text;  // as written: "$200 billion"
  Span span;
  QuantityKind kind = QuantityKind::kCount;
  double value = 0;  // normalised number: 2e11 for "$200 billion"
  std::string unit;  // "USD", "CNY", "%", "tonnes", "jobs", ...
};

enum class Modality { kAsserted, kHedged, kPlanned, kDenied };

// "asserted", "hedged", "planned", "denied".
std::string_view ModalityName(Modality modality);

struct Claim {
  std::optional<std::string> holder;  // canonical actor name or descriptor
  std::string text;                   // the proposition
  Span span;
  std::string cue;
  Modality modality = Modality::kAsserted;
  bool negated = false;
  std::vector<Quantity> quantities;
  std::vector<std::string> topics;
  std::string rule;
  std::vector<std::string> topic_rules;  // topic_rules[i] tagged topics[i]
};

struct Analysis {
  std::string text;  // the normalised body every span points into
  std::vector<ActorInText> actors;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<Quantity> quantities;
  // Document topics: every topic of a quote or claim, first seen first.
  std::vector<std::string> topics;
  // Invalid UTF-8 sequences and NUL bytes replaced by U+FFFD.
  size_t repaired_bytes = 0;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_ANALYSIS_H_
