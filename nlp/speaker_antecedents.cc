// SpeakerRegistry's antecedents: whom a pronoun ("he", "she", "it",
// "they"), a group's "they" or an unnamed "one mother" stands for, and
// whether a mention is oblique (a possessive's owner, an object) and so
// less likely to be the next speaker. Asked by Resolve, after Build; the
// registry's other questions are in speaker_registry.cc, the documents'
// authors in speaker_authors.cc.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/function_words.h"
#include "nlp/gender_words.h"
#include "nlp/quote_marks.h"
#include "nlp/speaker_registry.h"
#include "nlp/word_list_filter.h"

namespace whosaid::nlp {

namespace {

// Whether the capitalised words from byte `at` (a name: "Patrick W.
// Carlineo Jr.") are followed by a lower-case word other than "and" or
// "or", with no comma or possessive between: the name's verb.
bool NameIsFollowedByVerb(std::string_view text, size_t at) {
  size_t i = at;
  for (int words = 0; words < 6 && i < text.size(); ++words) {
    size_t e = i;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
    const std::string_view word = text.substr(i, e - i);
    if (word.empty()) return false;
    if (!IsAsciiUpper(word[0])) {
      return words > 0 && word != "and" && word != "or" &&
             std::all_of(word.begin(), word.end(), IsAsciiLower);
    }
    if (word.back() == ',' || IsPossessiveForm(word) || e >= text.size() ||
        text[e] != ' ') {
      return false;
    }
    i = e + 1;
  }
  return false;
}

}  // namespace

size_t SpeakerRegistry::SentenceStartingAt(size_t at) const {
  const Segmentation& seg = *segmentation_;
  if (seg.sentences.empty()) return kNone;
  const size_t i = seg.SentenceAt(at);
  return seg.sentences[i].start == at ? i : kNone;
}

std::optional<size_t> SpeakerRegistry::PreviousSubject(
    size_t at, Gender gender, std::string_view quoted) const {
  // The pronoun opens its sentence, perhaps after one adverb and a comma
  // ("However, he said"); or, asked for from a quotation's start (Resolve's
  // `at` for a pronoun after the quotation), the quotation does.
  const size_t open_mark = OpeningMarkBefore(text_, at).length;
  size_t open = at - open_mark;
  size_t k = open;
  while (k > 0 && text_[k - 1] == ' ') --k;
  if (k > 0 && text_[k - 1] == ',') {
    size_t b = k - 1;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text_[b - 1]))) {
      --b;
    }
    if (b == k - 1 || !IsAsciiUpper(text_[b])) return std::nullopt;
    open = b;
  }
  const size_t opened = SentenceStartingAt(open);
  const Segmentation& seg = *segmentation_;
  if (opened == kNone ||
      opened == seg.first_sentence[seg.ParagraphAt(open)]) {
    return std::nullopt;
  }
  // The sentence before it, in the same paragraph, opens with a person
  // who fits, named as its subject: the name is followed by its verb (not
  // by "and" or an appositive: "Ibarra, a negotiator, and Marchetti
  // joined"), and no attribution after a comma names a speaker of its own
  // ("Dorn wrote it, said Harbor Light").
  const size_t start = seg.sentences[opened - 1].start;
  const std::string_view sentence = text_.substr(start, open - start);
  if (sentence.find(", said ") != std::string_view::npos ||
      sentence.find(", says ") != std::string_view::npos ||
      sentence.find(", according to ") != std::string_view::npos) {
    return std::nullopt;
  }
  for (auto it = MentionsBefore(open, false); it != mentions_.rend(); ++it) {
    if (it->at < start) break;
    if (it->at != start) continue;
    const Entity& ent = entities_[it->entity];
    if (!ent.person || !FitsPronoun(ent, gender, quoted) ||
        !NameIsFollowedByVerb(text_, it->at)) {
      continue;
    }
    return it->entity;
  }
  return std::nullopt;
}

