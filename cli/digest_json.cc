#include "cli/digest_json.h"

namespace whosaid::cli {
namespace {

using nlohmann::json;

json Quantities(const std::vector<DigestQuantity>& quantities) {
  json out = json::array();
  for (const DigestQuantity& q : quantities) {
    out.push_back({{"text", q.text}, {"kind", q.kind}, {"value", q.value},
                   {"unit", q.unit}});
  }
  return out;
}

json Claim(const DigestClaim& c) {
  return {{"holder", c.holder.empty() ? json(nullptr) : json(c.holder)},
          {"text", c.text},
          {"modality", c.modality},
          {"negated", c.negated},
          {"topics", c.topics},
          {"quantities", Quantities(c.quantities)},
          {"source", c.source},
          {"url", c.url},
          {"published", c.published}};
}

json Quote(const DigestQuote& q) {
  return {{"text", q.text},       {"kind", q.kind},
          {"topics", q.topics},   {"source", q.source},
          {"url", q.url},         {"published", q.published},
          {"title", q.title},     {"outlets", q.outlets},
          {"repeated", q.repeated}};
}

json Chart(const DayChart& chart) {
  json rows = json::array();
  for (size_t k = 0; k < chart.keys.size(); ++k) {
    rows.push_back({{"key", chart.keys[k]}, {"counts", chart.counts[k]}});
  }
  return {{"days", chart.days}, {"series", rows}, {"others", chart.others}};
}

}  // namespace

json DigestToJson(const Digest& d) {
  json sources = json::array();
  for (const DigestSource& s : d.sources) {
    json docs = json::array();
    for (const DigestDocument& doc : s.documents) {
      docs.push_back({{"title", doc.title}, {"url", doc.url},
                      {"published", doc.published}, {"kind", doc.kind}});
    }
    sources.push_back({{"name", s.name}, {"documents", docs}});
  }
  json actors = json::array();
  for (const DigestActor& a : d.actors) {
    json quotes = json::array();
    for (const DigestQuote& q : a.quotes) quotes.push_back(Quote(q));
    json claims = json::array();
    for (const DigestClaim& c : a.claims) claims.push_back(Claim(c));
    actors.push_back({{"name", a.name}, {"first_time", a.first_time},
                      {"quotes", quotes}, {"claims", claims}});
  }
  json quantified = json::array();
  for (const DigestClaim& c : d.quantified_claims) quantified.push_back(Claim(c));
  json topics = json::array();
  for (const TopicCount& t : d.top_topics) {
    topics.push_back({{"topic", t.topic}, {"quotes", t.quotes},
                      {"claims", t.claims}, {"documents", t.documents}});
  }
  json coverage = json::array();
  for (const CoverageNote& n : d.coverage) {
    coverage.push_back({{"source", n.source}, {"problem", n.problem},
                        {"attempts", n.attempts}, {"failures", n.failures},
                        {"last_error", n.last_error}});
  }
  return {
      {"period", {{"since", d.since}, {"until", d.until}}},
      {"filters", {{"topic", d.topic.empty() ? json(nullptr) : json(d.topic)},
                   {"actor", d.actor.empty() ? json(nullptr) : json(d.actor)}}},
      {"totals", {{"documents", d.documents}, {"quotes", d.quotes},
                  {"claims", d.claims}}},
      {"sources", sources},
      {"actors", actors},
      {"moved", {{"new_actors", d.new_actors},
                 {"quantified_claims", quantified},
                 {"top_topics", topics}}},
      {"charts", {{"quotes_per_actor", Chart(d.quotes_per_actor)},
                  {"topics_per_day", Chart(d.topics_per_day)}}},
      {"coverage", {{"configured_sources", d.configured_sources},
                    {"gaps", coverage}}},
  };
}

void WriteDigestJson(std::ostream& out, const Digest& digest) {
  out << DigestToJson(digest).dump(2, ' ', false,
                                   nlohmann::json::error_handler_t::replace)
      << '\n';
}

}  // namespace whosaid::cli
