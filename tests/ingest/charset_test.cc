#include "ingest/charset.h"

#include <gtest/gtest.h>

namespace whosaid::ingest {
namespace {

TEST(CharsetForLabel, WhatwgMapping) {
  struct Case {
    const char* label;
    const char* charset;
  } cases[] = {
      {"utf-8", "UTF-8"},          {" UTF8 ", "UTF-8"},
      {"iso-8859-1", "windows-1252"}, {"US-ASCII", "windows-1252"},
      {"latin1", "windows-1252"},  {"gb2312", "GB18030"},
      {"GBK", "GB18030"},          {"shift_jis", "windows-31j"},
      {"euc-kr", "windows-949"},   {"iso-8859-2", "ISO-8859-2"},
      {"iso-8859-9", "windows-1254"}, {"windows-1251", "windows-1251"},
      {"koi8-r", "KOI8-R"},        {"\"big5\"", "Big5-HKSCS"},
      {"x-user-defined", ""},      {"no-such-charset", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CharsetForLabel(c.label), c.charset) << c.label;
  }
}

TEST(DeclaredCharset, MetaHttpEquivAndXml) {
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"gb2312\">"), "gb2312");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=ISO-8859-1\">"),
            "ISO-8859-1");
  EXPECT_EQ(DeclaredCharset("<?xml version=\"1.0\" encoding='windows-1251'?><rss>"),
            "windows-1251");
  EXPECT_EQ(DeclaredCharset("<html><body>no declaration</body></html>"), "");
}

TEST(DecodeToUtf8, PrecedenceBomHttpDeclaredDetected) {
  // BOM beats everything.
  DecodedText d = DecodeToUtf8("\xEF\xBB\xBFh\xC3\xA9", "iso-8859-1");
  EXPECT_EQ(d.utf8, "h\xC3\xA9");
  EXPECT_EQ(d.source, CharsetSource::kBom);
  // UTF-16 with a BOM.
  d = DecodeToUtf8(std::string("\xFF\xFEh\0i\0", 6));
  EXPECT_EQ(d.utf8, "hi");
  // The HTTP charset beats the page's declaration.
  d = DecodeToUtf8("<meta charset=utf-8>caf\xE9", "iso-8859-1");
  EXPECT_EQ(d.utf8, "<meta charset=utf-8>caf\xC3\xA9");
  EXPECT_EQ(d.source, CharsetSource::kHttp);
  EXPECT_EQ(d.encoding, "windows-1252");
  // A declared latin1 page: 0x93/0x94 are curly quotes in windows-1252.
  d = DecodeToUtf8("<meta charset=iso-8859-1>\x93Hi\x94");
  EXPECT_EQ(d.utf8, "<meta charset=iso-8859-1>\xE2\x80\x9CHi\xE2\x80\x9D");
  EXPECT_EQ(d.source, CharsetSource::kDeclared);
  // GB2312 declared, decoded as GB18030.
  d = DecodeToUtf8("<meta charset=gb2312>\xD6\xD0\xB9\xFA");
  EXPECT_EQ(d.utf8, "<meta charset=gb2312>\xE4\xB8\xAD\xE5\x9B\xBD");  // 中国
  // Nothing declared, valid UTF-8.
  d = DecodeToUtf8("plain \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(d.source, CharsetSource::kUtf8Valid);
  EXPECT_EQ(d.replaced, 0u);
}

TEST(DecodeToUtf8, DetectorReadsUndeclaredLegacyText) {
  // Windows-1251 Russian, long enough for the detector.
  const std::string cp1251 =
      "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xF1\xEA\xE0\xE7\xE0\xEB, "
      "\xF7\xF2\xEE \xF2\xE0\xF0\xE8\xF4\xFB \xE1\xF3\xE4\xF3\xF2 "
      "\xF1\xED\xE8\xE6\xE5\xED\xFB \xE2 \xF1\xEB\xE5\xE4\xF3\xFE\xF9\xE5\xEC "
      "\xE3\xEE\xE4\xF3. \xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xF1\xEA\xE0\xE7"
      "\xE0\xEB, \xF7\xF2\xEE \xF2\xE0\xF0\xE8\xF4\xFB \xE1\xF3\xE4\xF3\xF2.";
  DecodedText d = DecodeToUtf8(cp1251);
  EXPECT_EQ(d.source, CharsetSource::kDetected);
  EXPECT_NE(d.utf8.find("\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7"), std::string::npos)
      << d.encoding;  // "През"
}

TEST(DecodeToUtf8, InvalidBytesBecomeReplacementAndAreCounted) {
  DecodedText d = DecodeToUtf8("<meta charset=utf-8>a\xFF" "b\xC3", "");
  EXPECT_EQ(d.utf8, "<meta charset=utf-8>a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(d.replaced, 2u);
  // Shift_JIS with a truncated double-byte character.
  d = DecodeToUtf8("abc\x82", "shift_jis");
  EXPECT_EQ(d.replaced, 1u);
  EXPECT_EQ(d.utf8, "abc\xEF\xBF\xBD");
}

TEST(RepairUtf8, ReplacesEachBadSequence) {
  std::string s = "ok\x80\x80 \xE2\x82";
  EXPECT_EQ(RepairUtf8(s), 3u);
  EXPECT_EQ(s, "ok\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD");
  std::string good = "fine \xE2\x82\xAC";
  EXPECT_EQ(RepairUtf8(good), 0u);
}

}  // namespace
}  // namespace whosaid::ingest
