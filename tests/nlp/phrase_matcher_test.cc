#include "nlp/phrase_matcher.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "nlp/ascii.h"

namespace whosaid::nlp {
namespace {

std::vector<std::string> Found(const PhraseMatcher& m, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& match : m.FindAll(text)) {
    out.push_back(std::string(text.substr(match.span.start, match.span.size())));
  }
  return out;
}

TEST(PhraseMatcher, WordBoundariesAndLongestMatch) {
  PhraseMatcher m({{"Li", true}, {"Li Qiang", true}, {"Lisbon", true},
                   {"the envoy", false}});
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"Li Qiang met Li in Lisbon.", {"Li Qiang", "Li", "Lisbon"}},
      {"Lisbonne and Oli", {}},
      {"THE ENVOY and The Envoy and the envoy's",
       {"THE ENVOY", "The Envoy", "the envoy"}},
      {"li qiang", {}},  // names are case-sensitive
      {"", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Found(m, c.text), c.want) << c.text;
  }
}

// Word starts are filtered by their first two and three bytes before the
// trie walk: one- and two-byte phrases, phrases cut by the end of the text
// and case-insensitive phrases in any case must all get through.
TEST(PhraseMatcher, PrefixFiltersKeepShortAndFoldedPhrases) {
  PhraseMatcher m({{"X", true}, {"Xi", true}, {"Xia Wen", true},
                   {"tariff", false}, {"EU", true}});
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"Xi met Xia Wen and X.", {"Xi", "Xia Wen", "X"}},
      {"TARIFF Tariff tariff tariffs", {"TARIFF", "Tariff", "tariff"}},
      {"the EU", {"EU"}},
      {"Xi", {"Xi"}},
      {"X", {"X"}},
      {"Xia", {}},
      {"Tar", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Found(m, c.text), c.want) << c.text;
  }
}

// After three bytes, word starts are filtered by their first four: as
// written for case-sensitive phrases, folded for the others; a phrase of
// three bytes, or one cut by the end of the text, must get through.
TEST(PhraseMatcher, FourByteFilterKeepsShortExactAndFoldedPhrases) {
  PhraseMatcher m({{"Theresa May", true}, {"the envoy", false}, {"Tho", true},
                   {"NATO", true}, {"Thames", true}});
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"there Theresa May met THE ENVOY, The Envoy and Tho at NATO",
       {"Theresa May", "THE ENVOY", "The Envoy", "Tho", "NATO"}},
      {"theresa may, Nato and THAMES", {}},
      {"Thames", {"Thames"}},
      {"Tho", {"Tho"}},
      {"Thos", {}},
      {"the", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Found(m, c.text), c.want) << c.text;
  }
}

// After four bytes, word starts are filtered by their first six, in every
// case a phrase matches: a phrase of four or five bytes sharing its first
// four with a longer one, a case-insensitive phrase in mixed case, and one
// cut by the end of the text must get through.
TEST(PhraseMatcher, SixByteFilterKeepsShortAndMixedCasePhrases) {
  PhraseMatcher m({{"White House", true}, {"the envoy", false},
                   {"Whit", true}, {"Chen Jining", true}, {"Chen", true},
                   {"Chena", true}, {"the fed", false}});
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"Whitlock met tHe EnVoY at the White House with Whit",
       {"tHe EnVoY", "White House", "Whit"}},
      {"Chen Haoran, Chen Jining and Chena; THE FED, The Fed and the fed.",
       {"Chen", "Chen Jining", "Chena", "THE FED", "The Fed", "the fed"}},
      {"the first the envoys the Fedora", {}},
      {"the e", {}},
      {"Chen", {"Chen"}},
      {"Chena", {"Chena"}},
      {"Whit", {"Whit"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Found(m, c.text), c.want) << c.text;
  }
}

// The prefix filter's fold table lowers the ASCII capitals and keeps every
// other byte, non-ASCII ones included.
TEST(PhraseMatcher, PrefixFoldLowersAsciiCapitalsOnly) {
  for (uint32_t b = 0; b < 256; ++b) {
    const uint32_t want = b >= 'A' && b <= 'Z' ? b + 32 : b;
    EXPECT_EQ(phrase_matcher_internal::kPrefixFold[b], want) << b;
  }
}

