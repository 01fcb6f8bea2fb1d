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

TEST(MainTextDebug, SwitchesFollowTheEnvironment) {
  unsetenv("WHOSAID_DEBUG_MAIN");
  unsetenv("WHOSAID_NO_ARTICLE");
  EXPECT_FALSE(MainTextDebug());
  EXPECT_FALSE(ArticleSignalDisabled());
  {
    ScopedEnv debug("WHOSAID_DEBUG_MAIN");
    EXPECT_TRUE(MainTextDebug());
    EXPECT_FALSE(ArticleSignalDisabled());
  }
  {
    ScopedEnv no_article("WHOSAID_NO_ARTICLE");
    EXPECT_FALSE(MainTextDebug());
    EXPECT_TRUE(ArticleSignalDisabled());
  }
  EXPECT_FALSE(MainTextDebug());
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
