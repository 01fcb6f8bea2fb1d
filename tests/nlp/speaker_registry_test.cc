#include "nlp/speaker_registry.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::nlp {
namespace {

const std::string kText =
    "Trade Envoy Dana Whitlock met Lin Mei in Busan. Tomás Ibarra, a former "
    "trade negotiator, and Counternarcotics Coordinator Elise Marchetti "
    "joined the Office of the Trade Envoy team. Later, Whitlock and Lin spoke.";

TEST(SpeakerRegistry, ResolvesNames) {
  SpeakerRegistry r(kText, nullptr);
  const size_t end = kText.size();
  EXPECT_EQ(r.ResolveName("Whitlock", end), "Dana Whitlock");
  EXPECT_EQ(r.ResolveName("Envoy Whitlock", end), "Dana Whitlock");
  EXPECT_EQ(r.ResolveName("Lin", end), "Lin Mei");  // family name first
  EXPECT_EQ(r.ResolveName("Marchetti", end), "Elise Marchetti");
  EXPECT_EQ(r.ResolveName("Tomás Ibarra of Beacon Policy Group", end),
            "Tomás Ibarra");
  EXPECT_EQ(r.ResolveName("the Office of the Trade Envoy", end),
            "Office of the Trade Envoy");
  EXPECT_EQ(r.ResolveName("Keane", end), "Keane");  // never introduced
}

TEST(SpeakerRegistry, ResolvesLabels) {
  SpeakerRegistry r(kText, nullptr);
  EXPECT_EQ(r.ResolveLabel("MS. LIN"), "Lin Mei");
  EXPECT_EQ(r.ResolveLabel("SECRETARY WHITLOCK"), "Dana Whitlock");
  EXPECT_EQ(r.ResolveLabel("SENIOR ADMINISTRATION OFFICIAL"),
            "a senior administration official");
  EXPECT_EQ(r.ResolveLabel("MR. SMITH"), "Smith");
}

TEST(SpeakerRegistry, ResolvesRolesPronounsAndDescriptors) {
  SpeakerRegistry r(kText, nullptr);
  const size_t end = kText.size();
  SubjectPhrase envoy{PhraseKind::kRole, {}, "the envoy", "envoy", {}};
  EXPECT_EQ(r.Resolve(envoy, end).value_or(""), "Dana Whitlock");
  SubjectPhrase negotiator{PhraseKind::kRole, {}, "the negotiator", "negotiator", {}};
  EXPECT_EQ(r.Resolve(negotiator, end).value_or(""), "Tomás Ibarra");
  SubjectPhrase he{PhraseKind::kPronoun, {}, "he", "he", {},
                   PronounKind::kPerson};
  EXPECT_EQ(r.Resolve(he, kText.find("Later")).value_or(""), "Elise Marchetti");
  SubjectPhrase anon{PhraseKind::kDescriptor, {}, "A senior official", "official", {}};
  EXPECT_EQ(r.Resolve(anon, end).value_or(""), "a senior official");
  EXPECT_EQ(DescriptorFromLabel("OFFICIAL"), "an official");
}

}  // namespace
}  // namespace whosaid::nlp
