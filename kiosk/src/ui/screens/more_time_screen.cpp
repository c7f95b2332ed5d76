#include "ui/screens/more_time_screen.hpp"

#include <algorithm>

#include "speech/page_reading.hpp"

namespace kiosk {

int MoreTimeScreen::secondsLeft() const {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - steady_()).count();
    return static_cast<int>((std::max<long long>(left, 0) + 999) / 1000);  // 0.2 s left still shows 1
}

std::string MoreTimeScreen::countdown(const ScreenContext& context) const {
    return fill(context.text("more_time.body"), {{"seconds", std::to_string(secondsLeft())}});
}

std::string MoreTimeScreen::reading(const ScreenContext& context) const {
    return sentences({context.text("more_time.title"), countdown(context), context.text("more_time.yes")});
}

std::string MoreTimeScreen::announcement(const ScreenContext& context) {
    const int seconds = secondsLeft();
    if (seconds == announced_) return {};
    announced_ = seconds;
    return seconds == 20 || seconds == 10 || seconds == 5 ? countdown(context) : std::string();
}

void MoreTimeScreen::drawContent(ScreenContext& context, Intents& out) {
    ImGui::Dummy(em(0.0f, 1.0f));
    heading(context, context.text("more_time.title"));
    paragraph(countdown(context));
    ImGui::Dummy(em(0.0f, 1.0f));
    if (context.widgets.button(context.text("more_time.yes"), ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
        out.emplace_back(NeedMoreTime{});
}

}  // namespace kiosk
