// Whether a capitalised word is written in Hanyu Pinyin syllables, as the
// given names of Chinese people are in English text ("Weiwen", "Yadong",
// "Jianxiong"). Lets discovery keep a surname that is also an English
// function word ("He") in front of such a name: "He Weiwen, a former
// commerce official, said". Thread-safe; no allocation.

#ifndef WHOSAID_NLP_PINYIN_H_
#define WHOSAID_NLP_PINYIN_H_

#include <string_view>

namespace whosaid::nlp {

// True when `word`, ASCII letters in any case, splits wholly into one to
// three syllables of an initial (b, p, m, f, d, t, n, l, g, k, h, j, q, x,
// zh, ch, sh, r, z, c, s, y, w or none) and a final (a, ai, an, ang, ao, e,
// ei, en, eng, er, i, ia, ian, iang, iao, ie, in, ing, iong, iu, o, ong,
// ou, u, ua, uai, uan, uang, ue, ui, un, uo). The test is by shape, so a
// few English words pass ("Long", "Men"); none of the verbs and adverbs
// that follow a sentence's "He" do ("said", "also", "has").
bool IsPinyinWord(std::string_view word);

// "He Weiwen": `first` is "He", the one English pronoun that is also a
// common Chinese surname, and `second` a given name in pinyin. Such a
// pair, alone in its run of capitalised words, is a name, not a pronoun
// and a name.
bool IsSurnameHeName(std::string_view first, std::string_view second);

}  // namespace whosaid::nlp

#endif  // WHOSAID_NLP_PINYIN_H_
