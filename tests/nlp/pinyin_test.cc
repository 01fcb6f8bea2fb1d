#include "nlp/pinyin.h"

#include <gtest/gtest.h>

namespace whosaid::nlp {
namespace {

TEST(IsPinyinWord, GivenNamesOfOneToThreeSyllables) {
  for (const char* word : {"Weiwen", "Jianxiong", "Yadong", "Lifeng", "Xiong",
                           "Zhuang", "Er", "yongqian", "Shuangyang"}) {
    EXPECT_TRUE(IsPinyinWord(word)) << word;
  }
}

TEST(IsPinyinWord, EnglishWordsAfterAPronounAreNot) {
  for (const char* word : {"Said", "Also", "Has", "Will", "Told", "Smith",
                           "Trump", "", "Wei-wen", "Zhangzhangzhangzhang"}) {
    EXPECT_FALSE(IsPinyinWord(word)) << word;
  }
}

TEST(IsSurnameHeName, OnlyHeBeforePinyin) {
  EXPECT_TRUE(IsSurnameHeName("He", "Weiwen"));
  EXPECT_FALSE(IsSurnameHeName("He", "Said"));
  EXPECT_FALSE(IsSurnameHeName("She", "Ying"));
  EXPECT_FALSE(IsSurnameHeName("he", "Weiwen"));
}

}  // namespace
}  // namespace whosaid::nlp
