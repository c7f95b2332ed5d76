// The comment page while the on-screen keyboard is in use: at every supported screen size and
// text size, the box (with its caret line) and every key are on screen together, between the
// header and the footer. Rendered for real; PERSPECTIVE_SHOTS=DIR keeps the screenshots.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "drawn.hpp"
#include "harness.hpp"
#include "pixels.hpp"

namespace kiosk::test {
namespace {

TEST(CommentBoxOnScreen, BoxAndKeysAreInViewTogetherAtEverySizeAndTextSize) {
    for (const ScreenSize screen : kScreenSizes) {
        for (const TextSize size : kTextSizes) {
            Harness harness({"offender"}, Timings{}, ImVec2(static_cast<float>(screen.width), static_cast<float>(screen.height)));
            DisplaySettings settings;
            settings.text_size = size;
            harness.app().apply(ChangeDisplay{settings});
            goToComment(harness);
            const std::string where = screen.name() + " at " + std::to_string(percent(size)) + "%";
            const std::string label = harness.app().session()->current()->text.get("en");
            harness.click(label);  // the keyboard is in use from the first touch on the box
            harness.click("q");
            harness.type(std::string(40, 'w') + " and some words that wrap");
            harness.step(2);
            const View view = pageView(harness);
            const ItemRect& box = itemNamed(harness, label);
            EXPECT_GE(box.min.y, view.top) << where;
            EXPECT_LE(box.max.y, view.bottom) << where;
            EXPECT_GE(box.height(), harness.app().theme().bodyPixels()) << where << ": at least one line shows";
            int keys = 0;
            for (const ItemRect& item : harness.app().widgets().items()) {
                if (item.stop >= 0) continue;  // only the keys have no stop of their own
                ++keys;
                EXPECT_GE(item.min.y, view.top) << where << ": key " << item.label;
                EXPECT_LE(item.max.y, view.bottom) << where << ": key " << item.label;
                EXPECT_GE(item.min.x, 0.0f) << where << ": key " << item.label;
                EXPECT_GE(item.min.x, box.min.x) << where << ": key " << item.label << " within the column";
                EXPECT_LE(item.max.x, box.max.x) << where << ": key " << item.label << " within the column";
            }
            EXPECT_EQ(keys, 43) << where;
            saveShot(harness, screen, "comment-typing-" + screen.name() + "-" + std::to_string(percent(size)));
        }
    }
}

}  // namespace
}  // namespace kiosk::test