std::optional<size_t> SpeakerRegistry::PronounAntecedent(
    size_t at, Gender gender, std::string_view quoted) const {
  // The subject of the sentence before is the likeliest antecedent of a
  // subject opening the next: "Volker told the committee he tried to work
  // with Mr. Trump's lawyer, Rudy Giuliani, ... However, he said".
  if (const std::optional<size_t> subject =
          PreviousSubject(at, gender, quoted)) {
    return subject;
  }
  const std::optional<size_t> nearest =
      NearestPronounAntecedent(at, gender, quoted);
  // A person the actor finder found, one the text gave a gender, or one
  // named as a subject stands.
  if (!nearest || *nearest < actor_entities_ ||
      entities_[*nearest].gender != 0 ||
      !NeverNamedAsSubject(*nearest, at)) {
    return nearest;
  }
  // Else a capitalised run only the registry took for a person, of whom
  // nothing says it is one ("which I came to think of as Iceberg
  // Passages"): a person the actor finder found, who fits, a few
  // sentences back is likelier.
  constexpr size_t kNearBytes = 1500;
  for (auto it = MentionsBefore(at, false); it != mentions_.rend(); ++it) {
    if (at - it->at > kNearBytes) break;
    const Entity& ent = entities_[it->entity];
    if (it->entity < actor_entities_ && ent.person &&
        FitsPronoun(ent, gender, quoted)) {
      return it->entity;
    }
  }
  return nearest;
}

bool SpeakerRegistry::NeverNamedAsSubject(size_t e, size_t at) const {
  for (auto it = MentionsBefore(at, false); it != mentions_.rend(); ++it) {
    if (it->entity != e) continue;
    // The word before the mention: a subject follows none in its clause
    // (a sentence's start, a comma, a quotation mark), or "and", "but",
    // "or", "said", "says" or "according to".
    size_t k = it->at;
    while (k > 0 && text_[k - 1] == ' ') --k;
    size_t b = k;
    while (b > 0 && std::islower(static_cast<unsigned char>(text_[b - 1]))) {
      --b;
    }
    if (b == k || (b > 0 && text_[b - 1] != ' ')) return false;
    const std::string_view word = text_.substr(b, k - b);
    if (word == "said" || word == "says" || word == "and" || word == "but" ||
        word == "or" ||
        (word == "to" && b >= 10 && text_.substr(b - 10, 10) == "according ")) {
      return false;
    }
  }
  return true;
}

template <typename Fits>
std::optional<size_t> SpeakerRegistry::LatestUnlessOblique(
    size_t at, const Fits& fits) const {
  std::optional<size_t> last;
  size_t last_at = 0;
  // How many mentions, and bytes, back a subject may lie behind an
  // oblique mention.
  constexpr int kLookBack = 6;
  constexpr size_t kNearBytes = 1500;
  int seen = 0;
  for (auto it = MentionsBefore(at, false); it != mentions_.rend(); ++it) {
    if (!fits(entities_[it->entity], it->at)) continue;
    if (!last) {
      last = it->entity;
      last_at = it->at;
      if (!MentionIsOblique(it->at)) return last;
      continue;
    }
    // Not far back (a few sentences), nor across a paragraph's end.
    if (++seen > kLookBack || last_at - it->at > kNearBytes ||
        text_.substr(it->at, last_at - it->at).find("\n\n") !=
            std::string_view::npos) {
      break;
    }
    if (!MentionIsOblique(it->at)) return it->entity;
  }
  return last;
}

std::optional<size_t> SpeakerRegistry::NearestPronounAntecedent(
    size_t at, Gender gender, std::string_view quoted) const {
  return LatestUnlessOblique(at, [&](const Entity& ent, size_t) {
    return ent.person && FitsPronoun(ent, gender, quoted);
  });
}

