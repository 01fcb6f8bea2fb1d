#include "nlp/gender_words.h"

#include <algorithm>
#include <vector>

#include "nlp/ascii.h"

namespace whosaid::nlp {

namespace {

// Adds `list` to `map` as words of gender `g`; a word already there with
// the other gender becomes kUnknown.
void AddGendered(absl::flat_hash_map<std::string, Gender>& map,
                 const std::vector<std::string>& list, Gender g, bool lower) {
  for (const std::string& w : list) {
    auto [it, added] = map.try_emplace(lower ? LowerAscii(w) : w, g);
    if (!added && it->second != g) it->second = Gender::kUnknown;
  }
}

Gender Lookup(const absl::flat_hash_map<std::string, Gender>& map,
              std::string_view key) {
  const auto it = map.find(absl::string_view(key.data(), key.size()));
  return it == map.end() ? Gender::kUnknown : it->second;
}

// Lookup(map, key), after `filter` (of the map's keys) turns most keys
// away.
Gender FilteredLookup(const absl::flat_hash_map<std::string, Gender>& map,
                      const WordListFilter& filter, std::string_view key) {
  if (!filter.MayHoldExact(key)) return Gender::kUnknown;
  return Lookup(map, key);
}

}  // namespace

std::string HonorificBefore(std::string_view text, size_t pos) {
  if (pos < 2 || pos > text.size() || text[pos - 1] != ' ') return {};
  size_t b = pos - 1;
  while (b > 0 && (IsAsciiAlpha(text[b - 1]) || text[b - 1] == '.')) --b;
  if (pos - 1 - b > 8) return {};
  return LowerAscii(text.substr(b, pos - 1 - b));
}

GenderWords::GenderWords(const DiscoveryRules& rules) {
  AddGendered(words_, rules.feminine_words, Gender::kFeminine, false);
  AddGendered(words_, rules.masculine_words, Gender::kMasculine, false);
  AddGendered(pronouns_, rules.feminine_pronouns, Gender::kFeminine, false);
  AddGendered(pronouns_, rules.masculine_pronouns, Gender::kMasculine, false);
  for (const auto& [form, gender] : pronouns_) {
    pronoun_filter_.Add(form);
  }
  AddGendered(given_names_, rules.feminine_given_names, Gender::kFeminine,
              true);
  AddGendered(given_names_, rules.masculine_given_names, Gender::kMasculine,
              true);
  for (const auto& [word, gender] : words_) words_filter_.Add(word);
}

Gender GenderWords::WordGender(std::string_view lower) const {
  return FilteredLookup(words_, words_filter_, lower);
}

Gender GenderWords::PronounGender(std::string_view lower) const {
  return FilteredLookup(pronouns_, pronoun_filter_, lower);
}

Gender GenderWords::GivenNameGender(std::string_view lower) const {
  return Lookup(given_names_, lower);
}

Gender GenderWords::LastWordGender(std::span<const std::string> lower) const {
  Gender g = Gender::kUnknown;
  for (const std::string& w : lower) {
    if (const Gender found = WordGender(w); found != Gender::kUnknown) g = found;
  }
  return g;
}

Gender GenderWords::OfPerson(std::string_view text,
                             const ActorInText& a) const {
  uint8_t bits = 0;
  const std::string_view name = a.name;
  if (const size_t space = name.find(' '); space != std::string_view::npos) {
    bits |= static_cast<uint8_t>(
        GivenNameGender(LowerAscii(name.substr(0, space))));
  }
  const std::string_view role = a.role;
  size_t start = 0;
  while (start < role.size()) {
    const size_t end = std::min(role.find(' ', start), role.size());
    bits |= static_cast<uint8_t>(
        WordGender(LowerAscii(role.substr(start, end - start))));
    start = end + 1;
  }
  for (const Span& m : a.mentions) {
    bits |= static_cast<uint8_t>(WordGender(HonorificBefore(text, m.start)));
  }
  return GenderOfBits(bits);
}

}  // namespace whosaid::nlp
