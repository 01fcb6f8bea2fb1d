#include "nlp/actor_finder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <forward_list>

#include "absl/container/flat_hash_map.h"

#include "nlp/ascii.h"
#include "nlp/string_set.h"
#include "nlp/name_scanner.h"
#include "nlp/phrase_matcher.h"
#include "nlp/gender_words.h"
#include "nlp/word_set.h"

namespace whosaid::nlp {
namespace {

std::string_view Cut(std::string_view text, Span span) {
  return text.substr(span.start, span.size());
}

// The last word of a name, or the first for a surname-first name.
std::string_view LastWord(std::string_view name) {
  const size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

std::string_view FirstWord(std::string_view name) {
  return name.substr(0, name.find(' '));
}

// What a title reference phrase ("the Treasury secretary", "the envoy")
// may stand for.
struct TitleRef {
  struct Holder {
    int actor;
    std::string from, until;
  };
  std::vector<Holder> holders;  // known actors with this dated title
  std::string head;             // lower-case head word to match doc roles
  std::string padded_head;      // " head "
};

// One actor as this document names it, while Find works. The names, roles
// and affiliations are views into the text, the rule pack or
// DocumentActors::Own: Find copies each once, into its result.
struct Found {
  std::string_view name;
  ActorKind kind = ActorKind::kPerson;
  std::string_view role;
  std::string_view affiliation;
  bool known = false;
  std::string surname;  // lower case; empty for non-persons
  std::vector<Span> mentions;
  std::string title_words;  // " role words " (or name) in lower case, cached
  bool described = false;   // a known actor's role and affiliation are set
  // For a known actor: the pack's actor that describes it (the one its
  // name finds among names and aliases); -1 for a discovered actor.
  int pack_actor = -1;
  // For an organisation or government body: the next body whose name
  // starts with the same word (DocumentActors::NextBody); -1 for none.
  int next_body = -1;
};

class DocumentActors {
 public:
  // A news article names a few dozen actors at most: reserving for that
  // spares the growth steps, which would move every Found and rehash
  // every name each time.
  DocumentActors() {
    found_.reserve(kExpected);
    index_.reserve(kExpected);
  }
  // The id of the actor named `name`, added with `kind` and `known` if
  // new. `name` must stay valid while this object lives: a view into the
  // text, the rule pack or Own. `pack_actor` (known actors only) is the
  // index of the pack's actor that `name` finds (Impl::describe_as).
  int Add(std::string_view name, ActorKind kind, bool known,
          int pack_actor = -1) {
    const int id = static_cast<int>(found_.size());
    auto [it, fresh] = index_.try_emplace(name, id);
    if (!fresh) return it->second;
    Found& f = found_.emplace_back();
    // Most actors are named a few times: one allocation for those.
    f.mentions.reserve(kExpectedMentions);
    f.name = name;
    f.kind = kind;
    f.known = known;
    f.pack_actor = pack_actor;
    if (kind == ActorKind::kOrganization || kind == ActorKind::kGovernment) {
      // Room for a few first words at once, rather than growing by one,
      // three and seven.
      if (bodies_by_first_word_.empty()) bodies_by_first_word_.reserve(8);
      auto [body, first] = bodies_by_first_word_.try_emplace(FirstWord(name),
                                                             Bodies{id, id});
      if (!first) {
        found_[body->second.last].next_body = id;
        body->second.last = id;
      }
    }
    return id;
  }
  // Keeps `name`, a name the text does not spell as such, for Add.
  std::string_view Own(std::string name) {
    return owned_.emplace_front(std::move(name));
  }
  // The first of the organisations and government bodies whose name
  // starts with the word `first` (as written), in the order they were
  // added, or -1 when there is none; NextBody gives the others. A found
  // actor's kind never changes after Add.
  int FirstBodyStartingWith(std::string_view first) const {
    auto it = bodies_by_first_word_.find(first);
    return it == bodies_by_first_word_.end() ? -1 : it->second.first;
  }
  // The body added next after body `id` whose name starts with the same
  // word, or -1 when there is none.
  int NextBody(int id) const { return found_[id].next_body; }
  Found& operator[](int id) { return found_[id]; }
  int Find(std::string_view name) const {
    auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
  }
  std::vector<Found>& all() { return found_; }

 private:
  template <typename V>
  using ViewMap =
      absl::flat_hash_map<std::string_view, V, FlatStringHash, FlatStringEq>;

  static std::string_view FirstWord(std::string_view name) {
    return name.substr(0, name.find(' '));
  }

  static constexpr size_t kExpected = 32;
  static constexpr size_t kExpectedMentions = 4;
  std::vector<Found> found_;
  ViewMap<int> index_;  // views of found_[id].name
  // Looked up once per name candidate (OrganizationStartingWith): an index
  // keeps a document naming thousands of actors linear. The first and
  // last body with the word; the others are chained by Found::next_body,
  // so that no word has a list of its own.
  struct Bodies {
    int first, last;
  };
  ViewMap<Bodies> bodies_by_first_word_;
  // A list, not a vector: views of its strings stay valid as it grows,
  // and an empty one allocates nothing.
  std::forward_list<std::string> owned_;
};

// The name of a place the text gives: as written, except that a dateline's
// capitals ("AUSTIN, Texas") become the name's usual case ("Austin"), the
// form the rest of the story and other stories use. Short all-capital
// names are abbreviations and stay ("DC", "NYC"): only a name with a word
// of four letters or more changes.
std::string PlaceName(std::string_view written) {
  std::string name(written);
  size_t letters_in_word = 0;
  bool long_word = false;
  for (char c : name) {
    if (IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80) return name;
    letters_in_word = IsAsciiUpper(c) ? letters_in_word + 1 : 0;
    long_word |= letters_in_word >= 4;
  }
  if (!long_word) return name;
  bool word_start = true;
  for (char& c : name) {
    if (!word_start) c = AsciiLower(c);
    word_start = c == ' ' || c == '-';
  }
  return name;
}

// Whether the last word of the name at `span` stands alone elsewhere in
// `text`, as a surname does once the full name is given: a whole word
// there (a possessive "'s" may follow) with no capitalised word right
// before it.
bool LastWordStandsAlone(std::string_view text, Span span) {
  const std::string_view name = text.substr(span.start, span.size());
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view last = name.substr(space + 1);
  for (size_t at = text.find(last); at != std::string_view::npos;
       at = text.find(last, at + 1)) {
    const size_t end = at + last.size();
    if (at == span.start + space + 1) continue;  // the name itself
    if (end < text.size() && IsAsciiAlnum(text[end])) continue;
    if (at == 0) return true;
    if (IsAsciiAlnum(text[at - 1])) continue;
    // The word before, when one space apart: capitalised, it makes
    // another name of the same surname ("Ghislaine Epstein").
    if (text[at - 1] == ' ' && at >= 2 && IsAsciiAlnum(text[at - 2])) {
      size_t b = at - 2;
      while (b > 0 && IsAsciiAlnum(text[b - 1])) --b;
      if (IsAsciiUpper(text[b])) continue;
    }
    return true;
  }
  return false;
}

// Whether the lone word at `span` is an adverb in -ly that opens its
// sentence ("Sadly, Delhi pollution has ...", "Unfortunately, Texas"): a
// comment on the sentence, not a place named before another.
bool AdverbOpeningSentence(std::string_view text, Span span) {
  if (span.size() < 5 || text[span.end - 2] != 'l' ||
      text[span.end - 1] != 'y') {
    return false;
  }
  size_t b = span.start;
  // Spaces and opening quotation marks (", “) before the word.
  while (b > 0) {
    if (text[b - 1] == ' ' || text[b - 1] == '"') {
      --b;
    } else if (b >= 3 && text.substr(b - 3, 3) == "\u201c") {
      b -= 3;
    } else {
      break;
    }
  }
  if (b == 0) return true;
  const char c = text[b - 1];
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
}

}  // namespace

struct ActorFinder::Impl {
  std::vector<KnownActor> actors;
  FlatStringMap<int> by_name;  // names and aliases
  std::unique_ptr<PhraseMatcher> matcher;
  std::vector<int> phrase_actor;  // per phrase: actor index, or -1
  std::vector<int> phrase_title;  // per phrase: TitleRef index, or -1
  std::vector<TitleRef> titles;
  // Per actor: the index by_name gives for its name (an earlier actor may
  // have that name as an alias), and that actor's lower-case surname
  // (empty for non-persons). Settled once here rather than looked up and
  // lowered per document.
  std::vector<int> describe_as;
  std::vector<std::string> described_surname;
  bool discover = false;
  NameScanner::Words words;
  GenderWords genders;

