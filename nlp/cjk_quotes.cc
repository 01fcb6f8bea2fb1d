#include "nlp/cjk_quotes.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace whosaid::nlp {
namespace {

// Pinyin runs longer than this many characters are not names.
constexpr size_t kMaxNameSyllables = 6;

// Characters that, right after a one-character reference word, make it part
// of another word or a possessive: 其他/其它 (other), 其中, 其实, 其次, 其余,
// 他们 (they), 他国 (other countries), 他人 (others), 他的 (his). Grammar,
// not vocabulary, so not in the pack.
constexpr std::string_view kNotAfterReference[] = {
    "他", "它", "中", "实", "次", "余", "们", "国", "人", "的"};

size_t CharLen(std::string_view text, size_t i) {
  const auto b = static_cast<uint8_t>(text[i]);
  const size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return std::min(n, text.size() - i);
}

bool At(std::string_view text, size_t i, std::string_view s) {
  return text.compare(i, s.size(), s) == 0;
}

bool IsIdeograph(std::string_view text, size_t i) {
  const auto b = static_cast<uint8_t>(text[i]);
  return b >= 0xE4 && b <= 0xE9 && i + 3 <= text.size();
}

bool IsOpen(std::string_view t, size_t i) {
  return At(t, i, "\u201C") || At(t, i, "\u300C") || At(t, i, "\u300E");
}
bool IsClose(std::string_view t, size_t i) {
  return At(t, i, "\u201D") || At(t, i, "\u300D") || At(t, i, "\u300F");
}
bool IsStop(std::string_view t, size_t i) {
  return At(t, i, "\u3002") || At(t, i, "\uFF01") || At(t, i, "\uFF1F");
}
bool IsComma(std::string_view t, size_t i) {
  return At(t, i, "\uFF0C") || At(t, i, ",");
}
bool IsColon(std::string_view t, size_t i) {
  return At(t, i, "\uFF1A") || At(t, i, ":");
}
bool IsNameDot(std::string_view t, size_t i) {
  return At(t, i, "\u00B7") || At(t, i, "\u30FB");
}

// The close mark matching the open mark at `open`, or npos.
size_t MatchingClose(std::string_view t, size_t open, size_t end) {
  int depth = 0;
  for (size_t i = open; i < end; i += CharLen(t, i)) {
    if (IsOpen(t, i)) {
      ++depth;
    } else if (IsClose(t, i) && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Sentences of [begin, end): a stop outside quote marks ends one, and so
// does a close mark right after a stop ("…选择。”").
std::vector<Span> Sentences(std::string_view t, size_t begin, size_t end) {
  std::vector<Span> out;
  size_t start = begin;
  int depth = 0;
  bool after_stop = false;
  for (size_t i = begin; i < end;) {
    const size_t n = CharLen(t, i);
    bool ends = false;
    if (IsOpen(t, i)) {
      ++depth;
    } else if (IsClose(t, i)) {
      depth = std::max(0, depth - 1);
      ends = depth == 0 && after_stop;
    } else if (IsStop(t, i)) {
      ends = depth == 0;
    }
    after_stop = IsStop(t, i);
    i += n;
    if (ends) {
      out.push_back({start, i});
      start = i;
    }
  }
  if (start < end) out.push_back({start, end});
  for (Span& s : out) {
    while (s.start < s.end && t[s.start] == ' ') ++s.start;
  }
  return out;
}

std::string LettersLower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
    if (c >= 'a' && c <= 'z') out += c;
  }
  return out;
}

struct Syllable {
  std::string pinyin;  // empty for a character that is no ideograph
  Span span;
};

// Pinyin of each character of [begin, end) of `t`.
std::vector<Syllable> Pinyin(std::string_view t, size_t begin, size_t end,
                             const icu::Transliterator& tl) {
  std::vector<Syllable> out;
  for (size_t i = begin; i < end; i += CharLen(t, i)) {
    Syllable s{"", {i, i + CharLen(t, i)}};
    if (IsIdeograph(t, i)) {
      icu::UnicodeString u =
          icu::UnicodeString::fromUTF8(std::string(t.substr(i, 3)));
      tl.transliterate(u);
      std::string latin;
      u.toUTF8String(latin);
      s.pinyin = LettersLower(latin);
    }
    out.push_back(std::move(s));
  }
  return out;
}

struct Speaker {
  std::string name;
  Span span;
  bool person = true;  // false for an organisation or government body
};

// The longest of `words` at `i` of `t`, or empty.
std::string_view WordAt(std::string_view t, size_t i,
                        const std::vector<std::string>& words) {
  std::string_view best;
  for (const std::string& w : words) {
    if (w.size() > best.size() && At(t, i, w)) best = w;
  }
  return best;
}

// A rough sound class of a name part's first letter, so that the pinyin of
// a transliterated name ("ke", "tang") can be compared with the Latin name
// it renders ("Claire", "Donnelly").
char SoundClass(char c) {
  switch (c) {
    case 'c': case 'k': case 'g': case 'q': return 'K';
    case 't': case 'd': return 'T';
    case 'b': case 'p': return 'P';
    case 'l': case 'r': return 'L';
    case 'f': case 'v': case 'h': return 'F';
    case 's': case 'z': case 'x': case 'j': return 'S';
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return 'V';
    default: return c;
  }
}

// Sound classes of the first letters of the words of a Latin name.
std::string LatinInitials(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      start = true;
    } else if (start) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      out += SoundClass(c);
      start = false;
    }
  }
  return out;
}

