#include "cli/output.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <iostream>

namespace whosaid::cli {
namespace {

nlohmann::json QuantityJson(const nlp::Quantity& q) {
  return {{"text", q.text},   {"kind", nlp::QuantityKindName(q.kind)},
          {"value", q.value}, {"unit", q.unit},
          {"start", q.span.start}, {"end", q.span.end}};
}

nlohmann::json OptionalString(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

// Cells as display cells: control characters become spaces, and long cells
// are cut at `max_width` code points.
std::string Clean(std::string_view s, size_t max_width, size_t* width) {
  std::string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  size_t w = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (w + 1 > max_width && i < n) {
      out += "…";
      ++w;
      break;
    }
    if (c < 0 || u_iscntrl(c)) {
      out += ' ';
    } else {
      out.append(s.data() + start, i - start);
    }
    const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    w += (c >= 0 && (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH)) ? 2 : 1;
  }
  *width = w;
  return out;
}

}  // namespace

nlohmann::json AnalysisToJson(const nlp::Document& doc,
                              const nlp::Analysis& analysis, bool with_text) {
  nlohmann::json j;
  j["id"] = doc.id;
  j["url"] = doc.url;
  j["title"] = doc.title;
  j["published"] = doc.published ? nlohmann::json(doc.published->ToIso8601())
                                 : nlohmann::json(nullptr);
  j["authors"] = doc.authors;
  j["language"] = doc.language;
  j["kind"] = nlp::DocumentKindName(doc.kind);
  if (!doc.canonical_url.empty()) j["canonical_url"] = doc.canonical_url;
  if (doc.modified) j["modified"] = doc.modified->ToIso8601();
  if (!doc.account_owner.empty()) j["account_owner"] = doc.account_owner;
  if (!doc.source.empty()) j["source"] = doc.source;
  if (with_text) j["text"] = analysis.text;
  // Block kinds (heading, blockquote, ...) when their spans still fit the
  // text, i.e. when normalisation changed nothing.
  if (with_text && !doc.blocks.empty() && analysis.text == doc.text) {
    nlohmann::json blocks = nlohmann::json::array();
    for (const nlp::Block& b : doc.blocks) {
      blocks.push_back({{"kind", nlp::BlockKindName(b.kind)},
                        {"start", b.span.start},
                        {"end", b.span.end}});
    }
    j["blocks"] = std::move(blocks);
  }
  nlohmann::json actors = nlohmann::json::array();
  for (const auto& a : analysis.actors) {
    actors.push_back({{"name", a.name},
                      {"kind", nlp::ActorKindName(a.kind)},
                      {"role", a.role},
                      {"affiliation", a.affiliation},
                      {"known", a.known},
                      {"mentions", a.mentions.size()}});
  }
  j["actors"] = std::move(actors);
  nlohmann::json quotes = nlohmann::json::array();
  for (const auto& q : analysis.quotes) {
    quotes.push_back({{"text", q.text},
                      {"kind", nlp::QuoteKindName(q.kind)},
                      {"speaker", OptionalString(q.speaker)},
                      {"speaker_mention", q.speaker_mention},
                      {"cue", q.cue},
                      {"start", q.span.start},
                      {"end", q.span.end},
                      {"rule", q.rule},
                      {"topics", q.topics},
                      {"topic_rules", q.topic_rules}});
  }
  j["quotes"] = std::move(quotes);
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& c : analysis.claims) {
    nlohmann::json qs = nlohmann::json::array();
    for (const auto& q : c.quantities) qs.push_back(QuantityJson(q));
    claims.push_back({{"holder", OptionalString(c.holder)},
                      {"text", c.text},
                      {"start", c.span.start},
                      {"end", c.span.end},
                      {"cue", c.cue},
                      {"modality", nlp::ModalityName(c.modality)},
                      {"negated", c.negated},
                      {"quantities", std::move(qs)},
                      {"topics", c.topics},
                      {"rule", c.rule},
                      {"topic_rules", c.topic_rules}});
  }
  j["claims"] = std::move(claims);
  nlohmann::json quantities = nlohmann::json::array();
  for (const auto& q : analysis.quantities) quantities.push_back(QuantityJson(q));
  j["quantities"] = std::move(quantities);
  j["topics"] = analysis.topics;
  j["repaired_bytes"] = analysis.repaired_bytes;
  return j;
}

void WriteTable(std::ostream& out, const Rows& rows, size_t max_width) {
  std::vector<std::vector<std::pair<std::string, size_t>>> cells;
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    auto& line = cells.emplace_back();
    for (size_t c = 0; c < row.size(); ++c) {
      size_t w = 0;
      line.emplace_back(Clean(row[c], max_width, &w), w);
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], w);
    }
  }
  for (const auto& line : cells) {
    std::string text;
    for (size_t c = 0; c < line.size(); ++c) {
      text += line[c].first;
      if (c + 1 < line.size()) text += std::string(widths[c] - line[c].second + 2, ' ');
    }
    out << text << '\n';
  }
}

void WriteCsv(std::ostream& out, const Rows& rows) {
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      std::string cell = row[c];
      if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' ||
                            cell[0] == '-' || cell[0] == '@')) {
        cell = "'" + cell;
      }
      if (cell.find_first_of(",\"\r\n") != std::string::npos) {
        std::string quoted = "\"";
        for (char ch : cell) {
          if (ch == '"') quoted += '"';
          quoted += ch;
        }
        cell = quoted + "\"";
      }
      out << cell << (c + 1 < row.size() ? "," : "");
    }
    out << "\r\n";
  }
}

void StderrReporter::Report(std::string_view item, size_t offset,
                            std::string_view reason) {
  ++count_;
  std::cerr << "whosaid: " << item;
  if (offset > 0) std::cerr << " (byte " << offset << ")";
  std::cerr << ": " << reason << '\n';
}

}  // namespace whosaid::cli
