// "Do you need more time?" with the seconds left and a one-touch "Yes, I need more time"
// (WCAG 2.2.1). The screen counts down to its deadline on the App's clock itself.
#pragma once

#include <chrono>
#include <functional>

#include "ui/screen.hpp"

namespace kiosk {

class MoreTimeScreen final : public Screen {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    MoreTimeScreen(Clock steady, std::chrono::steady_clock::time_point deadline)
        : steady_(std::move(steady)), deadline_(deadline) {}

    std::string name() const override { return "more-time"; }
    PageText pageText(const ScreenContext& context) const override;
    // "The screen will clear in 20 seconds": said again as the countdown passes 20, 10 and 5.
    std::string announcement(const ScreenContext& context) override;
    int secondsLeft() const;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;

private:
    std::string countdown(const ScreenContext& context) const;

    Clock steady_;
    std::chrono::steady_clock::time_point deadline_;
    int announced_ = 0;  // the seconds last said
};

}  // namespace kiosk