bool SpeakerRegistry::FitsPronoun(const Entity& ent, Gender g,
                                  std::string_view quoted) {
  if (!FitsGender(ent, g)) return false;
  if (quoted.empty()) return true;
  const std::string_view first = ent.name.substr(0, ent.name.find(' '));
  for (const std::string_view name : {ent.name, first}) {
    if (name.size() < 2) continue;
    for (size_t at = quoted.find(name); at != std::string_view::npos;
         at = quoted.find(name, at + 1)) {
      const size_t end = at + name.size();
      if ((at == 0 || !IsAsciiAlnum(quoted[at - 1])) &&
          (end == quoted.size() || !IsAsciiAlnum(quoted[end]))) {
        return false;
      }
    }
  }
  return true;
}

std::optional<size_t> SpeakerRegistry::OrganizationAntecedent(
    size_t at) const {
  return LatestUnlessOblique(at, [&](const Entity& ent, size_t mention) {
    return !ent.person && !(ent.place && NameModifiesNoun(mention));
  });
}

void SpeakerRegistry::NoteGroup(std::string_view head, size_t at,
                                const std::string& speaker) {
  // A plural head: "authors", "analysts"; not "boss", "status". Or a
  // collective one: "the laboratory of Stephen Liggett ... they showed".
  static constexpr std::string_view kCollective[] = {
      "team", "lab", "laboratory", "group", "panel", "police", "staff"};
  const bool collective = LowerIsOneOf(head, kCollective);
  if (!collective &&
      (head.size() <= 3 || head.back() != 's' || head.ends_with("ss") ||
       head.ends_with("us") || head.ends_with("is"))) {
    return;
  }
  groups_.push_back({at, speaker});
}

std::optional<std::string> SpeakerRegistry::GroupSpeakerBefore(
    size_t at) const {
  constexpr size_t kNearBytes = 600;
  for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
    if (it->first >= at) continue;
    if (at - it->first > kNearBytes ||
        text_.substr(it->first, at - it->first).find("\n\n") !=
            std::string_view::npos) {
      return std::nullopt;
    }
    return it->second;
  }
  return std::nullopt;
}

std::optional<std::string> SpeakerRegistry::GroupSubjectBefore(
    size_t at) const {
  constexpr size_t kNearBytes = 600;
  const Segmentation& seg = *segmentation_;
  if (seg.sentences.empty()) return std::nullopt;
  // Back over the sentence holding `at` to its start, then over earlier
  // sentence starts of the paragraph.
  const size_t first = seg.first_sentence[seg.ParagraphAt(at)];
  for (size_t i = seg.SentenceAt(at) + 1; i-- > first;) {
    const size_t p = seg.sentences[i].start;
    if (p >= at) continue;
    if (at - p > kNearBytes) break;
    if (!IsAsciiUpper(text_[p])) continue;
    size_t end = p;
    while (end < at && IsAsciiAlpha(text_[end])) ++end;
    if (end + 1 >= at || text_[end] != ' ' || !IsAsciiLower(text_[end + 1])) {
      continue;
    }
    char buffer[32];
    if (end - p >= sizeof(buffer)) continue;
    const std::string_view word =
        LowerAsciiInto(text_.substr(p, end - p), buffer);
    // Nouns only: a quantifier ("Some expect") names no group by itself.
    if (word.back() == 's' && word != "others" && IsGroupNoun(word)) {
      return std::string(word);
    }
  }
  return std::nullopt;
}

std::optional<size_t> SpeakerRegistry::SingularTheyBefore(size_t at) const {
  constexpr size_t kNearBytes = 400;
  for (auto it = MentionsBefore(at, false); it != mentions_.rend(); ++it) {
    const std::string_view between = text_.substr(it->at, at - it->at);
    if (between.size() > kNearBytes ||
        between.find("\n\n") != std::string_view::npos) {
      return std::nullopt;
    }
    const Entity& ent = entities_[it->entity];
    // An organisation as a subject is GroupAntecedent's; only where one is
    // a verb's or preposition's object ("confirmed to WIRED") may a person
    // before it be meant.
    if (!ent.person) {
      if (MentionIsOblique(it->at)) continue;
      return std::nullopt;
    }
    if (ent.gender != 0) return std::nullopt;
    // The person opens the sentence, and it is the last before `at`.
    const size_t opened = SentenceStartingAt(it->at);
    if (opened == kNone || segmentation_->SentenceAt(at) > opened + 1) {
      return std::nullopt;
    }
    return it->entity;
  }
  return std::nullopt;
}

