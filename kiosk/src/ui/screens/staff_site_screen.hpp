// Staff: change the site name recorded with each response, with the on-screen keyboard.
#pragma once

#include <string>

#include "ui/screen.hpp"
#include "ui/screens/on_screen_keyboard.hpp"
#include "ui/text_box.hpp"

namespace kiosk {

class StaffSiteScreen final : public Screen {
public:
    explicit StaffSiteScreen(std::string site) : site_(std::move(site)) {}
    std::string name() const override { return "staff-site"; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    static constexpr std::size_t kMaxSiteLength = 120;  // code points
    std::string site_;
    TextBox box_{kMaxSiteLength};
    OnScreenKeyboard keyboard_{true};  // a place name starts with a capital
};

// The site name as saved: one line, no spaces at either end.
std::string cleanSiteName(std::string_view typed);

}  // namespace kiosk
