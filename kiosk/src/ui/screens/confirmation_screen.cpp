#include "ui/screens/confirmation_screen.hpp"

namespace kiosk {

PageText ConfirmationScreen::pageText(const ScreenContext& context) const {
    return {{TextRole::Heading, context.text("confirm.title"), ""}, {TextRole::Paragraph, context.text("confirm.body"), ""}};
}

void ConfirmationScreen::drawContent(ScreenContext& context, Intents& out) {
    const PageText text = pageText(context);
    const Palette& p = context.theme.colours();
    // The GOV.UK confirmation panel: the title on a coloured block.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::Indent(em(0.8f));
    ImGui::Dummy(em(0.0f, 0.6f));
    ImGui::PushStyleColor(ImGuiCol_Text, p.primary_text);
    ImGui::PushTextWrapPos(width - em(0.8f));
    ImGui::PushFont(context.theme.heading());
    ImGui::TextUnformatted(text[0].text.c_str());  // the heading, on the panel
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Dummy(em(0.0f, 0.6f));
    ImGui::Unindent(em(0.8f));
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top, ImVec2(top.x + width, ImGui::GetCursorScreenPos().y), packed(p.primary), 6.0f);
    draw->ChannelsMerge();
    ImGui::Dummy(em(0.0f, 0.5f));
    drawPart(context, text[1]);
    ImGui::Dummy(em(0.0f, 0.5f));
    if (context.widgets.button(context.text("confirm.done"), ButtonStyle::Primary))
        out.emplace_back(ReturnToStart{});
    else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left))  // a touch anywhere
        out.emplace_back(ReturnToStart{});
}

}  // namespace kiosk
