// Where "Leave this page" goes: a plain weather page with nothing about victims, probation or
// the questionnaire on it, and no header. "Home" goes back to the start page.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class NeutralScreen final : public Screen {
public:
    std::string name() const override { return "neutral"; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    bool showsHeader() const override { return false; }
};

}  // namespace kiosk
