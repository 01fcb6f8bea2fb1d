// Who is who in one document, for speaker resolution.
//
// A SpeakerRegistry is built once per document from its normalised text and
// the actors ActorFinder found. It knows every named person and organisation
// the text introduces (its full name as first written), the titles and
// appositive role words they were introduced with ("Trade Envoy Dana
// Whitlock", "Marta Keane, head of research"), and where each is mentioned.
// It then resolves the sieve's mention kinds: names (a surname, or the
// family name first in "Lin said" → "Lin Mei"), pronouns, role nouns ("the
// envoy", "the ministry"), anonymous descriptors and transcript labels
// ("MS. LIN"). It works on people no rule pack knows. With the pack's
// SpeakerWords it also knows who wrote each document the text mentions ("a
// report by X", "X's report", "X published a note", "their note", "in a
// note to clients, X ..."), so that "the report found" is said by X.
//
// Built on the first question that needs it, not when constructed: many
// documents of a news feed ask none (no quote, or only anonymous
// descriptors), and building is most of the registry's cost.
//
// Not thread-safe (resolution records new roles and mentions, and the first
// question builds); one registry per document and thread.
//
// The code is in three files: speaker_registry.cc (building, names, roles
// and resolution), speaker_antecedents.cc (whom a pronoun or a group's
// "they" stands for; oblique mentions) and speaker_authors.cc (the authors
// of the documents the text mentions).

#ifndef WHOSAID_NLP_SPEAKER_REGISTRY_H_
#define WHOSAID_NLP_SPEAKER_REGISTRY_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "nlp/analysis.h"
#include "nlp/segmenter.h"
#include "nlp/short_word_hash.h"
#include "nlp/speaker_phrase.h"

namespace whosaid::nlp {

class SpeakerRegistry {
 public:
  // `actors` and `words` may be null (without words no document has an
  // author). `text`, `actors` and `words` must outlive the registry, and
  // stay unchanged: they are read on its first question.
  // REQUIRES: the registry is not defined const (a const question may build
  // it).
  SpeakerRegistry(std::string_view text,
                  const std::vector<ActorInText>* actors,
                  const SpeakerWords* words = nullptr);
  // The same, reusing `tokens` = Tokenize(text, {0, text.size()}) and
  // `segmentation` = Segment(text), which must outlive the registry too:
  // where a sentence or paragraph starts is the segmenter's answer, not
  // the registry's own.
  SpeakerRegistry(std::string_view text, const std::vector<Token>& tokens,
                  const Segmentation& segmentation,
                  const std::vector<ActorInText>* actors,
                  const SpeakerWords* words = nullptr);

  // Neither copied nor moved: it keeps a pointer to its tokens.
  SpeakerRegistry(const SpeakerRegistry&) = delete;
  SpeakerRegistry& operator=(const SpeakerRegistry&) = delete;

  // The speaker a subject phrase found at byte `at` names: a canonical
  // name, a descriptor ("a senior official"), or nullopt. Records the
  // phrase's role words for the entity it resolved to.
  // `quoted`, when given, is what the speaker is quoted as saying: a
  // pronoun does not stand for a person it names by first name or in full
  // ("“I cannot believe Martha would ...,” she said" is not Martha's).
  std::optional<std::string> Resolve(const SubjectPhrase& phrase, size_t at,
                                     std::string_view quoted = {});

  // The speaker of a transcript label such as "MS. LIN" or "SENIOR
  // ADMINISTRATION OFFICIAL" (without the colon).
  std::string ResolveLabel(std::string_view label) const;

  // Canonical name for a name as written (titles stripped); the name itself
  // when the document introduced nobody matching it. A surname alone goes
  // to the latest person with it whose gender fits `gender` or the
  // honorific written before it ("Mr. Greenhalgh").
  std::string ResolveName(std::string_view name, size_t at,
                          Gender gender = Gender::kUnknown) const;

  // The canonical name of the person the text introduced whom `name` (as
  // written, one to three words: "Wei", "Ms. Lin") names before byte `at`;
  // nullopt when it names nobody the text introduced.
  std::optional<std::string> KnownPerson(std::string_view name,
                                         size_t at) const;