  void Build(const DiscoveryRules& d);
  int HolderOn(const TitleRef& ref, std::string_view date) const;
  // Lower-case surname: the first word of a surname-first name, else the
  // last word.
  std::string Surname(std::string_view name) const {
    return SurnameOf(name, words.surnames_first.contains(FirstWord(name)));
  }
  // The same, when whether `name` is written surname first is known.
  static std::string SurnameOf(std::string_view name, bool surname_first) {
    return LowerAscii(surname_first ? FirstWord(name) : LastWord(name));
  }
  // False when the given name of person `name` tells the other gender than
  // `g` ("Gordon Greenhalgh" for "Mrs. Greenhalgh").
  bool FitsGender(std::string_view name, Gender g) const {
    if (g == Gender::kUnknown || words.surnames_first.contains(FirstWord(name))) {
      return true;
    }
    return GenderFits(genders.GivenNameGender(LowerAscii(FirstWord(name))), g);
  }
  // The role of actors[actor] on `date`: the dated title it held then;
  // else, after it has held one, "former" and the title it held last (an
  // article of 2019 calls a vice-president of 2009-2017 "former Vice
  // President", not the president of a later term); else, with no date or
  // no dated titles, the pack's role; else, before every dated title, the
  // pack's role unless it is itself a "former" one, which would be later.
  // A view into actors or former_titles.
  std::string_view RoleOn(int actor, std::string_view date) const;
  // Per actor, per dated title: "former " and the title.
  std::vector<std::vector<std::string>> former_titles;
  // Adds to `doc` the actors the name scanner finds in `text`, given the
  // `known` matches (in text order), and sets dropped[k] for each known
  // match that a longer discovered name covers.
  void Discover(std::string_view text,
                const std::vector<PhraseMatcher::Match>& known,
                DocumentActors& doc, std::vector<bool>& dropped) const;
  // The organisation or government body in `doc` whose name is `words`
  // followed by more words ("Solent Meridian" → "Solent Meridian
  // Shipping"); -1 when none or several.
  static int OrganizationStartingWith(DocumentActors& doc,
                                      std::string_view words);
  // The one person in `doc` with lower-case surname `surname` whose given
  // name fits `g`: its id, -1 when none, -2 when several.
  int PersonWithSurname(DocumentActors& doc, std::string_view surname,
                        Gender g) const;
  // For a titled surname reference `ref` ("Mr. Greenhalgh") that names no
  // actor yet: the person whose full name the text wrote before it as a
  // plain capitalised pair or triple ending in that surname ("Gordon
  // Greenhalgh has spent ..."), the latest that fits `g`, added to `doc`
  // with that earlier mention. The title is the evidence that the pair
  // is a person's name. -1 when the text wrote none.
  int FullNameBefore(std::string_view text,
                     const std::vector<NameScanner::Candidate>& candidates,
                     const NameScanner::Candidate& ref, Gender g,
                     DocumentActors& doc) const;
  // True when ", " and a known place follow `span`.
  bool IsBeforePlace(std::string_view text, Span span,
                     const std::vector<PhraseMatcher::Match>& known) const {
    // Byte by byte: most calls end here, inlined.
    if (span.end + 2 > text.size() || text[span.end] != ',' ||
        text[span.end + 1] != ' ') {
      return false;
    }
    auto it = std::lower_bound(
        known.begin(), known.end(), span.end + 2,
        [](const PhraseMatcher::Match& m, size_t pos) {
          return m.span.start < pos;
        });
    return it != known.end() && it->span.start == span.end + 2 &&
           actors[phrase_actor[it->phrase]].kind == ActorKind::kPlace;
  }
};

void ActorFinder::Impl::Build(const DiscoveryRules& d) {
  former_titles.resize(actors.size());
  for (size_t i = 0; i < actors.size(); ++i) {
    for (const DatedRole& r : actors[i].roles) {
      former_titles[i].push_back(r.title.starts_with("former ")
                                     ? r.title
                                     : "former " + r.title);
    }
  }
  std::vector<PhraseMatcher::Phrase> phrases;
  FlatStringMap<int> title_index;
  auto add_title = [&](const std::string& phrase) -> TitleRef& {
    auto [it, fresh] = title_index.emplace(
        LowerAscii(phrase), static_cast<int>(titles.size()));
    if (fresh) {
      titles.emplace_back();
      phrases.push_back({phrase, false});
      phrase_actor.push_back(-1);
      phrase_title.push_back(it->second);
    }
    return titles[it->second];
  };
  for (size_t i = 0; i < actors.size(); ++i) {
    const KnownActor& a = actors[i];
    std::vector<std::string> names = a.aliases;
    names.insert(names.begin(), a.name);
    if (a.kind == ActorKind::kPlace) {
      // Datelines write places in capitals: "CHICAGO, Nov 4".
      std::string upper = a.name;
      for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c -= 32;
      }
      names.push_back(upper);
    }
    for (const std::string& n : names) {
      if (n.empty() || !by_name.emplace(n, static_cast<int>(i)).second) continue;
      phrases.push_back({n, true});
      phrase_actor.push_back(static_cast<int>(i));
      phrase_title.push_back(-1);
    }
    for (const DatedRole& r : a.roles) {
      add_title("the " + r.title)
          .holders.push_back({static_cast<int>(i), r.from, r.until});
    }
  }
  if (discover) {
    for (const auto* list :
         {&d.titles, &d.organization_words, &d.government_words}) {
      for (const std::string& w : *list) {
        // "the international community", "the global economy": a
        // demonym after "the" modifies a noun and refers to no body.
        if (std::find(d.demonyms.begin(), d.demonyms.end(), w) !=
            d.demonyms.end()) {
          continue;
        }
        if (w.find(' ') == std::string::npos) {
          TitleRef& ref = add_title("the " + LowerAscii(w));
          ref.head = LowerAscii(w);
          ref.padded_head = " " + ref.head + " ";
        }
      }
    }
  }
  matcher = std::make_unique<PhraseMatcher>(std::move(phrases));
  describe_as.reserve(actors.size());
  described_surname.reserve(actors.size());
  for (const KnownActor& a : actors) {
    auto it = by_name.find(a.name);
    // An empty name is in no index: the actor names itself.
    describe_as.push_back(it == by_name.end()
                              ? static_cast<int>(describe_as.size())
                              : it->second);
    described_surname.push_back(a.kind == ActorKind::kPerson ? Surname(a.name)
                                                             : std::string());
  }
}

int ActorFinder::Impl::HolderOn(const TitleRef& ref,
                                std::string_view date) const {
  int found = -1;
  for (const TitleRef::Holder& h : ref.holders) {
    const bool in_force =
        date.empty() ? ref.holders.size() == 1
                     : (h.from.empty() || h.from <= date) &&
                           (h.until.empty() || date <= h.until);
    if (!in_force) continue;
    if (found >= 0 && found != h.actor) return -1;  // ambiguous
    found = h.actor;
  }
  return found;
}

std::string_view ActorFinder::Impl::RoleOn(int actor,
                                           std::string_view date) const {
  const KnownActor& a = actors[actor];
  if (date.empty() || a.roles.empty()) return a.role;
  const DatedRole* last = nullptr;  // the dated title that ended last
  size_t last_index = 0;
  for (size_t k = 0; k < a.roles.size(); ++k) {
    const DatedRole& r = a.roles[k];
    if ((r.from.empty() || r.from <= date) &&
        (r.until.empty() || date <= r.until)) {
      return r.title;
    }
    if (!r.until.empty() && r.until < date &&
        (last == nullptr || last->until < r.until)) {
      last = &r;
      last_index = k;
    }
  }
  if (last != nullptr) return former_titles[actor][last_index];
  return a.role.starts_with("former ") ? std::string_view() : a.role;
}

// A longer discovered organisation drops the known matches it covers
// ("Shanghai" inside "Shanghai Financial Opening Bureau").
void ActorFinder::Impl::Discover(std::string_view text,
                                 const std::vector<PhraseMatcher::Match>& known,
                                 DocumentActors& doc,
                                 std::vector<bool>& dropped) const {
  NameScanner scanner(words);
  // Lone words apart and unjudged: most capitalised words of a text stand
  // alone, and only the few that name a person of the document (or stand
  // before a place) come to anything, in the second pass.
  std::vector<Span> lone_words;
  std::vector<NameScanner::Candidate> candidates =
      scanner.ScanUnjudged(text, lone_words);
  // "special envoy to Ukraine Kurt Volker": a known place that opens a
  // name of two more words is no part of it.
  for (NameScanner::Candidate& c : candidates) {
    if (c.what != NameScanner::kPerson && c.what != NameScanner::kOther) {
      continue;
    }
    const auto it = std::lower_bound(
        known.begin(), known.end(), c.span.start,
        [](const PhraseMatcher::Match& m, size_t pos) {
          return m.span.start < pos;
        });
    if (it != known.end() && it->span.start == c.span.start &&
        it->span.end + 1 < c.span.end && text[it->span.end] == ' ' &&
        actors[phrase_actor[it->phrase]].kind == ActorKind::kPlace &&
        Cut(text, {it->span.end + 1, c.span.end}).find(' ') !=
            std::string_view::npos) {
      c.span.start = it->span.end + 1;
    }
  }
  auto overlapping = [&](Span span, auto&& fn) {
    auto it = std::lower_bound(
        known.begin(), known.end(), span.start,
        [](const PhraseMatcher::Match& m, size_t pos) {
          return m.span.end <= pos;
        });
    for (; it != known.end() && it->span.start < span.end; ++it) {
      fn(static_cast<size_t>(it - known.begin()));
    }
  };
  FlatStringMap<int> by_surname;  // -2 when two people share it
  // One bit per key of by_surname, from its length and first letter, for
  // a quick "no" to most lone words before they are lowered and hashed;
  // a document names a few people, so few bits are set.
  uint64_t surname_bits = 0;
  auto surname_bit = [](std::string_view w) {
    const auto first = static_cast<uint8_t>(w.empty() ? 0 : AsciiLower(w[0]));
    return uint64_t{1} << ((first + 7 * w.size()) & 63);
  };
  auto add_surname = [&](const std::string& surname, int id) {
    auto [it, fresh] = by_surname.emplace(surname, id);
    if (fresh) surname_bits |= surname_bit(surname);
    if (!fresh && it->second != id) it->second = -2;
  };
  char buffer[64];                // for lower-case surname lookups
  auto add_place = [&](std::string_view written) {
    std::string name = PlaceName(written);
    return doc.Add(name == written ? written : doc.Own(std::move(name)),
                   ActorKind::kPlace, false);
  };
  auto consider = [&](const NameScanner::Candidate& c) {
    const bool reference = c.what == NameScanner::kSurnameRef;
    bool blocked = false;
    overlapping(c.span, [&](size_t k) {
      if (dropped[k]) return;
      const bool inside = c.span.Contains(known[k].span) &&
                          c.span.size() > known[k].span.size();
      if (inside && !reference && c.what != NameScanner::kOther) {
        dropped[k] = true;
      } else {
        blocked = true;
      }
    });
    if (blocked) return;
    const std::string_view written = Cut(text, c.span);
    int id = -1;
    NameScanner::What what = c.what;
    if (what == NameScanner::kOther) {
      // A name that opens with a given name is a person's where the text
      // names its last word alone too ("the convicted sex offender Jeffrey
      // Epstein" and "Epstein was found") and no person of that surname is
      // known yet (else it is likely that person again: "Mike Ford" after
      // "John M. Ford"), or where it stands before a place ("former star
      // Paul George, Oklahoma City"); any other name before a known place
      // is a place ("Perham, Minnesota").
      const bool given =
          genders.GivenNameGender(LowerAsciiInto(FirstWord(written),
                                                 buffer)) != Gender::kUnknown;
      if (!given ||
          PersonWithSurname(doc,
                            LowerAsciiInto(
                                written.substr(written.rfind(' ') + 1),
                                buffer),
                            Gender::kUnknown) != -1 ||
          !LastWordStandsAlone(text, c.span)) {
        if (!IsBeforePlace(text, c.span, known)) return;
        if (!given) {
          id = add_place(written);
          doc[id].mentions.push_back(c.span);
          return;
        }
      }
      what = NameScanner::kPerson;
    }
    if (reference) {
      const Gender g = c.honorific.empty()
                           ? Gender::kUnknown
                           : genders.WordGender(LowerAscii(c.honorific));
      const std::string_view lower = LowerAsciiInto(written, buffer);
      auto known_surname = by_surname.find(lower);
      if (known_surname != by_surname.end()) id = known_surname->second;
      if (id == -2 || (id >= 0 && !FitsGender(doc[id].name, g))) {
        // "Mrs. Greenhalgh" between Gordon and Edith Greenhalgh.
        id = PersonWithSurname(doc, lower, g);
      }
      if (id == -2) return;
      if (id < 0 && c.titled) {
        id = FullNameBefore(text, candidates, c, g, doc);
        if (id >= 0) add_surname(doc[id].surname, id);
      }
      if (id < 0 && !c.titled && IsBeforePlace(text, c.span, known) &&
          !AdverbOpeningSentence(text, c.span)) {
        id = add_place(written);
        doc[id].mentions.push_back(c.span);
        return;
      }
      if (id < 0) {
        if (!c.titled) return;  // a lone capitalised word
        id = doc.Add(written, ActorKind::kPerson, false);
      }
    } else {
      auto k = by_name.find(written);
      if (k != by_name.end()) return;  // the matcher has it already
      // "said Solent Meridian had been" after "Solent Meridian Shipping":
      // the organisation's short name, not a person.
      // "the General Bureau" after "the General Bureau of Grain Import
      // Supervision": the same body.
      if ((what == NameScanner::kPerson && !c.titled) ||
          what == NameScanner::kOrganization ||
          what == NameScanner::kGovernment) {
        if (const int org = OrganizationStartingWith(doc, written); org >= 0) {
          doc[org].mentions.push_back(c.span);
          return;
        }
      }
      const ActorKind kind =
          what == NameScanner::kPerson       ? ActorKind::kPerson
          : what == NameScanner::kGovernment ? ActorKind::kGovernment
          : what == NameScanner::kPlace      ? ActorKind::kPlace
                                               : ActorKind::kOrganization;
      id = doc.Add(written, kind, false);
    }
    Found& f = doc[id];
    f.mentions.push_back(c.span);
    if (f.kind == ActorKind::kPerson && f.surname.empty() && !reference) {
      // The scanner has looked up a person's first word already.
      f.surname = what == NameScanner::kPerson
                      ? SurnameOf(written, c.surname_first)
                      : Surname(written);
    }
    if (f.role.empty() && !f.known) f.role = c.role;
    if (f.affiliation.empty() && !f.known) f.affiliation = c.affiliation;
    if (!c.affiliation.empty()) {
      auto k = by_name.find(c.affiliation);
      const int org =
          k != by_name.end()
              ? doc.Add(actors[k->second].name, actors[k->second].kind, true,
                        describe_as[k->second])
              : doc.Add(c.affiliation, c.affiliation_kind, false);
      doc[org].mentions.push_back(c.affiliation_span);
    }
  };
  // Most references are lone capitalised words ("But", "Whitlock") that
  // name no person of this document and stand before no place: below they
  // come to nothing whether or not a known name overlaps them, so they are
  // passed over before that search.
  auto may_name_someone = [&](Span span) {
    const std::string_view written = Cut(text, span);
    return ((surname_bits & surname_bit(written)) != 0 &&
            by_surname.contains(LowerAsciiInto(written, buffer))) ||
           IsBeforePlace(text, span, known);
  };
  // A lone word as Scan would give it: a surname reference, or nothing.
  auto consider_lone = [&](Span span) {
    if (!may_name_someone(span) || !scanner.IsLoneName(Cut(text, span))) {
      return;
    }
    NameScanner::Candidate c;
    c.what = NameScanner::kSurnameRef;
    c.span = span;
    consider(c);
  };
  // First the full names and organisations, then references to them.
  for (const NameScanner::Candidate& c : candidates) {
    if (c.what != NameScanner::kSurnameRef) consider(c);
  }
  // An actor's id is its index in doc.all().
  const std::vector<Found>& all = doc.all();
  // At most one surname per actor found so far: no rehashing.
  by_surname.reserve(all.size());
  for (size_t id = 0; id < all.size(); ++id) {
    const Found& f = all[id];
    if (f.kind != ActorKind::kPerson || f.surname.empty()) continue;
    add_surname(f.surname, static_cast<int>(id));
  }
  // The references in text order: each candidate starts inside its own
  // run of capitalised words, and a lone word is a run.
  auto lone = lone_words.begin();
  for (const NameScanner::Candidate& c : candidates) {
    if (c.what != NameScanner::kSurnameRef) continue;
    for (; lone != lone_words.end() && lone->start < c.span.start; ++lone) {
      consider_lone(*lone);
    }
    if (c.titled || may_name_someone(c.span)) consider(c);
  }
  for (; lone != lone_words.end(); ++lone) consider_lone(*lone);
  // "When the immunologist De’Broski Herbert looked ..." before "says
  // De’Broski Herbert": a capitalised run with no evidence of its own that
  // is the full name of a person found elsewhere in the text (by now,
  // references included) mentions them.
  for (const NameScanner::Candidate& c : candidates) {
    if (c.what != NameScanner::kOther) continue;
    const int id = doc.Find(Cut(text, c.span));
    if (id < 0 || doc[id].kind != ActorKind::kPerson) continue;
    std::vector<Span>& mentions = doc[id].mentions;
    if (std::find(mentions.begin(), mentions.end(), c.span) != mentions.end()) {
      continue;
    }
    bool blocked = false;
    overlapping(c.span, [&](size_t k) { blocked |= !dropped[k]; });
    if (!blocked) mentions.push_back(c.span);
  }
}

int ActorFinder::Impl::OrganizationStartingWith(DocumentActors& doc,
                                                std::string_view words) {
  int found = -1;
  for (int id = doc.FirstBodyStartingWith(words.substr(0, words.find(' ')));
       id >= 0; id = doc.NextBody(id)) {
    const Found& f = doc[id];
    if (f.name.size() <= words.size() + 1 || f.name[words.size()] != ' ' ||
        f.name.substr(0, words.size()) != words) {
      continue;
    }
    if (found >= 0) return -1;
    found = id;
  }
  return found;
}

int ActorFinder::Impl::PersonWithSurname(DocumentActors& doc,
                                         std::string_view surname,
                                         Gender g) const {
  int found = -1;
  for (const Found& f : doc.all()) {
    if (f.kind != ActorKind::kPerson || f.surname != surname ||
        !FitsGender(f.name, g)) {
      continue;
    }
    const int id = doc.Find(f.name);
    if (found >= 0 && found != id) return -2;
    found = id;
  }
  return found;
}

int ActorFinder::Impl::FullNameBefore(
    std::string_view text, const std::vector<NameScanner::Candidate>& candidates,
    const NameScanner::Candidate& ref, Gender g, DocumentActors& doc) const {
  const std::string_view surname = Cut(text, ref.span);
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    const NameScanner::Candidate& c = *it;
    if (c.span.end > ref.span.start || c.what != NameScanner::kOther) continue;
    const std::string_view full = Cut(text, c.span);
    if (full.find(' ') == std::string_view::npos || LastWord(full) != surname ||
        !FitsGender(full, g)) {
      continue;
    }
    const int id = doc.Add(full, ActorKind::kPerson, false);
    Found& f = doc[id];
    if (f.kind != ActorKind::kPerson) return -1;
    f.mentions.push_back(c.span);
    if (f.surname.empty()) f.surname = Surname(full);
    return id;
  }
  return -1;
}

