// "Text size and colours": text size, font, colour scheme, language, Easy Read, read aloud and
// its speed. Reached from the header of every page; each change applies at once and the page
// underneath keeps its state.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class DisplayOptionsScreen final : public Screen {
public:
    std::string name() const override { return "display-options"; }
    // Read aloud: the title only (the choices are read as they are touched).
    PageText pageText(const ScreenContext& context) const override;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }
};

}  // namespace kiosk
