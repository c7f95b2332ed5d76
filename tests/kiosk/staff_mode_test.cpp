// Staff mode through the App, headless: the ways in (quit request, Escape, Ctrl+Alt+S, holding
// "Staff"), the PIN prompt and its lockout, the menu's counts and settings, paper returns,
// sessions helped by staff, and the idle timeout; asserting what the store holds.
#include <gtest/gtest.h>
#include <sodium.h>

#include <SDL_scancode.h>

#include "harness.hpp"
#include "staff/staff_mode.hpp"
#include "staff/staff_pin.hpp"
#include "survey/handed_out.hpp"
#include "ui/screens/staff_distributed_screen.hpp"
#include "ui/screens/staff_menu_screen.hpp"
#include "ui/screens/staff_site_screen.hpp"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kPin = "246813";

// PINs set here are hashed at libsodium's minimum cost to keep the tests quick; the kiosk checks
// any hash at the cost it was made with, and PINs chosen through the kiosk use the real cost.
StaffPin pinOf(survey::ResponseStore& store) {
    return StaffPin({[&store](const std::string& key) { return store.setting(key); },
                     [&store](const std::string& key, const std::string& value) { store.setSetting(key, value); }},
                    std::chrono::steady_clock::now, {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
}

void enterPin(Harness& harness, std::string_view pin) {
    for (const char digit : pin) harness.click(std::string(1, digit));
    harness.click("OK");
}

// A kiosk whose staff PIN is set, showing the staff menu.
void openMenu(Harness& harness) {
    if (!pinOf(harness.store()).isSet()) pinOf(harness.store()).set(kPin);
    harness.app().requestQuit();
    harness.step(2);
    enterPin(harness, kPin);
    ASSERT_EQ(harness.app().screenName(), "staff-menu");
}

const StaffMenuView& menuView(Harness& harness) {
    const auto* menu = dynamic_cast<const StaffMenuScreen*>(&harness.app().pageScreen());
    if (menu == nullptr) throw std::runtime_error("not on the staff menu: " + harness.app().screenName());
    return menu->view();
}

void skipToCheckAnswersAndSend(Harness& harness) {
    while (harness.app().page() == Page::Question) harness.click("Skip this question");
    ASSERT_EQ(harness.app().page(), Page::CheckAnswers);
    harness.click("Send my answers");
}

TEST(StaffEntry, QuitRequestOnTheStartPageOpensThePinPromptInsteadOfQuitting) {
    Harness harness;
    harness.app().requestQuit();
    harness.step(2);
    EXPECT_EQ(harness.app().page(), Page::Staff);
    EXPECT_EQ(harness.app().screenName(), "staff-choose-pin");  // no PIN yet: choose one
    EXPECT_FALSE(harness.app().quitRequested());
}

TEST(StaffEntry, QuitRequestDuringASessionIsIgnoredAndKeepsTheAnswers) {
    Harness harness({"offender"});
    harness.click("Start");
    harness.app().requestQuit();
    harness.press(SDL_SCANCODE_ESCAPE);
    EXPECT_EQ(harness.app().page(), Page::Question);
    EXPECT_NE(harness.app().session(), nullptr);
    EXPECT_FALSE(harness.app().quitRequested());
}

TEST(StaffEntry, EscapeOnTheStartPageOpensThePinPrompt) {
    Harness harness;
    pinOf(harness.store()).set(kPin);
    harness.press(SDL_SCANCODE_ESCAPE);
    harness.step();
    EXPECT_EQ(harness.app().screenName(), "staff-pin");
}

TEST(StaffEntry, CtrlAltSOpensThePinPrompt) {
    Harness harness;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = io.KeyAlt = true;
    harness.press(SDL_SCANCODE_S);
    io.KeyCtrl = io.KeyAlt = false;
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Staff);
}

TEST(StaffEntry, HoldingStaffForThreeSecondsOpensThePromptAndATapDoesNot) {
    Harness harness;
    ASSERT_TRUE(harness.has("Staff"));
    harness.click("Staff");
    EXPECT_EQ(harness.app().page(), Page::Start);

    ImGuiIO& io = ImGui::GetIO();
    for (const ItemRect& item : harness.app().widgets().items()) {
        if (item.label == "Staff") io.MousePos = item.centre();
    }
    harness.step();
    io.MouseDown[0] = true;
    harness.step(2);
    harness.advance(2s);
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Start);
    harness.advance(1s);
    harness.step(2);
    io.MouseDown[0] = false;
    harness.step(2);
    EXPECT_EQ(harness.app().page(), Page::Staff);
}

