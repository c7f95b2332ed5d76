// Welsh and Easy Read: switching mid-questionnaire keeps every answer and updates the recorded
// language; every kiosk string and questionnaire text exists in all four locales, and a strings
// file missing one is refused naming the file and line.
#include <gtest/gtest.h>

#include <fstream>

#include "harness.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace kiosk::test {
namespace {

const std::filesystem::path kAssets(PERSPECTIVE_ASSETS_DIR);

// A strings file with `text` as its entries, closed as every strings file must be.
std::filesystem::path writeStringsFile(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << text << "end: strings\n";
    return path;
}

std::string recordedLanguage(Harness& harness) {
    return harness.store().response(*harness.app().response())->info.language;
}

TEST(LanguageSwitch, WelshAndEasyReadMidQuestionnaireKeepAnswersAndRecordTheLanguage) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.choose("custody");
    harness.continueOn();
    EXPECT_EQ(recordedLanguage(harness), "en");
    harness.choose("custody");  // "sentence": chosen, not yet sent
    const survey::Answers before = harness.app().session()->answers();
    const std::string question = harness.app().session()->current()->id;

    harness.click("header:language");
    EXPECT_EQ(harness.app().theme().settings().language, "cy");
    EXPECT_EQ(harness.app().session()->current()->id, question);
    EXPECT_EQ(harness.app().session()->answers(), before);
    EXPECT_EQ(recordedLanguage(harness), "cy");
    EXPECT_TRUE(harness.has("Parhau"));

    harness.click("Maint testun a lliwiau");
    harness.click("Hawdd ei Ddeall (geiriau symlach)");
    harness.click("Wedi gorffen");
    EXPECT_EQ(recordedLanguage(harness), "cy-easy");
    EXPECT_EQ(harness.app().session()->answers(), before);
    EXPECT_TRUE(harness.has("Nesaf"));

    harness.continueOn();  // the choice made in English is still chosen
    EXPECT_EQ(harness.app().session()->answers().at("sentence"), survey::Answer::single("custody"));
    harness.click("header:language");
    EXPECT_EQ(recordedLanguage(harness), "en-easy");
    while (harness.app().page() == Page::Question) harness.click("Skip this question");
    harness.click("Send my answers");
    const survey::StoredResponse response = harness.responses().back();
    EXPECT_EQ(response.info.status, survey::Status::Submitted);
    EXPECT_EQ(response.info.language, "en-easy");
    EXPECT_EQ(response.answers.at("setting"), survey::Answer::single("custody"));
    EXPECT_EQ(response.answers.at("sentence"), survey::Answer::single("custody"));
}

TEST(LanguageSwitch, TheStartPageOffersCymraegEasyReadAndReadAloud) {
    Harness harness({"offender"});
    ASSERT_TRUE(harness.has("Cymraeg"));
    ASSERT_TRUE(harness.has("Easy Read (simpler words)"));
    ASSERT_TRUE(harness.has("Read aloud"));
    harness.click("Cymraeg");
    EXPECT_TRUE(harness.has("English"));
    EXPECT_TRUE(harness.has("Dechrau"));
    harness.click("Dechrau");
    harness.app().apply(SkipQuestion{});  // the response is stored from the first answer or skip
    harness.step();
    EXPECT_EQ(recordedLanguage(harness), "cy");
    EXPECT_TRUE(harness.app().strings().missing().empty());
}

TEST(RespondentLocales, ShippedKioskStringsHaveWelshAndEasyReadForEveryId) {
    EXPECT_NO_THROW(Strings::load(kAssets / "kiosk" / "strings.yaml", respondentLocales()));
}

TEST(RespondentLocales, ShippedQuestionnairesHaveWelshAndEasyReadForEveryText) {
    EXPECT_NO_THROW(survey::loadQuestionnaires(kAssets / "questionnaires", respondentLocales()));
}

TEST(RespondentLocales, AStringWithoutWelshIsRefusedNamingFileLineAndLocale) {
    const auto path = writeStringsFile("kiosk-strings-no-cy.yaml",
                                "a: {en: A, cy: A, en-easy: A, cy-easy: A}\n"
                                "b:\n  en: B\n  en-easy: B\n  cy-easy: B\n");
    try {
        Strings::load(path, respondentLocales());
        FAIL() << "expected ValidationError";
    } catch (const survey::ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].file, path.string());
        EXPECT_EQ(error.problems()[0].line, 2);
        EXPECT_EQ(error.problems()[0].field, "b");
        EXPECT_NE(error.problems()[0].describe().find("no Welsh wording (cy:)"), std::string::npos);
    }
}

TEST(RespondentLocales, AStringWithoutEasyReadIsRefused) {
    const auto path = writeStringsFile("kiosk-strings-no-easy.yaml", "a: {en: A, cy: A, cy-easy: A}\n");
    EXPECT_THROW(Strings::load(path, respondentLocales()), survey::ValidationError);
    EXPECT_NO_THROW(Strings::load(path));  // English alone is enough when nothing more is required
}

TEST(RespondentLocales, StaffStringsNeedOnlyEnglish) {
    const auto path = writeStringsFile("kiosk-strings-staff.yaml", "staff.title: {en: Staff}\n");
    EXPECT_NO_THROW(Strings::load(path, respondentLocales()));
}

TEST(RespondentLocales, AnUnknownLocaleIsRefused) {
    const auto path = writeStringsFile("kiosk-strings-typo.yaml", "a: {en: A, cy_easy: A}\n");
    EXPECT_THROW(Strings::load(path), survey::ValidationError);
}

}  // namespace
}  // namespace kiosk::test
