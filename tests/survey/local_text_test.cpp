// Wording per locale: exact lookups and the fallbacks the kiosk relies on.
#include "survey/questionnaire.hpp"

#include <gtest/gtest.h>

namespace survey {
namespace {

LocalText everyLocale() {
    LocalText text;
    text.set("en", "Were the rules explained to you?");
    text.set("cy", "A gafodd y rheolau eu hesbonio i chi?");
    text.set("en-easy", "Did someone tell you the rules?");
    text.set("cy-easy", "A wnaeth rhywun ddweud y rheolau wrthych chi?");
    return text;
}

TEST(LocalText, LocaleKeyAddsEasyRead) {
    EXPECT_EQ(localeKey("en", false), "en");
    EXPECT_EQ(localeKey("cy", true), "cy-easy");
}

TEST(LocalText, ExactLookupFindsOnlyWhatWasSet) {
    LocalText text;
    EXPECT_TRUE(text.empty());
    text.set("en", "Yes");
    EXPECT_FALSE(text.empty());
    ASSERT_NE(text.find("en"), nullptr);
    EXPECT_EQ(*text.find("en"), "Yes");
    EXPECT_EQ(text.find("cy"), nullptr);
    text.set("en", "Yes, fully");
    EXPECT_EQ(*text.find("en"), "Yes, fully");
    EXPECT_EQ(text.all().size(), 1U);
}

TEST(LocalText, GetReturnsTheLocaleAskedFor) {
    const LocalText text = everyLocale();
    EXPECT_EQ(text.get("en"), "Were the rules explained to you?");
    EXPECT_EQ(text.get("cy"), "A gafodd y rheolau eu hesbonio i chi?");
    EXPECT_EQ(text.get("en", true), "Did someone tell you the rules?");
    EXPECT_EQ(text.get("cy", true), "A wnaeth rhywun ddweud y rheolau wrthych chi?");
}

TEST(LocalText, EasyReadFallsBackToTheSameLanguage) {
    LocalText text;
    text.set("en", "Yes");
    text.set("cy", "Ie");
    EXPECT_EQ(text.get("cy", true), "Ie");
    EXPECT_EQ(text.get("en", true), "Yes");
}

TEST(LocalText, MissingLanguageFallsBackToEnglish) {
    LocalText text;
    text.set("en", "Yes");
    EXPECT_EQ(text.get("cy"), "Yes");
    EXPECT_EQ(text.get("cy", true), "Yes");
}

TEST(LocalText, NoTextAtAllIsEmpty) {
    const LocalText nothing;
    EXPECT_EQ(nothing.get("en"), "");
    EXPECT_EQ(nothing.get("cy", true), "");
    LocalText welsh_only;
    welsh_only.set("cy", "Ie");
    EXPECT_EQ(welsh_only.get("en"), "");
    EXPECT_EQ(welsh_only.get("cy", true), "Ie");
}

}  // namespace
}  // namespace survey