// The words SpeakerReader needs, from the rule pack (DiscoveryRules::cjk_*).
struct SpeakerWords {
  const std::vector<std::string>& titles;
  const std::vector<std::string>& person_refs;
  const std::vector<std::string>& org_refs;
};

class SpeakerReader {
 public:
  SpeakerReader(std::string_view text, const std::vector<ActorInText>* actors,
                const SpeakerWords& words)
      : text_(text), words_(words), actors_(actors) {
    if (actors == nullptr) return;
    for (const ActorInText& a : *actors) {
      if (a.kind == ActorKind::kPlace) continue;
      const bool person = a.kind == ActorKind::kPerson;
      if (person) people_.push_back({LatinInitials(a.name), a.name});
      std::string key = LettersLower(a.name);
      if (key.size() >= 4) keys_.push_back({std::move(key), a.name, person});
    }
  }

  // The speaker named in [begin, end), the words before a cue in the
  // paragraph that starts at `paragraph`. A reference word ("他", "该部")
  // that opens those words stands for the person (or organisation) named
  // last before it: a document actor's mention, a name read in this
  // paragraph, or an earlier speaker. Calls must come in text order.
  std::optional<Speaker> Read(size_t paragraph, size_t begin, size_t end) {
    std::optional<Speaker> s = Known(begin, end);
    if (!s) s = Foreign(begin, end);
    if (!s) s = Reference(paragraph, begin, end);
    if (s) said_.push_back(*s);
    return s;
  }

 private:
  // "他表示", "该发言人周四说": a reference word at the start of the
  // clause, not part of a longer word, with no title word after it that
  // would make it a possessive ("其发言人" = its spokesperson).
  std::optional<Speaker> Reference(size_t paragraph, size_t begin, size_t end) {
    while (begin < end && text_[begin] == ' ') ++begin;
    std::string_view ref = WordAt(text_, begin, words_.person_refs);
    bool person = true;
    const std::string_view org = WordAt(text_, begin, words_.org_refs);
    if (org.size() > ref.size()) {
      ref = org;
      person = false;
    }
    if (ref.empty()) return std::nullopt;
    const size_t after = begin + ref.size();
    if (after < end && ref.size() == 3) {
      for (std::string_view w : kNotAfterReference) {
        if (At(text_, after, w)) return std::nullopt;
      }
    }
    const std::string_view rest = text_.substr(after, end - after);
    for (const std::string& title : words_.titles) {
      if (rest.find(title) != std::string_view::npos) return std::nullopt;
    }
    std::optional<Speaker> named = Antecedent(paragraph, begin, person);
    if (!named) return std::nullopt;
    // "…该公司表示": when the head of the reference ("公司") was written
    // after the antecedent, it likely names an organisation that is no
    // document actor; better no speaker than the wrong one.
    const std::string_view head = ref.substr(CharLen(ref, 0));
    if (!head.empty() &&
        text_.substr(named->span.end, begin - named->span.end).find(head) !=
            std::string_view::npos) {
      return std::nullopt;
    }
    return Speaker{named->name, {begin, after}, person};
  }

