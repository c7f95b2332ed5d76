#include "ui/screens/start_screen.hpp"

#include <algorithm>

namespace kiosk {

void StartScreen::drawContent(ScreenContext& context, Intents& out) {
    if (offered_.empty()) return;
    const bool one = offered_.size() == 1;
    heading(context, one ? context.local(offered_.front()->title) : context.text("start.title"));
    if (one) paragraph(context.local(offered_.front()->introduction));
    int minutes = 0;
    for (const survey::Questionnaire* q : offered_) minutes = std::max(minutes, q->minutes);
    paragraph(context.text("start.anonymous"));
    paragraph(fill(context.text("start.how_long"), {{"minutes", std::to_string(minutes)}}));
    paragraph(context.text("start.skip"));
    ImGui::Dummy(em(0.0f, 0.5f));
    const float width = ImGui::GetContentRegionAvail().x;
    if (one) {
        if (context.widgets.button(context.text("start.button"), ButtonStyle::Primary, width))
            out.emplace_back(StartQuestionnaire{offered_.front()->id});
        return;
    }
    heading(context, context.text("start.choose"));
    for (const survey::Questionnaire* q : offered_) {
        if (context.widgets.button(context.local(q->audience), ButtonStyle::Primary, width))
            out.emplace_back(StartQuestionnaire{q->id});
    }
}

}  // namespace kiosk
