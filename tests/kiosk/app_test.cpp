// The respondent journey through the App, headless: every questionnaire through its routing
// branches, leaving, timing out, store failures; asserting what the store holds.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <SDL_scancode.h>

#include "harness.hpp"
#include "ui/screens/question_screen.hpp"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;
using survey::Answer;
using Plan = std::map<std::string, std::vector<std::string>, std::less<>>;

bool contains(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

survey::StoredResponse stored(Harness& harness, survey::ResponseId id) {
    const auto response = harness.store().response(id);
    if (!response) throw std::runtime_error("response not stored");
    return *response;
}

TEST(AppJourney, OffenderInCustodyIsAskedTheCustodyQuestionsAndItsAnswersAreStored) {
    Harness harness({"offender"});
    const Plan plan = {{"setting", {"custody"}},        {"sentence", {"custody"}},
                       {"custody_induction", {"yes"}},  {"custody_basic_skills", {"no"}},
                       {"custody_has_om", {"yes"}},     {"custody_om_contact", {"yes"}},
                       {"help_areas", {"housing", "drugs"}}, {"comments", {"It was fine"}}};
    const Walk walk = walkAndSubmit(harness, "offender", plan);
    EXPECT_TRUE(contains(walk.asked, "custody_basic_skills"));
    EXPECT_TRUE(contains(walk.asked, "custody_om_visited"));
    EXPECT_FALSE(contains(walk.asked, "clear_where_to_go"));
    EXPECT_FALSE(contains(walk.asked, "missed_warning"));
    const survey::StoredResponse response = stored(harness, walk.response);
    EXPECT_EQ(response.info.status, survey::Status::Submitted);
    EXPECT_EQ(response.info.site, "Test site");
    EXPECT_EQ(response.answers.at("setting"), Answer::single("custody"));
    EXPECT_EQ(response.answers.at("help_areas"), Answer::multi({"drugs", "housing"}));
    EXPECT_EQ(response.answers.at("comments"), Answer::freeText("It was fine"));
    EXPECT_EQ(response.answers.size(), plan.size());
    EXPECT_EQ(harness.app().page(), Page::Confirmation);
}

TEST(AppJourney, OffenderInTheCommunityFollowsTheCommunityBranches) {
    Harness harness({"offender"});
    const Plan plan = {{"setting", {"community"}}, {"missed_appointments", {"yes"}}, {"missed_warning", {"no"}},
                       {"other_services", {"yes"}}, {"services_worked_together", {"partly"}}};
    const Walk walk = walkAndSubmit(harness, "offender", plan);
    EXPECT_FALSE(contains(walk.asked, "custody_induction"));
    EXPECT_TRUE(contains(walk.asked, "rules_explained"));
    EXPECT_TRUE(contains(walk.asked, "missed_warning"));
    EXPECT_TRUE(contains(walk.asked, "services_worked_together"));
    const survey::StoredResponse response = stored(harness, walk.response);
    EXPECT_EQ(response.answers.at("missed_warning"), Answer::single("no"));
    EXPECT_EQ(response.answers.size(), plan.size());
}

TEST(AppJourney, OffenderWhoSkipsEverythingIsAskedOnlyTheUnconditionalQuestions) {
    Harness harness({"offender"});
    const Walk walk = walkAndSubmit(harness, "offender", {});
    for (const std::string& id : walk.asked) EXPECT_FALSE(harness.questionnaire("offender").question(id)->when) << id;
    EXPECT_TRUE(stored(harness, walk.response).answers.empty());
    EXPECT_EQ(stored(harness, walk.response).info.status, survey::Status::Submitted);
}

TEST(AppJourney, VictimWhoHadContactIsAskedAboutTheContact) {
    Harness harness({"victim"});
    const Plan plan = {{"contact_went_ahead", {"yes"}}, {"contact_methods", {"letter", "phone"}},
                       {"satisfaction", {"largely"}}};
    const Walk walk = walkAndSubmit(harness, "victim", plan);
    EXPECT_TRUE(contains(walk.asked, "felt_safer"));
    const survey::StoredResponse response = stored(harness, walk.response);
    EXPECT_EQ(response.answers.at("contact_methods"), Answer::multi({"letter", "phone"}));
    EXPECT_EQ(response.answers.size(), plan.size());
}

TEST(AppJourney, VictimWithoutContactIsNotAskedAboutIt) {
    Harness harness({"victim"});
    const Walk walk = walkAndSubmit(harness, "victim", {{"contact_went_ahead", {"no"}}});
    EXPECT_FALSE(contains(walk.asked, "felt_safer"));
    EXPECT_FALSE(contains(walk.asked, "contact_methods"));
    EXPECT_TRUE(contains(walk.asked, "know_report_breach"));
}

TEST(AppJourney, SentencerAnswersAreStored) {
    Harness harness({"sentencer"});
    const Plan plan = {{"role", {"magistrate"}}, {"enforcement_works", {"in_part"}}, {"kept_informed", {"partly"}}};
    const Walk walk = walkAndSubmit(harness, "sentencer", plan);
    EXPECT_EQ(walk.asked.size(), harness.questionnaire("sentencer").questions.size());
    EXPECT_EQ(stored(harness, walk.response).answers.at("enforcement_works"), Answer::single("in_part"));
}

TEST(AppJourney, ChooserOffersEveryQuestionnaireByItsAudience) {
    Harness harness;
    for (const survey::Questionnaire* q : harness.app().offered()) EXPECT_TRUE(harness.has(q->audience.get("en")));
    harness.click(harness.questionnaire("victim").audience.get("en"));
    EXPECT_EQ(harness.app().session()->questionnaire().id, "victim");
}

TEST(AppJourney, EachAnswerIsSavedAsItIsGiven) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.choose("community");
    harness.continueOn();
    const survey::StoredResponse response = stored(harness, *harness.app().response());
    EXPECT_EQ(response.info.status, survey::Status::InProgress);
    EXPECT_EQ(response.answers.at("setting"), Answer::single("community"));
}

