// Helpers shared by the main-text tests: find an element by id in a parsed
// page, and see a MainText as (text, kind) blocks.

#ifndef WHOSAID_TESTS_INGEST_MAIN_TEXT_TEST_UTIL_H_
#define WHOSAID_TESTS_INGEST_MAIN_TEXT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/html_dom.h"
#include "ingest/main_text.h"

namespace whosaid::ingest::testing {

using Blocks = std::vector<std::pair<std::string, nlp::BlockKind>>;

// The first element under the root of `doc` whose id is `id`, or nullptr.
inline xmlNode* ById(xmlDoc* doc, std::string_view id) {
  xmlNode* found = nullptr;
  WalkElements(xmlDocGetRootElement(doc), [&](xmlNode* n) {
    if (!found && AttrView(n, "id") == id) found = n;
    return !found;
  });
  return found;
}

// The blocks of `m` as text and kind, checking that the spans tile the text
// (blocks joined by one blank line).
inline Blocks Split(const MainText& m) {
  Blocks out;
  size_t at = 0;
  for (const nlp::Block& b : m.blocks) {
    EXPECT_EQ(b.span.start, at);
    out.emplace_back(m.text.substr(b.span.start, b.span.size()), b.kind);
    at = b.span.end + 2;
  }
  EXPECT_EQ(at, m.text.empty() ? 0 : m.text.size() + 2);
  return out;
}

}  // namespace whosaid::ingest::testing

#endif  // WHOSAID_TESTS_INGEST_MAIN_TEXT_TEST_UTIL_H_
