// Rule packs: the configuration that tells nlp which words cue speech, which
// actors exist and which topics to tag.
//
// Rule packs are TOML text. nlp never opens files: callers hand it the text
// of each file with a name used in messages. LoadRulePack compiles every
// pattern up front and reports all failures at once, naming file, line and
// fragment, so a broken pack stops the program before any text is read.
// A loaded RulePack is immutable and safe to share between threads.

#ifndef WHOSAID_NLP_RULE_PACK_H_
#define WHOSAID_NLP_RULE_PACK_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/analysis.h"

namespace whosaid::nlp {

// One rule file: `name` is how messages refer to it (a path or
// "builtin:cues.toml"), `text` its TOML content.
struct RuleFile {
  std::string name;
  std::string text;
};

// A date-ranged title: "Treasury Secretary" from 2025-01-28 until empty.
struct DatedRole {
  std::string title;
  std::string from;   // YYYY-MM-DD, empty = open
  std::string until;  // YYYY-MM-DD, empty = open
};

struct KnownActor {
  std::string name;
  ActorKind kind = ActorKind::kPerson;
  std::vector<std::string> aliases;
  std::string role;
  std::string affiliation;
  std::vector<DatedRole> roles;
};

// What a speech verb takes after it, from the `complement` of its [[cue]]
// table ("clause" when the table has none). It decides which quotes the
// verb can introduce.
enum class CueComplement {
  // A reported clause, with or without "that": "said the talks would
  // resume".
  kClause,
  // Mostly a noun phrase: "denied the allegations", "found evidence of
  // plumes". A clause only after "that" or an auxiliary: "found the mass
  // could be cut".
  kNoun,
  // An object and an infinitive: "urged officials to act". A clause only
  // after "that".
  kInfinitive,
  // An object named by a quotation: "called the plan “a bad joke”",
  // "described it as “reckless”". Partial quotes only, never indirect
  // speech.
  kLabel,
  // Only a quotation: "as one trader put it, “...”". Partial quotes only.
  kQuotation,
};

// A verb or phrase that introduces speech: "said", "told reporters".
struct CueVerb {
  std::string form;   // as written in text, lower case: "said"
  std::string lemma;  // "say"
  CueComplement complement = CueComplement::kClause;
};

struct TopicRule {
  std::string id;       // rule id reported with the topic
  std::string topic;    // topic label, e.g. "tariffs"
  std::string pattern;  // RE2 pattern, matched case-insensitively
  std::string example;  // text the pattern must match (checked at load)
};

// A verb that introduces a belief, intention or report: "pledged" (planned),
// "denied" (denied), "expects" (hedged), "insisted" (asserted). From
// [[claim_cue]] tables.
struct ClaimCue {
  std::string form;   // lower case, as written: "pledged"
  std::string lemma;  // "pledge"
  Modality modality = Modality::kAsserted;
  // Takes mostly a noun phrase ("announced the deal"): a proposition only
  // after "that", an auxiliary or a gerund (claims.toml `complement`).
  bool noun_object = false;
};

// How quantities are written: currencies, scale words, percent signs and
// count units. From quantities.toml.
struct QuantityRules {
  struct Currency {
    std::string form;  // "$", "US$", "yuan", "cents"
    std::string code;  // ISO 4217: "USD"
    double factor = 1;  // "cents" = 0.01
    bool prefix = false;  // written before the number ("$") or after ("yuan")
  };
  struct Scale {
    std::string form;  // "billion", "bn"
    double factor = 1;
  };
  struct Unit {
    std::string form;  // "metric tons"
    std::string unit;  // "tonnes"
  };
  std::vector<Currency> currencies;
  std::vector<Scale> scales;
  std::vector<std::string> percent_forms;  // "%", "percent", "per cent"
  std::vector<Unit> units;                 // count units with a canonical name
  // Words that end the run of words after a count ("of", "in", "were").
  std::vector<std::string> stop_words;
  // Words that make a number next to them part of a date ("October").
  std::vector<std::string> date_words;
};

// Word lists that let the actor finder discover people and organisations a
// pack does not know. From [discovery] in discovery.toml; all optional.
struct DiscoveryRules {
  // Titles written before a name, any case: "secretary", "trade envoy".
  std::vector<std::string> titles;
  std::vector<std::string> honorifics;  // "Mr.", "Ms.", "Dr."
  // Head nouns of roles in appositives: "fellow", "analyst", "president".
  std::vector<std::string> role_words;
  // Last words that make a capitalised phrase an organisation: "Institute".
  std::vector<std::string> organization_words;
  // Words that make it a government body: "Ministry", "Bureau".
  std::vector<std::string> government_words;
  // Surnames written first (Chinese, Korean, ...): "Wang", "Li".
  std::vector<std::string> surnames_first;
  // Capitalised words that never start or make up a name: "The", "Monday".
  std::vector<std::string> not_names;
  // Adjectives of nationality: not names, but they may open an organisation
  // name ("European Components Forum").
  std::vector<std::string> demonyms;
  // Lower-case words after which a capitalised pair is a person's name
  // ("Reporting by Nadia Ferris", "his neighbor Jo Lund").
  std::vector<std::string> name_before;
  // Lower-case verbs that name a thing ("a mission called Europa
  // Clipper", "a disease dubbed ..."): a capitalised phrase after one is
  // no person's name even when the verb is also a cue verb ("called").
  std::vector<std::string> naming_words;
  // Last words that make a capitalised phrase a place: "County", "Valley".
  std::vector<std::string> place_words;
  // Chinese title words written before a name ("部长", "发言人"); a
  // transliterated name starts after the last one (cjk_quotes.h). Each must
  // hold a CJK ideograph; checked at load.
  std::vector<std::string> cjk_titles;
  // Chinese words that stand for a person named earlier ("他", "该发言人")
  // and for an organisation or government body named earlier ("该部",
  // "该公司"), when they are the subject of a cue. Checked like cjk_titles.
  std::vector<std::string> cjk_person_references;
  std::vector<std::string> cjk_organization_references;
  // English subject pronouns, lower case, one word each (checked at load).
  // As the subject of a cue, a person pronoun ("he", "she") stands for the
  // person named last and an organisation pronoun ("it") for the
  // organisation named last; a group pronoun ("they") names nobody the
  // speaker sieve can resolve; a first-person pronoun ("i", "we") is the
  // writer and is taken as a subject only before its cue ("we said").
  std::vector<std::string> person_pronouns;
  std::vector<std::string> organization_pronouns;
  std::vector<std::string> group_pronouns;
  std::vector<std::string> first_person_pronouns;
  // Possessive determiners ("his", "its", "their"): "their morning note" is
  // a document by the actor named last in the sentence.
  std::vector<std::string> possessive_pronouns;
  // Nouns for documents that speak for their authors ("report", "note"):
  // "the report found" is said by the actor the text gave as the report's
  // author ("a report by X", "X's report", "X published a report", "in a
  // report, X ..."); when that cue sits inside the clause another speaker
  // reports ("Kessler said the report found ..."), by that speaker.
  std::vector<std::string> document_nouns;
  // Verbs whose subject is the author of the document noun they take as
  // object: "published", "released".
  std::vector<std::string> publish_verbs;
  // Phrases, lower case, words separated by single spaces, that announce
  // that the quotations after the paragraph are its subject's words
  // ("delivered the following remarks"): quote-only paragraphs after it
  // are the subject's. Checked at load (lower-case words only).
  std::vector<std::string> speech_introductions;
  // Words that tell a person's gender, lower case: the pronoun that refers
  // back to them ("she") and the honorifics, titles and role nouns they
  // are introduced with ("ms.", "spokeswoman", "father"). A person the text
  // gives words of one gender only is never the referent of the other
  // gender's pronoun. Checked at load (a lower-case word, optionally ending
  // in a period).
  std::vector<std::string> feminine_words;
  std::vector<std::string> masculine_words;
  // Every form of the gendered pronouns, lower case: subject, object,
  // possessive and reflexive ("she", "her", "his", "himself"). They tell
  // the gender of the person they refer to, but a role or descriptor that
  // holds one ("a colleague of hers") says nothing of its own, so they are
  // kept apart from the words above (which repeat the subject forms).
  std::vector<std::string> feminine_pronouns;
  std::vector<std::string> masculine_pronouns;
  // Given names, as written, that English-language news gives (almost)
  // only to women or only to men ("Sarah", "David"); names given to both
  // belong in neither list. Read from the first word of a person's name.
  std::vector<std::string> feminine_given_names;
  std::vector<std::string> masculine_given_names;
};

struct RulePack {
  std::vector<CueVerb> cues;
  std::vector<KnownActor> actors;
  std::vector<TopicRule> topics;
  std::vector<ClaimCue> claim_cues;
  QuantityRules quantities;
  DiscoveryRules discovery;
};

// Parses and validates every file; actors from several files are merged
// (an actor named again adds its aliases and roles to the first). Checks:
// actor kinds, role dates (YYYY-MM-DD), an alias naming two actors, topic
// patterns (compiled with RE2) and their examples, claim-cue modalities.
// On failure the status message lists every problem, one per line, as
// "FILE:LINE: reason: fragment".
absl::StatusOr<RulePack> LoadRulePack(const std::vector<RuleFile>& files);

// The packs in nlp/rules/, embedded in the binary at build time.
const std::vector<RuleFile>& BuiltinRuleFiles();

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_RULE_PACK_H_