TEST(AppJourney, BackShowsThePreviousAnswerAndChangeReturnsToCheckAnswers) {
    Harness harness({"sentencer"});
    harness.click("Start");
    harness.choose("judge");
    harness.continueOn();
    harness.click("Back");
    EXPECT_EQ(harness.app().session()->current()->id, "role");
    EXPECT_EQ(harness.app().session()->currentAnswer()->options, std::vector<std::string>{"judge"});
    while (harness.app().page() == Page::Question) harness.click("Skip this question");
    EXPECT_TRUE(harness.app().session()->answers().empty());  // skipping role cleared it
    harness.click("Change role");
    harness.choose("other");
    harness.continueOn();
    EXPECT_EQ(harness.app().page(), Page::CheckAnswers);
    EXPECT_EQ(stored(harness, *harness.app().response()).answers.at("role"), Answer::single("other"));
}

TEST(AppJourney, ConfirmationReturnsToAFreshStartAfterTwentySeconds) {
    Harness harness({"sentencer"});
    walkAndSubmit(harness, "sentencer", {});
    harness.advance(19s);
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Confirmation);
    harness.advance(1s);
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Start);
    EXPECT_EQ(harness.app().session(), nullptr);
}

TEST(AppJourney, ConfirmationReturnsToStartOnTouch) {
    Harness harness({"sentencer"});
    walkAndSubmit(harness, "sentencer", {});
    harness.click("Finish");
    EXPECT_EQ(harness.app().page(), Page::Start);
}

TEST(AppLeave, LeaveThisPageShowsTheNeutralPageAndDiscardsTheAnswers) {
    Harness harness({"victim"});
    harness.click("Start");
    harness.choose("yes");
    harness.continueOn();
    const survey::ResponseId id = *harness.app().response();
    harness.click("Leave this page");
    EXPECT_EQ(harness.app().page(), Page::Neutral);
    EXPECT_EQ(harness.app().session(), nullptr);
    EXPECT_FALSE(harness.store().response(id).has_value());
    EXPECT_TRUE(harness.responses().empty());
    EXPECT_FALSE(harness.has("Leave this page"));
    EXPECT_FALSE(harness.has("Back"));
}

