// The staff screens as staff use them: the PIN pad stays put after a wrong PIN, the menu keeps
// its scroll after a tick, "Record" with something missing says what to do, "Close the kiosk"
// asks first.
#include <gtest/gtest.h>

#include "harness.hpp"
#include "ui/screens/staff_distributed_screen.hpp"

namespace kiosk::test {
namespace {

constexpr const char* kPin = "24681357";

// A fresh kiosk: choose the PIN (first staff visit), arriving on the menu.
void toMenu(Harness& harness) {
    harness.app().requestQuit();
    harness.app().apply(StaffIntent{PinEntered{kPin}});
    harness.app().apply(StaffIntent{PinEntered{kPin}});
    harness.step(2);
    ASSERT_EQ(harness.app().screenName(), "staff-menu");
}

TEST(StaffScreens, ThePinPadDoesNotMoveAfterAWrongPin) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    toMenu(harness);
    harness.app().apply(StaffIntent{LeaveStaff{}});
    harness.app().requestQuit();
    harness.step(2);
    ASSERT_EQ(harness.app().screenName(), "staff-pin");
    const ImVec2 before = harness.item("5").min;
    harness.app().apply(StaffIntent{PinEntered{"11112222"}});
    harness.step(2);
    ASSERT_EQ(harness.app().screenName(), "staff-pin");
    EXPECT_FLOAT_EQ(harness.item("5").min.y, before.y) << "a wrong PIN's message has its space already";
    EXPECT_FLOAT_EQ(harness.item("5").min.x, before.x);
}

TEST(StaffScreens, TheMenuKeepsItsScrollAfterATick) {
    Harness harness({}, Timings{}, ImVec2(1024.0f, 600.0f));
    toMenu(harness);
    const std::string title = harness.questionnaire("sentencer").title.get("en");
    const float top = harness.item(title).min.y;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(400.0f, 300.0f);
    io.MouseWheel = -4.0f;  // scroll down to the questionnaires offered
    harness.step();
    io.MouseWheel = 0.0f;
    harness.step(2);
    const float scrolled = harness.item(title).min.y;
    ASSERT_LT(scrolled, top - 50.0f) << "the menu scrolled";
    harness.click(title);  // untick it
    EXPECT_NEAR(harness.item(title).min.y, scrolled, 1.0f) << "still where it was, not back at the top";
}

TEST(StaffScreens, RecordWithNothingChosenSaysWhatToDo) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    toMenu(harness);
    harness.app().apply(StaffIntent{ShowStaffPage{StaffPage::Distributed}});
    harness.step(6);
    const auto screen = [&] { return dynamic_cast<const StaffDistributedScreen*>(&harness.app().pageScreen()); };
    ASSERT_NE(screen(), nullptr);
    EXPECT_TRUE(screen()->problem().empty());
    harness.click("Record");
    ASSERT_EQ(harness.app().screenName(), "staff-distributed");
    EXPECT_EQ(screen()->problem(), "staff.distributed.choose_first");
    harness.click(harness.questionnaire("victim").title.get("en"));
    harness.click("Record");
    EXPECT_EQ(screen()->problem(), "staff.distributed.count_first");
    harness.click("3");
    harness.click("Record");
    EXPECT_EQ(harness.app().screenName(), "staff-menu") << "recorded";
}

TEST(StaffScreens, CloseTheKioskAsksFirst) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    toMenu(harness);
    harness.click("Close the kiosk");
    EXPECT_FALSE(harness.app().quitRequested());
    harness.click("No, keep it open");
    EXPECT_FALSE(harness.app().quitRequested());
    EXPECT_TRUE(harness.has("Close the kiosk"));
    harness.click("Close the kiosk");
    harness.click("Yes, close the kiosk");
    EXPECT_TRUE(harness.app().quitRequested());
}

}  // namespace
}  // namespace kiosk::test
