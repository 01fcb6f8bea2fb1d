#include "store/fingerprint.h"

#include <gtest/gtest.h>

#include "tests/store/store_fixtures.h"

namespace whosaid::store {
namespace {

double Sim(const std::string& a, const std::string& b) {
  return Similarity(ComputeFingerprint(a), ComputeFingerprint(b));
}

TEST(Fingerprint, SameTextSameSignature) {
  const std::string text = testing::WireStory();
  EXPECT_EQ(Sim(text, text), 1.0);
  EXPECT_TRUE(ComputeFingerprint(text).usable());
}

TEST(Fingerprint, ReprintWithSmallEditsIsNear) {
  const std::string text = testing::WireStory();
  // A dateline and a credit line added, case and punctuation changed.
  const std::string reprint = "MARLOW (Wire) — " + text + " (Reporting by staff.)";
  EXPECT_GE(Sim(text, reprint), kMinSimilarity);
  // Near signatures share at least one band key.
  const auto a = ComputeFingerprint(text).BandKeys();
  const auto b = ComputeFingerprint(reprint).BandKeys();
  int shared = 0;
  for (int i = 0; i < kLshBands; ++i) shared += a[i] == b[i];
  EXPECT_GT(shared, 0);
}

TEST(Fingerprint, DifferentTextsAreFar) {
  const std::string b =
      "The city council approved a new budget for road repairs on Monday "
      "after a long debate about bus lanes, parking fees and the cost of "
      "resurfacing the old harbour bridge, which engineers said needed work "
      "within two years. Council members also voted to extend library hours "
      "during the winter and to review the contract for street lighting, "
      "which several residents described as poorly maintained.";
  EXPECT_LT(Sim(testing::WireStory(), b), 0.2);
}

TEST(Fingerprint, ShortTextIsNotUsable) {
  EXPECT_FALSE(ComputeFingerprint("Too short to judge.").usable());
  EXPECT_EQ(ComputeFingerprint("").shingles, 0u);
}

TEST(Fingerprint, BlobRoundTrip) {
  const Fingerprint fp = ComputeFingerprint(testing::WireStory());
  Fingerprint back;
  ASSERT_TRUE(Fingerprint::FromBlob(fp.ToBlob(), &back));
  EXPECT_EQ(back.minhash, fp.minhash);
  EXPECT_FALSE(Fingerprint::FromBlob("short", &back));
}

}  // namespace
}  // namespace whosaid::store