TEST(AppLeave, ThreeShiftPressesWithinASecondLeave) {
    Harness harness({"victim"});
    harness.click("Start");
    harness.choose("no");
    harness.continueOn();
    harness.tapShift();
    harness.advance(300ms);
    harness.tapShift();
    harness.advance(300ms);
    harness.tapShift();
    EXPECT_EQ(harness.app().page(), Page::Neutral);
    EXPECT_TRUE(harness.responses().empty());
}

TEST(AppLeave, ShiftPressesFarApartDoNotLeave) {
    Harness harness({"victim"});
    harness.click("Start");
    for (int i = 0; i < 3; ++i) {
        harness.tapShift();
        harness.advance(700ms);
    }
    EXPECT_EQ(harness.app().page(), Page::Question);
}

TEST(AppLeave, TypingCapitalsDoesNotLeaveButShiftAloneThreeTimesDoes) {
    Harness harness({"victim"});
    harness.click("Start");
    for (int i = 0; i < 3; ++i) harness.press(SDL_SCANCODE_A, true);  // Shift+A, as in typing "AAA"
    EXPECT_EQ(harness.app().page(), Page::Question);
    harness.tapShift();
    harness.tapShift();
    harness.press(SDL_SCANCODE_B);  // any other key starts the count again
    harness.tapShift();
    EXPECT_EQ(harness.app().page(), Page::Question);
    harness.tapShift();
    harness.tapShift();
    EXPECT_EQ(harness.app().page(), Page::Neutral);
}

// A victim may tap the wrong door: the way out is on every questionnaire's pages.
TEST(AppLeave, EveryQuestionnaireHasLeaveThisPageAndShiftThreeTimes) {
    for (const char* id : {"offender", "sentencer", "victim"}) {
        Harness harness({id});
        harness.click("Start");
        harness.click("Skip this question");
        EXPECT_TRUE(harness.has("Leave this page")) << id;
        harness.click("Leave this page");
        EXPECT_EQ(harness.app().page(), Page::Neutral) << id;
        harness.click("Home");
        harness.click("Start");
        harness.click("Skip this question");
        for (int i = 0; i < 3; ++i) harness.tapShift();
        EXPECT_EQ(harness.app().page(), Page::Neutral) << id;
        EXPECT_TRUE(harness.responses().empty()) << id << ": leaving discards";
    }
}

TEST(AppBack, BackOnTheFirstQuestionReturnsToTheChooserLeavingNoRow) {
    Harness harness;
    harness.click(harness.questionnaire("offender").audience.get("en"));
    ASSERT_EQ(harness.app().page(), Page::Question);
    EXPECT_EQ(harness.app().response(), std::nullopt);
    harness.click("Back");
    EXPECT_EQ(harness.app().page(), Page::Start);
    EXPECT_EQ(harness.app().session(), nullptr);
    // Even after an answer and a step back to the first question: out, and nothing kept.
    harness.click(harness.questionnaire("offender").audience.get("en"));
    harness.choose("custody");
    harness.continueOn();
    harness.click("Back");
    harness.click("Back");
    EXPECT_EQ(harness.app().page(), Page::Start);
    EXPECT_TRUE(harness.responses().empty());
    harness.click(harness.questionnaire("victim").audience.get("en"));
    EXPECT_EQ(harness.app().session()->questionnaire().id, "victim");
}

TEST(AppBack, AStartedQuestionnaireLeftUntouchedLeavesNoRow) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.advance(90s);
    harness.step();
    harness.advance(30s);
    harness.step(2);
    EXPECT_EQ(harness.app().page(), Page::Start);
    EXPECT_TRUE(harness.responses().empty());
}

