// The staff PIN prompt: a number pad with the digits shown as dots. Enters the PIN, or on
// first run chooses one (twice). Says how many tries are left, or how long the lock lasts.
#pragma once

#include <string>

#include "staff/staff_mode.hpp"
#include "ui/screen.hpp"

namespace kiosk {

class StaffPinScreen final : public Screen {
public:
    StaffPinScreen(StaffPage page, PinMessage message) : page_(page), message_(message) {}
    std::string name() const override;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    StaffPage page_;
    PinMessage message_;
    std::string digits_;
};

}  // namespace kiosk
