// A session helped by staff shows a small mark at the far left of the header, for the member of
// staff beside the respondent; an ordinary session shows nothing there.
#include <gtest/gtest.h>

#include "drawn.hpp"
#include "harness.hpp"
#include "pixels.hpp"

namespace kiosk::test {
namespace {

// Pixels in the header's own text colour in its far left, where only the mark is ever drawn
// during a session ("Staff" shows there on the start page only).
int markPixels(const Pixels& pixels) {
    const ImVec4 ink = palette(ColourScheme::Standard).header_text;
    const Rgb want{static_cast<int>(ink.x * 255.0f), static_cast<int>(ink.y * 255.0f), static_cast<int>(ink.z * 255.0f)};
    int count = 0;
    for (int y = 2; y < 40; ++y) {
        for (int x = 0; x < 240; ++x) count += pixels.at(x, y) == want ? 1 : 0;
    }
    return count;
}

TEST(AssistedMark, ShowsInTheHeaderOnlyWhileAStaffHelpedSessionRuns) {
    Harness harness({}, Timings{}, ImVec2(1280.0f, 800.0f));
    PixelRenderer renderer(1280, 800);
    harness.app().apply(StartQuestionnaire{"offender"});
    EXPECT_EQ(markPixels(renderer.capture(harness)), 0) << "an ordinary session: nothing at the far left";
    harness.app().apply(ReturnToStart{});
    harness.app().requestQuit();
    harness.app().apply(StaffIntent{PinEntered{"24681357"}});
    harness.app().apply(StaffIntent{PinEntered{"24681357"}});
    harness.app().apply(StaffIntent{AssistNextSession{}});
    harness.app().apply(StartQuestionnaire{"offender"});
    harness.step(2);
    const Pixels pixels = renderer.capture(harness);
    if (const char* folder = std::getenv("PERSPECTIVE_SHOTS"); folder != nullptr && *folder != '\0')
        pixels.save(std::filesystem::path(folder) / "assisted-session.png");
    EXPECT_GT(markPixels(pixels), 50) << "the mark shows";
}

}  // namespace
}  // namespace kiosk::test
