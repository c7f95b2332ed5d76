#include "ui/screens/start_screen.hpp"
#include "survey/locale.hpp"

#include <algorithm>

#include "speech/page_reading.hpp"

namespace kiosk {

namespace {

int longest(const std::vector<const survey::Questionnaire*>& offered) {
    int minutes = 0;
    for (const survey::Questionnaire* q : offered) minutes = std::max(minutes, q->minutes);
    return minutes;
}

}  // namespace

void StartScreen::drawAccessChoices(ScreenContext& context, Intents& out) {
    const DisplaySettings current = context.theme.settings();
    Widgets& widgets = context.widgets;
    const auto change = [&](auto edit) { changeDisplay(out, current, edit); };
    // The other language, named in its own language, so a Welsh reader finds "Cymraeg".
    const std::string other(survey::otherLanguage(current.language));
    const std::string& language = context.text("options.language." + other);
    if (widgets.button(language, ButtonStyle::Secondary))
        change([&](DisplaySettings& s) { s.language = other; });
    const std::string& easy = context.text("options.easy_read");
    widgets.sameLineIfFits(widgets.choiceWidth(easy));
    if (widgets.choice(easy, current.easy_read, ChoiceKind::Checkbox, true))
        change([](DisplaySettings& s) { s.easy_read = !s.easy_read; });
    const std::string& aloud = context.text("options.read_aloud");
    widgets.sameLineIfFits(widgets.choiceWidth(aloud));
    if (widgets.choice(aloud, current.read_aloud, ChoiceKind::Checkbox, true))
        change([](DisplaySettings& s) { s.read_aloud = !s.read_aloud; });
    ImGui::Dummy(em(0.0f, 0.3f));
}

std::string StartScreen::reading(const ScreenContext& context) const {
    if (offered_.empty()) return {};
    const bool one = offered_.size() == 1;
    const std::string how_long = fill(context.text("start.how_long"), {{"minutes", std::to_string(longest(offered_))}});
    std::vector<std::string_view> parts = {one ? context.local(offered_.front()->title) : context.text("start.title"),
                                           one ? context.local(offered_.front()->introduction) : std::string_view(),
                                           context.text("start.anonymous"), how_long, context.text("start.skip")};
    if (one) {
        parts.push_back(context.text("start.button"));
    } else {
        parts.push_back(context.text("start.choose"));
        for (const survey::Questionnaire* q : offered_) parts.push_back(context.local(q->audience));
    }
    return sentences(parts);
}

void StartScreen::drawContent(ScreenContext& context, Intents& out) {
    if (offered_.empty()) return;
    const bool one = offered_.size() == 1;
    heading(context, one ? context.local(offered_.front()->title) : context.text("start.title"));
    if (one) paragraph(context.local(offered_.front()->introduction));
    paragraph(context.text("start.anonymous"));
    paragraph(fill(context.text("start.how_long"), {{"minutes", std::to_string(longest(offered_))}}));
    paragraph(context.text("start.skip"));
    ImGui::Dummy(em(0.0f, 0.5f));
    const float width = ImGui::GetContentRegionAvail().x;
    if (one) {
        if (context.widgets.button(context.text("start.button"), ButtonStyle::Primary, width))
            out.emplace_back(StartQuestionnaire{offered_.front()->id});
    } else {
        heading(context, context.text("start.choose"));
        for (const survey::Questionnaire* q : offered_) {
            if (context.widgets.button(context.local(q->audience), ButtonStyle::Primary, width))
                out.emplace_back(StartQuestionnaire{q->id});
        }
    }
    // After the way in, so at 250% text the title and Start stay on the first screen; the
    // header's speaker and language buttons are at the top of every page anyway.
    ImGui::Dummy(em(0.0f, 0.5f));
    drawAccessChoices(context, out);
}

}  // namespace kiosk
