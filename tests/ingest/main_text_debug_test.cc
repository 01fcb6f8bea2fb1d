#include "ingest/main_text_debug.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <string>

#include "ingest/html_dom.h"
#include "ingest/main_text.h"

namespace whosaid::ingest {
namespace {

// Sets an environment variable for the scope, and unsets it after.
class ScopedEnv {
 public:
  explicit ScopedEnv(const char* name) : name_(name) {
    setenv(name_, "1", /*overwrite=*/1);
  }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

TEST(MainTextDebug, SwitchFollowsTheEnvironment) {
  unsetenv("WHOSAID_DEBUG_MAIN");
  EXPECT_FALSE(MainTextDebug());
  {
    ScopedEnv debug("WHOSAID_DEBUG_MAIN");
    EXPECT_TRUE(MainTextDebug());
  }
  EXPECT_FALSE(MainTextDebug());
}

// The <article> signal used to have an off switch (WHOSAID_NO_ARTICLE) for
// measuring it; library code no longer reads it, so it changes nothing.
TEST(MainTextDebug, NoArticleSwitchIsGone) {
  const std::string html =
      "<html><body><div id=wrap><article><p>Negotiators from both sides met "
      "for three days in Geneva, officials said, and agreed on a framework "
      "for further purchases.</p><p>The talks resume in spring.</p>"
      "</article></div></body></html>";
  HtmlDocPtr plain_doc = ParseHtml(html);
  ASSERT_TRUE(plain_doc);
  const MainText plain = ExtractMainText(plain_doc.get(), "");
  EXPECT_EQ(plain.method, "article");
  HtmlDocPtr switched_doc = ParseHtml(html);
  ASSERT_TRUE(switched_doc);
  ScopedEnv no_article("WHOSAID_NO_ARTICLE");
  const MainText switched = ExtractMainText(switched_doc.get(), "");
  EXPECT_EQ(switched.text, plain.text);
  EXPECT_EQ(switched.method, plain.method);
}

TEST(MainTextDebug, DiagnosticsGoToStderrAndLeaveTheTextAlone) {
  const std::string html =
      "<html><body><div class=sidebar><p>Menu</p></div><div id=story><p>"
      "Negotiators from both sides met for three days in Geneva, officials "
      "said, and agreed on a framework for further purchases.</p></div>"
      "</body></html>";
  unsetenv("WHOSAID_DEBUG_MAIN");
  HtmlDocPtr quiet_doc = ParseHtml(html);
  ASSERT_TRUE(quiet_doc);
  testing::internal::CaptureStderr();
  const MainText quiet = ExtractMainText(quiet_doc.get(), "");
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");

  HtmlDocPtr debug_doc = ParseHtml(html);
  ASSERT_TRUE(debug_doc);
  ScopedEnv debug("WHOSAID_DEBUG_MAIN");
  testing::internal::CaptureStderr();
  const MainText loud = ExtractMainText(debug_doc.get(), "");
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("hint-drop div.sidebar#"), std::string::npos) << err;
  EXPECT_NE(err.find("chosen[density] div.#story"), std::string::npos) << err;
  EXPECT_EQ(loud.text, quiet.text);
  EXPECT_EQ(loud.method, quiet.method);
}

}  // namespace
}  // namespace whosaid::ingest