TEST(StaffPinPrompt, FirstRunChoosesAPinTwiceThenOpensTheMenu) {
    Harness harness;
    harness.app().requestQuit();
    harness.step(2);
    enterPin(harness, "135791");
    EXPECT_EQ(harness.app().screenName(), "staff-confirm-pin");
    enterPin(harness, "135791");
    EXPECT_EQ(harness.app().screenName(), "staff-menu");
    EXPECT_EQ(pinOf(harness.store()).verify("135791").outcome, PinOutcome::Accepted);
}

TEST(StaffPinPrompt, FirstStartWithoutAPinOpensOnChooseAPin) {
    Harness harness;
    KioskOptions first_run;
    first_run.choose_pin_first = true;
    const std::vector<survey::Questionnaire> one = {harness.questionnaire("offender")};
    App unset(one, harness.store(), harness.app().strings(), first_run);
    EXPECT_EQ(unset.screenName(), "staff-choose-pin");
    pinOf(harness.store()).set(kPin);
    App set(one, harness.store(), harness.app().strings(), first_run);
    EXPECT_EQ(set.page(), Page::Start);
}

TEST(StaffPinPrompt, ANewPinEnteredDifferentlyTwiceIsNotSet) {
    Harness harness;
    harness.app().requestQuit();
    harness.step(2);
    enterPin(harness, "135791");
    enterPin(harness, "135792");
    EXPECT_EQ(harness.app().screenName(), "staff-choose-pin");
    EXPECT_EQ(harness.app().staff().message().kind, PinMessage::Kind::Mismatch);
    EXPECT_FALSE(pinOf(harness.store()).isSet());
}

TEST(StaffPinPrompt, CorrectPinOpensTheMenu) {
    Harness harness;
    openMenu(harness);
    EXPECT_TRUE(harness.app().staff().unlocked());
}

TEST(StaffPinPrompt, FiveWrongPinsLockTheMenuEvenForTheRightPin) {
    Harness harness;
    pinOf(harness.store()).set(kPin);
    harness.app().requestQuit();
    harness.step(2);
    for (int wrong = 1; wrong <= 4; ++wrong) {
        enterPin(harness, "111111");
        EXPECT_EQ(harness.app().staff().message().kind, PinMessage::Kind::Wrong);
        EXPECT_EQ(harness.app().staff().message().tries_left, StaffPin::kMaxTries - wrong);
    }
    enterPin(harness, "111111");
    EXPECT_EQ(harness.app().staff().message().kind, PinMessage::Kind::Locked);
    EXPECT_EQ(harness.app().staff().message().minutes, 5);
    enterPin(harness, kPin);
    EXPECT_EQ(harness.app().screenName(), "staff-pin");
    EXPECT_EQ(harness.app().staff().message().kind, PinMessage::Kind::Locked);
    EXPECT_FALSE(harness.app().staff().unlocked());
}

TEST(StaffPinPrompt, CancelReturnsToTheStartPage) {
    Harness harness;
    pinOf(harness.store()).set(kPin);
    harness.app().requestQuit();
    harness.step(2);
    harness.click("Cancel");
    EXPECT_EQ(harness.app().page(), Page::Start);
}

TEST(StaffPinPrompt, MenuActionsAreRefusedBeforeThePinIsAccepted) {
    Harness harness;
    pinOf(harness.store()).set(kPin);
    harness.app().requestQuit();
    harness.app().apply(StaffIntent{ShowStaffPage{StaffPage::Menu}});
    harness.app().apply(StaffIntent{RecordDistributed{"offender", 5}});
    harness.app().apply(StaffIntent{CloseKiosk{}});
    EXPECT_EQ(harness.app().screenName(), "staff-pin");
    EXPECT_TRUE(harness.store().distributions().empty());
    EXPECT_FALSE(harness.app().quitRequested());
}

TEST(StaffMenu, CountsShownMatchTheStore) {
    Harness harness({"sentencer"});
    walkAndSubmit(harness, "sentencer", {});
    harness.click("Finish");
    harness.click("Start");
    harness.app().apply(ReturnToStart{});  // walked away: kept as abandoned
    harness.step(2);
    openMenu(harness);
    const auto counts = harness.store().statusCounts();
    ASSERT_EQ(counts.size(), 1u);
    for (const StaffMenuRow& row : menuView(harness).rows) {
        const bool sentencer = row.questionnaire->id == "sentencer";
        EXPECT_EQ(row.submitted, sentencer ? counts.front().submitted : 0) << row.questionnaire->id;
        EXPECT_EQ(row.abandoned, sentencer ? counts.front().abandoned : 0) << row.questionnaire->id;
    }
    EXPECT_EQ(counts.front().submitted, 1);
}