// After six bytes, word starts are filtered by their first eight, ASCII
// case folded: a phrase of six or seven bytes sharing its first six with a
// longer one, a phrase in any case and one cut by the end of the text must
// get through; words that share only six bytes with a phrase match none.
TEST(PhraseMatcher, EightByteFilterKeepsShortAndMixedCasePhrases) {
  PhraseMatcher m({{"the plastics", false}, {"the envoy", false},
                   {"Beijing Review", true}, {"Beijing", true},
                   {"Berlin", true}, {"the pla", false}});
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"the plan, the pla. the end, THE PLASTICS and The Envoy",
       {"the pla", "THE PLASTICS", "The Envoy"}},
      {"the plant the place the plAstics", {"the plAstics"}},
      {"Beijing Review, Beijing Olympics, Berlin Wall, Berliner",
       {"Beijing Review", "Beijing", "Berlin"}},
      {"the envo", {}},
      {"Beijing", {"Beijing"}},
      {"Berlin", {"Berlin"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Found(m, c.text), c.want) << c.text;
  }
}

// FindAll scans 64-byte blocks (and 16-byte ones in a text's last 63
// bytes) for word starts: a phrase is found at every offset of either,
// after ASCII, non-ASCII word characters and punctuation, and never inside
// a word, including one that straddles a block edge.
TEST(PhraseMatcher, FindsPhrasesAtEveryBlockOffset) {
  PhraseMatcher m({{"Keane", true}, {"Éloi", true}, {"said", false}});
  for (const std::string before : {"x", "é", ",", "x_", "9"}) {
    for (size_t pad = 0; pad < 80; ++pad) {
      const std::string head(pad, ' ');
      const std::string text = head + "Keane Éloi SAID " + head + before +
                               "Keane " + before + "said";
      const bool joined = before != ",";  // "xKeane" is one word
      std::vector<std::string> want = {"Keane", "Éloi", "SAID"};
      if (!joined) {
        want.push_back("Keane");
        want.push_back("said");
      }
      EXPECT_EQ(Found(m, text), want) << "pad " << pad << " before " << before;
    }
  }
}

// With start ranges, full blocks propose the range bytes that follow no
// ASCII letter, among them punctuation inside a merged range ("[" and "^"
// between "Z" and "_" here) and letters after digits or '_': those must
// come to nothing, and the phrases after them be found as before.
TEST(PhraseMatcher, ExtraBlockProposalsComeToNothing) {
  PhraseMatcher m({{"0800", true}, {"Alba", true}, {"Keane", true},
                   {"Zed", true}, {"_id", true}, {"quo", true}});
  for (size_t pad = 0; pad < 80; ++pad) {
    const std::string text = std::string(pad, ' ') +
                             "[Zed ^Keane 9Keane _Keane x0800 0800 "
                             "Aqua_Keane 7Alba _id quo Alba";
    EXPECT_EQ(Found(m, text),
              (std::vector<std::string>{"Zed", "Keane", "0800", "_id", "quo",
                                        "Alba"}))
        << "pad " << pad;
  }
}

// Capitals and a few lower-case first letters, as in an actor list: the
// block scan tests the letters after the capitals' range with one compare
// each; phrases with each are found at every offset, and not inside a word
// that begins with a neighbouring letter.
TEST(PhraseMatcher, FindsPhrasesAfterCapitalsAndSingleLetters) {
  PhraseMatcher m({{"Alba", true}, {"Zed", true}, {"central bank", true},
                   {"mainland", true}, {"the envoy", false}});
  for (size_t pad = 0; pad < 80; ++pad) {
    const std::string text = std::string(pad, ' ') +
                             "bcentral bank, central bank; lmainland "
                             "mainland uthe envoy The Envoy Zed Alba";
    EXPECT_EQ(Found(m, text),
              (std::vector<std::string>{"central bank", "mainland",
                                        "The Envoy", "Zed", "Alba"}))
        << "pad " << pad;
  }
}

// The block scan keeps word starts only in the byte ranges phrases begin
// with, merging ranges when there are more than it tests, and keeps every
// word start when the merged ranges hold most lower-case letters (as
// here): phrases that begin with many different bytes are still found at
// every offset, and words that begin with other bytes never are.
TEST(PhraseMatcher, FindsPhrasesBeginningWithManyDifferentBytes) {
  PhraseMatcher m({{"alpha", true}, {"echo", true}, {"kilo", true},
                   {"quebec", true}, {"xray", true}, {"Zulu", true},
                   {"0800", true}, {"the envoy", false}});
  for (size_t pad = 0; pad < 80; ++pad) {
    const std::string text = std::string(pad, ' ') +
                             "bravo alpha delta echo kilo lima quebec "
                             "xray yankee Zulu 0800 1900 The Envoy said";
    EXPECT_EQ(Found(m, text),
              (std::vector<std::string>{"alpha", "echo", "kilo", "quebec",
                                        "xray", "Zulu", "0800", "The Envoy"}))
        << "pad " << pad;
  }
}

