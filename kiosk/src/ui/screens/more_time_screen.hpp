// "Do you need more time?" with the seconds left and a one-touch "Yes, I need more time"
// (WCAG 2.2.1). The App counts down and sets the seconds before each frame.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class MoreTimeScreen final : public Screen {
public:
    std::string name() const override { return "more-time"; }
    std::string reading(const ScreenContext& context) const override;
    // "The screen will clear in 20 seconds": read out again as the countdown passes 20, 10, 5.
    std::string countdownReading(const ScreenContext& context) const;
    int secondsLeft() const { return seconds_; }
    void setSecondsLeft(int seconds) { seconds_ = seconds; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;

private:
    int seconds_ = 30;
};

}  // namespace kiosk