TEST(StaffMenu, RecordingPaperHandedOutWritesADistributionRow) {
    Harness harness;
    openMenu(harness);
    harness.click("Record paper questionnaires handed out");
    harness.click(harness.questionnaire("victim").title.get("en"));
    harness.click("2");
    harness.click("5");
    harness.click("Record");
    EXPECT_EQ(harness.app().screenName(), "staff-menu");
    const auto rows = harness.store().distributions();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().questionnaire_id, "victim");
    EXPECT_EQ(rows.front().count, 25);
    EXPECT_EQ(rows.front().site, "Test site");
    EXPECT_EQ(rows.front().date, survey::isoDate(std::chrono::system_clock::now()));
}

const StaffDistributedScreen& distributedScreen(Harness& harness) {
    const auto* screen = dynamic_cast<const StaffDistributedScreen*>(&harness.app().pageScreen());
    if (screen == nullptr) throw std::runtime_error("not on the handed-out page: " + harness.app().screenName());
    return *screen;
}

void recordHandedOut(Harness& harness, const std::string& questionnaire_id, const std::string& digits) {
    harness.click("Record paper questionnaires handed out");
    harness.click(harness.questionnaire(questionnaire_id).title.get("en"));
    for (const char digit : digits) harness.click(std::string(1, digit));
    harness.click("Record");
}

// The menu's note after a first batch of the day: "Recorded 25 paper questionnaires handed out: TITLE."
std::string firstBatchNote(Harness& harness, int count, const std::string& questionnaire_id) {
    return "Recorded " + std::to_string(count) + " paper questionnaires handed out: " +
           harness.questionnaire(questionnaire_id).title.get("en") + ".";
}

// What the report would count for a questionnaire: the live entries (survey/handed_out.hpp).
int liveHandedOut(Harness& harness, const std::string& questionnaire_id) {
    int total = 0;
    for (const survey::HandedOutEntry& e : survey::resolveHandedOut(harness.store().distributions())) {
        if (e.state == survey::HandedOutEntry::State::Live && e.entry.questionnaire_id == questionnaire_id) {
            total += e.entry.count;
        }
    }
    return total;
}

// A second batch the same day adds to the first, and the menu says so with the day's total; the
// log marks it as added on purpose (what the exporter's --force does).
TEST(StaffMenu, ASecondBatchTheSameDayAddsAndGivesTheTotal) {
    Harness harness;
    openMenu(harness);
    recordHandedOut(harness, "victim", "25");
    EXPECT_EQ(menuView(harness).note, firstBatchNote(harness, 25, "victim"));
    recordHandedOut(harness, "victim", "10");
    ASSERT_EQ(harness.app().screenName(), "staff-menu");
    const std::string victims = harness.questionnaire("victim").title.get("en");
    EXPECT_EQ(menuView(harness).note,
              "Recorded 10 more paper questionnaires handed out: " + victims + ". Today's total here: 35.");
    EXPECT_EQ(liveHandedOut(harness, "victim"), 35);
    const auto log = harness.store().imports();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_FALSE(log[0].forced);
    EXPECT_TRUE(log[1].forced);
    recordHandedOut(harness, "offender", "5");  // another questionnaire is a first batch of its own
    EXPECT_EQ(menuView(harness).note, firstBatchNote(harness, 5, "offender"));
}