  // The person (or not) named last before `before`, with the end of the
  // span that named it.
  std::optional<Speaker> Antecedent(size_t paragraph, size_t before,
                                    bool person) {
    std::optional<Speaker> best;
    auto consider = [&](const std::string& name, Span span, bool is_person) {
      if (is_person != person || span.end > before) return;
      if (!best || span.end > best->span.end) {
        best = Speaker{name, span, is_person};
      }
    };
    if (actors_ != nullptr) {
      for (const ActorInText& a : *actors_) {
        if (a.kind == ActorKind::kPlace) continue;
        for (const Span& m : a.mentions) {
          consider(a.name, m, a.kind == ActorKind::kPerson);
        }
      }
    }
    for (const Speaker& s : said_) consider(s.name, s.span, s.person);
    if (person) {
      // Names in this paragraph that were not the subject of a cue
      // ("林梅周四抵达上海。她表示，…").
      if (auto s = Known(paragraph, before)) consider(s->name, s->span, true);
      // A dotted name that is no document person's is someone we cannot
      // name (with no cue after it, nothing marks where the name ends):
      // when it is the last person named, there is no speaker. Looked for
      // in the whole text before, as a dot is cheap to find.
      if (auto s = Foreign(0, before)) {
        consider(s->name, s->span, true);
        if (best && best->span == s->span && !IsPerson(s->name)) {
          return std::nullopt;
        }
      }
    }
    return best;
  }

  // A document actor whose name is the pinyin of a run of characters; the
  // run nearest the cue wins.
  std::optional<Speaker> Known(size_t begin, size_t end) {
    if (keys_.empty() || !Transliterator()) return std::nullopt;
    const std::vector<Syllable> syl = Pinyin(text_, begin, end, *tl_);
    std::optional<Speaker> best;
    for (size_t i = 0; i < syl.size(); ++i) {
      std::string joined;
      for (size_t j = i; j < syl.size() && j - i < kMaxNameSyllables; ++j) {
        if (syl[j].pinyin.empty()) break;
        joined += syl[j].pinyin;
        if (j == i) continue;  // a name has two syllables or more
        for (const auto& [key, name, person] : keys_) {
          if (key != joined) continue;
          const Span span{syl[i].span.start, syl[j].span.end};
          if (!best || span.end > best->span.end) {
            best = Speaker{name, span, person};
          }
        }
      }
    }
    return best;
  }

  // "…主席克莱尔·唐纳利": the dotted name after the last title word.
  std::optional<Speaker> Foreign(size_t begin, size_t end) {
    size_t dot = std::string_view::npos;
    for (size_t i = begin; i < end; i += CharLen(text_, i)) {
      if (IsNameDot(text_, i)) dot = i;
    }
    if (dot == std::string_view::npos) return std::nullopt;
    auto in_name = [&](size_t i) {
      return IsIdeograph(text_, i) || IsNameDot(text_, i);
    };
    size_t from = dot;
    while (from > begin) {
      size_t prev = from - 1;
      while (prev > begin &&
             (static_cast<uint8_t>(text_[prev]) & 0xC0) == 0x80) {
        --prev;
      }
      if (!in_name(prev)) break;
      from = prev;
    }
    const size_t after_dot = dot + CharLen(text_, dot);
    size_t to = after_dot;
    while (to < end && in_name(to)) to += CharLen(text_, to);
    const std::string_view before = text_.substr(from, dot - from);
    size_t name_from = from;
    for (std::string_view title : words_.titles) {
      const size_t at = before.rfind(title);
      if (at != std::string_view::npos) {
        name_from = std::max(name_from, from + at + title.size());
      }
    }
    if (name_from >= dot || to <= after_dot) return std::nullopt;
    Speaker written{std::string(text_.substr(name_from, to - name_from)),
                    {name_from, to}};
    if (const std::string* name = SoundsLike(name_from, to)) {
      written.name = *name;
    }
    return written;
  }

