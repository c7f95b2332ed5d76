#include "ui/screens/store_error_screen.hpp"

namespace kiosk {

void StoreErrorScreen::drawContent(ScreenContext& context, Intents& out) {
    heading(context, context.text("store_error.title"));
    paragraph(context.text("store_error.body"));
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("store_error.again"), ButtonStyle::Secondary))
        out.emplace_back(ReturnToStart{});
}

}  // namespace kiosk
