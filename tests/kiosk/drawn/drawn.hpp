// Shared by the drawn tests: the supported screen sizes, the page's visible band, getting to the
// comment question, and saving a rendered screenshot when PERSPECTIVE_SHOTS names a folder.
#pragma once

#include <string>
#include <string_view>

#include "harness.hpp"

namespace kiosk::test {

struct ScreenSize {
    int width;
    int height;
    std::string name() const { return std::to_string(width) + "x" + std::to_string(height); }
};
// The screens the kiosk supports (README): three landscape laptops and kiosks, full HD, a portrait tablet.
inline constexpr ScreenSize kScreenSizes[] = {{1024, 768}, {1280, 800}, {1366, 768}, {1920, 1080}, {800, 1280}};

// Where the scrolling page shows: below the header's buttons, above the footer's.
struct View {
    float top;
    float bottom;
};
View pageView(Harness& harness);

const ItemRect& itemNamed(Harness& harness, std::string_view label, int nth = 0);
// Starts the offender questionnaire and skips to its free-text question.
void goToComment(Harness& harness);
// Renders the current frame at the screen's size and writes DIR/name.png (PERSPECTIVE_SHOTS).
void saveShot(Harness& harness, ScreenSize screen, const std::string& name);

}  // namespace kiosk::test
