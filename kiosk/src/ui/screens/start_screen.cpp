#include "ui/screens/start_screen.hpp"
#include "survey/locale.hpp"

#include <algorithm>


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

PageText StartScreen::pageText(const ScreenContext& context) const {
    if (offered_.empty()) return {};
    const bool one = offered_.size() == 1;
    PageText text = {{TextRole::Heading, one ? context.local(offered_.front()->title) : context.text("start.title"), ""}};
    if (one) text.push_back({TextRole::Paragraph, context.local(offered_.front()->introduction), ""});
    text.push_back({TextRole::Paragraph, context.text("start.anonymous"), ""});
    text.push_back({TextRole::Paragraph,
                    fill(context.text("start.how_long"), {{"minutes", std::to_string(longest(offered_))}}), ""});
    text.push_back({TextRole::Paragraph, context.text("start.skip"), ""});
    if (one) {
        text.push_back({TextRole::Action, context.text("start.button"), offered_.front()->id});
    } else {
        text.push_back({TextRole::Heading, context.text("start.choose"), "choose"});
        for (const survey::Questionnaire* q : offered_) text.push_back({TextRole::Action, context.local(q->audience), q->id});
    }
    return text;
}

void StartScreen::drawContent(ScreenContext& context, Intents& out) {
    const float width = ImGui::GetContentRegionAvail().x;
    bool way_in = false;  // the choice of questionnaire (or Start) has begun
    for (const PagePart& part : pageText(context)) {
        if (!way_in && (part.role == TextRole::Action || !part.key.empty())) {
            ImGui::Dummy(em(0.0f, 0.5f));
            way_in = true;
        }
        if (part.role != TextRole::Action) {
            drawPart(context, part);
        } else if (context.widgets.button(part.text, ButtonStyle::Primary, width)) {
            out.emplace_back(StartQuestionnaire{part.key});
        }
    }
    if (!way_in) return;  // nothing offered
    // After the way in, so at 250% text the title and Start stay on the first screen; the
    // header's speaker and language buttons are at the top of every page anyway.
    ImGui::Dummy(em(0.0f, 0.5f));
    drawAccessChoices(context, out);
}

}  // namespace kiosk
