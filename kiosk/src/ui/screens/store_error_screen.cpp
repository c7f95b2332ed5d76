#include "ui/screens/store_error_screen.hpp"

namespace kiosk {

PageText StoreErrorScreen::pageText(const ScreenContext& context) const {
    return {{TextRole::Heading, context.text("store_error.title"), ""}, {TextRole::Paragraph, context.text("store_error.body"), ""}};
}

void StoreErrorScreen::drawContent(ScreenContext& context, Intents& out) {
    for (const PagePart& part : pageText(context)) drawPart(context, part);
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("store_error.again"), ButtonStyle::Secondary))
        out.emplace_back(ReturnToStart{});
}

}  // namespace kiosk
