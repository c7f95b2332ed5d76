#include "ui/screens/neutral_screen.hpp"

namespace kiosk {

void NeutralScreen::drawContent(ScreenContext& context, Intents& out) {
    heading(context, context.text("neutral.title"));
    paragraph(context.text("neutral.today"));
    paragraph(context.text("neutral.tomorrow"));
    paragraph(context.text("neutral.weekend"));
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("neutral.home"), ButtonStyle::Secondary)) out.emplace_back(ReturnToStart{});
}

}  // namespace kiosk
