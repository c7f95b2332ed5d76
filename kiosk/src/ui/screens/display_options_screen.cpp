#include "ui/screens/display_options_screen.hpp"
#include "survey/locale.hpp"

namespace kiosk {

PageText DisplayOptionsScreen::pageText(const ScreenContext& context) const {
    return {{TextRole::Heading, context.text("options.title"), ""}};
}

namespace {

std::string_view schemeLabel(ColourScheme scheme) {
    switch (scheme) {
        case ColourScheme::HighContrastDark: return "options.scheme.dark";
        case ColourScheme::HighContrastLight: return "options.scheme.light";
        case ColourScheme::Standard: break;
    }
    return "options.scheme.standard";
}

std::string_view rateLabel(SpeechRate rate) {
    switch (rate) {
        case SpeechRate::Slower: return "options.rate.slower";
        case SpeechRate::Faster: return "options.rate.faster";
        case SpeechRate::Normal: break;
    }
    return "options.rate.normal";
}

}  // namespace

void DisplayOptionsScreen::drawContent(ScreenContext& context, Intents& out) {
    const DisplaySettings current = context.theme.settings();
    Widgets& widgets = context.widgets;
    const auto change = [&](auto edit) { changeDisplay(out, current, edit); };
    // Short choices sit side by side so the whole page stays usable at 250% text.
    bool first = true;
    const auto inlineChoice = [&](const std::string& label, bool selected, ChoiceKind kind = ChoiceKind::Radio) {
        if (!first) widgets.sameLineIfFits(widgets.choiceWidth(label));
        first = false;
        return widgets.choice(label, selected, kind, true);
    };
    const auto section = [&](std::string_view title_id) {
        ImGui::Dummy(em(0.0f, 0.2f));
        paragraph(context.text(title_id));
        first = true;
    };
    for (const PagePart& part : pageText(context)) drawPart(context, part);
    section("options.text_size");
    // In the header's font (at most 150%), so the four sizes sit on one row even at 250%.
    ImGui::PushFont(context.theme.chrome());
    for (const TextSize size : kTextSizes) {
        if (inlineChoice(std::to_string(percent(size)) + "%", current.text_size == size))
            change([size](DisplaySettings& s) { s.text_size = size; });
    }
    ImGui::PopFont();
    section("options.font");
    // Each name in its own font, so a respondent sees what they are picking.
    for (const FontChoice font : kFonts) {
        ImFont* sample = context.theme.sample(font);
        if (sample != nullptr) ImGui::PushFont(sample);
        const bool chosen = inlineChoice(std::string(fontName(font)), current.font == font);
        if (sample != nullptr) ImGui::PopFont();
        if (chosen) change([font](DisplaySettings& s) { s.font = font; });
    }
    section("options.colours");
    for (const ColourScheme scheme : kSchemes) {
        if (inlineChoice(context.text(schemeLabel(scheme)), current.scheme == scheme))
            change([scheme](DisplaySettings& s) { s.scheme = scheme; });
    }
    section("options.language");
    for (const std::string_view language : survey::kLanguages) {
        if (inlineChoice(context.text("options.language." + std::string(language)), current.language == language))
            change([language](DisplaySettings& s) { s.language = language; });
    }
    if (inlineChoice(context.text("options.easy_read"), current.easy_read, ChoiceKind::Checkbox))
        change([](DisplaySettings& s) { s.easy_read = !s.easy_read; });
    section("options.speech");
    if (inlineChoice(context.text("options.read_aloud"), current.read_aloud, ChoiceKind::Checkbox))
        change([](DisplaySettings& s) { s.read_aloud = !s.read_aloud; });
    for (const SpeechRate rate : {SpeechRate::Slower, SpeechRate::Normal, SpeechRate::Faster}) {
        if (inlineChoice(context.text(rateLabel(rate)), current.speech_rate == rate))
            change([rate](DisplaySettings& s) { s.speech_rate = rate; });
    }
}

void DisplayOptionsScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (context.widgets.button(context.text("options.done"), ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
        out.emplace_back(CloseDisplayOptions{});
}

}  // namespace kiosk
