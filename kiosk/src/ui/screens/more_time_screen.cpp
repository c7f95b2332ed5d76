#include "ui/screens/more_time_screen.hpp"

#include <algorithm>


namespace kiosk {

int MoreTimeScreen::secondsLeft() const {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - steady_()).count();
    return static_cast<int>((std::max<long long>(left, 0) + 999) / 1000);  // 0.2 s left still shows 1
}

std::string MoreTimeScreen::countdown(const ScreenContext& context) const {
    return fill(context.text("more_time.body"), {{"seconds", std::to_string(secondsLeft())}});
}

PageText MoreTimeScreen::pageText(const ScreenContext& context) const {
    return {{TextRole::Heading, context.text("more_time.title"), ""},
            {TextRole::Paragraph, countdown(context), ""},
            {TextRole::Action, context.text("more_time.yes"), "more-time"}};
}

std::string MoreTimeScreen::announcement(const ScreenContext& context) {
    const int seconds = secondsLeft();
    if (seconds == announced_) return {};
    announced_ = seconds;
    return seconds == 20 || seconds == 10 || seconds == 5 ? countdown(context) : std::string();
}

void MoreTimeScreen::drawContent(ScreenContext& context, Intents& out) {
    ImGui::Dummy(em(0.0f, 1.0f));
    for (const PagePart& part : pageText(context)) {
        if (part.role != TextRole::Action) {
            drawPart(context, part);
            continue;
        }
        ImGui::Dummy(em(0.0f, 1.0f));
        if (context.widgets.button(part.text, ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
            out.emplace_back(NeedMoreTime{});
    }
}

}  // namespace kiosk
