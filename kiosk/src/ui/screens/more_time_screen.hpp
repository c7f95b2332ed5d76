// "Do you need more time?" with the seconds left and a one-touch "Yes, I need more time"
// (WCAG 2.2.1). The App counts down and sets the seconds before each frame.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class MoreTimeScreen final : public Screen {
public:
    std::string name() const override { return "more-time"; }
    void setSecondsLeft(int seconds) { seconds_ = seconds; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;

private:
    int seconds_ = 30;
};

}  // namespace kiosk