  // The one document person whose name parts start with the sounds the
  // dotted name's parts start with ("克莱尔·唐纳利" = K T = "Claire
  // Donnelly"); null when none or several do.
  const std::string* SoundsLike(size_t from, size_t to) {
    if (people_.empty() || !Transliterator()) return nullptr;
    std::string initials;
    bool start = true;
    for (size_t i = from; i < to; i += CharLen(text_, i)) {
      if (IsNameDot(text_, i)) {
        start = true;
      } else if (start) {
        const std::vector<Syllable> syl =
            Pinyin(text_, i, i + CharLen(text_, i), *tl_);
        if (syl.empty() || syl[0].pinyin.empty()) return nullptr;
        initials += SoundClass(syl[0].pinyin[0]);
        start = false;
      }
    }
    const std::string* found = nullptr;
    for (const auto& [sounds, name] : people_) {
      if (sounds != initials) continue;
      if (found) return nullptr;
      found = &name;
    }
    return found;
  }

  bool IsPerson(const std::string& name) const {
    return std::any_of(people_.begin(), people_.end(),
                       [&](const auto& p) { return p.second == name; });
  }

  bool Transliterator() {
    if (tl_ || failed_) return tl_ != nullptr;
    UErrorCode status = U_ZERO_ERROR;
    tl_.reset(icu::Transliterator::createInstance(
        "Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) tl_.reset();
    failed_ = tl_ == nullptr;
    return !failed_;
  }

  std::string_view text_;
  SpeakerWords words_;
  const std::vector<ActorInText>* actors_;  // may be null
  struct Key {
    std::string pinyin;
    std::string name;
    bool person = true;
  };
  std::vector<Key> keys_;
  std::vector<Speaker> said_;  // speakers read so far, in text order
  // Sound classes of name-part initials, name; people only.
  std::vector<std::pair<std::string, std::string>> people_;
  std::unique_ptr<icu::Transliterator> tl_;
  bool failed_ = false;
};

struct Cue {
  Span span;
  const CueVerb* verb = nullptr;
};

}  // namespace

bool HasCjkIdeograph(std::string_view text) {
  const auto lead = [](char c) {
    return static_cast<uint8_t>(static_cast<uint8_t>(c) - 0xE4) < 6;
  };
  size_t i = 0;
#ifdef __SSE2__
  // 16 bytes a compare. As signed bytes the lead bytes E4..E9 are -28..-23.
  const auto leads = [](const char* p) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    return _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(-29)),
                         _mm_cmplt_epi8(b, _mm_set1_epi8(-22)));
  };
  // Asked once per 64 bytes: text without ideographs is read to its end.
  for (; i + 64 <= text.size(); i += 64) {
    const char* p = text.data() + i;
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(leads(p), leads(p + 16)),
                     _mm_or_si128(leads(p + 32), leads(p + 48)));
    if (_mm_movemask_epi8(hits) != 0) return true;
  }
  for (; i + 16 <= text.size(); i += 16) {
    if (_mm_movemask_epi8(leads(text.data() + i)) != 0) return true;
  }
#endif
  for (; i < text.size(); ++i) {
    if (lead(text[i])) return true;
  }
  return false;
}

CjkQuoteFinder::CjkQuoteFinder(const std::vector<CueVerb>& cues,
                               const DiscoveryRules& words)
    : titles_(words.cjk_titles),
      person_refs_(words.cjk_person_references),
      org_refs_(words.cjk_organization_references) {
  for (const CueVerb& c : cues) {
    if (!c.form.empty() && HasCjkIdeograph(c.form)) forms_.push_back(c);
  }
  std::stable_sort(forms_.begin(), forms_.end(),
                   [](const CueVerb& a, const CueVerb& b) {
                     return a.form.size() > b.form.size();
                   });
}

