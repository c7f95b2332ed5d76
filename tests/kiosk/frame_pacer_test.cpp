// Event-driven pacing: a few frames after an event, then sleep until a timer or an event.
#include <gtest/gtest.h>

#include "platform/frame_pacer.hpp"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

TEST(FramePacer, DrawsAFewFramesAfterAnEventThenWaits) {
    FramePacer pacer;
    pacer.onEvent();
    for (int i = 0; i < FramePacer::kFramesAfterEvent; ++i) {
        EXPECT_TRUE(pacer.shouldDraw());
        EXPECT_EQ(pacer.waitFor(std::nullopt), 0ms);
        pacer.drew();
    }
    EXPECT_FALSE(pacer.shouldDraw());
}

TEST(FramePacer, SleepsUntilTheNextTimerOrTheIdleLimit) {
    FramePacer pacer;
    for (int i = 0; i < FramePacer::kFramesAfterEvent; ++i) pacer.drew();
    EXPECT_EQ(pacer.waitFor(250ms, 2000ms), 250ms);
    EXPECT_EQ(pacer.waitFor(5000ms, 2000ms), 2000ms);
    EXPECT_EQ(pacer.waitFor(std::nullopt, 2000ms), 2000ms);
    EXPECT_EQ(pacer.waitFor(-5ms, 2000ms), 0ms);
}

}  // namespace
}  // namespace kiosk
