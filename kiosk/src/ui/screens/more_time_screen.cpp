#include "ui/screens/more_time_screen.hpp"

#include "speech/page_reading.hpp"

namespace kiosk {

std::string MoreTimeScreen::countdownReading(const ScreenContext& context) const {
    return fill(context.text("more_time.body"), {{"seconds", std::to_string(seconds_)}});
}

std::string MoreTimeScreen::reading(const ScreenContext& context) const {
    return sentences({context.text("more_time.title"), countdownReading(context), context.text("more_time.yes")});
}

void MoreTimeScreen::drawContent(ScreenContext& context, Intents& out) {
    ImGui::Dummy(em(0.0f, 1.0f));
    heading(context, context.text("more_time.title"));
    paragraph(countdownReading(context));
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("more_time.yes"), ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
        out.emplace_back(NeedMoreTime{});
}

}  // namespace kiosk