TEST(AppAnswers, NoneOfTheseClearsTheOtherChoicesAndTheReverse) {
    Harness harness({"offender"});
    harness.click("Start");
    while (harness.app().session()->current()->id != "help_areas") harness.click("Skip this question");
    harness.choose("housing");
    harness.choose("drugs");
    harness.choose("none");
    harness.continueOn();
    EXPECT_EQ(harness.app().session()->answers().at("help_areas"), Answer::multi({"none"}));
    harness.click("Back");
    harness.choose("drugs");
    harness.continueOn();
    EXPECT_EQ(stored(harness, *harness.app().response()).answers.at("help_areas"), Answer::multi({"drugs"}));
}

const QuestionScreen& questionPage(Harness& harness) {
    return dynamic_cast<const QuestionScreen&>(harness.app().pageScreen());
}

TEST(AppProgress, TheCountShowsOnlyOnceItCannotChange) {
    Harness harness({"offender"});
    harness.click("Start");
    EXPECT_EQ(questionPage(harness).position(), 1);
    EXPECT_EQ(questionPage(harness).count(), 0);  // setting decides which questions follow: no total
    while (harness.app().session()->current()->id != "om_relationship") harness.click("Skip this question");
    EXPECT_EQ(questionPage(harness).position(), harness.app().session()->position());
    EXPECT_EQ(questionPage(harness).count(), harness.app().session()->count());
}

TEST(AppLeave, NeutralPageNamesNothingAboutTheQuestionnaire) {
    Harness harness({"victim"});
    harness.click("Leave this page");
    ASSERT_EQ(harness.app().page(), Page::Neutral);
    for (const char* id : {"neutral.title", "neutral.today", "neutral.tomorrow", "neutral.weekend", "neutral.home"}) {
        std::string text = harness.app().strings().get(id, "en", false);
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        for (const char* word : {"victim", "probation", "crime", "questionnaire", "answer", "leave"})
            EXPECT_EQ(text.find(word), std::string::npos) << id << " mentions " << word;
    }
    harness.click("Home");
    EXPECT_EQ(harness.app().page(), Page::Start);
}

TEST(AppTimeout, InactivityAsksForMoreTimeAndYesKeepsTheSession) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.choose("custody");
    harness.continueOn();
    harness.advance(89s);
    harness.step();
    EXPECT_EQ(harness.app().overlay(), Overlay::None);
    harness.advance(1s);
    harness.step();
    EXPECT_EQ(harness.app().overlay(), Overlay::MoreTime);
    EXPECT_EQ(*harness.app().untilNextTimer(), 1000ms);
    harness.click("Yes, I need more time");
    EXPECT_EQ(harness.app().overlay(), Overlay::None);
    EXPECT_EQ(harness.app().session()->current()->id, "sentence");
}

TEST(AppTimeout, ExpiryKeepsTheAnswersAsAbandonedAndTheNextPersonStartsFresh) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.choose("custody");
    harness.continueOn();
    const survey::ResponseId first = *harness.app().response();
    harness.advance(90s);
    harness.step();
    harness.advance(30s);
    harness.step(2);
    EXPECT_EQ(harness.app().page(), Page::Start);
    EXPECT_EQ(harness.app().session(), nullptr);
    const survey::StoredResponse kept = stored(harness, first);
    EXPECT_EQ(kept.info.status, survey::Status::Abandoned);
    EXPECT_EQ(kept.answers.at("setting"), Answer::single("custody"));

    harness.click("Start");
    EXPECT_FALSE(harness.app().response().has_value());  // nothing stored until the first answer

    EXPECT_TRUE(harness.app().session()->answers().empty());
    EXPECT_EQ(harness.app().session()->currentAnswer(), nullptr);
    while (harness.app().page() == Page::Question) harness.click("Skip this question");
    EXPECT_FALSE(harness.has("Change setting") && harness.app().session()->answers().contains("setting"));
    EXPECT_TRUE(harness.app().session()->answers().empty());
}

TEST(AppTimeout, TouchesDuringTheCountdownDoNotCancelIt) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.advance(90s);
    harness.step();
    harness.type("x");
    harness.advance(30s);
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Start);
}

TEST(AppTimeout, TheStartPageHasNoTimerWhileNothingChanged) {
    Harness harness({"offender"});
    EXPECT_FALSE(harness.app().untilNextTimer().has_value());
}