// "200" typed for "20": the page lists today's counts, and Withdraw undoes one, so the rate the
// report prints is not wrong for ever.
TEST(StaffMenu, ACountTypedWrongIsWithdrawnFromTheHandedOutPage) {
    Harness harness;
    openMenu(harness);
    harness.click("Record paper questionnaires handed out");
    EXPECT_TRUE(distributedScreen(harness).today().empty());
    harness.click("Cancel");
    recordHandedOut(harness, "victim", "200");
    harness.click("Record paper questionnaires handed out");
    const std::vector<CountToday> today = distributedScreen(harness).today();
    ASSERT_EQ(today.size(), 1u);
    EXPECT_EQ(today[0].count, 200);
    EXPECT_EQ(today[0].questionnaire->id, "victim");
    harness.click("withdraw " + today[0].uid);
    ASSERT_EQ(harness.app().screenName(), "staff-distributed") << "stays, to record the right number";
    EXPECT_TRUE(distributedScreen(harness).today().empty());
    EXPECT_EQ(distributedScreen(harness).note(), "Withdrawn: 200 handed out, " +
                                                     harness.questionnaire("victim").title.get("en") +
                                                     ". Record the right number if some were handed out.");
    EXPECT_EQ(liveHandedOut(harness, "victim"), 0);
    ASSERT_EQ(harness.store().imports().size(), 1u);
    EXPECT_TRUE(harness.store().imports()[0].withdrawn) << "the log marks the count withdrawn";
    harness.click(harness.questionnaire("victim").title.get("en"));
    harness.click("2");
    harness.click("0");
    harness.click("Record");
    EXPECT_EQ(liveHandedOut(harness, "victim"), 20);
    EXPECT_EQ(menuView(harness).note, firstBatchNote(harness, 20, "victim"));
}

// Only today's counts for this site are listed, and only they can be withdrawn from the kiosk:
// an older count, or another site's in a merged file, is the inspectorate's to correct.
TEST(StaffMenu, OnlyTodaysCountsHereAreListedOrWithdrawn) {
    Harness harness;
    const std::string today = survey::isoDate(std::chrono::system_clock::now());
    const survey::Distribution yesterday =
        harness.store().recordDistributed({"victim", "Test site", 30, "2011-02-10"});
    const survey::Distribution elsewhere = harness.store().recordDistributed({"victim", "Crewe", 40, today});
    const survey::Distribution period =
        harness.store().recordDistributed({"victim", "Test site", 50, today, "2011-02-01", today});
    openMenu(harness);
    harness.click("Record paper questionnaires handed out");
    EXPECT_TRUE(distributedScreen(harness).today().empty());
    for (const auto& uid : {yesterday.uid, elsewhere.uid, period.uid}) {
        harness.app().apply(StaffIntent{WithdrawDistributed{uid}});
        harness.step(2);
    }
    EXPECT_EQ(liveHandedOut(harness, "victim"), 120) << "nothing withdrawn";
}

TEST(StaffMenu, RecordWithoutACountRecordsNothing) {
    Harness harness;
    openMenu(harness);
    harness.click("Record paper questionnaires handed out");
    harness.click(harness.questionnaire("victim").title.get("en"));
    harness.click("Record");
    EXPECT_EQ(harness.app().screenName(), "staff-distributed");
    EXPECT_TRUE(harness.store().distributions().empty());
}

TEST(StaffMenu, PaperReturnIsStoredWithChannelPaperAndComesBackToTheMenu) {
    Harness harness({"offender"});  // a paper return may be for a questionnaire not offered on screen
    openMenu(harness);
    harness.click("Enter a paper return");
    harness.click(harness.questionnaire("sentencer").title.get("en"));
    EXPECT_EQ(harness.app().page(), Page::Question);
    harness.choose("judge");
    harness.continueOn();
    skipToCheckAnswersAndSend(harness);
    EXPECT_EQ(harness.app().screenName(), "staff-menu");
    const auto responses = harness.responses();
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses.front().info.channel, survey::Channel::Paper);
    EXPECT_EQ(responses.front().info.status, survey::Status::Submitted);
    EXPECT_EQ(responses.front().answers.at("role"), survey::Answer::single("judge"));
}

TEST(StaffMenu, HelpedByStaffMarksOnlyTheNextSessionAssisted) {
    Harness harness({"sentencer"});
    openMenu(harness);
    harness.click("Next person is helped by staff");
    EXPECT_EQ(harness.app().page(), Page::Start);
    walkAndSubmit(harness, "sentencer", {});
    harness.click("Finish");
    const auto first = harness.responses();
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].info.channel, survey::Channel::Assisted);
    walkAndSubmit(harness, "sentencer", {});
    const auto responses = harness.responses();  // in row order, and row ids are random
    ASSERT_EQ(responses.size(), 2u);
    for (const auto& response : responses) {
        if (response.info.uid != first[0].info.uid) {
            EXPECT_EQ(response.info.channel, survey::Channel::Kiosk);
        }
    }
}

