// Touch targets: every interactive item on every screen, at 1280x800 and 100% text, is at
// least 44x44 px (WCAG 2.5.5). Screens are reached through the App's intents.
#include <gtest/gtest.h>

#include <SDL_scancode.h>

#include "harness.hpp"

namespace kiosk::test {
namespace {

void expectTargetsLargeEnough(Harness& harness) {
    harness.step(2);
    const auto& items = harness.app().widgets().items();
    EXPECT_FALSE(items.empty()) << harness.app().screenName();
    for (const ItemRect& item : items) {
        EXPECT_GE(item.width(), Widgets::kMinTarget) << harness.app().screenName() << ": " << item.label;
        EXPECT_GE(item.height(), Widgets::kMinTarget) << harness.app().screenName() << ": " << item.label;
    }
}

TEST(WidgetTargets, EveryItemOnEveryScreenIsAtLeast44PixelsSquare) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    expectTargetsLargeEnough(harness);  // the chooser
    harness.app().apply(OpenDisplayOptions{});
    expectTargetsLargeEnough(harness);
    harness.app().apply(CloseDisplayOptions{});
    harness.app().apply(LeaveNow{});
    expectTargetsLargeEnough(harness);  // neutral page
    for (const survey::Questionnaire* q : std::vector(harness.app().offered())) {
        harness.app().apply(ReturnToStart{});
        harness.app().apply(StartQuestionnaire{q->id});
        while (harness.app().page() == Page::Question) {
            expectTargetsLargeEnough(harness);  // single, multi and text questions
            harness.app().apply(SkipQuestion{});
        }
        expectTargetsLargeEnough(harness);  // check answers
        harness.advance(std::chrono::seconds(90));
        expectTargetsLargeEnough(harness);  // more time?
        harness.app().apply(NeedMoreTime{});
        harness.app().apply(SubmitAnswers{});
        expectTargetsLargeEnough(harness);  // confirmation
    }
}

TEST(WidgetTargets, EveryStaffScreenItemIsAtLeast44PixelsSquare) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    harness.app().requestQuit();
    expectTargetsLargeEnough(harness);  // choose a PIN
    harness.app().apply(StaffIntent{PinEntered{"1234"}});
    expectTargetsLargeEnough(harness);  // enter it again
    harness.app().apply(StaffIntent{PinEntered{"1234"}});
    ASSERT_EQ(harness.app().screenName(), "staff-menu");
    expectTargetsLargeEnough(harness);
    for (const StaffPage page : {StaffPage::Site, StaffPage::Distributed, StaffPage::Paper}) {
        harness.app().apply(StaffIntent{ShowStaffPage{page}});
        expectTargetsLargeEnough(harness);
    }
    harness.app().apply(StaffIntent{LeaveStaff{}});
    harness.app().requestQuit();
    expectTargetsLargeEnough(harness);  // enter the PIN
}

TEST(WidgetTargets, TargetsStayOnScreenAt250Percent) {
    Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 800.0f));
    DisplaySettings large;
    large.text_size = TextSize::Largest;
    harness.app().apply(ChangeDisplay{large});
    harness.app().apply(StartQuestionnaire{"offender"});
    while (harness.app().page() == Page::Question) {
        harness.step(2);
        for (const ItemRect& item : harness.app().widgets().items()) {
            EXPECT_LE(item.max.x, 1280.0f) << harness.app().screenName() << ": " << item.label;
            EXPECT_GE(item.min.x, 0.0f) << harness.app().screenName() << ": " << item.label;
        }
        harness.app().apply(SkipQuestion{});
    }
}

TEST(WidgetKeyboard, TabMovesFocusThroughTheItemsAndWraps) {
    Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 800.0f));
    const int count = static_cast<int>(harness.app().widgets().items().size());
    ASSERT_GT(count, 1);
    EXPECT_EQ(harness.app().widgets().focused(), -1);
    harness.press(SDL_SCANCODE_TAB);
    EXPECT_EQ(harness.app().widgets().focused(), 0);
    harness.press(SDL_SCANCODE_TAB, true);
    EXPECT_EQ(harness.app().widgets().focused(), count - 1);
}

}  // namespace
}  // namespace kiosk::test
