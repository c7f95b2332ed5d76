#include "ui/screens/staff_handover_screen.hpp"

#include "ui/screens/staff_number_pad.hpp"

namespace kiosk {

void StaffHandoverScreen::drawContent(ScreenContext& context, Intents& out) {
    const float width = ImGui::GetContentRegionAvail().x;
    heading(context, context.text("staff.handover.title"));
    if (!view_.result.empty()) {
        ImGui::PushFont(context.theme.heading());
        paragraph(view_.result);
        ImGui::PopFont();
    }
    if (view_.confirm_delete) {
        paragraph(fill(context.text("staff.handover.confirm"), {{"file", view_.saved_file.string()}}));
        if (context.widgets.button(context.text("staff.handover.delete_yes"), ButtonStyle::Leave, width))
            out.emplace_back(StaffIntent{DeleteSavedResponses{}});
        if (context.widgets.button(context.text("staff.handover.delete_no"), ButtonStyle::Secondary, width))
            out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Handover}});
        return;
    }
    if (view_.saved && context.widgets.button(context.text("staff.handover.delete"), ButtonStyle::Secondary, width))
        out.emplace_back(StaffIntent{AskDeleteSaved{}});
    paragraph(fill(context.text("staff.handover.unsaved"), {{"count", std::to_string(view_.unsaved)}}));
    ImGui::Dummy(em(0.0f, 0.3f));
    if (view_.destinations.empty()) paragraph(context.text("staff.handover.no_drive"));
    else hint(context, context.text("staff.handover.choose"));
    for (const auto& folder : view_.destinations) {
        if (context.widgets.button(folder.string(), ButtonStyle::Primary, width))
            out.emplace_back(StaffIntent{SaveHandover{folder.string()}});
    }
    if (context.widgets.button(context.text("staff.handover.refresh"), ButtonStyle::Secondary))
        out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Handover}});
}

void StaffHandoverScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (staffCancelButton(context)) out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Menu}});
}

}  // namespace kiosk