  // The canonical name of the author of the last document called `noun`
  // (a document noun, lower case: "report") introduced before byte `at`;
  // nullopt when the text gave none an author.
  std::optional<std::string> DocumentAuthor(std::string_view noun,
                                            size_t at) const;

 private:
  struct Entity {
    // Its canonical name: a view of the text, or of an actor's name (both
    // outlive the registry), so that no entity owns a string of its own.
    std::string_view name;
    bool person = true;
    // Its name's words in lower case, possessives stripped: TokensOf.
    size_t first_token = 0;  // in entity_tokens_
    size_t token_count = 0;
    // Its lower-case role words: spans of role_text_ (RoleWord), so that
    // a role costs no string of its own.
    std::vector<Span> roles;
    bool place = false;               // an ActorFinder place: authors nothing
    // Bits of Gender the text gave this person (honorifics, titles, role
    // nouns, the given name); both bits tell as little as none.
    uint8_t gender = 0;
  };
  struct Mention {
    size_t at;
    size_t entity;
  };
  static constexpr size_t kNone = static_cast<size_t>(-1);
  // What one name word (lower case, possessive stripped) tells.
  struct NameWord {
    size_t alone = kNone;  // the first entity named by this word alone
    // The entities (people or not) named by two or more words, this one
    // first, in order of introduction: the exact-name lookup of longer
    // names (the first whose words are all equal).
    absl::InlinedVector<size_t, 1> named_first;
    // The people with two or more name words who have this one, in order
    // of introduction, and the first of them whose name starts (ends)
    // with it. Most name words belong to one or two people: inline.
    absl::InlinedVector<size_t, 2> people;
    size_t first_as_first = kNone;
    size_t first_as_last = kNone;
  };
  // A document noun at byte `at` whose author the text gave.
  struct Authored {
    size_t at;
    std::string noun;
    size_t entity;
  };

