#include "ingest/language_id.h"

#include <gtest/gtest.h>

#include <string>

namespace whosaid::ingest {
namespace {

struct DetectCase {
  const char* text;
  const char* tag;
  const char* script;
};

TEST(DetectLanguage, ScriptsAndProfiles) {
  const DetectCase kCases[] = {
      {"The minister said on Tuesday that the agreement would be signed by "
       "the end of the year, and that both sides had made progress.",
       "en", "Latn"},
      {"Le ministre a déclaré mardi que l'accord serait signé avant la fin "
       "de l'année et que les deux parties avaient fait des progrès.",
       "fr", "Latn"},
      {"Der Minister sagte am Dienstag, dass das Abkommen bis zum Ende des "
       "Jahres unterzeichnet werden soll und die Gespräche auf einem guten "
       "Weg sind.",
       "de", "Latn"},
      {"El ministro dijo el martes que el acuerdo se firmará antes de que "
       "termine el año y que las dos partes han avanzado mucho en las "
       "negociaciones.",
       "es", "Latn"},
      {"Il ministro ha detto martedì che l'accordo sarà firmato entro la "
       "fine dell'anno e che le due parti hanno fatto molti progressi nella "
       "trattativa.",
       "it", "Latn"},
      {"O ministro disse na terça-feira que o acordo será assinado até o fim "
       "do ano e que as duas partes fizeram muitos progressos nas "
       "negociações.",
       "pt", "Latn"},
      {"De minister zei dinsdag dat het akkoord voor het einde van het jaar "
       "wordt getekend en dat beide partijen veel vooruitgang hebben "
       "geboekt.",
       "nl", "Latn"},
      {"Menteri mengatakan pada hari Selasa bahwa perjanjian itu akan "
       "ditandatangani sebelum akhir tahun dan kedua pihak telah membuat "
       "kemajuan yang besar dalam perundingan.",
       "id", "Latn"},
      {"商务部发言人周二表示，双方将在年底前签署协议，谈判取得了积极进展。",
       "zh", "Hani"},
      {"大臣は火曜日、年末までに協定に署名すると述べ、"
       "双方の交渉は進展していると語った。",
       "ja", "Jpan"},
      {"장관은 화요일 연말까지 협정에 서명할 것이며 "
       "양측이 큰 진전을 이루었다고 말했다.",
       "ko", "Kore"},
      {"Министр заявил во вторник, что соглашение будет подписано до конца "
       "года и что стороны добились большого прогресса.",
       "ru", "Cyrl"},
      {"Міністр заявив у вівторок, що угоду буде підписано до кінця року і "
       "що сторони досягли значного прогресу.",
       "uk", "Cyrl"},
      {"وقال الوزير يوم الثلاثاء إن الاتفاق سيوقع قبل نهاية العام وإن الطرفين "
       "حققا تقدما كبيرا.",
       "ar", "Arab"},
      {"Ο υπουργός δήλωσε την Τρίτη ότι η συμφωνία θα υπογραφεί μέχρι το "
       "τέλος του έτους.",
       "el", "Grek"},
  };
  for (const DetectCase& c : kCases) {
    const LanguageGuess g = DetectLanguage(c.text);
    EXPECT_EQ(g.tag, c.tag) << c.text;
    EXPECT_EQ(g.script, c.script) << c.text;
    EXPECT_GT(g.confidence, 0.0) << c.text;
    EXPECT_LE(g.confidence, 1.0) << c.text;
  }
}

TEST(DetectLanguage, TooShortOrUnknownIsUnd) {
  const char* const kUnd[] = {
      "",
      "   \n\n  ",
      "12345 67 890 — 2025",
      "Breaking news",  // two words
      "商务部",         // three characters
      // Latin script, but none of the profiles' function words.
      ("Kauppa neuvottelut jatkuvat tiistaina Helsingissä ministerin mukaan "
       "sopimus allekirjoitetaan vuoden lopussa"),
  };
  for (const char* text : kUnd) {
    const LanguageGuess g = DetectLanguage(text);
    EXPECT_EQ(g.tag, "und") << text;
    EXPECT_EQ(g.confidence, 0.0) << text;
  }
}

TEST(DetectLanguage, MainScriptWinsOverEmbeddedLatin) {
  // Chinese prose that names companies and products in Latin letters.
  const LanguageGuess g = DetectLanguage(
      "华为和Apple在周二发布了新的5G手机，分析师认为iPhone的销量将受到影响，"
      "而Samsung也计划在下个月推出Galaxy系列新品。");
  EXPECT_EQ(g.tag, "zh");
}

TEST(DetectLanguage, ReadsOnlyThePrefixAndSurvivesBadUtf8) {
  std::string text =
      "The talks resumed on Monday and the two sides said that they were "
      "close to an agreement on the tariffs. ";
  text += "\xff\xfe\xc3";  // invalid
  text += std::string(40000, 'x');
  const LanguageGuess g = DetectLanguage(text);
  EXPECT_EQ(g.tag, "en");
  // A cut inside a multi-byte character is not read as garbage.
  const std::string zh = "商务部发言人周二表示，双方将在年底前签署协议。";
  EXPECT_EQ(DetectLanguage(zh, 10).tag, "und");
  EXPECT_EQ(DetectLanguage(zh, zh.size() - 1).tag, "zh");
}

struct ChooseCase {
  const char* declared;
  const char* detected_text;
  const char* tag;
  LanguageSource source;
};

TEST(ChooseLanguage, DeclaredUnlessTheTextContradictsIt) {
  const char* en =
      "The minister said on Tuesday that the agreement would be signed by "
      "the end of the year, and that both sides had made progress.";
  const char* pt =
      "O ministro disse na terça-feira que o acordo será assinado até o fim "
      "do ano e que as duas partes fizeram muitos progressos nas "
      "negociações com os parceiros.";
  const char* zh =
      "商务部发言人周二表示，双方将在年底前签署协议，谈判取得了积极进展。";
  const char* ja_in_han = "東京証券取引所株価指数上昇続伸記録更新";
  const ChooseCase kCases[] = {
      {"en-US", en, "en-US", LanguageSource::kDeclared},  // region kept
      {"", en, "en", LanguageSource::kDetected},
      {"", "Breaking news", "", LanguageSource::kNone},
      {"fr", "Breaking news", "fr", LanguageSource::kDeclared},
      {"en", zh, "zh", LanguageSource::kDetected},         // script contradicts
      {"en", pt, "pt", LanguageSource::kDetected},         // confident profile
      {"ja", ja_in_han, "ja", LanguageSource::kDeclared},  // Han fits ja
      {"zh-TW", zh, "zh-TW", LanguageSource::kDeclared},
      {"fi", en, "fi", LanguageSource::kDeclared},  // a language not judged
      {"ru", en, "en", LanguageSource::kDetected},  // Cyrillic expected
  };
  for (const ChooseCase& c : kCases) {
    const LanguageChoice choice =
        ChooseLanguage(c.declared, DetectLanguage(c.detected_text));
    EXPECT_EQ(choice.tag, c.tag) << c.declared << " / " << c.detected_text;
    EXPECT_EQ(choice.source, c.source)
        << c.declared << " / " << c.detected_text;
  }
}

TEST(ChooseLanguage, SourceNames) {
  EXPECT_EQ(LanguageSourceName(LanguageSource::kNone), "none");
  EXPECT_EQ(LanguageSourceName(LanguageSource::kDeclared), "declared");
  EXPECT_EQ(LanguageSourceName(LanguageSource::kDetected), "detected");
}

}  // namespace
}  // namespace whosaid::ingest