std::optional<std::string> SpeakerRegistry::UnnamedPersonBefore(
    size_t at, Gender gender) const {
  if (words_ == nullptr) return std::nullopt;
  const std::vector<Token>& tokens = *tokens_;
  // The last mention of a person of that gender (or unknown) bounds the
  // search: a name after the unnamed person is the likelier referent.
  size_t floor = 0;
  for (auto it = MentionsBefore(at, false); it != mentions_.rend(); ++it) {
    const Entity& ent = entities_[it->entity];
    if (ent.person && FitsGender(ent, gender)) {
      floor = it->at;
      break;
    }
  }
  size_t k = static_cast<size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), at,
                       [](const Token& t, size_t v) { return t.start < v; }) -
      tokens.begin());
  constexpr int kLookBack = 80;
  for (int steps = 0; k > 0 && steps < kLookBack; ++steps) {
    --k;
    const Token& t = tokens[k];
    if (t.start < floor) break;
    // Not before the paragraph.
    if (k + 1 < tokens.size() &&
        text_.substr(t.end, tokens[k + 1].start - t.end).find("\n\n") !=
            std::string_view::npos) {
      break;
    }
    if (k == 0 || t.type != Token::kWord || t.cap) continue;
    // "one mother", "a young widow": an indefinite determiner, perhaps
    // one word before the noun; looked for first, as most words have none
    // (and so need no lower-case copy).
    auto indefinite = [&](size_t d) {
      const std::string_view w = TokenText(text_, tokens[d]);
      return EqualsLowerAscii(w, "a") || EqualsLowerAscii(w, "an") ||
             EqualsLowerAscii(w, "one");
    };
    size_t d = k - 1;
    if (!indefinite(d)) {
      if (d == 0 || tokens[d].type != Token::kWord || tokens[d].cap ||
          !indefinite(d - 1)) {
        continue;
      }
      --d;
    }
    const std::string lower = LowerAscii(TokenText(text_, t));
    if (lower.back() == '.' || words_->genders().WordGender(lower) != gender ||
        words_->genders().PronounGender(lower) != Gender::kUnknown) {
      continue;
    }
    // "Jane Doe, a mother of three," "she is a widow", "as a mother": a
    // description of someone else, who is the referent.
    const std::string before =
        d > 0 ? LowerAscii(TokenText(text_, tokens[d - 1])) : "";
    if (before == "," || before == "as" || IsPassiveAuxiliary(before) ||
        before == "became" || before == "becomes") {
      return std::nullopt;
    }
    // "A spokesman for Huanan Oils said": the descriptor as it spoke.
    for (auto it = descriptors_.rbegin(); it != descriptors_.rend(); ++it) {
      if (it->first == lower) return it->second;
    }
    return std::string(text_.substr(tokens[d].start, t.end - tokens[d].start));
  }
  return std::nullopt;
}

std::optional<size_t> SpeakerRegistry::GroupAntecedent(size_t at) const {
  constexpr size_t kNearBytes = 400;
  auto it = MentionsBefore(at, false);
  if (it == mentions_.rend() || at - it->at > kNearBytes) return std::nullopt;
  const Entity& ent = entities_[it->entity];
  // A capitalised run only the registry took for a person, of no told
  // gender, may as well be a body ("Big Machine have twice denied ...").
  // Not a title in quotation marks ("their podcast \"Beyond Finances.\"").
  const bool quoted =
      (it->at >= 1 && text_[it->at - 1] == '"') ||
      (it->at >= 3 && text_.substr(it->at - 3, 3) == "\u201C");
  const bool maybe_body = ent.person && it->entity >= actor_entities_ &&
                          actor_entities_ > 0 && ent.gender == 0 && !quoted;
  if ((ent.person && !maybe_body) || ent.place || MentionIsOblique(it->at)) {
    return std::nullopt;
  }
  return it->entity;
}