TEST(AppDisplay, ChangingTextSizeKeepsThePendingChoiceAndTheAnswers) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.choose("community");
    harness.continueOn();
    harness.choose("licence");
    harness.click("Text size and colours");
    EXPECT_EQ(harness.app().overlay(), Overlay::DisplayOptions);
    harness.click("250%");
    harness.click("High contrast, dark");
    EXPECT_EQ(harness.app().theme().settings().text_size, TextSize::Largest);
    EXPECT_EQ(harness.app().theme().settings().scheme, ColourScheme::HighContrastDark);
    EXPECT_FLOAT_EQ(ImGui::GetIO().Fonts->Fonts[0]->FontSize, Theme::kBasePixels * 2.5f);
    harness.click("Done");
    harness.continueOn();
    EXPECT_EQ(stored(harness, *harness.app().response()).answers.at("sentence"), Answer::single("licence"));
    EXPECT_EQ(harness.app().session()->answers().size(), 2u);
}

TEST(AppDisplay, LanguageAndEasyReadSwitchTheQuestionAndAreRecorded) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.click("Text size and colours");
    harness.click("Easy Read (simpler words)");
    harness.click("Done");
    const survey::Question& setting = *harness.questionnaire("offender").question("setting");
    EXPECT_TRUE(harness.has(setting.options.front().label.get("en", true)));
    EXPECT_TRUE(harness.has("Next"));  // question.continue in Easy Read
    harness.click("Skip this question");
    EXPECT_EQ(stored(harness, *harness.app().response()).info.language, "en-easy");
}

TEST(AppKeyboard, TabEnterAndNumberKeysAnswerWithoutAPointer) {
    Harness harness({"sentencer"});
    // Tab through the header and the start page's language and reading choices to Start.
    const std::vector<std::string> start_labels = harness.labels();
    const auto start_at = std::find(start_labels.begin(), start_labels.end(), "Start") - start_labels.begin();
    for (long i = 0; i <= start_at; ++i) harness.press(SDL_SCANCODE_TAB);
    harness.press(SDL_SCANCODE_RETURN);
    harness.step();
    ASSERT_EQ(harness.app().page(), Page::Question);
    harness.press(SDL_SCANCODE_2);  // second option of role
    const std::vector<std::string> labels = harness.labels();
    const auto continue_at = std::find(labels.begin(), labels.end(), "Continue") - labels.begin();
    for (long i = 0; i <= continue_at; ++i) harness.press(SDL_SCANCODE_TAB);
    harness.press(SDL_SCANCODE_SPACE);
    harness.step();
    EXPECT_EQ(harness.app().session()->answers().at("role"),
              Answer::single(harness.questionnaire("sentencer").questions.front().options[1].id));
}

TEST(AppStore, AFailedWriteShowsTheStaffMessageAndKeepsWhatWasSaved) {
    Harness harness({"sentencer"});
    harness.click("Start");
    harness.choose("judge");
    harness.continueOn();
    const survey::ResponseId id = *harness.app().response();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(harness.databasePath().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TRIGGER refuse BEFORE UPDATE OF sealed_answers ON response BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    harness.choose("yes");
    harness.continueOn();
    EXPECT_EQ(harness.app().page(), Page::StoreError);
    EXPECT_EQ(harness.app().session(), nullptr);
    EXPECT_EQ(stored(harness, id).answers.at("role"), Answer::single("judge"));
    harness.click("Start again");
    EXPECT_EQ(harness.app().page(), Page::Start);
}

TEST(AppStrings, EveryScreenFindsItsStrings) {
    Harness harness;
    walkAndSubmit(harness, "victim", {{"contact_went_ahead", {"yes"}}, {"comments", {"ok"}}});
    harness.click("Finish");
    harness.click("Text size and colours");
    harness.click("Done");
    harness.click("Leave this page");
    EXPECT_TRUE(harness.app().strings().missing().empty());
}

}  // namespace
}  // namespace kiosk::test
