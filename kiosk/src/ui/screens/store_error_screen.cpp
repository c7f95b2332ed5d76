#include "ui/screens/store_error_screen.hpp"

#include "speech/page_reading.hpp"

namespace kiosk {

std::string StoreErrorScreen::reading(const ScreenContext& context) const {
    return sentences({context.text("store_error.title"), context.text("store_error.body")});
}

void StoreErrorScreen::drawContent(ScreenContext& context, Intents& out) {
    heading(context, context.text("store_error.title"));
    paragraph(context.text("store_error.body"));
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("store_error.again"), ButtonStyle::Secondary))
        out.emplace_back(ReturnToStart{});
}

}  // namespace kiosk
