// Screenshot names: one file per screen and per display setting that changes how it looks.
#include <gtest/gtest.h>

#include "platform/run_loop.hpp"

namespace kiosk {
namespace {

TEST(RunLoopScreenshots, DefaultSettingsGiveTheBareScreenName) {
    EXPECT_EQ(screenshotName("start", DisplaySettings{}), "start.png");
}

TEST(RunLoopScreenshots, EveryNonDefaultSettingIsInTheName) {
    DisplaySettings settings;
    settings.text_size = TextSize::Largest;
    settings.scheme = ColourScheme::HighContrastDark;
    settings.font = FontChoice::OpenDyslexic;
    settings.language = "cy";
    settings.easy_read = true;
    EXPECT_EQ(screenshotName("question-setting", settings), "question-setting-250-dark-opendyslexic-cy-easy.png");
}

}  // namespace
}  // namespace kiosk