TEST(PhraseMatcher, Utf8AndPunctuationInPhrases) {
  PhraseMatcher m({{"Tomás Ibarra", true}, {"Corp.", true}, {"U.S.", true}});
  EXPECT_EQ(Found(m, "said Tomás Ibarra, of Stratos Corp. in the U.S."),
            (std::vector<std::string>{"Tomás Ibarra", "Corp.", "U.S."}));
  // A letter after a phrase ending in a word character blocks it.
  EXPECT_TRUE(Found(m, "Tomás Ibarraé").empty());
}

TEST(PhraseMatcher, ReportsPhraseIndexAndOverlapsResolveLeftmost) {
  PhraseMatcher m({{"New York", true}, {"York Times", true}});
  auto matches = m.FindAll("New York Times");
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].phrase, 0);
  EXPECT_EQ(matches[0].span, (Span{0, 8}));
}

TEST(PhraseMatcher, ThousandsOfPhrases) {
  std::vector<PhraseMatcher::Phrase> phrases;
  for (int i = 0; i < 5000; ++i) {
    phrases.push_back({"Actor" + std::to_string(i) + " Name", true});
  }
  PhraseMatcher m(std::move(phrases));
  auto matches = m.FindAll("x Actor4999 Name y Actor17 Name Actor1 Nam");
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].phrase, 4999);
  EXPECT_EQ(matches[1].phrase, 17);
}

// Deep states keep their edges in a list; a phrase may end at one that
// goes on to longer phrases (one, two or three edges) or at one with none,
// and the longest phrase there is found.
TEST(PhraseMatcher, DeepPhrasesEndingInsideLongerOnes) {
  std::vector<PhraseMatcher::Phrase> phrases;
  for (int i = 0; i < 2000; ++i) {
    phrases.push_back({"Actor" + std::to_string(i) + " Name", true});
  }
  for (const char* longer : {"Actor17 Name Jr", "Actor17 Name Sr",
                             "Actor17 Name III", "Actor18 Name Jr"}) {
    phrases.push_back({longer, true});
  }
  PhraseMatcher m(std::move(phrases));
  ASSERT_GT(m.state_count(), 2000u);
  EXPECT_EQ(Found(m, "Actor17 Name Jr, Actor17 Name Sr; Actor17 Name III. "
                     "Actor17 Name Jx, Actor18 Name Jr Actor18 Name "
                     "Actor1999 Name Actor19 Nam"),
            (std::vector<std::string>{"Actor17 Name Jr", "Actor17 Name Sr",
                                      "Actor17 Name III", "Actor17 Name",
                                      "Actor18 Name Jr", "Actor18 Name",
                                      "Actor1999 Name"}));
}

// Past the first 512 states (breadth-first), a state with four or more
// children keeps a dense row and the others a list of edges: "the " (five
// title words after it) and "the e" (two) are both deep here, behind 676
// two-letter name starts.
TEST(PhraseMatcher, DeepStatesWithManyOrFewChildren) {
  std::vector<PhraseMatcher::Phrase> phrases;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      phrases.push_back({std::string("Q") + a + b + "x", true});
    }
  }
  for (const char* title : {"the envoy", "the editor", "the minister",
                            "the secretary", "the chair", "the director"}) {
    phrases.push_back({title, false});
  }
  PhraseMatcher m(std::move(phrases));
  ASSERT_GT(m.state_count(), 512u + 676u);
  EXPECT_EQ(Found(m, "The Envoy met the editor, THE MINISTER and the chair."),
            (std::vector<std::string>{"The Envoy", "the editor", "THE MINISTER",
                                      "the chair"}));
  EXPECT_EQ(Found(m, "the end, the edit, the chairs, the m, the"),
            std::vector<std::string>{});
  EXPECT_EQ(Found(m, "Qzzx and the secretary, the director; Qaax"),
            (std::vector<std::string>{"Qzzx", "the secretary", "the director",
                                      "Qaax"}));
}

// Only lead bytes that begin some phrase are proposed by the block scan:
// phrases that begin with the lowest and highest such bytes are found at
// every offset among Cyrillic and CJK text, which no phrase begins with.
TEST(PhraseMatcher, NonAsciiPhrasesAmongOtherScripts) {
  PhraseMatcher m({{"\xC3\x89mile Roux", true},    // Émile
                   {"\xE4\xB8\xAD\xE5\x9B\xBD", true},  // 中国
                   {"Dana", true}});
  const std::string cyrillic = "\xD0\xBC\xD0\xB8\xD1\x80 ";  // мир
  for (size_t pad = 0; pad < 20; ++pad) {
    const std::string text = std::string(pad, ' ') + cyrillic + cyrillic +
                             "\xC3\x89mile Roux " + cyrillic +
                             "\xE4\xB8\xAD\xE5\x9B\xBD Dana " + cyrillic;
    EXPECT_EQ(Found(m, text),
              (std::vector<std::string>{"\xC3\x89mile Roux",
                                        "\xE4\xB8\xAD\xE5\x9B\xBD",
                                        "Dana"}))
        << pad;
  }
  PhraseMatcher ascii({{"Dana", true}});
  EXPECT_EQ(Found(ascii, cyrillic + cyrillic + cyrillic + "Dana " + cyrillic),
            std::vector<std::string>{"Dana"});
}

