// SpeakerRegistry's document authors: who wrote each report, note or
// study the text mentions ("a report by X", "X's report", "X published a
// note", "their note", "in a note to clients, X ..."), found on the first
// DocumentAuthor question. The registry's other questions are in
// speaker_registry.cc and speaker_antecedents.cc.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/speaker_registry.h"

namespace whosaid::nlp {

std::optional<std::string> SpeakerRegistry::DocumentAuthor(
    std::string_view noun, size_t at) const {
  EnsureBuilt();
  if (!documents_found_) {
    documents_found_ = true;
    if (words_ != nullptr) FindDocumentAuthors();
  }
  for (auto it = documents_.rbegin(); it != documents_.rend(); ++it) {
    if (it->at < at && it->noun == noun) {
      return std::string(entities_[it->entity].name);
    }
  }
  return std::nullopt;
}

std::optional<size_t> SpeakerRegistry::LastMentionIn(size_t from,
                                                     size_t to) const {
  for (auto it = MentionsBefore(to, false);
       it != mentions_.rend() && it->at >= from; ++it) {
    if (!entities_[it->entity].place) return it->entity;
  }
  return std::nullopt;
}

std::optional<size_t> SpeakerRegistry::FirstMentionIn(size_t from,
                                                      size_t to) const {
  for (auto it = std::lower_bound(
           mentions_.begin(), mentions_.end(), from,
           [](const Mention& m, size_t v) { return m.at < v; });
       it != mentions_.end() && it->at < to; ++it) {
    if (!entities_[it->entity].place) return it->entity;
  }
  return std::nullopt;
}

void SpeakerRegistry::FindDocumentAuthors() const {
  const std::vector<Token>& tokens = *tokens_;
  // A sentence ends at . ? ! and at a line break; sentences are looked for
  // only around document nouns, which are rare.
  auto ends_sentence = [&](size_t i) {
    if (tokens[i].type != Token::kPunct) return false;
    const char c = text_[tokens[i].start];
    return c == '.' || c == '?' || c == '!';
  };
  auto line_break_before = [&](size_t i) {
    return i > 0 && text_.substr(tokens[i - 1].end,
                                 tokens[i].start - tokens[i - 1].end)
                            .find('\n') != std::string_view::npos;
  };
  char buffer[32];
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.type != Token::kWord) continue;
    const std::string_view word = TokenText(text_, t);
    if (!words_->MayBeDocumentNoun(word)) continue;
    const std::string_view noun = LowerAsciiInto(word, buffer);
    if (!words_->IsDocumentNoun(noun)) continue;
    size_t first = k;
    while (first > 0 && first + 60 > k && !ends_sentence(first - 1) &&
           !line_break_before(first)) {
      --first;
    }
    size_t end = k + 1;
    while (end < tokens.size() && end < k + 60 && !ends_sentence(end) &&
           !line_break_before(end)) {
      ++end;
    }
    if (auto e = AuthorOf(tokens, k, first, end)) {
      documents_.push_back({t.start, std::string(noun), *e});
    }
  }
}

std::optional<size_t> SpeakerRegistry::AuthorOf(
    const std::vector<Token>& tokens, size_t k, size_t sentence_first,
    size_t sentence_end) const {
  auto lower = [&](size_t i) {
    return LowerAscii(TokenText(text_, tokens[i]));
  };
  auto is_word = [&](size_t i) { return tokens[i].type == Token::kWord; };
  // "a report released on Wednesday by the Lakeshore Institute".
  for (size_t m = k + 1; m < sentence_end && m < k + 9 && is_word(m); ++m) {
    const std::string w = lower(m);
    if (w != "by" && w != "from") continue;
    size_t a = m + 1;
    if (a < sentence_end && lower(a) == "the") ++a;
    if (a < sentence_end && tokens[a].cap) {
      if (auto e = FirstMentionIn(tokens[a].start, tokens[a].end)) return e;
    }
    break;
  }
  // Back over up to two modifiers to the determiner: "their morning note".
  size_t j = k;
  for (int skipped = 0; j > sentence_first && is_word(j - 1); ++skipped) {
    const std::string w = lower(j - 1);
    const bool determiner = w == "a" || w == "an" || w == "the" ||
                            words_->IsPossessive(w);
    if (determiner || tokens[j - 1].cap || skipped == 2) break;
    --j;
  }
  if (j == sentence_first || !is_word(j - 1)) return std::nullopt;
  const size_t d = j - 1;  // the determiner or possessive
  const std::string det = lower(d);
  const size_t sentence_start = tokens[sentence_first].start;
  // "In a note to clients, Barrowgate analysts wrote": an actor named in
  // the first three words after the comma (not one the clause goes on to
  // mention: "In a statement, the ministry said Whitlock ...").
  if (d > sentence_first && lower(d - 1) == "in" &&
      (det == "a" || det == "an" || det == "the" || words_->IsPossessive(det))) {
    for (size_t c = k + 1; c < sentence_end && c < k + 12; ++c) {
      if (tokens[c].type == Token::kQuote) break;
      if (tokens[c].type != Token::kPunct || text_[tokens[c].start] != ',') {
        continue;
      }
      const size_t last = std::min(c + 3, sentence_end - 1);
      if (last <= c) break;
      if (auto e = FirstMentionIn(tokens[c].end, tokens[last].end)) return e;
      break;
    }
  }
  // "their morning note": the actor named last in the sentence.
  if (words_->IsPossessive(det)) {
    return LastMentionIn(sentence_start, tokens[d].start);
  }
  // "Lakeshore's report".
  if (tokens[d].cap && (IsPossessiveForm(det) || det.ends_with("'") ||
                        det.ends_with("’"))) {
    const size_t from = d >= sentence_first + 5 ? d - 5 : sentence_first;
    return LastMentionIn(tokens[from].start, tokens[d].end);
  }
  // "X published a note".
  if ((det == "a" || det == "an" || det == "the") && d > sentence_first &&
      is_word(d - 1) && words_->IsPublishVerb(lower(d - 1))) {
    return LastMentionIn(sentence_start, tokens[d - 1].start);
  }
  return std::nullopt;
}

}  // namespace whosaid::nlp
