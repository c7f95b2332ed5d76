#include "app/refused_kiosk.hpp"

#include <variant>

namespace kiosk {

RefusedKiosk::RefusedKiosk(Refusal refusal) : screen_(std::move(refusal)) { theme_.apply(DisplaySettings{}); }

bool RefusedKiosk::prepareFrame(ImFontAtlas& atlas) {
    if (prepared_) return false;
    theme_.applyStyle(ImGui::GetStyle());
    theme_.buildFonts(atlas);
    ImGui::GetIO().FontDefault = theme_.body();
    prepared_ = true;
    return true;
}

void RefusedKiosk::frame() {
    widgets_.beginFrame(theme_.colours());
    ScreenContext context{strings_, theme_, widgets_};
    for (const Intent& intent : screen_.draw(context)) {
        const auto* staff = std::get_if<StaffIntent>(&intent);
        if (staff != nullptr && std::holds_alternative<CloseKiosk>(staff->action)) quit_ = true;
    }
}

}  // namespace kiosk