  // Builds the registry (Build) unless done: every question that reads
  // what Build finds asks this first. Const because building changes no
  // answer, only when the work is done.
  void EnsureBuilt() const {
    if (!built_) BuildOnce();
  }
  void BuildOnce() const;
  // ResolveName; when `gender` is kUnknown, the gender asked for is that
  // of the last gendered word of `role_words` (the attribution's titles:
  // "Mr. Greenhalgh said"), looked up only when a person must fit it.
  std::string ResolveName(std::string_view name, size_t at, Gender gender,
                          std::span<const std::string> role_words) const;
  void Build(const std::vector<Token>& tokens,
             const std::vector<ActorInText>* actors);
  void AddRun(const std::vector<Token>& tokens, size_t first, size_t last);
  // Whether a mention of an organisation or government body among the
  // actors begins before `start` and holds [start, end). REQUIRES: actors_.
  bool InsideBodyName(size_t start, size_t end) const;
  // AddRun(tokens, k, k), for the run of the one capitalised word at token
  // k, the most common kind (a sentence's first word, a place, a surname).
  // One word names nobody new, and mentions only an organisation (by an
  // organisation word) or someone known by a word of their name: most such
  // runs fail that test, made first; a known name word's entry, looked up
  // for it, serves the person's lookup too.
  // A word that names nobody known when read and that ", who" or "— who"
  // follows is a person the text introduces ("Tommy — who only goes by his
  // first name online —").
  // A word that names nobody known when read, opens a sentence and has a
  // lower-case word after it (a subject: "Omar asked for compassion") is
  // kept (early_words_) and asked again by AddLateWord after every run was
  // read.
  // REQUIRES: word k is no IsListedCapitalizedStopWord (Build turns those
  // away before the call: they would record nothing).
  void AddWord(const std::vector<Token>& tokens, size_t k);
  // Word k, kept by AddWord, once every run was read: it mentions only a
  // person of two or more name words, named in full after it, whose family
  // name it is ("Omar asked for compassion" before "Rep. Ilhan Omar").
  void AddLateWord(const std::vector<Token>& tokens, size_t k);
  // What follows person `e`'s name, which ends at token `last`: an
  // appositive's role words, a copular role and a possessive's gender.
  // Overwrites scratch_text_.
  void NoteWhatFollowsName(const std::vector<Token>& tokens, size_t last,
                           size_t e);
  // The mentions before byte `at` (and at it, when `inclusive`), latest
  // first: iterate up to mentions_.rend().
  std::vector<Mention>::const_reverse_iterator MentionsBefore(
      size_t at, bool inclusive) const;
  std::optional<size_t> FindByTokens(std::span<const std::string_view> tokens,
                                     bool person, size_t at) const;
  // The same, given `front` = FindNameWord(tokens.front()).
  std::optional<size_t> FindByTokens(const NameWord* front,
                                     std::span<const std::string_view> tokens,
                                     bool person, size_t at) const;
  // The first entity called `name` (its canonical name), by a scan: a
  // document introduces a few entities and asks this only of attributions
  // with role words, so a map of every name would cost more than it saves.
  std::optional<size_t> FirstEntityNamed(std::string_view name) const;
  // name_words_' entry for `lower`, or null.
  const NameWord* FindNameWord(std::string_view lower) const;
  // name_words_' entry for `lower`, added (empty) when missing; `lower`
  // views name_text_, as a new key must.
  NameWord& AddNameWord(std::string_view lower);
  // False when no name word has the shape of `lower` (its length, up to
  // 31, and its first byte modulo 64): a filter before the hash lookup,
  // which most words fail. True says nothing.
  bool MayBeNameWord(std::string_view lower) const;
  static size_t ShapeIndex(std::string_view w) {
    return std::min<size_t>(w.size(), 31);
  }
  static uint64_t ShapeBit(std::string_view w) {
    return uint64_t{1} << (w.empty() ? 0 : static_cast<unsigned char>(w[0]) % 64);
  }
  // The entity mentioned last before `at` that is a person (or not, as
  // `want_person` says), has the role or name part when one is given, and
  // whose gender fits `gender` (FitsGender); with a role or name part and
  // no such mention, the first such entity introduced. Serves both the
  // pronouns and role nouns and "Mr. Greenhalgh" after Gordon and Edith
  // Greenhalgh, while building (`at` = text_.size()) and after.
  std::optional<size_t> MostRecent(size_t at, bool want_person,
                                   std::string_view role,
                                   std::string_view name_part,
                                   Gender gender = Gender::kUnknown) const;
  // The person a subject pronoun at `at` stands for: NearestPronounAntecedent,
  // unless that is a capitalised run only the registry took for a person
  // (no actor), whose gender the text never told and which it never named
  // as a subject (NeverNamedAsSubject: "which I came to think of as
  // Iceberg Passages"), and an actor-finder person who fits was mentioned
  // up to 1,500 bytes before `at`: then the latest such person.
  // Each of these three passes over people whom `quoted` names (Resolve).
  std::optional<size_t> PronounAntecedent(size_t at, Gender gender,
                                          std::string_view quoted) const;
  // When the pronoun at `at` opens its sentence (perhaps after "However,"),
  // or `at` is the start of a quotation that opens its sentence (a
  // pronoun after the quotation is asked about from there), and the
  // sentence before it in its paragraph opens with a person who fits
  // `gender` and is no possessive's owner: that person, which
  // PronounAntecedent prefers to any nearer mention. Sentences are the
  // segmenter's.
  std::optional<size_t> PreviousSubject(size_t at, Gender gender,
                                        std::string_view quoted) const;
  // The index of the segmenter's sentence that starts at byte `at`, or
  // kNone when none starts there.
  size_t SentenceStartingAt(size_t at) const;
  // The person mentioned last before `at` whose gender fits, unless that
  // mention is oblique (the object of a verb or preposition, or a
  // possessive's owner: "who represents Thomas", "with President
  // Zelensky", "Epstein's accusers") and a person who fits was mentioned
  // as a subject a little before it ("Montell Figgins, who represents
  // Thomas, said ... He said"): then that person.
  std::optional<size_t> NearestPronounAntecedent(
      size_t at, Gender gender, std::string_view quoted) const;
  // Whether every mention of entity `e` before `at` follows a lower-case
  // word of its clause (an object or complement: "accusing Big Machine
  // of", "think of as Iceberg Passages") other than "and", "but", "or",
  // "said", "says" and "according to".
  bool NeverNamedAsSubject(size_t e, size_t at) const;
  // Whether the mention that starts at byte `at` is oblique (see
  // NearestPronounAntecedent): a possessive's owner (a name's, or a role
  // mention's: "the president’s"), a preposition's object, the hearer of
  // "told", a participle's or an infinitive's object ("accusing Big
  // Machine", "to bolster Stadia"), or a verb's object in a relative
  // clause. A main verb's object ("met Lin Mei") is not.
  bool MentionIsOblique(size_t at) const;
  // The organisation (or place) an "it" at `at` stands for: the one
  // mentioned last, passing over places that only modify a noun ("the US
  // military", "US politicians"), which name no actor; as for a person
  // (LatestUnlessOblique), one named as a subject a little before an
  // oblique last mention ("Boeing ... confirmed ... the day the proposals
  // were due to NASA, it said") is preferred.
  std::optional<size_t> OrganizationAntecedent(size_t at) const;
  // The entity of the latest mention before `at` for which `fits(entity,
  // mention's byte)` holds, unless that mention is oblique
  // (MentionIsOblique) and a fitting mention a few mentions (six) and
  // bytes (1,500) back in its paragraph is not: then the latest such.
  // (Defined and used in speaker_antecedents.cc only.)
  template <typename Fits>
  std::optional<size_t> LatestUnlessOblique(size_t at, const Fits& fits) const;
  // The organisation a "they" at `at` stands for ("Big Machine have denied
  // it. “...,” they said"): the entity mentioned last, when it is an
  // organisation named as more than a possessive within a few sentences,
  // or (when the registry has actors) a capitalised run only the registry
  // took for a person, of no told gender and not in quotation marks, which
  // may as well be a body; else nobody (a group of people is no entity).
  std::optional<size_t> GroupAntecedent(size_t at) const;
  // Records that a plural descriptor or role (head noun `head`: "the
  // authors", "three analysts") or a collective one ("the laboratory of
  // Stephen Liggett", "the team") spoke at byte `at`, as `speaker`; another
  // singular head records nothing.
  void NoteGroup(std::string_view head, size_t at, const std::string& speaker);
  // The plural speaker recorded last before byte `at`, when it spoke in the
  // same paragraph up to 600 bytes before: whom a "they" with no
  // organisation before it stands for ("..., the authors said. ..., they
  // wrote"); nullopt otherwise.
  std::optional<std::string> GroupSpeakerBefore(size_t at) const;
  // The group a "they" at `at` stands for when an earlier sentence of the
  // same paragraph, up to 600 bytes before, opens with a group noun and a
  // verb ("Analysts expect ... . They say"): that noun in lower case;
  // nullopt otherwise.
  std::optional<std::string> GroupSubjectBefore(size_t at) const;
  // The person a "they" at `at` stands for when it stands for one
  // ("Kym Lino, a spokesperson for Instagram, confirmed to WIRED that ....
  // “...,” they said"): the person mentioned last before `at`, past
  // oblique mentions of organisations ("to WIRED"), when the text never
  // gave them a gender (so never he or she either), and their name opens
  // the sentence right before `at`, in its paragraph, up to 400 bytes
  // back; else nobody.
  std::optional<size_t> SingularTheyBefore(size_t at) const;
  // The unnamed person a pronoun of gender `gender` (not kUnknown) at `at`
  // stands for: a noun of that gender after an indefinite determiner
  // ("WIRED spoke to one mother, who knew ... “...,” she said" → "one
  // mother"), in the paragraph of `at`, up to 80 tokens back and after the
  // last mention of a person who fits; the descriptor as it spoke when one
  // with that noun did ("a spokesman for Harbor Watch"). Nullopt when there
  // is none, or when it describes someone else ("Jane Vale, a mother of
  // three,", "is a widow", "as a mother"). Needs words_.
  std::optional<std::string> UnnamedPersonBefore(size_t at,
                                                 Gender gender) const;
  // Whether the capitalised name that starts at byte `at` is followed by a
  // lower-case word.
  bool NameModifiesNoun(size_t at) const;
  // Adds the lower-case role word `lower` to entity `e`'s roles, and what
  // it tells of its gender (NoteGender), unless `e` has it already: the
  // same appositive and attribution come back mention after mention, and
  // the gender bits only accumulate, so a word tells nothing the second
  // time.
  void AddRole(size_t e, std::string_view lower);
  // Records what the lower-case word `lower` (an honorific, title or role
  // noun) or, with `given_name`, the first word of a person's name tells
  // of entity `e`'s gender. Needs words_.
  void NoteGender(size_t e, std::string_view lower, bool given_name);
  // A copular introduction from token `k` on, right after person `e`'s
  // name: "is chairwoman of", "was the deputy minister", "is a spokesman
  // for". Its lower-case words up to a preposition become `e`'s role
  // words, and tell its gender, when the last is a title word or a
  // gendered word of the pack.
  void AddCopularRole(const std::vector<Token>& tokens, size_t k, size_t e);
  // "Dvořák said his plant", "Okonjo says her cooperative": the gender of
  // a possessive pronoun at token k + 1 after person `e`'s verb at k.
  void NotePossessiveAfterVerb(const std::vector<Token>& tokens, size_t k,
                               size_t e);
  // "Luo Jiaxin sells Christmas lights from her stall": a person whose
  // gender the text has not given, named as the first words of a
  // sentence, takes the gender of the first gendered pronoun later in
  // that sentence (up to 40 tokens) when it is a subject ("he"), "his",
  // or "her" where it cannot be an object ("from her stall", ", and her
  // office"), unless another person is
  // mentioned, a quotation opens, or a title or gendered noun ("the
  // envoy", "his wife") comes first. An object pronoun ("told him") ends
  // the search. Runs after the mentions are sorted.
  void NoteGenderFromOwnSentence(const std::vector<Token>& tokens);
  // Whether the possessive pronoun of gender `g` at token k belongs to the
  // sentence's subject: "his" always; "her" where it cannot be an object,
  // after a comma, a preposition, "and", "but", "said" or "says" and before
  // its noun ("from her stall", "said her cooperative"; not "told her the
  // fees").
  bool IsOwnPossessive(const std::vector<Token>& tokens, size_t k,
                       Gender g) const;
  // Whether token k is a lower-case word that may be the noun after a
  // possessive: no preposition, determiner or pronoun ("told her the fees").
  bool BeforeNoun(const std::vector<Token>& tokens, size_t k) const;
  // Whether the token before k is a comma, a preposition, "and", "but",
  // "said" or "says": nothing after which "her" could be an object.
  bool AfterNonVerb(const std::vector<Token>& tokens, size_t k) const;
  // Whether token k opens a sentence or a paragraph.
  bool StartsSentence(const std::vector<Token>& tokens, size_t k) const;
  // Whether `ent` may be the referent of a word of gender `g`: always for
  // kUnknown, and for people the text gave no gender or both.
  static bool FitsGender(const Entity& ent, Gender g);
  // FitsGender, and `quoted` does not name the entity by its first name
  // or in full (as a whole word).
  static bool FitsPronoun(const Entity& ent, Gender g, std::string_view quoted);
  // `name` must view text_ or an actor's name (Entity::name).
  size_t AddEntity(std::string_view name, bool person,
                   std::span<const std::string_view> tokens);
  std::span<const std::string_view> TokensOf(const Entity& ent) const {
    return {entity_tokens_.data() + ent.first_token, ent.token_count};
  }
  void AddMention(size_t at, size_t entity);
  // Fills documents_ (needs mentions_ sorted, so after Build). Run on the
  // first DocumentAuthor question: most documents never ask one, and
  // nothing it reads changes after Build.
  void FindDocumentAuthors() const;
  std::optional<size_t> AuthorOf(const std::vector<Token>& tokens, size_t k,
                                 size_t sentence_first,
                                 size_t sentence_end) const;
  // The entity of the last (first) mention in [from, to) bytes.
  std::optional<size_t> LastMentionIn(size_t from, size_t to) const;
  std::optional<size_t> FirstMentionIn(size_t from, size_t to) const;

