// The keyboard focus ring as drawn: on a full-width choice row (its edges at the page column's
// edges, where a ring drawn outside would be cut off) and on Continue, in every colour scheme,
// the ring's outer band shows at all four sides of the focused control.
#include <gtest/gtest.h>

#include <cstdlib>

#include <SDL_scancode.h>

#include "drawn.hpp"
#include "harness.hpp"
#include "pixels.hpp"

namespace kiosk::test {
namespace {

Rgb rgb(const ImVec4& colour) {
    return {static_cast<int>(colour.x * 255.0f + 0.5f), static_cast<int>(colour.y * 255.0f + 0.5f),
            static_cast<int>(colour.z * 255.0f + 0.5f)};
}

bool near(Rgb a, Rgb b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b) <= 12; }

void expectRingAround(const Pixels& pixels, const ItemRect& item, Rgb band, const std::string& where) {
    const int x0 = static_cast<int>(item.min.x) + 1, x1 = static_cast<int>(item.max.x) - 2;
    const int y0 = static_cast<int>(item.min.y) + 1, y1 = static_cast<int>(item.max.y) - 2;
    const int cx = static_cast<int>(item.centre().x), cy = static_cast<int>(item.centre().y);
    EXPECT_TRUE(near(pixels.at(x0, cy), band)) << where << ": left side";
    EXPECT_TRUE(near(pixels.at(x1, cy), band)) << where << ": right side";
    EXPECT_TRUE(near(pixels.at(cx, y0), band)) << where << ": top";
    EXPECT_TRUE(near(pixels.at(cx, y1), band)) << where << ": bottom";
}

TEST(FocusRingDrawn, ShowsOnAllSidesOfAFullWidthRowAndOfContinueInEveryScheme) {
    const ScreenSize screen{1024, 768};
    for (const ColourScheme scheme : kSchemes) {
        Harness harness({"offender"}, Timings{}, ImVec2(1024.0f, 768.0f));
        PixelRenderer renderer(screen.width, screen.height);
        DisplaySettings settings;
        settings.scheme = scheme;
        harness.app().apply(ChangeDisplay{settings});
        harness.app().apply(StartQuestionnaire{"offender"});
        harness.step(2);
        const survey::Question& question = *harness.app().session()->current();
        const std::string first = question.options.front().label.get("en");
        while (harness.app().widgets().focusedItem() == nullptr || harness.app().widgets().focusedItem()->label != first)
            harness.press(SDL_SCANCODE_TAB);
        const Rgb band = rgb(focusBands(palette(scheme)).front());
        const std::string where = std::string(schemeKey(scheme));
        Pixels pixels = renderer.capture(harness);
        expectRingAround(pixels, *harness.app().widgets().focusedItem(), band, where + " " + first);
        if (const char* folder = std::getenv("PERSPECTIVE_SHOTS"); folder != nullptr && *folder != '\0')
            pixels.save(std::filesystem::path(folder) / ("focus-row-" + where + ".png"));
        while (harness.app().widgets().focusedItem()->label != "Continue") harness.press(SDL_SCANCODE_TAB);
        pixels = renderer.capture(harness);
        expectRingAround(pixels, *harness.app().widgets().focusedItem(), band, where + " Continue");
    }
}

}  // namespace
}  // namespace kiosk::test
