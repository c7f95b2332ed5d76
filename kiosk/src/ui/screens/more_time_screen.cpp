#include "ui/screens/more_time_screen.hpp"

namespace kiosk {

void MoreTimeScreen::drawContent(ScreenContext& context, Intents& out) {
    ImGui::Dummy(em(0.0f, 1.0f));
    heading(context, context.text("more_time.title"));
    paragraph(fill(context.text("more_time.body"), {{"seconds", std::to_string(seconds_)}}));
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("more_time.yes"), ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
        out.emplace_back(NeedMoreTime{});
}

}  // namespace kiosk
