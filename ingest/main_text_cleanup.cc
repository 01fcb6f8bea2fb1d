#include "ingest/main_text_cleanup.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "nlp/ascii.h"
#include "re2/re2.h"

namespace whosaid::ingest {
namespace {

// "MS. LIN:", "THE PRESIDENT:" (see JoinSpeakerLabels).
bool IsSpeakerLabel(std::string_view t) {
  if (t.size() < 2 || t.size() > 60 || t.back() != ':') return false;
  size_t letters = 0, upper = 0;
  for (unsigned char c : t) {
    if (std::isalpha(c)) {
      ++letters;
      if (std::isupper(c)) ++upper;
    }
  }
  return letters > 0 && upper * 10 >= letters * 6;
}

}  // namespace

bool IsBoilerplateLine(std::string_view text) {
  std::string low = nlp::LowerAscii(text.substr(0, 60));
  while (!low.empty() && (low.back() == ':' || low.back() == '.')) {
    low.pop_back();
  }
  // Whole-line labels whose box was removed; "iklan" is Indonesian for
  // advertisement.
  // clang-format off
  static constexpr std::array<std::string_view, 24> kLines = {
      "advertisement",       "story continues below advertisement",
      "continue reading",    "continue reading the main story",
      "share",               "share this",
      "share this article",  "related",
      "read more",           "related articles",
      "sponsored",           "scroll to continue with content",
      "skip advertisement",  "supported by",
      "advert",              "iklan",
      "comments",            "comment",
      "you may also like",   "you might also like",
      "don't miss",          "topics",
      "more",                "tell us what you think"};
  // clang-format on
  if (text.size() > 60) return false;
  if (std::find(kLines.begin(), kLines.end(), low) != kLines.end()) {
    return true;
  }
  // A gallery's counter: "Image 3 of 5", "Photo 2/7".
  static const RE2* const kCounter = new RE2(
      R"((?:image|photo|picture|slide)\s+\d+\s*(?:of|/)\s*\d+)");
  return RE2::FullMatch(low, *kCounter);
}

void JoinSpeakerLabels(MainText& m) {
  bool any = false;
  for (size_t i = 0; i + 1 < m.blocks.size() && !any; ++i) {
    any = IsSpeakerLabel(std::string_view(m.text).substr(
        m.blocks[i].span.start, m.blocks[i].span.size()));
  }
  if (!any) return;
  MainText r;
  r.method = m.method;
  auto add = [&r](std::string_view label, std::string_view t,
                  nlp::BlockKind kind) {
    if (!r.text.empty()) r.text += "\n\n";
    const size_t start = r.text.size();
    r.text += label;
    r.text += t;
    r.blocks.push_back({{start, r.text.size()}, kind});
  };
  std::string label;
  nlp::BlockKind label_kind = nlp::BlockKind::kParagraph;
  for (size_t i = 0; i < m.blocks.size(); ++i) {
    const nlp::Block& b = m.blocks[i];
    const std::string_view t =
        std::string_view(m.text).substr(b.span.start, b.span.size());
    if (i + 1 < m.blocks.size() && IsSpeakerLabel(t)) {
      // A label with nothing after it but another label stays a block of
      // its own: nothing is dropped.
      if (!label.empty()) add("", label.substr(0, label.size() - 1), label_kind);
      label = std::string(t) + " ";
      label_kind = b.kind;
      continue;
    }
    add(label, t, label.empty() ? b.kind : nlp::BlockKind::kParagraph);
    label.clear();
  }
  m = std::move(r);
}

// Drops a leading heading that repeats the title, and headings left at the
// very end (a "Related" header whose list was removed).
void TrimHeadings(MainText& m, std::string_view title) {
  auto rebuild = [&m](size_t first, size_t last) {
    MainText r;
    r.method = m.method;
    for (size_t i = first; i < last; ++i) {
      const nlp::Block& b = m.blocks[i];
      if (!r.text.empty()) r.text += "\n\n";
      const size_t start = r.text.size();
      r.text.append(m.text, b.span.start, b.span.size());
      r.blocks.push_back({{start, r.text.size()}, b.kind});
    }
    m = std::move(r);
  };
  size_t first = 0;
  size_t last = m.blocks.size();
  // The headline, and the kicker or section label above it, belong to the
  // metadata, not the body.
  auto block_text = [&m](size_t i) {
    return std::string_view(m.text).substr(m.blocks[i].span.start,
                                           m.blocks[i].span.size());
  };
  for (size_t i = 0; i < last && i < 4 && !title.empty(); ++i) {
    const std::string_view t = block_text(i);
    // Some pages set the headline as a styled paragraph; then only an
    // exact repeat of the title gives it away.
    if (t == title || (m.blocks[i].kind == nlp::BlockKind::kHeading &&
                       t.size() >= 20 && title.find(t) == 0)) {
      first = i + 1;
      break;
    }
    if (t.size() > 80) break;
  }
  // A dateline set as a paragraph of its own above the text ("Published
  // November 20th, 2019 - 07:50 GMT", "05/10/2018 - Publicado por: ...")
  // is metadata too.
  static const RE2* const kDateline = new RE2(
      R"((?i)\b(?:published|updated|posted|publicado|publicada|publié|pubblicato|veröffentlicht)\b)");
  while (first < last && first < 4) {
    const std::string_view t = block_text(first);
    const bool digit = std::any_of(t.begin(), t.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (t.size() > 120 || !digit || !RE2::PartialMatch(t, *kDateline)) break;
    ++first;
  }
  while (last > first && m.blocks[last - 1].kind == nlp::BlockKind::kHeading) {
    --last;
  }
  if (first != 0 || last != m.blocks.size()) rebuild(first, last);
}

}  // namespace whosaid::ingest
