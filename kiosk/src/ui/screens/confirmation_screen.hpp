// "Thank you — your answers have been saved": back to the start on touch, or by the App's
// timer after 20 seconds.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class ConfirmationScreen final : public Screen {
public:
    std::string name() const override { return "confirmation"; }
    PageText pageText(const ScreenContext& context) const override;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
};

}  // namespace kiosk