  std::string_view text_;
  const SpeakerWords* words_ = nullptr;
  std::vector<Entity> entities_;
  // Every entity's name words, one after another (TokensOf): one vector
  // for the document rather than one per entity. They view name_text_.
  std::vector<std::string_view> entity_tokens_;
  // The bytes of every entity's name words, one after another: reserved
  // once (Build), so that no word is a string of its own and the views
  // of it (entity_tokens_, name_words_' keys) never dangle.
  std::string name_text_;
  // Entities [0, actor_entities_) are the constructor's actors (Build adds
  // them first); the rest are capitalised runs only the registry found.
  size_t actor_entities_ = 0;
  std::vector<Mention> mentions_;  // sorted by position
  // Per entity: 1 + the index in mentions_ of its last mention (0: none).
  // FindByTokens uses it when every mention comes before the position it
  // asks about: the latest matching mention is then the matching entity's
  // with the largest index.
  std::vector<size_t> last_mention_;
  // Every word of a person's name (its tokens), and the first word of
  // every name of two or more words and every one-word name, to what it
  // tells: the exact-name lookups (by the name's first word), and the
  // people whose name has it. Only those words are keys, so a word that
  // is not one names no entity by itself (AddWord).
  // Keys view name_text_.
  absl::flat_hash_map<std::string_view, NameWord, ShortWordHash> name_words_;
  // Bit ShapeBit(w) of name_word_shapes_[ShapeIndex(w)] is set for every
  // key w of name_words_ (MayBeNameWord).
  std::array<uint64_t, 32> name_word_shapes_{};
  // Anonymous descriptors used so far: head noun, descriptor.
  std::vector<std::pair<std::string, std::string>> descriptors_;
  // Plural descriptors and roles that spoke, in the order resolved: where
  // the phrase is, the speaker (NoteGroup).
  std::vector<std::pair<size_t, std::string>> groups_;
  // The text's tokens and sentences: owned_*, or the caller's.
  std::vector<Token> owned_tokens_;
  const std::vector<Token>* tokens_ = nullptr;
  Segmentation owned_segmentation_;
  const Segmentation* segmentation_ = nullptr;
  // The constructor's actors, for Build.
  const std::vector<ActorInText>* actors_ = nullptr;
  bool built_ = false;  // Build has run
  mutable std::vector<Authored> documents_;  // sorted by position
  mutable bool documents_found_ = false;     // FindDocumentAuthors has run
  // AddRun's working buffers, kept so that building allocates once per
  // document rather than once per capitalised run: the run's text in lower
  // case, views of its words there (possessives stripped), and the views
  // of its title words. The first two also hold an actor's name and role
  // words (LowerWordsInto).
  std::string scratch_text_;
  // Every entity's role words, one after another (Entity::roles).
  std::string role_text_;
  std::string_view RoleWord(Span r) const {
    return std::string_view(role_text_.data() + r.start, r.size());
  }
  // Whether entity `ent` has the role word `lower`.
  bool HasRole(const Entity& ent, std::string_view lower) const {
    for (const Span r : ent.roles) {
      // Most differ in length or first byte: no call to compare them.
      const std::string_view w = RoleWord(r);
      if (w.size() == lower.size() &&
          (w.empty() || (w[0] == lower[0] && w == lower))) {
        return true;
      }
    }
    return false;
  }
  std::vector<std::string_view> scratch_lower_;
  std::vector<std::string_view> scratch_roles_;
  // Build's one-word runs that named nobody known when read (AddWord).
  std::vector<size_t> early_words_;
  // How many of early_words_ came before the last person of two or more
  // name words was added: only those may be such a person's family name
  // (AddLateWord), as a word unknown when read can become one only by a
  // person added after it.
  size_t early_words_to_ask_ = 0;
  // ResolveName's words (LowerWordsInto); mutable because the lookup is
  // logically const.
  mutable std::string scratch_name_text_;
  mutable std::vector<std::string_view> scratch_words_;
};

// "a" or "an" + the label words in lower case: "a senior official".
std::string DescriptorFromLabel(std::string_view label);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_SPEAKER_REGISTRY_H_
