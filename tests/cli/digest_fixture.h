// The fixed store the digest tests render: a handful of invented documents
// from fictional outlets and people, written through Store::Put, with
// configured sources and a fetch log so that every part of a digest has
// something to show. One document is hostile: its title, URL and quote carry
// markup, a script, an event handler and a javascript: link.

#ifndef WHOSAID_TESTS_CLI_DIGEST_FIXTURE_H_
#define WHOSAID_TESTS_CLI_DIGEST_FIXTURE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/digest_builder.h"
#include "nlp/analysis.h"
#include "nlp/document.h"
#include "store/store.h"

namespace whosaid::cli::testing {

// The quote of the hostile document, verbatim.
inline const char* kHostileQuote =
    "Nothing to see <script>document.title='pwned'</script> here "
    "<img src=x onerror=\"document.body.appendChild("
    "document.createElement('marquee'))\"> [click](javascript:alert(2))";

struct FixtureQuote {
  std::string text;
  std::optional<std::string> speaker;
  std::vector<std::string> topics;
  nlp::QuoteKind kind = nlp::QuoteKind::kDirect;
};

struct FixtureClaim {
  std::string holder;
  std::string text;
  nlp::Modality modality = nlp::Modality::kAsserted;
  std::vector<std::string> topics;
  std::vector<nlp::Quantity> quantities;
};

struct FixtureDoc {
  std::string id;
  std::string source;
  std::string url;
  std::string title;
  std::string published;
  nlp::DocumentKind kind = nlp::DocumentKind::kNews;
  std::vector<FixtureQuote> quotes;
  std::vector<FixtureClaim> claims;
};

// The analysis of `d`: a text holding every quote and claim, the named
// speakers and holders as actors, spans pointing at each quote and claim.
inline nlp::Analysis FixtureAnalysis(const FixtureDoc& d) {
  nlp::Analysis a;
  auto add_actor = [&a](const std::string& name, size_t at) {
    for (auto& actor : a.actors) {
      if (actor.name == name) return;
    }
    a.actors.push_back({name, nlp::ActorKind::kPerson, "", "", true,
                        {{at, at + name.size()}}});
  };
  for (const FixtureQuote& fq : d.quotes) {
    nlp::Quote q;
    q.text = fq.text;
    q.speaker = fq.speaker;
    q.topics = fq.topics;
    q.kind = fq.kind;
    q.cue = "said";
    q.span = {a.text.size(), a.text.size() + fq.text.size()};
    a.text += fq.text + "\n\n";
    if (fq.speaker && fq.speaker->rfind("a ", 0) != 0) {
      add_actor(*fq.speaker, a.text.size());
      a.text += *fq.speaker + " said.\n\n";
    }
    a.quotes.push_back(std::move(q));
  }
  for (const FixtureClaim& fc : d.claims) {
    nlp::Claim c;
    c.holder = fc.holder;
    c.text = fc.text;
    c.modality = fc.modality;
    c.topics = fc.topics;
    c.quantities = fc.quantities;
    c.cue = "said";
    c.span = {a.text.size(), a.text.size() + fc.text.size()};
    a.text += fc.text + "\n\n";
    add_actor(fc.holder, a.text.size());
    a.text += fc.holder + " said.\n\n";
    a.claims.push_back(std::move(c));
  }
  if (a.text.empty()) a.text = d.title + "\n\n";
  return a;
}

inline std::vector<FixtureDoc> FixtureDocs() {
  using nlp::QuantityKind;
  return {
      {"old-talks", "Harbor Ledger", "https://ledger.example/old-talks",
       "Talks resume in Marlow", "2025-10-20T10:00:00Z", nlp::DocumentKind::kNews,
       {{"We will not be rushed", "Dana Whitlock", {"tariffs"}}}, {}},
      {"wire-soy", "Eastern Wire", "https://wire.example/soy?id=7&lang=en",
       "First soybean cargoes set to sail", "2025-11-03T14:30:00+08:00",
       nlp::DocumentKind::kWire,
       {{"The first cargoes leave this week", "Dana Whitlock", {"purchases"}}}, {}},
      {"soy-cargoes", "Harbor Ledger", "https://ledger.example/soy-cargoes",
       "Cargoes leave as talks go on", "2025-11-03T08:00:00Z",
       nlp::DocumentKind::kNews,
       {{"The first cargoes leave this week", "Dana Whitlock", {"purchases"}},
        {"We will not be rushed", "Dana Whitlock", {"tariffs"}}},
       {{"Dana Whitlock", "buyers will purchase 12 million tonnes of soybeans",
         nlp::Modality::kPlanned, {"purchases"},
         {{"12 million tonnes", {}, QuantityKind::kCount, 1.2e7, "tonnes"}}}}},
      {"notes", "", "/home/analyst/notes.txt", "Local notes",
       "2025-11-03T12:00:00Z", nlp::DocumentKind::kNews, {}, {}},
      {"ministry-brief", "Capital Bulletin",
       "https://bulletin.example/briefs/4", "Ministry briefing on tariff relief",
       "2025-11-04T09:15:00Z", nlp::DocumentKind::kOfficial,
       {{"Tariff relief must be reciprocal", "Mei Lan Zhou", {"tariffs"}},
        {"the licences will be reviewed case by case", "a senior official",
         {"export controls"}, nlp::QuoteKind::kIndirect}},
       {{"Mei Lan Zhou", "the tariff rate on machinery will fall to 10%",
         nlp::Modality::kPlanned, {"tariffs"},
         {{"10%", {}, QuantityKind::kPercent, 10, "%"}}},
        {"Mei Lan Zhou", "partners will invest $3 billion in battery plants",
         nlp::Modality::kAsserted, {"investment"},
         {{"$3 billion", {}, QuantityKind::kMoney, 3e9, "USD"}}}}},
      {"hostile", "Harbor Ledger", "javascript:alert(1)",
       "<b>Markets</b> & \"more\" <script>document.title='pwned'</script>",
       "2025-11-04T11:00:00Z", nlp::DocumentKind::kNews,
       {{kHostileQuote, "Ivo Brandt", {"tariffs"}}}, {}},
      {"after", "Eastern Wire", "https://wire.example/after", "After the period",
       "2025-11-06T09:00:00Z", nlp::DocumentKind::kWire,
       {{"Later words", "Dana Whitlock", {"tariffs"}}}, {}},
  };
}

// Fills a new store at `path` with the fixture. Returns the store, or the
// first error.
inline absl::StatusOr<std::unique_ptr<store::Store>> BuildFixtureStore(
    const std::string& path) {
  auto store = store::OpenSqliteStore(path);
  if (!store.ok()) return store.status();
  for (const char* name : {"Capital Bulletin", "Eastern Wire", "Harbor Ledger",
                           "Quiet Times", "Broken Feed"}) {
    absl::Status s = (*store)->RegisterSource(
        {name, std::string("https://") + name[0] + ".example/feed", "news"});
    if (!s.ok()) return s;
  }
  const store::FetchRecord fetches[] = {
      {"Capital Bulletin", "https://C.example/feed", "2025-11-04T10:00:00Z", "ok", 200, ""},
      {"Eastern Wire", "https://E.example/feed", "2025-11-03T10:00:00Z", "ok", 200, ""},
      {"Harbor Ledger", "https://H.example/feed", "2025-11-04T12:00:00Z", "ok", 200, ""},
      {"Quiet Times", "https://Q.example/feed", "2025-11-04T06:00:00Z", "not_modified", 304, ""},
      {"Broken Feed", "https://B.example/feed", "2025-11-03T06:00:00Z", "failed", 0,
       "connection timed out"},
      {"Broken Feed", "https://B.example/feed", "2025-11-04T06:00:00Z", "failed", 503,
       "HTTP 503 <b>Service Unavailable</b>"},
  };
  for (const store::FetchRecord& f : fetches) {
    if (absl::Status s = (*store)->LogFetch(f); !s.ok()) return s;
  }
  for (const FixtureDoc& fd : FixtureDocs()) {
    nlp::Document d;
    d.id = fd.id;
    d.source = fd.source;
    d.url = fd.url;
    d.title = fd.title;
    d.published = nlp::ParseIso8601(fd.published);
    d.kind = fd.kind;
    d.language = "en";
    nlp::Analysis a = FixtureAnalysis(fd);
    d.text = a.text;
    auto put = (*store)->Put(d, a);
    if (!put.ok()) return put.status();
  }
  return store;
}

// The digest options every golden uses: 3 and 4 November 2025 (UTC).
inline DigestOptions FixtureOptions() {
  DigestOptions o;
  o.period = *ResolvePeriod("2025-11-03", "2025-11-04", 0);
  return o;
}

}  // namespace whosaid::cli::testing

#endif  // WHOSAID_TESTS_CLI_DIGEST_FIXTURE_H_
