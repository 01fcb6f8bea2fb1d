// BuildDigest over the fixed store: grouping, crediting the earliest
// source, first-time actors, quantified claims, topics, charts, coverage and
// filters.

#include "cli/digest_builder.h"

#include <gtest/gtest.h>

#include "tests/cli/digest_fixture.h"
#include "tests/testutil/temp_dir.h"

namespace whosaid::cli {
namespace {

class DigestBuilder : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = testing::BuildFixtureStore(dir_.File("w.db"));
    ASSERT_TRUE(s.ok()) << s.status();
    store_ = std::move(*s);
  }
  Digest Build(DigestOptions options = testing::FixtureOptions()) {
    auto d = BuildDigest(*store_, options);
    EXPECT_TRUE(d.ok()) << d.status();
    return d.ok() ? *d : Digest{};
  }
  static const DigestActor* Find(const Digest& d, const std::string& name) {
    for (const DigestActor& a : d.actors) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }

  testutil::TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(DigestBuilder, GroupsThePeriodPerSourceAndPerActor) {
  const Digest d = Build();
  EXPECT_EQ(d.documents, 5);
  EXPECT_EQ(d.quotes, 5);
  EXPECT_EQ(d.claims, 3);
  std::vector<std::string> sources;
  for (const DigestSource& s : d.sources) sources.push_back(s.name);
  EXPECT_EQ(sources, (std::vector<std::string>{"(local files)", "Capital Bulletin",
                                               "Eastern Wire", "Harbor Ledger"}));
  std::vector<std::string> actors;
  for (const DigestActor& a : d.actors) actors.push_back(a.name);
  EXPECT_EQ(actors, (std::vector<std::string>{"Dana Whitlock", "Mei Lan Zhou",
                                              "Ivo Brandt", "a senior official"}));
}

TEST_F(DigestBuilder, CreditsTheEarliestSourceOnce) {
  const Digest d = Build();
  const DigestActor* whitlock = Find(d, "Dana Whitlock");
  ASSERT_NE(whitlock, nullptr);
  ASSERT_EQ(whitlock->quotes.size(), 2u);
  // Carried by two outlets; the wire had it 90 minutes earlier.
  const DigestQuote& cargoes = whitlock->quotes[0];
  EXPECT_EQ(cargoes.text, "The first cargoes leave this week");
  EXPECT_EQ(cargoes.source, "Eastern Wire");
  EXPECT_EQ(cargoes.outlets, 2);
  EXPECT_FALSE(cargoes.repeated);
  // Said before the period, carried again inside it.
  const DigestQuote& rushed = whitlock->quotes[1];
  EXPECT_TRUE(rushed.repeated);
  EXPECT_EQ(rushed.source, "Harbor Ledger");
  EXPECT_EQ(rushed.url, "https://ledger.example/old-talks");
}

TEST_F(DigestBuilder, ReportsWhatMoved) {
  const Digest d = Build();
  EXPECT_EQ(d.new_actors, (std::vector<std::string>{"Ivo Brandt", "Mei Lan Zhou"}));
  ASSERT_EQ(d.quantified_claims.size(), 3u);
  EXPECT_EQ(d.quantified_claims[0].quantities[0].text, "12 million tonnes");
  ASSERT_FALSE(d.top_topics.empty());
  EXPECT_EQ(d.top_topics[0].topic, "tariffs");
  EXPECT_EQ(d.top_topics[0].quotes, 3);
  EXPECT_EQ(d.top_topics[0].claims, 1);
}

TEST_F(DigestBuilder, ChartsEachDayOfThePeriod) {
  const Digest d = Build();
  EXPECT_EQ(d.quotes_per_actor.days,
            (std::vector<std::string>{"2025-11-03", "2025-11-04"}));
  ASSERT_FALSE(d.quotes_per_actor.keys.empty());
  EXPECT_EQ(d.quotes_per_actor.keys[0], "Dana Whitlock");
  EXPECT_EQ(d.quotes_per_actor.counts[0], (std::vector<int64_t>{2, 0}));
  EXPECT_EQ(d.topics_per_day.keys[0], "tariffs");
}

TEST_F(DigestBuilder, TellsFailureFromSilence) {
  const Digest d = Build();
  EXPECT_EQ(d.configured_sources, 5);
  ASSERT_EQ(d.coverage.size(), 2u);
  EXPECT_EQ(d.coverage[0].source, "Broken Feed");
  EXPECT_EQ(d.coverage[0].problem, "failed");
  EXPECT_EQ(d.coverage[0].failures, 2);
  EXPECT_EQ(d.coverage[1].source, "Quiet Times");
  EXPECT_EQ(d.coverage[1].problem, "silent");
}

TEST_F(DigestBuilder, FiltersByTopicAndActor) {
  DigestOptions by_topic = testing::FixtureOptions();
  by_topic.topic = "purchases";
  const Digest t = Build(by_topic);
  EXPECT_EQ(t.quotes, 1);
  EXPECT_EQ(t.claims, 1);
  EXPECT_EQ(t.documents, 2);  // the wire story and the ledger's claim

  DigestOptions by_actor = testing::FixtureOptions();
  by_actor.actor = "mei lan zhou";
  const Digest a = Build(by_actor);
  ASSERT_EQ(a.actors.size(), 1u);
  EXPECT_EQ(a.actors[0].name, "Mei Lan Zhou");
  EXPECT_EQ(a.documents, 1);
}

TEST_F(DigestBuilder, EmptyPeriodIsEmpty) {
  DigestOptions later = testing::FixtureOptions();
  later.period = *ResolvePeriod("2026-01-01", "2026-01-02", 0);
  const Digest d = Build(later);
  EXPECT_EQ(d.documents, 0);
  EXPECT_TRUE(d.actors.empty());
  EXPECT_TRUE(d.quotes_per_actor.keys.empty());
  EXPECT_EQ(d.quotes_per_actor.days.size(), 2u);
}

}  // namespace
}  // namespace whosaid::cli
