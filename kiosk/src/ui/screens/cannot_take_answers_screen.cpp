#include "ui/screens/cannot_take_answers_screen.hpp"

namespace kiosk {

namespace {

// The command in a bordered box of its own, wrapped, in a fixed-width font, so it reads as
// something to type exactly.
void commandBox(ScreenContext& context, const std::string& command) {
    ImGui::PushFont(context.theme.code());
    const Palette& p = context.theme.colours();
    const float pad = em(0.5f);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 text = ImGui::CalcTextSize(command.c_str(), nullptr, false, width - pad * 2.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + text.y + pad * 2.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, end, packed(p.option));
    outline(draw, at, end, packed(p.option_border), 2.0f);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad, at.y + pad), packed(p.option_text),
                  command.c_str(), nullptr, width - pad * 2.0f);
    ImGui::Dummy(ImVec2(width, end.y - at.y));
    ImGui::PopFont();
}

}  // namespace

void CannotTakeAnswersScreen::drawContent(ScreenContext& context, Intents& /*out*/) {
    heading(context, "This kiosk cannot take answers");
    hint(context, "If you came to answer questions, please tell a member of staff.");
    ImGui::Dummy(em(0.0f, 0.4f));
    heading(context, "What is wrong");
    paragraph(refusal_.problem);
    ImGui::Dummy(em(0.0f, 0.4f));
    heading(context, "What to do");
    paragraph(refusal_.remedy);
    if (!refusal_.command.empty()) {
        ImGui::Dummy(em(0.0f, 0.2f));
        commandBox(context, refusal_.command);
    }
    if (!refusal_.detail.empty()) {
        ImGui::Dummy(em(0.0f, 0.4f));
        hint(context, refusal_.detail);
    }
}

void CannotTakeAnswersScreen::drawFooter(ScreenContext& context, Intents& out) {
    Widgets& widgets = context.widgets;
    if (!confirming_close_) {
        if (widgets.button("Close the kiosk", ButtonStyle::Leave)) confirming_close_ = true;
        return;
    }
    // Under the kiosk service it starts again (and shows this page) until the cause is fixed.
    paragraph("Close the kiosk? Until the problem is fixed it shows this page again when it restarts.");
    if (widgets.button("Yes, close the kiosk", ButtonStyle::Leave)) out.emplace_back(StaffIntent{CloseKiosk{}});
    widgets.sameLineIfFits("No, keep this page");
    if (widgets.button("No, keep this page", ButtonStyle::Secondary)) confirming_close_ = false;
}

}  // namespace kiosk
