// Tags text with topics from RE2 topic rules ("tariffs", "fentanyl", ...).
//
// Rules match case-insensitively, and a rule fires in a text exactly where
// an RE2::Set of all of them (UNANCHORED) would find it. Most news text
// fires few rules, so the text is not run through the set. Each top-level
// alternative of each rule (a piece) gets literals of which every match
// holds one: for a piece that begins with `\b` and strings read from its
// spelling (ReadWordPattern), a part of each such start, looked for at
// word starts only (WordStartLiterals); for the others, those RE2's
// FilteredRE2 gives, looked for anywhere (CaselessLiterals). Where a
// literal of a read piece occurs, the start around it is checked at once;
// a piece that is exactly its starts then fires without RE2, and the
// others' RE2 is run only on the bytes from there that a match could span
// (bounded from the pattern's spelling). Pieces with no such literal are
// run on the whole text, and a text holding a character that RE2 folds
// onto an ASCII letter (the long s, the Kelvin sign) goes through the set.
// Each topic is reported with the id of the first rule (in pack order)
// that fired for it. Built once; immutable and thread-safe.

#ifndef WHOSAID_NLP_TOPIC_TAGGER_H_
#define WHOSAID_NLP_TOPIC_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/rule_pack.h"

namespace re2 {
class RE2;
}

namespace whosaid::nlp {

class TopicTagger {
 public:
  struct Tags {
    std::vector<std::string> topics;  // distinct, in rule order
    std::vector<std::string> rules;   // rules[i] fired for topics[i]
  };

  // The rules that fire anywhere in a text, from one scan of it, so that
  // the whole text's topics (TagDocument) and its parts' (TagPart) need not
  // scan it again. Views the text, which must outlive it.
  struct TextScan {
    std::string_view text;
    std::vector<int> fired;  // indices of the rules that fired
    // The scan ran to the end, so `fired` holds every rule that fires;
    // false when the text was empty or the set, where it was used, gave up
    // (then `fired` is empty, as Tag would find).
    bool complete = false;
    // A match [begin, end) in `text` of a piece of `rule` that matches
    // exactly one of its plain starts (most pieces, as `\btariffs?\b`). It
    // is one in a word-aligned part of the text exactly when the part holds
    // it, so that parts are not searched for such pieces again.
    struct Match {
      size_t begin, end;
      int rule;
    };
    // Such matches (by begin): at each place where a piece matches, its
    // shortest match there (a part holding a longer one holds it too);
    // and where the literals of the other pieces occur, as (start,
    // literal) by start: all of them when `hits_complete`.
    std::vector<Match> matches;
    std::vector<std::pair<size_t, int>> hits;
    bool hits_complete = false;
    // Per list of the constructor's `extra_words`: where its words begin
    // at word starts of the text (no ASCII letter, digit or '_' just
    // before), case-insensitively: increasing, each place once, all of them
    // when `extra_complete` (false when the text was not walked to its end:
    // empty, no rules, or judged by the set; the lists are then empty).
    // One list per list of extra words, always.
    std::vector<std::vector<size_t>> extra_starts;
    bool extra_complete = false;
  };

  // REQUIRES: every pattern compiles (LoadRulePack checked them); at most
  // eight lists of extra words; WordStartLiterals::CanFind(word) for every
  // extra word (two bytes or more, the first an ASCII letter, digit or
  // '_'). Each list of extra
  // words is another stage's (the claim cues' first words, the quote
  // cues'): Scan walks the text's word starts for the rules' words anyway
  // and lists where each list's words begin too (TextScan::extra_starts),
  // so that those stages need not walk the text again. A word in several
  // lists is searched for once. They tag nothing.
  explicit TopicTagger(std::vector<TopicRule> rules,
                       std::vector<std::vector<std::string>> extra_words = {});
  ~TopicTagger();

  Tags Tag(std::string_view text) const;

  // How many distinct topics the rules name: no text has more.
  size_t topic_count() const;

  TextScan Scan(std::string_view text) const;

  // Tag(part), where `part` is usually the bytes of `whole.text` from
  // `start` on (a quote or a claim). When it is and `part` neither begins
  // nor ends inside a word of it, only rules that fired in the whole text
  // can fire in `part`, and only those are tried (none when none fired):
  // from the whole's matches that `part` holds, and for the pieces not
  // matched so, from its hits in `part` (the part is not searched).
  Tags TagPart(const TextScan& whole, size_t start,
               std::string_view part) const;

  // Document topics: those whose rules fire in the title or in at least
  // `min_paragraphs` paragraphs of `text` (paragraphs are separated by
  // "\n\n"), so that a passing mention does not tag the document.
  Tags TagDocument(std::string_view title, std::string_view text,
                   int min_paragraphs) const;
  // The same for `scan.text`, without scanning it again. REQUIRES: `scan`
  // is this tagger's Scan of that text.
  Tags TagDocument(std::string_view title, const TextScan& scan,
                   int min_paragraphs) const;
  // TagDocument(title, scan, min_paragraphs).topics, without the list of
  // rules (the analyzer's document topics need none).
  std::vector<std::string> DocumentTopics(std::string_view title,
                                          const TextScan& scan,
                                          int min_paragraphs) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_TOPIC_TAGGER_H_
