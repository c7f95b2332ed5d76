#include "ui/screens/confirmation_screen.hpp"

#include "speech/page_reading.hpp"

namespace kiosk {

std::string ConfirmationScreen::reading(const ScreenContext& context) const {
    return sentences({context.text("confirm.title"), context.text("confirm.body")});
}

void ConfirmationScreen::drawContent(ScreenContext& context, Intents& out) {
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
    ImGui::TextUnformatted(context.text("confirm.title").c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Dummy(em(0.0f, 0.6f));
    ImGui::Unindent(em(0.8f));
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top, ImVec2(top.x + width, ImGui::GetCursorScreenPos().y), packed(p.primary), 6.0f);
    draw->ChannelsMerge();
    ImGui::Dummy(em(0.0f, 0.5f));
    paragraph(context.text("confirm.body"));
    ImGui::Dummy(em(0.0f, 0.5f));
    if (context.widgets.button(context.text("confirm.done"), ButtonStyle::Primary))
        out.emplace_back(ReturnToStart{});
    else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left))  // a touch anywhere
        out.emplace_back(ReturnToStart{});
}

}  // namespace kiosk
