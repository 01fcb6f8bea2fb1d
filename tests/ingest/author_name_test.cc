#include "ingest/author_name.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(CleanAuthorName, TakesOffWhatBylinesPutAroundAName) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Bryan DeArdo @BryanDeArdo", "Bryan DeArdo"},
      {"Jeff Foust Monday", "Jeff Foust"},
      {"Tom Davies Associated Press", "Tom Davies"},
      {"ERIC TUCKER Associated Press", "Eric Tucker"},
      {"Kevin McCoy USA TODAY", "Kevin McCoy"},
      {"TOM KRISHER", "Tom Krisher"},
      {"MARY CLARE JALONICK", "Mary Clare Jalonick"},
      {"SHANNON O'NEIL", "Shannon O'Neil"},
      // Names and bodies as they are.
      {"Ana Swanson", "Ana Swanson"},
      {"The Associated Press", "The Associated Press"},
      {"Reuters", "Reuters"},
      {"PTI", "PTI"},
      {"HNN Staff", "HNN Staff"},
      {"Sarah E. Needleman", "Sarah E. Needleman"},
      {"Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn"},
  };
  for (const auto& [item, want] : kCases) {
    EXPECT_EQ(CleanAuthorName(item).value_or("(none)"), want) << item;
  }
}

TEST(CleanAuthorName, RefusesWhatNamesNobody) {
  for (const char* item : {"RDN", "MS", "PhD", "admin", "jdadmin", "Name *",
                           "Nama (wajib)", "  "}) {
    EXPECT_FALSE(CleanAuthorName(item)) << item;
  }
}

}  // namespace
}  // namespace whosaid::ingest
