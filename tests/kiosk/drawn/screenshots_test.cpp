// Screenshots to look at (not a check): the pages this work changed, at 1024x768 and 1920x1080,
// 100% and 250% text, standard and dark. Runs only with PERSPECTIVE_SHOTS=DIR.
#include <gtest/gtest.h>

#include <cstdlib>

#include <SDL_scancode.h>

#include "drawn.hpp"
#include "harness.hpp"
#include "pixels.hpp"

namespace kiosk::test {
namespace {

TEST(Screenshots, KeyPagesAtTwoScreenSizesAndTwoTextSizes) {
    const char* folder = std::getenv("PERSPECTIVE_SHOTS");
    if (folder == nullptr || *folder == '\0') GTEST_SKIP() << "set PERSPECTIVE_SHOTS=DIR to write them";
    for (const ScreenSize screen : {ScreenSize{1024, 768}, ScreenSize{1920, 1080}, ScreenSize{1280, 800}}) {
        for (const TextSize size : {TextSize::Normal, TextSize::Largest}) {
            for (const ColourScheme scheme : {ColourScheme::Standard, ColourScheme::HighContrastDark}) {
                Harness harness({}, Timings{}, ImVec2(static_cast<float>(screen.width), static_cast<float>(screen.height)));
                PixelRenderer renderer(screen.width, screen.height);
                DisplaySettings settings;
                settings.text_size = size;
                settings.scheme = scheme;
                harness.app().apply(ChangeDisplay{settings});
                const std::string at =
                    screen.name() + "-" + std::to_string(percent(size)) + "-" + std::string(schemeKey(scheme));
                const auto shot = [&](const std::string& page) {
                    harness.step(2);
                    renderer.capture(harness).save(std::filesystem::path(folder) / (page + "-" + at + ".png"));
                };
                shot("start");
                harness.app().apply(StartQuestionnaire{"victim"});
                shot("victim-question-1");
                harness.app().apply(ReturnToStart{});
                harness.app().apply(ChangeDisplay{settings});
                goToComment(harness);
                shot("comment");
                harness.click(harness.app().session()->current()->text.get("en"));
                for (int i = 0; i < 6; ++i)
                    harness.type("The staff at the office were kind and listened when I explained my housing. ");
                shot("comment-typing");
                harness.press(SDL_SCANCODE_TAB);
                harness.press(SDL_SCANCODE_RIGHT);
                shot("comment-keyboard-focus");
                std::string more;
                while (more.size() < 2000) more += "abcdefghij ";
                harness.type(more);
                shot("comment-at-limit");
                harness.continueOn();
                shot("check-answers");
                harness.app().apply(ReturnToStart{});
                harness.app().requestQuit();
                shot("staff-pin");
                harness.app().apply(StaffIntent{PinEntered{"135790"}});
                harness.app().apply(StaffIntent{PinEntered{"135790"}});
                harness.app().apply(StaffIntent{RecordDistributed{"victim", 200}});
                harness.app().apply(StaffIntent{RecordDistributed{"offender", 12}});
                harness.app().apply(StaffIntent{ShowStaffPage{StaffPage::Distributed}});
                harness.app().apply(ChangeDisplay{settings});  // staff may choose large text too
                shot("staff-distributed");
            }
        }
    }
}

}  // namespace
}  // namespace kiosk::test