bool SpeakerRegistry::NameModifiesNoun(size_t at) const {
  size_t k = at;
  for (int words = 0; words < 5 && k < text_.size(); ++words) {
    while (k < text_.size() && text_[k] != ' ' && text_[k] != '\n') ++k;
    if (k + 1 >= text_.size() || text_[k] != ' ') return false;
    const unsigned char next = static_cast<unsigned char>(text_[k + 1]);
    if (std::islower(next)) return true;
    if (!std::isupper(next)) return false;
    ++k;
  }
  return false;
}

bool SpeakerRegistry::MentionIsOblique(size_t at) const {
  // A possessive's owner: the name's last capitalised word ends in 's.
  size_t end = at;
  for (int words = 0; words < 4 && end < text_.size(); ++words) {
    size_t e = end;
    while (e < text_.size() && text_[e] != ' ' && text_[e] != ',' &&
           text_[e] != '.' && text_[e] != '\n') {
      ++e;
    }
    const std::string_view word = text_.substr(end, e - end);
    if (word.ends_with("'s") || word.ends_with("\u2019s")) return true;
    // "the president’s": a role mention's article goes on to its noun.
    const bool article = words == 0 && (word == "the" || word == "The");
    if (e >= text_.size() || text_[e] != ' ' || e + 1 >= text_.size() ||
        (!article &&
         !std::isupper(static_cast<unsigned char>(text_[e + 1])))) {
      break;
    }
    end = e + 1;
  }
  // The word that governs the name, past titles and other capitalised
  // words before it ("with Ukrainian President Volodymyr Zelensky").
  size_t k = at;
  for (int words = 0; words < 5; ++words) {
    while (k > 0 && text_[k - 1] == ' ') --k;
    if (k == 0) return false;
    const char c = text_[k - 1];
    if (c == '\n' || c == ',' || c == '.' || c == ';' || c == ':' ||
        c == '!' || c == '?' || static_cast<unsigned char>(c) >= 0x80) {
      return false;  // a sentence, clause or quotation begins here
    }
    size_t b = k;
    while (b > 0 && text_[b - 1] != ' ' && text_[b - 1] != '\n') --b;
    const std::string_view word = text_.substr(b, k - b);
    if (std::isupper(static_cast<unsigned char>(word[0]))) {
      if (IsCapitalizedStopWord(word)) return false;  // "Although Ford"
      k = b;
      continue;
    }
    if (IsTitleWord(LowerAscii(word))) {
      k = b;
      continue;
    }
    // "according to X" names a source, as a subject does.
    if (word == "to" && b >= 10 && text_.substr(b - 10, 10) == "according ") {
      return false;
    }
    if (IsPreposition(LowerAscii(word))) return true;  // "with Zelensky"
    if (word == "than") return true;  // "more nervous than Rose-Lynn"
    // The hearer of speech: "Cook told Benioff".
    if (word == "told" || word == "tells") return true;
    // A participle's object: "posted on Twitter accusing Big Machine".
    if (word.size() > 4 && word.ends_with("ing")) return true;
    // An infinitive's object: "is counting on ... to bolster Stadia".
    if (b >= 4 && text_.substr(b - 4, 4) == " to ") return true;
    // The object of a verb in a relative clause: ", who represents
    // Thomas,". A main verb's object ("met Lin Mei") is as salient as
    // its subject.
    size_t w = b;
    for (int back = 0; back < 8 && w > 0; ++back) {
      size_t e = w;
      while (e > 0 && text_[e - 1] == ' ') --e;
      if (e == 0 || text_[e - 1] == ',' || text_[e - 1] == '.') break;
      size_t f = e;
      while (f > 0 && text_[f - 1] != ' ' && text_[f - 1] != ',') --f;
      const std::string_view prev = text_.substr(f, e - f);
      if ((prev == "who" || prev == "which" || prev == "that") && f >= 2 &&
          text_[f - 1] == ' ' && text_[f - 2] == ',') {
        return true;
      }
      w = f;
    }
    return false;
  }
  return false;
}

}  // namespace whosaid::nlp