// The leftmost-longest matches, found slowly, for ASCII text: at each word
// start in turn, the longest phrase there (the lowest index among equals),
// on word boundaries.
std::vector<PhraseMatcher::Match> SlowFindAll(
    const std::vector<PhraseMatcher::Phrase>& phrases, std::string_view text) {
  auto word = [](char c) { return IsAsciiAlnum(c) || c == '_'; };
  std::vector<PhraseMatcher::Match> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && word(text[i - 1]) && word(text[i])) continue;
    int best = -1;
    size_t best_size = 0;
    for (size_t k = 0; k < phrases.size(); ++k) {
      const std::string& p = phrases[k].text;
      if (p.size() <= best_size || p.size() > text.size() - i) continue;
      const std::string_view there = text.substr(i, p.size());
      if (phrases[k].case_sensitive ? there != p
                                    : LowerAscii(there) != LowerAscii(p)) {
        continue;
      }
      if (i > 0 && word(text[i - 1]) && word(p.front())) continue;
      const size_t end = i + p.size();
      if (end < text.size() && word(text[end]) && word(p.back())) continue;
      best = static_cast<int>(k);
      best_size = p.size();
    }
    if (best < 0) continue;
    out.push_back({{i, i + best_size}, best});
    i += best_size - 1;
  }
  return out;
}

// Sixteen phrases or more that begin with the same four bytes in some case
// ("the ") make a hot head: a word start with those bytes is judged by its
// first six and eight bytes only, and one whose first byte begins only hot
// phrases ("t") but with other bytes after it ("to", "they") is turned
// down at once. Matches stay those of the slow search, with names that
// begin like the head ("Theresa", "THE HAGUE", the case-sensitive "the
// Fed") and, in the second list, a short phrase ("th") that keeps the
// general filters; in the third, more phrases that begin with "Dr. ".
TEST(PhraseMatcher, HotHeadPhrasesMatchLikeTheSlowSearch) {
  std::vector<PhraseMatcher::Phrase> phrases;
  for (const char* title :
       {"the envoy", "the editor", "the minister", "the secretary",
        "the chair", "the director", "the co.", "the rep.", "the ceo",
        "the governor", "the treasury secretary", "the president",
        "the vice president", "the bank", "the agency", "the fund",
        "the lab", "the trade representative"}) {
    phrases.push_back({title, false});
  }
  for (const char* name : {"the Fed", "Theresa Lang", "THE HAGUE", "Tokyo",
                           "Treasury", "Fed", "Lang"}) {
    phrases.push_back({name, true});
  }
  const char* words[] = {"the", "The", "THE", "tHe", "they", "there", "to",
                         "envoy", "Envoy", "editor", "co.", "company", "rep.",
                         "report", "governor", "government", "Fed", "fed",
                         "Theresa", "Lang", "HAGUE", "Hague", "Tokyo",
                         "treasury", "Treasury", "secretary", "vice",
                         "president", "lab", "labs", "bank", "trade",
                         "representative", "agency", "fund", "ceo", "th",
                         "t", ",", ".", "Dr.", "dr.", "Bane", "Zane",
                         "bane"};
  std::mt19937 rng(7);
  for (int round = 0; round < 3; ++round) {
    if (round == 1) phrases.push_back({"th", false});
    if (round == 2) {
      // More phrases begin with "Dr. " than with "the ", but the head that
      // lower-case words may begin with stays the hot one.
      phrases.pop_back();
      for (char initial = 'A'; initial <= 'Z'; ++initial) {
        phrases.push_back({std::string("Dr. ") + initial + "ane", true});
      }
    }
    PhraseMatcher m(phrases);
    for (int t = 0; t < 3000; ++t) {
      std::string text;
      const int count = 1 + static_cast<int>(rng() % 12);
      for (int w = 0; w < count; ++w) {
        const char* next = words[rng() % std::size(words)];
        if (!text.empty() && next[0] != ',' && next[0] != '.') text += ' ';
        text += next;
      }
      const auto want = SlowFindAll(phrases, text);
      const auto got = m.FindAll(text);
      ASSERT_EQ(got.size(), want.size()) << text;
      for (size_t k = 0; k < got.size(); ++k) {
        EXPECT_EQ(got[k].span, want[k].span) << text;
        EXPECT_EQ(got[k].phrase, want[k].phrase) << text;
      }
    }
  }
}

}  // namespace
}  // namespace whosaid::nlp
