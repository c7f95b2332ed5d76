// "Text size and colours": text size, font, colour scheme, language and Easy Read. Reached from
// the header of every page; each change applies at once and the page underneath keeps its state.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class DisplayOptionsScreen final : public Screen {
public:
    std::string name() const override { return "display-options"; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }
};

}  // namespace kiosk
