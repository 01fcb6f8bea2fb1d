// Builders for documents and analyses used by the store tests, and a
// one-shot query of a store file.

#ifndef WHOSAID_TESTS_STORE_STORE_FIXTURES_H_
#define WHOSAID_TESTS_STORE_STORE_FIXTURES_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/document.h"

namespace whosaid::store::testing {

// The first column of the first row of `sql` run on the store file at
// `path` (opened and closed for this one query), or -1 when there is none.
inline int64_t Scalar(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

inline nlp::Document Doc(const std::string& id, const std::string& published,
                         const std::string& text, const std::string& source = "") {
  nlp::Document d;
  d.id = id;
  d.url = "https://example.org/" + id;
  d.title = "Title " + id;
  d.source = source;
  d.published = nlp::ParseIso8601(published);
  d.text = text;
  return d;
}

inline nlp::Quote MakeQuote(const std::string& text, const std::string& speaker,
                            nlp::QuoteKind kind = nlp::QuoteKind::kDirect,
                            std::vector<std::string> topics = {}) {
  nlp::Quote q;
  q.text = text;
  q.span = {0, text.size()};
  if (!speaker.empty()) q.speaker = speaker;
  q.kind = kind;
  q.cue = "said";
  q.topics = std::move(topics);
  return q;
}

// An analysis of `text` with the given quotes; each named speaker becomes a
// person mentioned once at the start of the text.
inline nlp::Analysis Analysis(const std::string& text,
                              std::vector<nlp::Quote> quotes) {
  nlp::Analysis a;
  a.text = text;
  for (const nlp::Quote& q : quotes) {
    if (q.speaker) {
      a.actors.push_back({*q.speaker, nlp::ActorKind::kPerson, "", "", false,
                          {{0, std::min<size_t>(text.size(), 4)}}});
    }
  }
  a.quotes = std::move(quotes);
  return a;
}

// About 120 words of invented wire copy about a fictional trade round.
inline std::string WireStory() {
  return "Negotiators from both delegations met for a third day in the "
         "coastal city of Marlow on Tuesday, trading proposals on farm "
         "purchases, tariff schedules and licensing rules for industrial "
         "magnets. The talks, which began after months of stalled contacts, "
         "were described by officials on both sides as businesslike and "
         "detailed. Trade envoy Dana Whitlock told reporters that the "
         "delegations had narrowed their differences on soybean volumes but "
         "remained apart on the timing of tariff relief. A spokesperson for "
         "the commerce council said technical teams would continue working "
         "through the night and that a joint statement could follow later in "
         "the week. Analysts at several banks said markets would watch for any "
         "sign of a timetable for the removal of duties on consumer goods, "
         "which have weighed on retailers for more than a year.";
}

}  // namespace whosaid::store::testing

#endif  // WHOSAID_TESTS_STORE_STORE_FIXTURES_H_
