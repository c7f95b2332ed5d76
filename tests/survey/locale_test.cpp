// The one table of locales: every key is found with its language and name, and Welsh is told
// from English by the table, not by spelling ("cy-easy" is Welsh, an unknown key is English).
#include <gtest/gtest.h>

#include "survey/locale.hpp"
#include "survey/questionnaire.hpp"

namespace survey {
namespace {

TEST(Locale, EveryKeyIsItsLanguageWithOrWithoutEasyRead) {
    for (const Locale& locale : kLocales) {
        EXPECT_EQ(localeKey(locale.language, locale.easy_read), locale.key);
        EXPECT_EQ(findLocale(locale.key), &locale);
        EXPECT_EQ(localeName(locale.key), locale.name);
    }
    EXPECT_EQ(localeKeys(), (std::vector<std::string>{"en", "cy", "en-easy", "cy-easy"}));
}

TEST(Locale, LanguageAndTheOtherLanguage) {
    EXPECT_EQ(languageOf("cy-easy"), kWelsh);
    EXPECT_EQ(languageOf("en-easy"), kEnglish);
    EXPECT_EQ(languageOf("fr"), kEnglish) << "an unknown key falls back to English, as wording does";
    EXPECT_EQ(findLocale("fr"), nullptr);
    EXPECT_EQ(otherLanguage(kWelsh), kEnglish);
    EXPECT_EQ(otherLanguage(kEnglish), kWelsh);
}

}  // namespace
}  // namespace survey
