// Window values of quote keys: a fragment's probes always meet the windows
// (or the anchor) of the key that contains it.

#include "store/fragment_windows.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/text_keys.h"

namespace whosaid::store {
namespace {

bool InRange(int64_t v, const WindowRange& r) { return r.lo <= v && v <= r.hi; }

// What the index promises for a fragment `part` of `whole`.
void ExpectFound(const std::string& speaker, const std::string& part,
                 const std::string& whole) {
  ASSERT_TRUE(KeyIsFragmentOf(part, whole)) << part << " / " << whole;
  const std::vector<int64_t> windows = Windows(speaker, whole);
  for (const WindowRange& r : ContainingProbes(speaker, part)) {
    EXPECT_TRUE(std::any_of(windows.begin(), windows.end(),
                            [&](int64_t w) { return InRange(w, r); }))
        << "no window of \"" << whole << "\" for a probe of \"" << part << "\"";
  }
  const std::vector<int64_t> probes = ContainedProbes(speaker, whole);
  EXPECT_TRUE(std::binary_search(probes.begin(), probes.end(), Anchor(speaker, part)))
      << "anchor of \"" << part << "\" not among the probes of \"" << whole << "\"";
}

TEST(FragmentWindows, OneWindowPerWord) {
  EXPECT_EQ(Windows("ann", "a b c d e").size(), 5u);
  EXPECT_EQ(Windows("ann", "a b | c d | e").size(), 5u);
  EXPECT_TRUE(Windows("ann", "").empty());
  EXPECT_TRUE(ContainingProbes("ann", "").empty());
}

TEST(FragmentWindows, FragmentsOfEveryShapeAreFound) {
  const std::string whole =
      "this is a fair balanced deal for our farmers | and we will not be rushed";
  const char* parts[] = {
      "fair",                             // one word, shorter than a window
      "fair balanced",                    // two words
      "farmers",                          // last word of a segment
      "our farmers",                      // the cut-short window at a segment end
      "balanced deal for our farmers",    // longer than a window
      "this is a fair",                   // the start
      "fair | rushed",                    // short segments around an ellipsis
      "a fair | deal for | not be rushed",
      "this is a fair balanced deal for our farmers",  // a whole segment
      "farmers and",                      // not a fragment: spans the ellipsis
  };
  for (const char* part : parts) {
    if (KeyIsFragmentOf(part, whole)) {
      ExpectFound("dana whitlock", part, whole);
    } else {
      EXPECT_STREQ(part, "farmers and");
    }
  }
}

TEST(FragmentWindows, ValuesDependOnTheSpeaker) {
  EXPECT_NE(Windows("ann", "a b c"), Windows("bo", "a b c"));
  EXPECT_NE(Anchor("ann", "a b c"), Anchor("bo", "a b c"));
}

TEST(FragmentWindows, ShortSegmentGivesARangeOfOneSpeaker) {
  for (const char* speaker : {"ann", "bo", "dana whitlock", "omar reyes", "x"}) {
    const std::vector<WindowRange> one = ContainingProbes(speaker, "fair");
    ASSERT_EQ(one.size(), 1u);
    EXPECT_LT(one[0].lo, one[0].hi);
    // Both ends have the speaker's field, so the range keeps one sign.
    EXPECT_EQ(one[0].lo < 0, one[0].hi < 0) << speaker;
    const std::vector<WindowRange> full = ContainingProbes(speaker, "a fair deal");
    ASSERT_EQ(full.size(), 1u);
    EXPECT_EQ(full[0].lo, full[0].hi);
  }
}

TEST(FragmentWindows, TwoProbesWhenTheKeyAllows) {
  EXPECT_EQ(ContainingProbes("ann", "a b c d").size(), 2u);   // first and last window
  EXPECT_EQ(ContainingProbes("ann", "a b | c").size(), 2u);   // two segments
  EXPECT_EQ(ContainingProbes("ann", "a b c").size(), 1u);
}

TEST(FragmentWindows, AnchorStartsTheLongestSegment) {
  EXPECT_EQ(Anchor("ann", "x | a b c d"), Anchor("ann", "a b c"));
  EXPECT_EQ(Anchor("ann", "a b | c d"), Anchor("ann", "a b"));  // first of equals
  EXPECT_EQ(Anchor("ann", "a"), Anchor("ann", "a | y"));
}

}  // namespace
}  // namespace whosaid::store