std::vector<Quote> CjkQuoteFinder::Find(
    std::string_view t, const std::vector<Span>& paragraphs,
    const std::vector<ActorInText>* actors) const {
  std::vector<Quote> out;
  if (forms_.empty()) return out;
  SpeakerReader speakers(t, actors, {titles_, person_refs_, org_refs_});
  size_t paragraph = 0;  // start of the paragraph being read

  // The first cue outside quote marks in [begin, end) followed by
  // punctuation, a quote mark or the end.
  auto find_cue = [&](size_t begin, size_t end) -> std::optional<Cue> {
    int depth = 0;
    for (size_t i = begin; i < end; i += CharLen(t, i)) {
      if (IsOpen(t, i)) ++depth;
      if (IsClose(t, i)) depth = std::max(0, depth - 1);
      if (depth > 0 || !IsIdeograph(t, i)) continue;
      for (const CueVerb& f : forms_) {
        if (!At(t, i, f.form)) continue;
        const size_t next = i + f.form.size();
        if (next >= end || IsComma(t, next) || IsColon(t, next) ||
            IsOpen(t, next) || IsStop(t, next)) {
          return Cue{{i, next}, &f};
        }
      }
    }
    return std::nullopt;
  };
  auto emit = [&](Span content, QuoteKind kind, const Cue& cue, Span who,
                  const char* rule) {
    // A trailing comma is not part of the quote; a final 。 is.
    while (content.end >= content.start + 3 && IsComma(t, content.end - 3)) {
      content.end -= 3;
    }
    if (content.empty()) return;
    Quote q;
    q.text = std::string(t.substr(content.start, content.size()));
    q.span = content;
    q.kind = kind;
    q.cue = cue.verb->form;
    if (auto s = speakers.Read(paragraph, who.start, who.end)) {
      q.speaker = s->name;
      q.speaker_mention = std::string(t.substr(s->span.start, s->span.size()));
      q.speaker_span = s->span;
    }
    q.rule = rule;
    out.push_back(std::move(q));
  };

  for (const Span& p : paragraphs) {
    if (!HasCjkIdeograph(t.substr(p.start, p.size()))) continue;
    paragraph = p.start;
    for (const Span& s : Sentences(t, p.start, p.end)) {
      // “Q，”SPEAKER CUE。
      if (IsOpen(t, s.start)) {
        const size_t close = MatchingClose(t, s.start, s.end);
        if (close == std::string_view::npos) continue;
        size_t after = close + 3;
        if (after < s.end && IsComma(t, after)) after += CharLen(t, after);
        const auto cue = find_cue(after, s.end);
        if (cue && (cue->span.end >= s.end || IsStop(t, cue->span.end))) {
          emit({s.start + 3, close}, QuoteKind::kDirect, *cue,
               {after, cue->span.start}, "cjk.direct_after");
        }
        continue;
      }
      const auto cue = find_cue(s.start, s.end);
      if (!cue) continue;
      // The speaker is in the clause just before the cue.
      size_t who = s.start;
      for (size_t i = s.start; i < cue->span.start; i += CharLen(t, i)) {
        if (IsComma(t, i)) who = i + CharLen(t, i);
      }
      size_t at = cue->span.end;
      const bool punct = at < s.end && (IsComma(t, at) || IsColon(t, at));
      if (punct) at += CharLen(t, at);
      if (at < s.end && IsOpen(t, at)) {
        const size_t close = MatchingClose(t, at, s.end);
        if (close == std::string_view::npos) continue;
        emit({at + 3, close}, QuoteKind::kDirect, *cue, {who, cue->span.start},
             "cjk.direct");
        continue;
      }
      if (!punct) continue;
      size_t end = s.end;
      while (end > at && t[end - 1] == ' ') --end;
      while (end >= at + 3 && IsStop(t, end - 3)) end -= 3;
      bool marks = false;
      for (size_t i = at; i < end; i += CharLen(t, i)) marks |= IsOpen(t, i);
      if (marks) continue;  // a partial quote inside: not handled here
      emit({at, end}, QuoteKind::kIndirect, *cue, {who, cue->span.start},
           "cjk.indirect");
    }
  }
  return out;
}

}  // namespace whosaid::nlp
