#include "nlp/quote_cues.h"

namespace whosaid::nlp {

CueTable::CueTable(const std::vector<CueVerb>& cues) {
  for (const CueVerb& c : cues) {
    std::vector<std::string> words;
    size_t i = 0;
    const std::string form = LowerAscii(c.form);
    while (i < form.size()) {
      size_t j = form.find(' ', i);
      if (j == std::string::npos) j = form.size();
      if (j > i) words.push_back(form.substr(i, j - i));
      i = j + 1;
    }
    if (words.empty()) continue;
    Form f{{words.begin() + 1, words.end()}, c.lemma};
    by_first_[words[0]].push_back(std::move(f));
  }
}

bool CueTable::PartialOnly(std::string_view lemma) {
  return lemma == "call" || lemma == "describe" || lemma == "put" ||
         lemma == "dismiss" || lemma == "label" || lemma == "term";
}

CueMatch CueTable::Match(std::string_view text,
                         const std::vector<Token>& tokens, size_t k) const {
  CueMatch best;
  if (k >= tokens.size() || tokens[k].type != Token::kWord) return best;
  const Token& t = tokens[k];
  // Capitalized words are names ("United States"), not cues.
  if (t.end - t.start > 14 || t.cap) return best;
  // After a determiner the word is a noun: "the call", "a claim".
  if (k > 0 && tokens[k - 1].type == Token::kWord) {
    const std::string prev = LowerAscii(
        text.substr(tokens[k - 1].start, tokens[k - 1].end - tokens[k - 1].start));
    if (prev == "the" || prev == "a" || prev == "an" || prev == "this" ||
        prev == "its" || prev == "his" || prev == "her" || prev == "their" ||
        prev == "our" || prev == "your" || prev == "my") {
      return best;
    }
  }
  auto it = by_first_.find(LowerAscii(text.substr(t.start, t.end - t.start)));
  if (it == by_first_.end()) return best;
  for (const Form& f : it->second) {
    if (f.rest.size() + 1 <= best.length) continue;
    bool ok = k + f.rest.size() < tokens.size();
    for (size_t r = 0; ok && r < f.rest.size(); ++r) {
      const Token& u = tokens[k + 1 + r];
      ok = u.type == Token::kWord &&
           LowerAscii(text.substr(u.start, u.end - u.start)) == f.rest[r];
    }
    if (!ok) continue;
    best.length = f.rest.size() + 1;
    best.lemma = f.lemma;
    best.span = {t.start, tokens[k + f.rest.size()].end};
  }
  return best;
}

}  // namespace whosaid::nlp
