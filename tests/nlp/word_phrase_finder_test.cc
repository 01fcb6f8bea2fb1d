#include "nlp/word_phrase_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "nlp/ascii.h"
#include "nlp/phrase_matcher.h"

namespace whosaid::nlp {
namespace {

// The matches as "text@start#phrase", for readable failures.
std::vector<std::string> Shown(const std::vector<PhraseMatcher::Match>& found,
                               std::string_view text) {
  std::vector<std::string> out;
  for (const PhraseMatcher::Match& m : found) {
    out.push_back(std::string(text.substr(m.span.start, m.span.size())) + "@" +
                  std::to_string(m.span.start) + "#" +
                  std::to_string(m.phrase));
  }
  return out;
}

PhraseMatcher CaseInsensitiveMatcher(const std::vector<std::string>& phrases) {
  std::vector<PhraseMatcher::Phrase> list;
  for (const std::string& p : phrases) list.push_back({p, false});
  return PhraseMatcher(std::move(list));
}

TEST(WordPhraseFinder, Supports) {
  struct Case {
    std::vector<std::string> phrases;
    bool want;
  } cases[] = {
      {{"expects", "committed to", "Said"}, true},
      {{}, true},
      {{"said", ""}, false},
      {{"co-signed"}, false},
      {{"said  that"}, false},
      {{" said"}, false},
      {{"said "}, false},
      {{"said2"}, false},
      {{"d\xC3\xA9menti"}, false},
      {{std::string(WordPhraseFinder::kMaxWord, 'a')}, true},
      {{std::string(WordPhraseFinder::kMaxWord + 1, 'a')}, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(WordPhraseFinder::Supports(c.phrases), c.want)
        << ::testing::PrintToString(c.phrases);
  }
}

TEST(WordPhraseFinder, FindsWhatPhraseMatcherFinds) {
  const std::vector<std::string> phrases = {
      "said", "says", "vow", "vows", "committed to", "commits to",
      "expects", "Said", "said that", "deny"};
  const WordPhraseFinder finder(phrases);
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"She said it.", {"said@4#0"}},
      {"SAID and Says", {"SAID@0#0", "Says@9#1"}},
      {"He said that vows matter", {"said that@3#8", "vows@13#3"}},
      {"vowed, vow; disavow", {"vow@7#2"}},
      {"it committed to and commits To, committed too",
       {"committed to@3#4", "commits To@20#5"}},
      {"3said said3 _said said_ x", {}},
      {"\xC3\xA9said said\xC3\xA9 \xE2\x80\x9Csaid\xE2\x80\x9D",
       {"said@17#0"}},
      {"said", {"said@0#0"}},
      {"committed", {}},
      {"committed to", {"committed to@0#4"}},
      {"", {}},
      // Runs that reach the end of a 64-byte chunk: one ending in the next
      // chunk, one ending past it.
      {std::string(62, ' ') + "said vows", {"said@62#0", "vows@67#3"}},
      {std::string(62, ' ') + "saids said", {"said@68#0"}},
      {std::string(60, ' ') + std::string(140, 'x') + "said said",
       {"said@205#0"}},
  };
  const PhraseMatcher matcher = CaseInsensitiveMatcher(phrases);
  for (const Case& c : cases) {
    EXPECT_EQ(Shown(finder.FindAll(c.text), c.text), c.want) << c.text;
    EXPECT_EQ(Shown(finder.FindAll(c.text), c.text),
              Shown(matcher.FindAll(c.text), c.text))
        << c.text;
  }
}

// The word starts of `text` where one of `words` begins, as TopicTagger
// lists them: no ASCII letter, digit or '_' before, letters either case.
std::vector<size_t> WordStartsOf(std::string_view text,
                                 const std::vector<std::string>& words) {
  auto word_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
  };
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && word_byte(text[i - 1])) continue;
    for (const std::string& w : words) {
      if (text.size() - i >= w.size() &&
          EqualsIgnoreAsciiCase(text.substr(i, w.size()), w)) {
        starts.push_back(i);
        break;
      }
    }
  }
  return starts;
}

// Words across the 64-byte chunks the finder reads, long runs of letters,
// every case and all sorts of neighbours: random texts from pieces must
// give PhraseMatcher's matches exactly, and FindAllAt FindAll's.
TEST(WordPhraseFinder, AgreesWithPhraseMatcherOnRandomText) {
  const std::vector<std::string> phrases = {
      "believe", "believes", "expects", "plans", "vow", "vows", "said",
      "committed to", "commits to", "acknowledged", "deny", "a", "to"};
  const std::vector<std::string> pieces = {
      "said", "SAID", "Vows", "vow", "plans", "committed", " to", "To",
      "commits", "believes", "believe", "acknowledged", "deny", "a", "to",
      " ", " ", " ", ",", ".", "\n", "3", "_", "x", "supercalifragilistic",
      "\xC3\xA9", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xFF", "'", "-"};
  const WordPhraseFinder finder(phrases);
  const std::vector<std::string> heads = finder.HeadWords();
  const PhraseMatcher matcher = CaseInsensitiveMatcher(phrases);
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const size_t count = random() % 80;
    for (size_t i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
    const std::vector<PhraseMatcher::Match> found = finder.FindAll(text);
    ASSERT_EQ(Shown(found, text), Shown(matcher.FindAll(text), text)) << text;
    // Given the places where its head words begin, or every place, the
    // finder finds the same.
    ASSERT_EQ(Shown(finder.FindAllAt(text, WordStartsOf(text, heads)), text),
              Shown(found, text))
        << text;
    std::vector<size_t> every(text.size());
    for (size_t i = 0; i < every.size(); ++i) every[i] = i;
    ASSERT_EQ(Shown(finder.FindAllAt(text, every), text), Shown(found, text))
        << text;
  }
}

// A match that ends at a 64-byte chunk's end hides the chunk's other word
// starts inside it, as any other match does ("to" inside "committed to").
TEST(WordPhraseFinder, AMatchEndingAtAChunksEndHidesTheStartsInsideIt) {
  const std::vector<std::string> phrases = {"committed to", "to"};
  const WordPhraseFinder finder(phrases);
  const PhraseMatcher matcher = CaseInsensitiveMatcher(phrases);
  for (size_t spaces : {50, 51, 52, 53, 116}) {
    const std::string text = std::string(spaces, ' ') + "committed to to";
    const std::vector<std::string> want = {
        "committed to@" + std::to_string(spaces) + "#0",
        "to@" + std::to_string(spaces + 13) + "#1"};
    EXPECT_EQ(Shown(finder.FindAll(text), text), want) << spaces;
    EXPECT_EQ(Shown(matcher.FindAll(text), text), want) << spaces;
  }
}

TEST(WordPhraseFinder, HeadWords) {
  const WordPhraseFinder finder(
      {"Said", "said that", "commits to", "committed to", "vow", "said"});
  std::vector<std::string> heads = finder.HeadWords();
  std::sort(heads.begin(), heads.end());
  EXPECT_EQ(heads,
            (std::vector<std::string>{"commits", "committed", "said", "vow"}));
}

}  // namespace
}  // namespace whosaid::nlp