ActorFinder::ActorFinder(std::vector<KnownActor> actors)
    : impl_(std::make_unique<Impl>()) {
  impl_->actors = std::move(actors);
  impl_->Build(DiscoveryRules());
}

ActorFinder::ActorFinder(std::vector<KnownActor> actors,
                         DiscoveryRules discovery,
                         std::vector<std::string> cue_forms)
    : impl_(std::make_unique<Impl>()) {
  impl_->actors = std::move(actors);
  impl_->discover = true;
  impl_->words = NameScanner::Words::From(discovery, cue_forms);
  impl_->genders = GenderWords(discovery);
  impl_->Build(discovery);
}

ActorFinder::~ActorFinder() = default;

std::vector<ActorInText> ActorFinder::Find(std::string_view text,
                                           std::string_view date) const {
  const Impl& im = *impl_;
  std::vector<PhraseMatcher::Match> matches = im.matcher->FindAll(text);
  std::vector<PhraseMatcher::Match> names, titles;
  // Counted first, so that each list is allocated once, at its size.
  size_t name_count = 0;
  for (const auto& m : matches) name_count += im.phrase_actor[m.phrase] >= 0;
  names.reserve(name_count);
  titles.reserve(matches.size() - name_count);
  for (const auto& m : matches) {
    (im.phrase_actor[m.phrase] >= 0 ? names : titles).push_back(m);
  }
  DocumentActors doc;
  // Known names first, so that discovery does not re-find them.
  // Their document ids by match, for the pass over the matches below
  // (discovery only adds actors, so the ids stay).
  std::vector<int> name_ids;
  name_ids.reserve(names.size());
  for (const auto& m : names) {
    const KnownActor& a = im.actors[im.phrase_actor[m.phrase]];
    const int pack_actor = im.describe_as[im.phrase_actor[m.phrase]];
    name_ids.push_back(doc.Add(a.name, a.kind, true, pack_actor));
  }
  auto describe_known = [&] {
    for (Found& f : doc.all()) {
      // Discovery leaves the role and affiliation of known actors alone,
      // so those described before it need not be described again.
      if (!f.known || !f.surname.empty() || f.described) continue;
      f.described = true;
      const KnownActor& a = im.actors[f.pack_actor];
      f.role = im.RoleOn(f.pack_actor, date);
      f.affiliation = a.affiliation;
      if (f.kind == ActorKind::kPerson) {
        f.surname = im.described_surname[f.pack_actor];
      }
    }
  };
  describe_known();
  std::vector<bool> dropped(names.size());
  if (im.discover) im.Discover(text, names, doc, dropped);
  describe_known();
  for (size_t k = 0; k < names.size(); ++k) {
    if (dropped[k]) continue;
    const PhraseMatcher::Match& m = names[k];
    int id = name_ids[k];
    // A bare surname alias ("Navarro") names the person this document
    // introduced with that surname, if any, rather than the pack's.
    const std::string_view written = Cut(text, m.span);
    if (written.find(' ') == std::string_view::npos) {
      // The people this document introduced, in the order found, are the
      // only actors a bare surname alias can name instead of the pack's.
      // Names are unique in doc, so an actor's id is its index.
      for (size_t other = 0; other < doc.all().size(); ++other) {
        const Found& f = doc.all()[other];
        if (!f.known && f.kind == ActorKind::kPerson &&
            EqualsLowerAscii(written, f.surname)) {
          id = static_cast<int>(other);
          break;
        }
      }
    }
    doc[id].mentions.push_back(m.span);
  }
  // Title references: the dated holder, else the latest actor named before
  // whose role (or organisation name) has the head word.
  for (const auto& m : titles) {
    const TitleRef& ref = im.titles[im.phrase_title[m.phrase]];
    int id = -1;
    const int holder = im.HolderOn(ref, date);
    if (holder >= 0) {
      const KnownActor& a = im.actors[holder];
      id = doc.Add(a.name, a.kind, true, im.describe_as[holder]);
      doc[id].role = im.RoleOn(holder, date);
    } else if (!ref.head.empty()) {
      size_t best_start = 0;
      for (Found& f : doc.all()) {
        if (f.mentions.empty() || f.mentions[0].start >= m.span.start) continue;
        if (f.title_words.empty()) {
          // Lowered in place: no string for the lower-case words alone.
          const std::string_view words =
              f.kind == ActorKind::kPerson ? f.role : f.name;
          f.title_words.resize(words.size() + 2);
          f.title_words.front() = ' ';
          LowerAsciiTo(words, f.title_words.data() + 1);
          f.title_words.back() = ' ';
        }
        if (f.title_words.find(ref.padded_head) == std::string::npos) continue;
        size_t last = 0;
        for (const Span& s : f.mentions) {
          if (s.start < m.span.start) last = std::max(last, s.start);
        }
        if (id < 0 || last > best_start) {
          id = doc.Find(f.name);
          best_start = last;
        }
      }
    }
    if (id >= 0) doc[id].mentions.push_back(m.span);
  }
  // Actors in order of first mention, ties in the order found: the order
  // is settled on (first mention, index) pairs, so that each actor is
  // moved once rather than about by the sort.
  std::vector<std::pair<size_t, size_t>> order;
  std::vector<Found>& all = doc.all();
  order.reserve(all.size());
  for (size_t k = 0; k < all.size(); ++k) {
    Found& f = all[k];
    if (f.mentions.empty()) continue;
    std::sort(f.mentions.begin(), f.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    f.mentions.erase(std::unique(f.mentions.begin(), f.mentions.end()),
                     f.mentions.end());
    order.emplace_back(f.mentions[0].start, k);
  }
  std::sort(order.begin(), order.end());  // indexes are unique: stable
  std::vector<ActorInText> out;
  out.reserve(order.size());
  for (const auto& [start, k] : order) {
    Found& f = all[k];
    // Most roles and affiliations are empty: those need no copy.
    ActorInText& a = out.emplace_back();
    a.name = f.name;
    a.kind = f.kind;
    if (!f.role.empty()) a.role = f.role;
    if (!f.affiliation.empty()) a.affiliation = f.affiliation;
    a.known = f.known;
    a.mentions = std::move(f.mentions);
  }
  return out;
}

const KnownActor* ActorFinder::Lookup(std::string_view name) const {
  auto it = impl_->by_name.find(name);
  return it == impl_->by_name.end() ? nullptr : &impl_->actors[it->second];
}

const ActorInText* ResolveActor(const std::vector<ActorInText>& actors,
                                Span span, std::string_view written) {
  if (!span.empty()) {
    for (const ActorInText& a : actors) {
      for (const Span& m : a.mentions) {
        if (m.Overlaps(span)) return &a;
      }
    }
  }
  for (const ActorInText& a : actors) {
    if (a.name == written) return &a;
  }
  const std::string key = LowerAscii(LastWord(written));
  const ActorInText* found = nullptr;
  for (const ActorInText& a : actors) {
    if (a.kind != ActorKind::kPerson) continue;
    if (!EqualsLowerAscii(LastWord(a.name), key) &&
        !EqualsLowerAscii(FirstWord(a.name), key)) {
      continue;
    }
    if (found) return nullptr;
    found = &a;
  }
  return found;
}

}  // namespace whosaid::nlp