TEST(StaffMenu, OfferedQuestionnairesApplyAtOnceAndPersistForTheNextStart) {
    Harness harness;
    openMenu(harness);
    harness.click(harness.questionnaire("victim").title.get("en"));
    ASSERT_EQ(harness.app().offered().size(), 2u);
    EXPECT_EQ(harness.store().setting(StaffMode::kOfferedKey), "offender,sentencer");
    harness.click("Return to kiosk");
    EXPECT_FALSE(harness.has(harness.questionnaire("victim").audience.get("en")));
    EXPECT_TRUE(harness.has(harness.questionnaire("offender").audience.get("en")));

    const std::vector<survey::Questionnaire> all = {harness.questionnaire("offender"), harness.questionnaire("victim"),
                                                    harness.questionnaire("sentencer")};
    App restarted(all, harness.store(), harness.app().strings(), KioskOptions{});
    ASSERT_EQ(restarted.offered().size(), 2u);
    EXPECT_EQ(restarted.offered()[0]->id, "offender");
    EXPECT_EQ(restarted.offered()[1]->id, "sentencer");

    KioskOptions command_line;
    command_line.offered = {"victim"};  // --questionnaire overrides staff's choice
    App overridden({harness.questionnaire("victim")}, harness.store(), harness.app().strings(), command_line);
    EXPECT_EQ(overridden.offered().size(), 1u);
}

TEST(StaffMenu, TheLastOfferedQuestionnaireCannotBeTurnedOff) {
    Harness harness({"offender"});
    openMenu(harness);
    harness.click(harness.questionnaire("offender").title.get("en"));
    ASSERT_EQ(harness.app().offered().size(), 1u);
    EXPECT_EQ(harness.app().offered().front()->id, "offender");
    EXPECT_FALSE(harness.store().setting(StaffMode::kOfferedKey).has_value());
    EXPECT_EQ(menuView(harness).note, "At least one questionnaire must be offered.");
}

TEST(StaffMenu, SiteNameIsSavedAndRecordedWithTheNextResponse) {
    Harness harness({"sentencer"});
    openMenu(harness);
    harness.click("Change the site name");
    EXPECT_EQ(harness.app().screenName(), "staff-site");
    for (int i = 0; i < 4; ++i) harness.click("Delete");  // "Test site" -> "Test "
    harness.click("Save");
    EXPECT_EQ(harness.store().setting(StaffMode::kSiteKey), "Test");
    EXPECT_EQ(menuView(harness).site, "Test");
    harness.click("Return to kiosk");
    walkAndSubmit(harness, "sentencer", {});
    EXPECT_EQ(harness.responses().front().info.site, "Test");
}

TEST(StaffMenu, SiteNameIsKeptOnOneLineWithoutOuterSpaces) {
    EXPECT_EQ(cleanSiteName("  Chester\nprobation office "), "Chester probation office");
    EXPECT_EQ(cleanSiteName("   "), "");
}

TEST(StaffMenu, CloseTheKioskAsksTheRunnerToQuit) {
    Harness harness;
    openMenu(harness);
    harness.click("Close the kiosk");
    harness.click("Yes, close the kiosk");  // it asks first (StaffScreens.CloseTheKioskAsksFirst)
    EXPECT_TRUE(harness.app().quitRequested());
    EXPECT_FALSE(harness.app().staff().unlocked());
}

TEST(StaffMenu, IdleForTwoMinutesReturnsToTheStartPageAndLocks) {
    Harness harness;
    openMenu(harness);
    harness.advance(119s);
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Staff);
    EXPECT_LE(harness.app().untilNextTimer().value(), 1s);
    harness.advance(1s);
    harness.step();
    EXPECT_EQ(harness.app().page(), Page::Start);
    EXPECT_FALSE(harness.app().staff().unlocked());
}

TEST(StaffMode, OfferedIdsRoundTripAndUnknownIdsAreDropped) {
    EXPECT_EQ(StaffMode::joinIds({"offender", "victim"}), "offender,victim");
    EXPECT_EQ(StaffMode::splitIds("offender,,victim,"), (std::vector<std::string>{"offender", "victim"}));
    EXPECT_TRUE(StaffMode::splitIds("").empty());
    Harness harness;
    harness.store().setSetting(StaffMode::kOfferedKey, "gone,victim,victim");
    std::vector<survey::Questionnaire> loaded = {harness.questionnaire("victim")};
    EXPECT_EQ(StaffMode::savedOffered(harness.store(), loaded), std::vector<std::string>{"victim"});
}

}  // namespace
}  // namespace kiosk::test
