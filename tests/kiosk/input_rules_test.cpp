// The kiosk's input rules on their own, with a hand-moved clock and no ImGui: Shift x3 leaves only
// when Shift is pressed alone three times within the window; "Staff" opens only when held; input
// resets the idle time except while the "more time?" prompt counts down.
#include <gtest/gtest.h>

#include "app/input_rules.hpp"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

class Rules : public ::testing::Test {
protected:
    std::chrono::steady_clock::time_point now_{};
    InputRules rules_{[this] { return now_; }, 1000ms, 3000ms};

    // One Shift press and release, `gap` after the previous frame; true when it asked to leave.
    bool shift(std::chrono::milliseconds gap = 100ms, bool with_other_key = false) {
        now_ += gap;
        InputFrame down{true, true, with_other_key, false};
        const bool asked = rules_.leaveAsked(down);
        now_ += 50ms;
        rules_.leaveAsked(InputFrame{});
        return asked;
    }
};

TEST_F(Rules, ShiftPressedThreeTimesAloneLeaves) {
    EXPECT_FALSE(shift());
    EXPECT_FALSE(shift());
    EXPECT_TRUE(shift());
    EXPECT_FALSE(shift()) << "the count starts again after leaving";
}

TEST_F(Rules, ShiftPressesFurtherApartThanTheWindowDoNotLeave) {
    EXPECT_FALSE(shift());
    EXPECT_FALSE(shift(600ms));
    EXPECT_FALSE(shift(600ms)) << "the first press is more than a second before the third";
}

TEST_F(Rules, TypingCapitalsNeverLeaves) {
    EXPECT_FALSE(shift(100ms, true));
    EXPECT_FALSE(shift(100ms, true));
    EXPECT_FALSE(shift(100ms, true));
    EXPECT_FALSE(shift());
    now_ += 10ms;
    rules_.leaveAsked(InputFrame{true, false, true, false});  // a letter between Shifts
    EXPECT_FALSE(shift());
    EXPECT_FALSE(shift());
    EXPECT_TRUE(shift());
}

TEST_F(Rules, StaffOpensOnlyAfterTheWholeHold) {
    EXPECT_FALSE(rules_.staffHeld(true));
    now_ += 2900ms;
    EXPECT_FALSE(rules_.staffHeld(true));
    EXPECT_EQ(rules_.untilHeld(), 100ms);
    now_ += 100ms;
    EXPECT_TRUE(rules_.staffHeld(true));
    EXPECT_FALSE(rules_.untilHeld().has_value());
}

TEST_F(Rules, LettingGoStartsTheHoldAgain) {
    rules_.staffHeld(true);
    now_ += 2500ms;
    rules_.staffHeld(false);
    EXPECT_FALSE(rules_.untilHeld().has_value());
    rules_.staffHeld(true);
    now_ += 2500ms;
    EXPECT_FALSE(rules_.staffHeld(true));
}

TEST_F(Rules, InputResetsTheIdleTimeExceptDuringTheCountdown) {
    now_ += 5s;
    EXPECT_EQ(rules_.idleFor(), 5s);
    rules_.note(InputFrame{true, false, false, false}, false);
    EXPECT_EQ(rules_.idleFor(), 0s);
    now_ += 5s;
    rules_.note(InputFrame{true, false, false, false}, true);
    EXPECT_EQ(rules_.idleFor(), 5s) << "only 'Yes, I need more time' keeps the session";
    rules_.noteActivity();
    EXPECT_EQ(rules_.idleFor(), 0s);
    now_ += 1s;
    rules_.note(InputFrame{}, false);
    EXPECT_EQ(rules_.idleFor(), 1s) << "a frame with no input is not input";
}

}  // namespace
}  // namespace kiosk
