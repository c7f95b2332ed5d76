// Read aloud through the App, headless, with a recording voice: what is said on arrival, on a
// touch, on a new page, in which voice, and nothing at all while read-aloud is off.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "fake_voice.hpp"
#include "harness.hpp"
#include "speech/page_reading.hpp"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The offender questionnaire with read-aloud turned on from the start page.
struct ReadAloud : ::testing::Test {
    void SetUp() override {
        harness.app().setVoice(&voice);
        harness.click("Read aloud");
    }
    std::string firstQuestionReading() const {
        const survey::Question& q = harness.questionnaire("offender").questions.front();
        QuestionPageText page{q.text.get("en"), q.hint.get("en"), {}};
        for (const survey::Option& option : q.options) page.options.push_back(option.label.get("en"));
        return questionPageReading(page, "en");
    }

    Harness harness{{"offender"}};
    FakeVoice voice;
};

TEST(ReadAloudOff, NothingIsSaidOnAnyPageOrTouch) {
    Harness harness({"offender"});
    FakeVoice voice;
    harness.app().setVoice(&voice);
    harness.click("Start");
    harness.choose("custody");
    harness.continueOn();
    EXPECT_TRUE(voice.said.empty());
    EXPECT_EQ(voice.stops, 0);
}

TEST_F(ReadAloud, TurningItOnReadsTheStartPage) {
    ASSERT_FALSE(voice.said.empty());
    EXPECT_TRUE(contains(voice.last().text, harness.app().strings().get("start.anonymous", "en", false)));
    EXPECT_EQ(voice.last().locale, "en");
}

TEST_F(ReadAloud, AQuestionPageIsReadAsItAppearsWithNumberedOptions) {
    harness.click("Start");
    EXPECT_EQ(voice.last().text, firstQuestionReading());
    EXPECT_TRUE(contains(voice.last().text, "Press 1 for "));
}

TEST_F(ReadAloud, TouchingAnOptionReadsItAndSelectsItAtOnce) {
    harness.click("Start");
    const survey::Question& q = *harness.app().session()->current();
    harness.choose(q.options[1].id);
    EXPECT_EQ(voice.last().text, optionReading(2, q.options[1].label.get("en"), "en"));
    harness.continueOn();
    EXPECT_EQ(harness.store().response(*harness.app().response())->answers.at(q.id),
              survey::Answer::single(q.options[1].id));
}

TEST_F(ReadAloud, ANewPageInterruptsTheOld) {
    harness.click("Start");
    harness.choose("custody");
    const std::size_t before = voice.said.size();
    harness.continueOn();
    ASSERT_EQ(voice.said.size(), before + 1);
    const survey::Question& second = *harness.app().session()->current();
    EXPECT_EQ(voice.last().text.rfind(second.text.get("en"), 0), 0u) << voice.last().text;
}

TEST(ReadAloudLeaving, LeavingThePageStopsSpeechAndSaysNothing) {
    Harness harness({"victim"});
    FakeVoice voice;
    harness.app().setVoice(&voice);
    harness.click("Read aloud");
    harness.click("Start");
    const std::size_t before = voice.said.size();
    harness.click("Leave this page");  // the neutral page cuts off the question and stays silent
    EXPECT_EQ(voice.said.size(), before);
    EXPECT_EQ(voice.stops, 1);
}

TEST_F(ReadAloud, TheVoiceFollowsTheLanguageAndEasyRead) {
    harness.click("Start");
    harness.click("header:language");
    EXPECT_EQ(voice.last().locale, "cy");
    EXPECT_TRUE(contains(voice.last().text, "Pwyswch 1 ar gyfer "));
    EXPECT_TRUE(contains(voice.last().text, harness.app().session()->current()->text.get("cy")));
    harness.click("Maint testun a lliwiau");
    harness.click("Hawdd ei Ddeall (geiriau symlach)");
    harness.click("Wedi gorffen");
    EXPECT_EQ(voice.last().locale, "cy-easy");
    EXPECT_TRUE(contains(voice.last().text, harness.app().session()->current()->text.get("cy", true)));
}

TEST_F(ReadAloud, CheckAnswersAndConfirmationAreRead) {
    harness.click("Start");
    while (harness.app().page() == Page::Question) harness.click("Skip this question");
    EXPECT_TRUE(contains(voice.last().text, "Check your answers"));
    EXPECT_TRUE(contains(voice.last().text, "Not answered"));
    harness.click("Send my answers");
    EXPECT_TRUE(contains(voice.last().text, "Thank you"));
}

TEST_F(ReadAloud, TheMoreTimePromptAndItsCountdownAreRead) {
    harness.click("Start");
    harness.advance(90s);
    harness.step();
    EXPECT_TRUE(contains(voice.last().text, "Do you need more time?"));
    EXPECT_TRUE(contains(voice.last().text, "30 seconds"));
    const std::size_t before = voice.said.size();
    harness.advance(5s);
    harness.step();
    EXPECT_EQ(voice.said.size(), before);  // 25 seconds: not announced
    harness.advance(5s);
    harness.step();
    EXPECT_TRUE(contains(voice.last().text, "20 seconds"));
    harness.advance(15s);
    harness.step();
    EXPECT_TRUE(contains(voice.last().text, "5 seconds"));
}

TEST_F(ReadAloud, TheStoreErrorIsRead) {
    harness.click("Start");
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(harness.databasePath().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TRIGGER refuse BEFORE UPDATE OF sealed_answers ON response BEGIN SELECT RAISE(ABORT, 'full'); END;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    harness.choose("custody");
    harness.continueOn();
    ASSERT_EQ(harness.app().page(), Page::StoreError);
    EXPECT_TRUE(contains(voice.last().text, "please tell a member of staff"));
}

TEST_F(ReadAloud, TheRateFromDisplayOptionsReachesTheVoice) {
    harness.click("Text size and colours");
    harness.click("Slower");
    ASSERT_FALSE(voice.rates.empty());
    EXPECT_EQ(voice.rates.back(), SpeechRate::Slower);
}

TEST_F(ReadAloud, TheHeaderSpeakerButtonTurnsItOff) {
    harness.click("Start");
    const std::size_t before = voice.said.size();
    harness.click("header:read-aloud");
    EXPECT_FALSE(harness.app().theme().settings().read_aloud);
    EXPECT_GE(voice.stops, 1);
    harness.choose("custody");
    harness.continueOn();
    EXPECT_EQ(voice.said.size(), before);
}

}  // namespace
}  // namespace kiosk::test
