// Finds quotes in Chinese text, where words are not separated by spaces and
// the word-based quote rules of quote_extractor.h find nothing.
//
// Three layouts, each inside one sentence (ended by 。！？ outside quote
// marks), with a cue from the pack's [[cue]] forms written in CJK characters
// ("说", "表示", "指出"):
//   SPEAKER…CUE：“Q。”   direct (also with 「Q」 and with ， or no colon)
//   “Q，”SPEAKER CUE。    direct, the speaker after the quote
//   SPEAKER…CUE，CLAUSE。 indirect: the clause, without the final 。
// A cue counts only when punctuation, a quote mark or the sentence end
// follows it, so "说明" (explain) or "称为" (be called) are not cues.
//
// The speaker is read from the words before the cue. A document actor whose
// Latin name is the pinyin of a run of those characters ("林梅" = "Lin Mei",
// via ICU's Han-Latin transliterator) is the speaker. Otherwise a
// transliterated foreign name ("克莱尔·唐纳利") after the last title word
// ("主席", "部长") names the one document person whose name parts start
// with the same sounds ("Claire Donnelly": k~c, t~d), or, when no single
// person does, is the speaker as written. Otherwise, when those words open
// with a reference word ("他", "该发言人"; "该部" for an organisation), the
// speaker is the person (organisation) named last before it in the
// document: an actor mention, a name in the same paragraph, or an earlier
// speaker. Otherwise there is none. Title and reference words come from
// the pack's [discovery] cjk_* lists (discovery.toml).
//
// Built once from a RulePack's cues and discovery words; immutable and
// thread-safe (the transliterator is created per call, and only when a cue
// was found).

#ifndef WHOSAID_NLP_CJK_QUOTES_H_
#define WHOSAID_NLP_CJK_QUOTES_H_

#include <string>
#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/rule_pack.h"

namespace whosaid::nlp {

class CjkQuoteFinder {
 public:
  // Keeps the forms of `cues` that are written in CJK characters, and the
  // CJK title and reference words of `words` (DiscoveryRules::cjk_*).
  CjkQuoteFinder(const std::vector<CueVerb>& cues, const DiscoveryRules& words);

  // False when the pack has no CJK cue, so Find would find nothing.
  bool enabled() const { return !forms_.empty(); }

  // Quotes in the `paragraphs` of `text` (normalised) that contain CJK
  // ideographs, in text order, with rule ids "cjk.direct", "cjk.direct_after"
  // and "cjk.indirect". `actors` (may be null) are the document's actors.
  std::vector<Quote> Find(std::string_view text,
                          const std::vector<Span>& paragraphs,
                          const std::vector<ActorInText>* actors) const;

 private:
  std::vector<CueVerb> forms_;  // longest form first
  std::vector<std::string> titles_;
  std::vector<std::string> person_refs_;
  std::vector<std::string> org_refs_;
};

// True when `text` holds a CJK ideograph (U+4E00..U+9FFF, lead bytes
// E4..E9). A branch-free scan, cheap enough to run on every document.
bool HasCjkIdeograph(std::string_view text);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_CJK_QUOTES_H_
